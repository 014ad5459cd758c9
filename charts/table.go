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
	// Omitted counts the rows left out at the end, the smallest, of a
	// table longer than MaxTableRows.
	Omitted int
}

// MaxTableRows bounds a data table, so that a page of a large dataset
// stays small (at 100,000 events the map's facility table alone was
// 1.7 MB of HTML): the rows with the most events are kept.
const MaxTableRows = 200

// cut keeps the first MaxTableRows rows of t and counts the others.
func (t *Table) cut() {
	if len(t.Rows) > MaxTableRows {
		t.Omitted += len(t.Rows) - MaxTableRows
		t.Rows = t.Rows[:MaxTableRows:MaxTableRows]
	}
}
