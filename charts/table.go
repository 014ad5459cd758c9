package charts

// Table is a chart's numbers as a data table, for screen readers, for
// people who would rather read than look, and for copying. It lists the
// same numbers the chart draws; a "Total" column, where there is one, is
// the sum of the row. Cells are plain text (not HTML): render them as
// text nodes, never as markup.
type Table struct {
	Caption string
	Columns []string
	Rows    [][]string
	// English lists the columns that hold the dataset's own text (event
	// titles, places), which stays English in every language.
	English []int
}
