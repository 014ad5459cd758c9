// The ECharts LaborLens serves: only the charts and components it draws,
// bundled by esbuild (make web/build/echarts.min.js) as a script that sets
// window.echarts, as the full build does. 164 kB brotli instead of 271 kB.
//
// To draw something new, add its chart or component here. A page that needs
// more (the map: MapChart, GeoComponent) gets its own entry file that
// imports this one and calls use() with the extra parts; the Makefile
// bundles every web/src/NAME.js into web/build/NAME.min.js.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, HeatmapChart, ScatterChart,
  AriaComponent, DataZoomComponent, GridComponent, LegendComponent,
  TitleComponent, TooltipComponent, VisualMapContinuousComponent,
  CanvasRenderer,
]);

// Loaded on demand (app/geo-loader.go): it never replaces the map's
// superset when that arrived first.
if (!window.echarts) {
  window.echarts = echarts;
}
