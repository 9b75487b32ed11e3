// Command sizes prints what the WebAssembly binary weighs on the wire and where
// the bytes come from. Usage:
//
//	go run ./internal/cmd/sizes [-top N] [web/app.wasm]
//
// It prints the raw file and its precompressed copies (FILE.gz, FILE.br, written
// by internal/cmd/compress), against the brotli budget, and its sections; then
// the compiled code per module and package, from the function names and body
// sizes of a build of the same code that keeps its "name" section (no -s). The
// builds use the flags of the Makefile (-buildflags, -ldflags).
package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/trainingroi/calculator/internal/wasmfile"
)

// brotliBudget is the target for the brotli wasm.
const brotliBudget = 2_150_000

const appModule = "github.com/trainingroi/calculator"

func main() {
	top := flag.Int("top", 12, "list the `N` packages with the most compiled code")
	buildFlags := flag.String("buildflags", "-buildvcs=false -trimpath", "go build `flags` of the wasm build")
	ldflags := flag.String("ldflags", "-s -w", "linker `flags` of the wasm build")
	pkg := flag.String("pkg", ".", "the main `package` of the app")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: go run ./internal/cmd/sizes [flags] [web/app.wasm]")
		flag.PrintDefaults()
	}
	flag.Parse()
	file := "web/app.wasm"
	if flag.NArg() > 1 {
		flag.Usage()
		os.Exit(2)
	}
	if flag.NArg() == 1 {
		file = flag.Arg(0)
	}

	raw, err := os.ReadFile(file)
	if err != nil {
		fatal(fmt.Errorf("%v (run make build)", err))
	}
	printFileSizes(file, raw)
	mod, err := wasmfile.Parse(raw)
	if err != nil {
		fatal(fmt.Errorf("%s: %v", file, err))
	}
	printSections(mod)

	b := &builder{pkg: *pkg, buildFlags: strings.Fields(*buildFlags), ldflags: *ldflags}
	if b.dir, err = os.MkdirTemp("", "sizes-"); err != nil {
		fatal(err)
	}
	defer os.RemoveAll(b.dir)
	if err := b.init(); err != nil {
		fatal(err)
	}
	if err := b.checkCurrent(raw); err != nil {
		fmt.Printf("\nwarning: %v\n", err)
	}

	if err := b.printCodeByPackage(*top); err != nil {
		fatal(err)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "sizes:", err)
	os.Exit(1)
}

const mb = 1e6

func printFileSizes(name string, raw []byte) {
	fmt.Printf("== wasm size: %s\n", name)
	tw := newTable()
	fmt.Fprintln(tw, "encoding\tbytes\tMB\tof raw\t\t")
	for _, v := range []struct{ suffix, encoding string }{{"", "raw"}, {".gz", "gzip"}, {".br", "brotli"}} {
		info, err := os.Stat(name + v.suffix)
		if err != nil {
			fmt.Fprintf(tw, "%s\tmissing (make build writes it)\t\t\t\t\n", v.encoding)
			continue
		}
		note := ""
		if v.encoding == "brotli" {
			if info.Size() <= brotliBudget {
				note = fmt.Sprintf("target ≤ %.2f MB: met", brotliBudget/mb)
			} else {
				note = fmt.Sprintf("target ≤ %.2f MB: %.2f MB over", brotliBudget/mb, float64(info.Size()-brotliBudget)/mb)
			}
		}
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t%.1f%%\t  %s\t\n", v.encoding, info.Size(), float64(info.Size())/mb,
			100*float64(info.Size())/float64(max(len(raw), 1)), note)
	}
	tw.Flush()
}

func printSections(m *wasmfile.Module) {
	var code, data, other int
	for _, s := range m.Sections {
		switch s.ID {
		case 10:
			code += s.Size
		case 11:
			data += s.Size
		default:
			other += s.Size
		}
	}
	fmt.Printf("sections: code %.2f MB (%d functions), data %.2f MB (strings, type data, tables, the function table pclntab), other %.3f MB\n",
		float64(code)/mb, len(m.Funcs), float64(data)/mb, float64(other)/mb)
}

// builder builds variants of the wasm.
type builder struct {
	pkg        string
	buildFlags []string
	ldflags    string
	dir        string // scratch directory

	env  []string
	deps map[string]*goPackage // every package the app links
}

func (b *builder) init() error {
	b.env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd := exec.Command("go", "list", "-deps", "-json=ImportPath,Standard,Module", b.pkg)
	cmd.Env = b.env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("go list: %v\n%s", err, stderr.Bytes())
	}
	b.deps = map[string]*goPackage{}
	for dec := json.NewDecoder(bytes.NewReader(out)); ; {
		var p goPackage
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return err
		}
		b.deps[p.ImportPath] = &p
	}
}

// goPackage is the part of `go list -json` that says where a package comes from.
type goPackage struct {
	ImportPath string
	Standard   bool
	Module     *struct{ Path string }
}

// build links the app with ldflags and returns the wasm.
func (b *builder) build(name, ldflags string) ([]byte, error) {
	out := filepath.Join(b.dir, name+".wasm")
	args := append([]string{"build"}, b.buildFlags...)
	args = append(args, "-ldflags="+ldflags, "-o", out, b.pkg)
	cmd := exec.Command("go", args...)
	cmd.Env = b.env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("building %s: %v\n%s", name, err, stderr.Bytes())
	}
	data, err := os.ReadFile(out)
	os.Remove(out)
	return data, err
}

// checkCurrent warns when the file measured is not what the sources build to.
func (b *builder) checkCurrent(raw []byte) error {
	fresh, err := b.build("current", b.ldflags)
	if err != nil {
		return err
	}
	if !bytes.Equal(fresh, raw) {
		return fmt.Errorf("the wasm measured (%d bytes) is not what the sources build to now (%d bytes): run make build", len(raw), len(fresh))
	}
	return nil
}

// printCodeByPackage attributes the code section to modules and packages, from a
// build that keeps the function names.
func (b *builder) printCodeByPackage(top int) error {
	ld := strings.ReplaceAll(" "+b.ldflags+" ", " -s ", " ")
	data, err := b.build("names", strings.TrimSpace(ld))
	if err != nil {
		return err
	}
	m, err := wasmfile.Parse(data)
	if err != nil {
		return err
	}
	// The linker writes names with every character but letters, digits, _ and .
	// turned into _; match them against the linked packages, longest first.
	type cand struct{ prefix, path string }
	var cands []cand
	for path := range b.deps {
		cands = append(cands, cand{wasmfile.LinkerName(path) + ".", path})
	}
	slices.SortFunc(cands, func(a, b cand) int { return cmp.Compare(len(b.prefix), len(a.prefix)) })

	perPkg := map[string]int{}
	total := 0
	for _, f := range m.Funcs {
		pkg := "(compiler-generated: type equality, wrappers…)"
		for _, c := range cands {
			if strings.HasPrefix(f.Name, c.prefix) {
				pkg = c.path
				break
			}
		}
		perPkg[pkg] += f.Size
		total += f.Size
	}
	if total == 0 {
		return errors.New("the build has no function names")
	}
	perModule := map[string]int{}
	for pkg, n := range perPkg {
		perModule[b.moduleOf(pkg)] += n
	}

	fmt.Printf("\n== compiled code (%.2f MB, %d functions) by module, then package: function bodies of a build without -s; data is not included\n",
		float64(total)/mb, len(m.Funcs))
	tw := newTable()
	printRanked(tw, perModule, total, 0)
	tw.Flush()
	fmt.Println("our packages:")
	ours := map[string]int{}
	for pkg, n := range perPkg {
		if strings.HasPrefix(pkg, appModule) {
			ours[pkg] = n
		}
	}
	tw = newTable()
	printRanked(tw, ours, total, 0)
	tw.Flush()
	fmt.Printf("the %d packages with the most code:\n", top)
	tw = newTable()
	printRanked(tw, perPkg, total, top)
	tw.Flush()
	return nil
}

// newTable writes columns separated by two spaces; numbers are padded by their
// format, so the names stay left-aligned.
func newTable() *tabwriter.Writer { return tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0) }

func printRanked(tw *tabwriter.Writer, m map[string]int, total, limit int) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(m[b], m[a]), cmp.Compare(a, b)) })
	if limit > 0 && len(keys) > limit {
		keys = keys[:limit]
	}
	for _, k := range keys {
		fmt.Fprintf(tw, "  %s\t%9d\t%5.1f%%\n", k, m[k], 100*float64(m[k])/float64(total))
	}
}

// moduleOf names the module a package comes from; the standard library and the
// runtime count as one.
func (b *builder) moduleOf(pkg string) string {
	p, ok := b.deps[pkg]
	switch {
	case !ok:
		return pkg
	case p.Standard:
		return "Go runtime and standard library"
	case p.Module != nil:
		return p.Module.Path
	}
	return pkg
}
