package opts

// LaborLens's copy for the browser build: the same functions with strings
// instead of Go's regexp package (~90 kB of brotli in the wasm with
// regexp/syntax and its Unicode tables).

import (
	"fmt"
	"strings"

	"github.com/go-echarts/go-echarts/v2/types"
)

const funcMarker = "__f__"

// newlineTab removes what the upstream `\n|\t` pattern matched.
var newlineTab = strings.NewReplacer("\n", "", "\t", "")

// stripComments removes what the upstream `(//.*)\n` pattern matched: each
// "//" up to and including the line's end, when the line has one.
func stripComments(fn string) string {
	var b strings.Builder
	for {
		i := strings.Index(fn, "//")
		if i < 0 {
			break
		}
		j := strings.IndexByte(fn[i:], '\n')
		if j < 0 {
			break
		}
		b.WriteString(fn[:i])
		fn = fn[i+j+1:]
	}
	b.WriteString(fn)
	return b.String()
}

type JSFunctions struct {
	Fns []types.FuncStr
}

// AddJSFuncs adds a new JS function, for back compatibility before v2.4
// Plz use the AddJSFuncStrs instead
func (f *JSFunctions) AddJSFuncs(fn ...string) {
	for i := 0; i < len(fn); i++ {
		f.Fns = append(f.Fns, types.FuncStr(newlineTab.Replace(fn[i])))
	}
}

// AddJSFuncStrs adds a new JS function string.
func (f *JSFunctions) AddJSFuncStrs(fn ...types.FuncStr) {
	for i := 0; i < len(fn); i++ {
		f.Fns = append(f.Fns, types.FuncStr(newlineTab.Replace(string(fn[i]))))
	}
}

// FuncOpts returns a string suitable for options expecting pure JavaScript code insertion.
func FuncOpts(fn string) types.FuncStr {
	return types.FuncStr(replaceJsFuncs(fn))
}

// FuncStripCommentsOpts returns a string suitable for options expecting JavaScript code,
// stripping '//' comments.
func FuncStripCommentsOpts(fn string) string {
	fn = stripComments(fn)
	return replaceJsFuncs(fn)
}

// replace and clear up js functions string
func replaceJsFuncs(fn string) string {
	fn = newlineTab.Replace(fn)
	return fmt.Sprintf("%s%s%s", funcMarker, fn, funcMarker)
}
