// ECharts for the map: the bundle every page loads (echarts.js) with the
// map chart and the geo component on top, bundled by esbuild into
// web/build/echarts-map.min.js. Only /map and /embed/map load it, when the
// map mounts: it replaces window.echarts with this superset, so the other
// routes' first visit carries none of the map's code.
import * as echarts from 'echarts/core';
import './echarts.js';
import { MapChart } from 'echarts/charts';
import { GeoComponent } from 'echarts/components';

echarts.use([MapChart, GeoComponent]);

window.echarts = echarts;
window.laborlensMapReady = true;
