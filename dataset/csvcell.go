package dataset

import "strings"

// formulaStart holds the characters a spreadsheet reads, at the start of a
// cell, as a formula or a command (OWASP's CSV injection list).
const formulaStart = "=+-@\t\r"

// EscapeCell neutralises a CSV cell a spreadsheet would evaluate, such as
// =HYPERLINK(...) or +cmd|' /C calc'!A0, by prefixing it with an
// apostrophe, which spreadsheets take as "this is text". A cell that starts
// with an apostrophe already is prefixed too when UnescapeCell would
// otherwise strip it, so UnescapeCell(EscapeCell(s)) == s for every s.
// Every CSV LaborLens writes goes through it.
func EscapeCell(s string) string {
	if isFormula(s) || (strings.HasPrefix(s, "'") && stripsQuote(s)) {
		return "'" + s
	}
	return s
}

// UnescapeCell undoes EscapeCell: the CSV loader applies it to every cell,
// so an exported CSV loads back with the original text.
func UnescapeCell(s string) string {
	if stripsQuote(s) {
		return s[1:]
	}
	return s
}

func isFormula(s string) bool { return s != "" && strings.IndexByte(formulaStart, s[0]) >= 0 }

// stripsQuote reports whether s is an apostrophe followed by a formula
// start or by another apostrophe.
func stripsQuote(s string) bool {
	return len(s) > 1 && s[0] == '\'' && (isFormula(s[1:]) || s[1] == '\'')
}

// Warnings reports what of d is valid but deserves a look: text that
// starts like a spreadsheet formula, in the fields a CSV export writes at
// the start of a cell (LaborLens's exports neutralise them, other tools may
// not). Check and CheckFile return them with file and line.
func (d *Dataset) Warnings() Problems { return unlocated(d.warnings()) }

func (d *Dataset) warnings() []located {
	var out []located
	walkStrings(d, func(path func() string, node *schemaNode, s string) {
		if !isFormula(s) || !csvStart(node.pattern) {
			return
		}
		at, field := splitPath(path())
		out = append(out, located{at: at, Problem: Problem{Record: d.recordName(at), Field: field, Msg: "warning: starts with " + quoteChar(s[0]) +
			", which a spreadsheet may run as a formula if the data is opened as CSV (LaborLens's CSV exports prefix such cells with ')"}})
	}, func(func() string, *schemaNode, int) {})
	return out
}

// csvStart reports whether a field can begin a cell of a CSV export:
// every event field, and the names of organizations and campaigns.
func csvStart(pattern string) bool {
	return strings.HasPrefix(pattern, "events[].") || pattern == "organizations[].name" || pattern == "campaigns[].name"
}

func quoteChar(c byte) string {
	switch c {
	case '\t':
		return "a tab"
	case '\r':
		return "a carriage return"
	}
	return `"` + string(c) + `"`
}
