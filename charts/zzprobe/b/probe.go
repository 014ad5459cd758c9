package main

import "github.com/laborlens/laborlens/charts"

var _ = func() int { js, _, _ := charts.Options("per-year", nil, "light", nil); j2, _ := charts.Timeline(nil, "", "light", false); return len(js) + len(j2) }()
