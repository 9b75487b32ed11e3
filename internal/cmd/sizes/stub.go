package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
)

// A variant build measures what a package adds to the wasm by building the app
// with that package hollowed out: every function body becomes a panic, package
// variables lose their initial values, and imports left unused go. Callers still
// compile, so the difference in size is what the package and everything only it
// needs (its dependencies, data, tables) cost. The repository is not touched: the
// hollow files reach the compiler through go build -overlay.

// goPackage is the part of `go list -json` a variant needs.
type goPackage struct {
	ImportPath string
	Dir        string
	Name       string
	GoFiles    []string
	Export     string
	Standard   bool
	Module     *struct{ Path, Dir string }
	ImportMap  map[string]string
}

// listDeps runs `go list -deps -export -json` for the wasm build of pkg: every
// package it links, with the export data a type check of a hollowed package needs.
func listDeps(env []string, pkg string) (map[string]*goPackage, []string, error) {
	cmd := exec.Command("go", "list", "-deps", "-export", "-json=ImportPath,Dir,Name,GoFiles,Export,Standard,Module,ImportMap", pkg)
	cmd.Env = env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, nil, fmt.Errorf("go list: %v\n%s", err, stderr.Bytes())
	}
	pkgs := map[string]*goPackage{}
	var order []string
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p goPackage
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, nil, err
		}
		pkgs[p.ImportPath] = &p
		order = append(order, p.ImportPath)
	}
	return pkgs, order, nil
}

// hollow returns hollowed copies of p's Go files: file path → content.
func hollow(p *goPackage, deps map[string]*goPackage) (map[string][]byte, error) {
	fset := token.NewFileSet()
	var files []*ast.File
	var paths []string
	for _, name := range p.GoFiles {
		path := filepath.Join(p.Dir, name)
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
		paths = append(paths, path)
	}
	lookup := func(path string) (io.ReadCloser, error) {
		if mapped, ok := p.ImportMap[path]; ok {
			path = mapped
		}
		d, ok := deps[path]
		if !ok || d.Export == "" {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(d.Export)
	}
	conf := types.Config{
		Importer: importer.ForCompiler(fset, "gc", lookup),
		Sizes:    types.SizesFor("gc", "wasm"),
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
	pkg, err := conf.Check(p.ImportPath, fset, files, info)
	if err != nil {
		return nil, fmt.Errorf("type-checking %s: %w", p.ImportPath, err)
	}

	out := map[string][]byte{}
	for i, f := range files {
		hollowFile(f, pkg, info)
		src, err := printHollow(fset, f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", paths[i], err)
		}
		out[paths[i]] = src
	}
	return out, nil
}

// printHollow prints a hollowed file. Each hollowed function is marked
// //go:noinline: inlined, its panic would make the rest of every caller dead code
// and the variant would lose far more than the package.
func printHollow(fset *token.FileSet, f *ast.File) ([]byte, error) {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "package %s\n", f.Name.Name)
	for _, d := range f.Decls {
		buf.WriteString("\n")
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && len(fd.Body.List) > 0 {
			buf.WriteString("//go:noinline\n")
		}
		if err := format.Node(&buf, fset, d); err != nil {
			return nil, err
		}
		buf.WriteString("\n")
	}
	return buf.Bytes(), nil
}

// hollowFile rewrites one file in place.
func hollowFile(f *ast.File, pkg *types.Package, info *types.Info) {
	// Comments would land in odd places once bodies are gone; the build
	// constraints they hold were applied already (only GoFiles are hollowed).
	f.Comments = nil
	f.Doc = nil

	// Imports added for the types of variables whose declaration named none.
	localName := map[string]string{} // package path → name in this file
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		if imp.Name != nil {
			localName[path] = imp.Name.Name
		}
	}
	var added []string
	qualifier := func(other *types.Package) string {
		if other == pkg {
			return ""
		}
		if name, ok := localName[other.Path()]; ok && name != "_" && name != "." {
			return name
		}
		for _, imp := range f.Imports {
			if path, _ := strconv.Unquote(imp.Path.Value); path == other.Path() && imp.Name == nil {
				return other.Name()
			}
		}
		name := fmt.Sprintf("hollow%d", len(added))
		localName[other.Path()] = name
		added = append(added, other.Path())
		return name
	}

	var decls []ast.Decl
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			d.Doc = nil
			if d.Body == nil {
				break
			}
			if d.Recv == nil && d.Name.Name == "init" {
				d.Body = &ast.BlockStmt{}
			} else {
				d.Body = &ast.BlockStmt{List: []ast.Stmt{&ast.ExprStmt{X: &ast.CallExpr{
					Fun:  ast.NewIdent("panic"),
					Args: []ast.Expr{&ast.BasicLit{Kind: token.STRING, Value: `"hollowed by internal/cmd/sizes"`}},
				}}}}
			}
		case *ast.GenDecl:
			d.Doc = nil
			if d.Tok != token.VAR {
				break
			}
			var specs []ast.Spec
			for _, s := range d.Specs {
				vs := s.(*ast.ValueSpec)
				vs.Doc, vs.Comment = nil, nil
				if len(vs.Values) == 0 {
					specs = append(specs, vs)
					continue
				}
				if vs.Type != nil {
					vs.Values = nil
					if !allBlank(vs.Names) {
						specs = append(specs, vs)
					}
					continue
				}
				// No declared type: spell out each variable's type.
				for _, name := range vs.Names {
					if name.Name == "_" {
						continue
					}
					obj := info.Defs[name]
					if obj == nil {
						continue
					}
					typ, err := parser.ParseExpr(types.TypeString(obj.Type(), qualifier))
					if err != nil {
						panic(fmt.Sprintf("hollowing %s.%s: %v", pkg.Path(), name.Name, err))
					}
					specs = append(specs, &ast.ValueSpec{Names: []*ast.Ident{name}, Type: typ})
				}
			}
			if len(specs) == 0 {
				continue
			}
			d.Specs = specs
			if len(specs) > 1 && !d.Lparen.IsValid() {
				d.Lparen, d.Rparen = d.TokPos, d.TokPos
			}
		}
		decls = append(decls, d)
	}
	f.Decls = decls

	for _, path := range added {
		f.Imports = append(f.Imports, &ast.ImportSpec{
			Name: ast.NewIdent(localName[path]),
			Path: &ast.BasicLit{Kind: token.STRING, Value: strconv.Quote(path)},
		})
	}
	dropUnusedImports(f, pkg, localName)
}

func allBlank(names []*ast.Ident) bool {
	for _, n := range names {
		if n.Name != "_" {
			return false
		}
	}
	return true
}

// dropUnusedImports rebuilds the file's import declaration with the imports still
// referred to (as X in X.Sel), plus blank and dot imports.
func dropUnusedImports(f *ast.File, pkg *types.Package, localName map[string]string) {
	used := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	names := map[string]string{} // path → package name, from the type checker
	for _, imp := range pkg.Imports() {
		names[imp.Path()] = imp.Name()
	}
	var keep []ast.Spec
	var imports []*ast.ImportSpec
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		name := names[path]
		if imp.Name != nil {
			name = imp.Name.Name
		} else if name == "" {
			name = localName[path]
		}
		if name == "_" || name == "." || used[name] {
			imp.Doc, imp.Comment = nil, nil
			keep = append(keep, imp)
			imports = append(imports, imp)
		}
	}
	var decls []ast.Decl
	if len(keep) > 0 {
		decls = append(decls, &ast.GenDecl{Tok: token.IMPORT, Lparen: 1, Rparen: 1, Specs: keep})
	}
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			continue
		}
		decls = append(decls, d)
	}
	f.Decls = decls
	f.Imports = imports
}
