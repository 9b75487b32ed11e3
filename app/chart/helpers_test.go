package chart

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/trainingroi/calculator/calc"
)

// scenario is a valid set of inputs that exercises a corner of the charts.
type scenario struct {
	name string
	set  func(in *calc.Inputs)
}

var scenarios = []scenario{
	{"defaults", func(*calc.Inputs) {}},
	{"no payback: zero confidence", func(in *calc.Inputs) { in.Confidence = 0 }},
	{"five years", func(in *calc.Inputs) { in.Years, in.Lag = 5, 4 }},
	{"days outside the study", func(in *calc.Inputs) { in.SalesTarget, in.MktDays, in.MktTarget = 30, 0, 60 }},
	{"training cut", func(in *calc.Inputs) { in.MktTarget, in.SalesTarget = 1, 2 }},
	{"capped", func(in *calc.Inputs) { in.SALRate, in.Confidence = 90, 100 }},
	{"no leads", func(in *calc.Inputs) { in.MQLs = 0 }},
	{"lag beyond horizon", func(in *calc.Inputs) { in.Lag = 12 }},
	{"payback after horizon", func(in *calc.Inputs) { in.DayCost, in.Confidence = 20000, 10 }},
	{"huge numbers", func(in *calc.Inputs) { in.MQLs, in.Deal, in.MktTeam, in.SalesTeam = 1e7, 1e9, 1e5, 1e5 }},
	{"different days", func(in *calc.Inputs) { in.SalesDays, in.SalesTarget, in.MktDays, in.MktTarget = 3.5, 7.25, 4, 9 }},
}

func (s scenario) inputs() calc.Inputs {
	in := calc.Defaults()
	s.set(&in)
	return in
}

// builders are the three charts as functions of inputs and options.
var builders = []struct {
	name  string
	build func(in calc.Inputs, r calc.Result, o Options) (string, error)
}{
	{"lift", func(in calc.Inputs, r calc.Result, o Options) (string, error) { return Lift(r, DaysOf(in), o) }},
	{"funnel", func(_ calc.Inputs, r calc.Result, o Options) (string, error) { return Funnel(r, o) }},
	{"payback", func(_ calc.Inputs, r calc.Result, o Options) (string, error) { return Payback(r, o) }},
}

// parseSVG reads svg with encoding/xml, proving it well-formed, and checks
// that it holds no element or attribute that could run script. It returns the
// text content (unescaped) of every element, in order.
func parseSVG(t *testing.T, svg string) []string {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(svg))
	d.Strict = true
	var texts []string
	depth := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v\n%.400s", err, svg)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			depth++
			switch tok.Name.Local {
			case "svg", "title", "desc", "path", "circle", "text":
			default:
				t.Fatalf("unexpected element <%s>", tok.Name.Local)
			}
			for _, a := range tok.Attr {
				n := strings.ToLower(a.Name.Local)
				if strings.HasPrefix(n, "on") || strings.Contains(n, "href") {
					t.Fatalf("unexpected attribute %s=%q on <%s>", a.Name.Local, a.Value, tok.Name.Local)
				}
			}
		case xml.EndElement:
			depth--
		case xml.CharData:
			if s := strings.TrimSpace(string(tok)); s != "" {
				texts = append(texts, s)
			}
		case xml.ProcInst, xml.Directive:
			t.Fatalf("unexpected %T in SVG", tok)
		}
	}
	if depth != 0 {
		t.Fatalf("unbalanced elements")
	}
	return texts
}

// mustNotPanic runs f and fails the test if it panics.
func mustNotPanic(t *testing.T, f func()) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("panic: %v", p)
		}
	}()
	f()
}
