// Command sizes prints what the WebAssembly binary weighs on the wire and where
// the bytes come from. Usage:
//
//	go run ./internal/cmd/sizes [-variants=false] [-without PKG,...] [-top N] [web/app.wasm]
//
// It prints:
//   - the raw file and its precompressed copies (FILE.gz, FILE.br, written by
//     internal/cmd/compress), against the brotli budget, and its sections;
//   - what go-app, the charts (go-chart and our wrapper), number formatting and our
//     own code each add, measured by building the app without them: the package's
//     functions are hollowed out (see stub.go) through go build -overlay (for a
//     package of another module, a copy named by a replace directive in a
//     -modfile), so nothing in the repository changes, and the build is compressed
//     like the real one; and the floors, a go-app hello world and an empty program;
//   - compiled code per module and package, from the function names and body sizes
//     of a build that keeps its "name" section (no -s).
//
// The builds use the flags of the Makefile (-buildflags, -ldflags). Compressed
// sizes are cached by content hash in the user cache directory. -variants=false
// skips the variant builds.
package main

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/andybalholm/brotli"
)

// brotliBudget is the target for the brotli wasm.
const brotliBudget = 2_150_000

const (
	appModule    = "github.com/trainingroi/calculator"
	goAppPackage = "github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	variants := flag.Bool("variants", true, "build the app without go-app, charts, formatting and our code to measure what each adds")
	without := flag.String("without", "", "also measure the app without these `packages` (comma-separated import paths, each hollowed on its own; a+b hollows both together)")
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
	mod, err := parseWasm(raw)
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

	if *variants || *without != "" {
		var list []variant
		if *variants {
			list = standardVariants(b)
		}
		for _, group := range strings.Split(*without, ",") {
			if group = strings.TrimSpace(group); group != "" {
				pkgs := strings.Split(group, "+")
				list = append(list, variant{label: "without " + group, hollow: pkgs})
			}
		}
		if err := b.printVariants(file, raw, list); err != nil {
			fatal(err)
		}
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

func printSections(m *wasmModule) {
	var code, data, other int
	for _, s := range m.sections {
		switch s.id {
		case 10:
			code += s.size
		case 11:
			data += s.size
		default:
			other += s.size
		}
	}
	fmt.Printf("sections: code %.2f MB (%d functions), data %.2f MB (strings, type data, tables, the function table pclntab), other %.3f MB\n",
		float64(code)/mb, len(m.funcs), float64(data)/mb, float64(other)/mb)
}

// builder builds variants of the wasm.
type builder struct {
	pkg        string
	buildFlags []string
	ldflags    string
	dir        string // scratch directory

	env   []string
	deps  map[string]*goPackage
	order []string // deps in go list order (dependencies first)
	main  *goPackage
}

func (b *builder) init() error {
	b.env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	var err error
	b.deps, b.order, err = listDeps(b.env, b.pkg)
	if err != nil {
		return err
	}
	for _, p := range b.deps {
		if p.Name == "main" {
			b.main = p
		}
	}
	if b.main == nil || b.main.Module == nil {
		return fmt.Errorf("%s is not a main package of a module", b.pkg)
	}
	return nil
}

// build links the app as s says with ldflags, and returns the wasm.
func (b *builder) build(name string, s setup, ldflags string) ([]byte, error) {
	out := filepath.Join(b.dir, name+".wasm")
	args := append([]string{"build"}, b.buildFlags...)
	args = append(args, "-ldflags="+ldflags, "-o", out)
	if s.modfile != "" {
		args = append(args, "-modfile", s.modfile)
	}
	if overlay := s.overlay; len(overlay) > 0 {
		js := []byte(`{"Replace":{`)
		first := true
		for from, to := range overlay {
			if !first {
				js = append(js, ',')
			}
			first = false
			js = fmt.Appendf(js, "%q:%q", from, to)
		}
		js = append(js, "}}"...)
		ov := filepath.Join(b.dir, name+".overlay.json")
		if err := os.WriteFile(ov, js, 0o644); err != nil {
			return nil, err
		}
		args = append(args, "-overlay", ov)
	}
	args = append(args, b.pkg)
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
	fresh, err := b.build("current", setup{}, b.ldflags)
	if err != nil {
		return err
	}
	if !bytes.Equal(fresh, raw) {
		return fmt.Errorf("the wasm measured (%d bytes) is not what the sources build to now (%d bytes): run make build", len(raw), len(fresh))
	}
	return nil
}

// variant is one build of the app without something.
type variant struct {
	label  string
	note   string            // how it is built, printed under the table
	hollow []string          // packages hollowed out
	files  map[string]string // or the main package's files replaced: name → content
	floor  bool              // a floor, not a difference
}

func standardVariants(b *builder) []variant {
	var ours []string
	for _, path := range b.order {
		p := b.deps[path]
		if p.Module != nil && p.Module.Path == appModule && p.Name != "main" {
			ours = append(ours, path)
		}
	}
	return []variant{
		{label: "go-app", note: "its pkg/app hollowed, with what only it links: net/http, crypto/tls…", hollow: []string{goAppPackage}},
		{label: "charts", note: "app/chart hollowed: go-chart, freetype, our wrapper and its width table", hollow: []string{appModule + "/app/chart"}},
		{label: "number formatting", note: "app/format hollowed", hollow: []string{appModule + "/app/format"}},
		{label: "our own code", note: shortList(ours) + " hollowed, charts included", hollow: ours},
		{label: "floor: go-app hello world", note: "one component, the same build flags", floor: true, files: map[string]string{"": helloGoApp}},
		{label: "floor: empty Go program", floor: true, files: map[string]string{"": "package main\n\nfunc main() {}\n"}},
	}
}

const helloGoApp = `package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

type hello struct{ app.Compo }

func (h *hello) Render() app.UI { return app.H1().Text("Hello") }

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
}
`

func shortList(paths []string) string {
	short := make([]string, len(paths))
	for i, p := range paths {
		short[i] = strings.TrimPrefix(p, appModule+"/")
	}
	return strings.Join(short, ", ")
}

// setup is how a variant is built: files replaced through -overlay, and for
// packages of other modules (the go command refuses overlays in the module
// cache), a copy of the module named by a replace directive in a -modfile.
type setup struct {
	overlay map[string]string // original path → replacement
	modfile string            // "" for the main go.mod
}

// prepare writes the files of variant n and returns its setup.
func (b *builder) prepare(v variant, n int) (setup, error) {
	dir := filepath.Join(b.dir, fmt.Sprintf("v%d", n))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return setup{}, err
	}
	s := setup{overlay: map[string]string{}}
	if v.files != nil {
		// Replace the main package: the first file gets the program, the others
		// become empty.
		for i, name := range b.main.GoFiles {
			content := "package main\n"
			if i == 0 {
				content = v.files[""]
			}
			to := filepath.Join(dir, "main-"+name)
			if err := os.WriteFile(to, []byte(content), 0o644); err != nil {
				return setup{}, err
			}
			s.overlay[filepath.Join(b.main.Dir, name)] = to
		}
	}
	copies := map[string]string{} // module path → its copy
	for _, path := range v.hollow {
		p, ok := b.deps[path]
		if !ok {
			return setup{}, fmt.Errorf("%s is not linked into %s", path, b.pkg)
		}
		files, err := hollow(p, b.deps)
		if err != nil {
			return setup{}, err
		}
		if p.Module == nil || p.Module.Path == b.main.Module.Path {
			for from, content := range files {
				to := filepath.Join(dir, fmt.Sprintf("%s-%s", sanitize(path), filepath.Base(from)))
				if err := os.WriteFile(to, content, 0o644); err != nil {
					return setup{}, err
				}
				s.overlay[from] = to
			}
			continue
		}
		root, ok := copies[p.Module.Path]
		if !ok {
			root = filepath.Join(dir, "mod-"+sanitize(p.Module.Path))
			if err := copyGoFiles(p.Module.Dir, root); err != nil {
				return setup{}, err
			}
			copies[p.Module.Path] = root
		}
		for from, content := range files {
			rel, err := filepath.Rel(p.Module.Dir, from)
			if err != nil {
				return setup{}, err
			}
			if err := os.WriteFile(filepath.Join(root, rel), content, 0o644); err != nil {
				return setup{}, err
			}
		}
	}
	if len(copies) > 0 {
		gomod := filepath.Join(b.main.Module.Dir, "go.mod")
		mod, err := os.ReadFile(gomod)
		if err != nil {
			return setup{}, err
		}
		for path, root := range copies {
			mod = fmt.Appendf(mod, "\nreplace %s => %s\n", path, root)
		}
		s.modfile = filepath.Join(dir, "go.mod")
		if err := os.WriteFile(s.modfile, mod, 0o644); err != nil {
			return setup{}, err
		}
		// -modfile x.mod reads its checksums from x.sum.
		if sum, err := os.ReadFile(filepath.Join(b.main.Module.Dir, "go.sum")); err == nil {
			if err := os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644); err != nil {
				return setup{}, err
			}
		}
	}
	return s, nil
}

// copyGoFiles copies a module's go.mod and Go files, writable, to dst.
func copyGoFiles(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if d.IsDir() {
			if rel != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if (!strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go")) && d.Name() != "go.mod" {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
}

// sizes are the three sizes of one build.
type sizes struct{ raw, gz, br int }

func (b *builder) printVariants(file string, raw []byte, list []variant) error {
	fmt.Printf("\n== what each part adds: the app built without it, compressed as make build does (brotli q10, gzip -9)\n")
	start := time.Now()
	base := sizes{raw: len(raw)}
	if info, err := os.Stat(file + ".gz"); err == nil {
		base.gz = int(info.Size())
	}
	if info, err := os.Stat(file + ".br"); err == nil {
		base.br = int(info.Size())
	}

	results := make([]sizes, len(list))
	errs := make([]error, len(list))
	cache := openSizeCache()
	defer cache.save()
	// Builds run one after the other (the go command uses every core); each
	// result is compressed while the next one builds.
	jobs := make(chan func(), len(list))
	var wg sync.WaitGroup
	for range max(runtime.NumCPU(), 1) {
		wg.Go(func() {
			for job := range jobs {
				job()
			}
		})
	}
	var pending sync.WaitGroup
	for i, v := range list {
		s, err := b.prepare(v, i)
		if err != nil {
			errs[i] = err
			continue
		}
		data, err := b.build(fmt.Sprintf("variant%d", i), s, b.ldflags)
		if err != nil {
			errs[i] = err
			continue
		}
		results[i].raw = len(data)
		pending.Add(1)
		jobs <- func() { defer pending.Done(); results[i].gz, results[i].br = cache.sizes(data) }
	}
	pending.Wait()
	close(jobs)
	wg.Wait()

	tw := newTable()
	fmt.Fprintln(tw, "\traw MB\tgzip MB\tbrotli MB\t")
	fmt.Fprintf(tw, "the app (%s)\t%.2f\t%.2f\t%.2f\t\n", file, float64(base.raw)/mb, float64(base.gz)/mb, float64(base.br)/mb)
	for i, v := range list {
		if errs[i] != nil {
			fmt.Fprintf(tw, "%s\tfailed: %s\t\t\t\n", v.label, firstLine(errs[i].Error()))
			continue
		}
		r := results[i]
		if v.floor {
			fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.2f\t\n", v.label, float64(r.raw)/mb, float64(r.gz)/mb, float64(r.br)/mb)
			continue
		}
		fmt.Fprintf(tw, "%s adds\t%s\t%s\t%s\t\n", v.label,
			delta(base.raw-r.raw, base.raw), delta(base.gz-r.gz, base.gz), delta(base.br-r.br, base.br))
	}
	tw.Flush()
	for _, v := range list {
		if v.note != "" {
			fmt.Printf("  %s: %s\n", v.label, v.note)
		}
	}
	fmt.Println("  brotli's output moves by about ±0.02 MB with any change to its input: smaller differences are noise")
	var failed []error
	for i, err := range errs {
		if err != nil {
			failed = append(failed, fmt.Errorf("%s: %w", list[i].label, err))
		}
	}
	fmt.Printf("(%d builds in %s)\n", len(list), time.Since(start).Round(time.Second))
	if len(failed) > 0 {
		fmt.Fprintln(os.Stderr, errors.Join(failed...))
	}
	return nil
}

func delta(d, of int) string {
	if of == 0 {
		return "?"
	}
	return fmt.Sprintf("%.2f (%.0f%%)", float64(d)/mb, 100*float64(d)/float64(of))
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// sizeCache remembers the compressed sizes of builds by content hash, in the user
// cache directory, so that a second make bench does not compress unchanged
// variants again (brotli's quality 10 takes about 30 s of CPU per 9 MB).
type sizeCache struct {
	mu   sync.Mutex
	file string
	m    map[string][2]int // sha256 → gzip, brotli
}

func openSizeCache() *sizeCache {
	c := &sizeCache{m: map[string][2]int{}}
	dir, err := os.UserCacheDir()
	if err != nil {
		return c
	}
	c.file = filepath.Join(dir, "trainingroi-sizes", "compressed.json")
	if data, err := os.ReadFile(c.file); err == nil {
		_ = json.Unmarshal(data, &c.m)
	}
	return c
}

// sizes returns the gzip and brotli sizes of data, compressing on a miss.
func (c *sizeCache) sizes(data []byte) (gz, br int) {
	sum := sha256.Sum256(data)
	key := hex.EncodeToString(sum[:])
	c.mu.Lock()
	v, ok := c.m[key]
	c.mu.Unlock()
	if ok {
		return v[0], v[1]
	}
	gz, br = gzipSize(data), brotliSize(data)
	c.mu.Lock()
	c.m[key] = [2]int{gz, br}
	c.mu.Unlock()
	return gz, br
}

func (c *sizeCache) save() {
	if c.file == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) > 200 {
		c.m = map[string][2]int{} // old builds; start again
	}
	data, err := json.Marshal(c.m)
	if err != nil {
		return
	}
	if os.MkdirAll(filepath.Dir(c.file), 0o755) == nil {
		_ = os.WriteFile(c.file, data, 0o644)
	}
}

func gzipSize(data []byte) int {
	var c counter
	gw, _ := gzip.NewWriterLevel(&c, gzip.BestCompression)
	gw.Write(data)
	gw.Close()
	return int(c)
}

// brotliSize compresses a variant at quality 10 with a 16 MiB window: about half
// the time of the build's quality 11 and 3% larger, which holds for every variant,
// so what a part adds reads the same.
func brotliSize(data []byte) int {
	var c counter
	bw := brotli.NewWriterOptions(&c, brotli.WriterOptions{Quality: 10, LGWin: 24})
	bw.Write(data)
	bw.Close()
	return int(c)
}

type counter int

func (c *counter) Write(p []byte) (int, error) { *c += counter(len(p)); return len(p), nil }

var _ io.Writer = (*counter)(nil)

// printCodeByPackage attributes the code section to modules and packages, from a
// build that keeps the function names.
func (b *builder) printCodeByPackage(top int) error {
	ld := strings.ReplaceAll(" "+b.ldflags+" ", " -s ", " ")
	data, err := b.build("names", setup{}, strings.TrimSpace(ld))
	if err != nil {
		return err
	}
	m, err := parseWasm(data)
	if err != nil {
		return err
	}
	// The linker writes names with every character but letters, digits, _ and .
	// turned into _; match them against the linked packages, longest first.
	type cand struct{ prefix, path string }
	var cands []cand
	for path := range b.deps {
		cands = append(cands, cand{sanitize(path) + ".", path})
	}
	slices.SortFunc(cands, func(a, b cand) int { return cmp.Compare(len(b.prefix), len(a.prefix)) })

	perPkg := map[string]int{}
	total := 0
	for _, f := range m.funcs {
		pkg := "(compiler-generated: type equality, wrappers…)"
		for _, c := range cands {
			if strings.HasPrefix(f.name, c.prefix) {
				pkg = c.path
				break
			}
		}
		perPkg[pkg] += f.size
		total += f.size
	}
	if total == 0 {
		return errors.New("the build has no function names")
	}
	perModule := map[string]int{}
	for pkg, n := range perPkg {
		perModule[b.moduleOf(pkg)] += n
	}

	fmt.Printf("\n== compiled code (%.2f MB, %d functions) by module, then package: function bodies of a build without -s; data is not included\n",
		float64(total)/mb, len(m.funcs))
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

func sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '_'
	}, s)
}
