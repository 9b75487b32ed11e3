// Package msgs finds the page's messages in its source and keeps the catalogues
// (app/i18n/po) in step with them: the template messages.pot, and each
// language's PO file with its translations kept and new messages added.
package msgs

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/trainingroi/calculator/calc"
)

// Message is one message of the page: its English text with named
// placeholders, its English plural for a message that has one, and the files
// that use it.
type Message struct {
	ID, Plural string
	Files      []string
}

// Dirs are the directories, under the module's root, whose Go files hold the
// page's words.
var Dirs = []string{"app", "calc"}

// Extract finds the messages in the Go files (tests left out) under the module
// root: the text given to a Printer's T, F and N, to i18n.M and i18n.Later, as
// a string literal or a constant; the constants of type Problem (what a reader
// of input says is wrong); the labels and help of calc.Fields; and the labels of
// calc.Outputs. They come in the order of their files and of their first use in each.
func Extract(root string) ([]Message, error) {
	fset := token.NewFileSet()
	var files []*ast.File
	var names []string
	for _, dir := range Dirs {
		err := filepath.WalkDir(filepath.Join(root, dir), func(path string, d fs.DirEntry, err error) error {
			if errors.Is(err, fs.ErrNotExist) && path == filepath.Join(root, dir) {
				return fs.SkipDir
			}
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, path)
			files, names = append(files, f), append(names, filepath.ToSlash(rel))
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	consts := constants(files)
	x := &extraction{byID: map[string]int{}}
	for i, f := range files {
		pkg := f.Name.Name
		value := func(e ast.Expr) (string, bool) { return stringOf(e, pkg, consts) }
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.CONST {
				for _, s := range g.Specs {
					vs := s.(*ast.ValueSpec)
					if t, ok := vs.Type.(*ast.Ident); ok && t.Name == "Problem" {
						for _, v := range vs.Values {
							if s, ok := value(v); ok {
								x.add(s, "", names[i])
							}
						}
					}
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			qualifier := ""
			if id, ok := sel.X.(*ast.Ident); ok {
				qualifier = id.Name
			}
			switch name := sel.Sel.Name; {
			case qualifier == "app":
				// go-app's app.T is an action's tag, not words.
			case name == "T" || name == "F", qualifier == "i18n" && (name == "M" || name == "Later"):
				if s, ok := value(call.Args[0]); ok {
					x.add(s, "", names[i])
				}
			case name == "N" && len(call.Args) >= 2:
				one, ok1 := value(call.Args[0])
				other, ok2 := value(call.Args[1])
				if ok1 && ok2 {
					x.add(one, other, names[i])
				}
			}
			return true
		})
	}
	for _, f := range calc.Fields {
		x.add(f.Label, "", "calc/inputs.go")
		x.add(f.Help, "", "calc/inputs.go")
	}
	for _, o := range calc.Outputs {
		x.add(o.Label, "", "calc/outputs.go")
	}
	return x.list, nil
}

type extraction struct {
	list []Message
	byID map[string]int
}

func (x *extraction) add(id, plural, file string) {
	if id == "" {
		return
	}
	if i, ok := x.byID[id]; ok {
		m := &x.list[i]
		if !slices.Contains(m.Files, file) {
			m.Files = append(m.Files, file)
		}
		if m.Plural == "" {
			m.Plural = plural
		}
		return
	}
	x.byID[id] = len(x.list)
	x.list = append(x.list, Message{ID: id, Plural: plural, Files: []string{file}})
}

// constants are the string constants of the files, by "package.Name".
func constants(files []*ast.File) map[string]string {
	out := map[string]string{}
	// Constants may be made of constants: read until nothing new is found.
	for changed := true; changed; {
		changed = false
		for _, f := range files {
			pkg := f.Name.Name
			for _, d := range f.Decls {
				g, ok := d.(*ast.GenDecl)
				if !ok || g.Tok != token.CONST {
					continue
				}
				for _, s := range g.Specs {
					vs := s.(*ast.ValueSpec)
					for i, n := range vs.Names {
						key := pkg + "." + n.Name
						if _, done := out[key]; done || i >= len(vs.Values) {
							continue
						}
						if v, ok := stringOf(vs.Values[i], pkg, out); ok {
							out[key], changed = v, true
						}
					}
				}
			}
		}
	}
	return out
}

// stringOf is the text of a constant string expression: a literal, a constant
// of the package or of another (pkg.Name), a sum of those, or Later of one.
func stringOf(e ast.Expr, pkg string, consts map[string]string) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.ParenExpr:
		return stringOf(e.X, pkg, consts)
	case *ast.Ident:
		s, ok := consts[pkg+"."+e.Name]
		return s, ok
	case *ast.SelectorExpr:
		if id, ok := e.X.(*ast.Ident); ok {
			s, ok := consts[id.Name+"."+e.Sel.Name]
			return s, ok
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			a, ok1 := stringOf(e.X, pkg, consts)
			b, ok2 := stringOf(e.Y, pkg, consts)
			return a + b, ok1 && ok2
		}
	case *ast.CallExpr:
		if sel, ok := e.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Later" && len(e.Args) == 1 {
			return stringOf(e.Args[0], pkg, consts)
		}
	}
	return "", false
}

// Placeholders are the names in a message's {name} placeholders, sorted.
func Placeholders(msg string) []string {
	var out []string
	for {
		i := strings.IndexByte(msg, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(msg[i:], '}')
		if j < 0 {
			break
		}
		out = append(out, msg[i+1:i+j])
		msg = msg[i+j+1:]
	}
	slices.Sort(out)
	return slices.Compact(out)
}
