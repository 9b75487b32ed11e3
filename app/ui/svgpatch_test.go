package ui

import (
	"fmt"
	"html"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/trainingroi/calculator/app/chart"
	"github.com/trainingroi/calculator/calc"
)

// svgAttr is one name="value" of an opening tag.
type svgAttr struct{ name, value string }

// parseAttrs reads the attributes of an opening tag (svgElem.attrs), as
// patchOps reads them.
func parseAttrs(s string) ([]svgAttr, bool) {
	var as []svgAttr
	for {
		name, value, rest, ok := nextAttr(s)
		if !ok {
			return nil, false
		}
		if name == "" {
			return as, true
		}
		as = append(as, svgAttr{name, value})
		s = rest
	}
}

// applyOps does in Go what web/paint.js does with the k, a and x operations to
// a chart's elements, so that the tests can check the result.
func applyOps(t *testing.T, ops string, id string, els []svgElem) []svgElem {
	t.Helper()
	out := make([]svgElem, len(els))
	copy(out, els)
	attrs := make([][]svgAttr, len(els))
	for i, e := range els {
		as, ok := parseAttrs(e.attrs)
		if !ok {
			t.Fatalf("element %d: cannot parse attributes %q", i, e.attrs)
		}
		attrs[i] = as
	}
	f := strings.Split(ops, "\x00")
	for i := 0; i < len(f); {
		if f[i+1] != id {
			t.Fatalf("operation on %q, want %q", f[i+1], id)
		}
		switch f[i] {
		case "k":
			if n, _ := strconv.Atoi(f[i+3]); n != len(els) {
				t.Fatalf("k expects %d children, there are %d", n, len(els))
			}
			i += 4
		case "a":
			j, _ := strconv.Atoi(f[i+2])
			found := false
			for k := range attrs[j] {
				if attrs[j][k].name == f[i+3] {
					attrs[j][k].value, found = f[i+4], true
				}
			}
			if !found {
				t.Fatalf("a sets %s, which element %d does not have", f[i+3], j)
			}
			i += 5
		case "x":
			j, _ := strconv.Atoi(f[i+2])
			out[j].text = html.EscapeString(f[i+3])
			i += 4
		default:
			t.Fatalf("unexpected operation %q", f[i])
		}
	}
	for i := range out {
		var b strings.Builder
		for _, a := range attrs[i] {
			fmt.Fprintf(&b, " %s=\"%s\"", a.name, a.value)
		}
		out[i].attrs = b.String()
	}
	return out
}

// sameElems compares elements by tag, attributes (names, order and values)
// and text: what the browser makes of them, whatever the spacing.
func sameElems(t *testing.T, got, want []svgElem) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d elements, want %d", len(got), len(want))
	}
	for i := range want {
		ga, _ := parseAttrs(got[i].attrs)
		wa, _ := parseAttrs(want[i].attrs)
		if got[i].tag != want[i].tag || fmt.Sprint(ga) != fmt.Sprint(wa) || got[i].text != want[i].text {
			t.Fatalf("element %d:\n got <%s %v>%s\nwant <%s %v>%s", i, got[i].tag, ga, got[i].text, want[i].tag, wa, want[i].text)
		}
	}
}

// TestPatchOpsTurnOldIntoNew: for pairs of real charts, the operations
// patchOps sends turn the old picture into the new one, or it declines and the
// whole picture is sent. Most keystrokes must be patchable, or the patch saves
// nothing.
func TestPatchOpsTurnOldIntoNew(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	draw := []func(r calc.Result, in calc.Inputs) (string, error){
		func(r calc.Result, in calc.Inputs) (string, error) {
			return chart.Lift(r, chart.DaysOf(in), chart.Options{Width: 640})
		},
		func(r calc.Result, _ calc.Inputs) (string, error) { return chart.Funnel(r, chart.Options{Width: 640}) },
		func(r calc.Result, _ calc.Inputs) (string, error) { return chart.Payback(r, chart.Options{Width: 640}) },
	}
	patched, total := 0, 0
	in := calc.Defaults()
	for step := range 300 {
		next := in
		f := calc.Fields[rng.IntN(len(calc.Fields))]
		v := *f.Of(&next) * (0.5 + rng.Float64())
		if step%3 == 0 {
			v = *f.Of(&next) * 10 // a digit typed
		}
		*f.Of(&next) = min(v, f.Max)
		if next.Validate() != nil {
			continue
		}
		r0, r1 := calc.Project(in), calc.Project(next)
		for _, d := range draw {
			a, err := d(r0, in)
			if err != nil {
				t.Fatal(err)
			}
			b, err := d(r1, next)
			if err != nil {
				t.Fatal(err)
			}
			id, box, after, ok := svgParts(b)
			_, _, before, ok2 := svgParts(a)
			if !ok || !ok2 {
				t.Fatalf("cannot read the charts' parts")
			}
			total++
			var ops paintOps
			if !patchOps(&ops, id, box, before, after) {
				if ops.n != 0 {
					t.Fatalf("patchOps declined but added %d operations", ops.n)
				}
				continue
			}
			patched++
			be, _ := splitSVG(before)
			ae, _ := splitSVG(after)
			sameElems(t, applyOps(t, ops.b.String(), id, be), ae)
		}
		in = next
	}
	t.Logf("%d of %d chart changes patched", patched, total)
	if patched < total/2 {
		t.Errorf("only %d of %d chart changes patched", patched, total)
	}
}

func TestSplitSVG(t *testing.T) {
	els, ok := splitSVG(`<title id="t">a &amp; b</title><path  d="M 0 0
L 1 1" fill="none"/><text x="1" y="2">x</text><circle cx="1" cy="2" r="3" fill="red"/>`)
	if !ok || len(els) != 4 {
		t.Fatalf("split: %v %v", ok, els)
	}
	if els[0].tag != "title" || els[0].text != "a &amp; b" || els[1].tag != "path" || els[3].tag != "circle" || els[2].text != "x" {
		t.Errorf("split: %+v", els)
	}
	for _, bad := range []string{"x<path/>", "<path", `<text>a<b/></text>`, `<text>a`} {
		if _, ok := splitSVG(bad); ok {
			t.Errorf("split %q: accepted", bad)
		}
	}
}

func TestUnescapeText(t *testing.T) {
	for _, s := range []string{`"><img src=x onerror=alert(1)>`, "a & b", "&amp;lt;", "it's", ""} {
		if got := unescapeText(html.EscapeString(s)); got != s {
			t.Errorf("unescapeText(EscapeString(%q)) = %q", s, got)
		}
	}
}
