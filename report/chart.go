package report

import (
	"fmt"
	"html/template"
	"regexp"
	"slices"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/vocab"
)

// Charts take their container's width, and are drawn again when the window
// is resized; the data table below shows the same numbers.
const (
	chartWidth  = "100%"
	chartHeight = "360px"
)

// chart is one ECharts chart: the option object comes from go-echarts
// (JSONNotEscaped), the container and the init call from our template, which
// gives the container its role="img" description.
type chart struct {
	ID      string
	Caption string
	Label   string // aria-label: the chart described in words
	Height  string
	Option  template.JS
	Table   table
}

// JavaScript formatters printing numbers the vi-VN way in the browser. They
// contain no "<" outside string literals, see safeOption.
const (
	axisFormatter    = `function (v) { return Number(v).toLocaleString('vi-VN', {maximumFractionDigits: 2}); }`
	tooltipFormatter = `function (ps) { ps = [].concat(ps); return ps[0].name + ps.map(function (p) { return '<br>' + p.marker + p.seriesName + ': ' + Number(p.value).toLocaleString('vi-VN', {maximumFractionDigits: 2}); }).join(''); }`
)

// chartID derives a stable chart id, usable as a JavaScript identifier,
// from the page path and the chart's name.
func chartID(page, name string) string {
	var b strings.Builder
	b.WriteString("chart_")
	for _, c := range page + "_" + name {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

// trendChart draws a bar chart of one measure over the years of cells (one
// cell per year) with an accessible table of the same figures below it.
// Money is drawn in tỷ đồng so the axis stays readable.
func (r *renderer) trendChart(page, name, caption string, m measure, cells []aggregate.Cell) (*chart, error) {
	years := yearsOf(cells)
	scale, axis := 1.0, vocab.UnitName(m.Unit)
	if m.Unit == "vnd" {
		scale, axis = 1e9, "tỷ đồng"
	}
	labels := make([]string, len(years))
	data := make([]opts.BarData, len(years))
	var words []string
	for i, y := range years {
		labels[i] = yearText(y)
		data[i] = opts.BarData{Value: "-"} // ECharts' mark for a missing value
	}
	root := rootOf(page)
	tbl := table{Caption: "Số liệu của biểu đồ", Head: []string{"Năm", columnName(m.Unit)}}
	for i := range cells {
		c := &cells[i]
		j := slices.Index(years, c.Year)
		data[j] = opts.BarData{Value: c.Value / scale}
		words = append(words, labels[j]+": "+FormatValue(c.Value, m.Unit))
		tbl.Rows = append(tbl.Rows, row{Head: text(labels[j]), Cells: []num{r.cell(root, c)}})
	}
	id := chartID(page, name)
	bar := charts.NewBar()
	bar.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{Width: chartWidth, Height: chartHeight, ChartID: id}),
		charts.WithAnimation(false),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis", Formatter: opts.FuncOpts(tooltipFormatter)}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithGridOpts(opts.Grid{Left: "12", Right: "16", Top: "40", Bottom: "12", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Name: "Năm"}),
		charts.WithYAxisOpts(opts.YAxis{Name: axis, AxisLabel: &opts.AxisLabel{Formatter: opts.FuncOpts(axisFormatter)}}),
	)
	bar.SetXAxis(labels).AddSeries(m.label(), data)
	bar.Validate()
	option, err := safeOption(string(bar.JSONNotEscaped()))
	if err != nil {
		return nil, fmt.Errorf("chart %s: %w", id, err)
	}
	return &chart{
		ID:      id,
		Caption: caption,
		Label:   "Biểu đồ cột " + caption + ". " + strings.Join(words, "; ") + ".",
		Height:  bar.Initialization.Height,
		Option:  option,
		Table:   tbl,
	}, nil
}

// funcMarkers are go-echarts' quotes around JavaScript code in the option
// JSON (opts.FuncOpts); removing them turns the strings into functions.
var funcMarkers = regexp.MustCompile(`(__f__")|("__f__)|(__f__)`)

// safeOption turns go-echarts' option JSON into JavaScript that is safe to
// inline in a <script> element: the formatter strings become functions, and
// "<", which then only occurs inside string literals (labels come from the
// corpus), is escaped as \u003c, so "</script>" cannot end the element early.
func safeOption(option string) (template.JS, error) {
	option = strings.TrimSpace(funcMarkers.ReplaceAllString(option, ""))
	if !strings.HasPrefix(option, "{") {
		return "", fmt.Errorf("unexpected option %.40q", option)
	}
	return template.JS(strings.ReplaceAll(option, "<", `\u003c`)), nil
}
