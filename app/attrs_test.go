package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// booleanSetters are go-app's setters of HTML boolean attributes.
var booleanSetters = map[string]bool{
	"Checked": true, "Selected": true, "Open": true, "Hidden": true, "Disabled": true,
	"ReadOnly": true, "Required": true, "AutoFocus": true, "Multiple": true,
	"Muted": true, "Loop": true, "AutoPlay": true, "Controls": true, "Default": true,
	"Reversed": true, "NoValidate": true, "FormNoValidate": true, "IsMap": true,
}

// A boolean attribute set to anything but the constant true goes through
// boolAttr, or the server prerenders name="false", which HTML reads as on.
func TestBooleanAttributesGoThroughBoolAttr(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || !booleanSetters[sel.Sel.Name] {
				return true
			}
			if id, ok := call.Args[0].(*ast.Ident); ok && id.Name == "true" {
				return true
			}
			t.Errorf("%s: .%s(…) with a value that may be false: use boolAttr(el, app.HTMLx.%s, on)",
				fset.Position(call.Pos()), sel.Sel.Name, sel.Sel.Name)
			return true
		})
	}
}
