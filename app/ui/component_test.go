package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// project runs a scenario of the example changed by mod as the page does.
func project(t *testing.T, mod func(*calc.Inputs)) present.Results {
	t.Helper()
	in := calc.Defaults()
	mod(&in)
	if err := in.Validate(); err != nil {
		t.Fatal(err)
	}
	d := state.Display{Currency: state.DefaultCurrency, Locale: state.DefaultLocale}
	return present.Project(d, i18n.Printer{}, in, calc.Project(in))
}

// host holds a child component whose props a test changes by loading it again.
type host struct {
	app.Compo

	Child app.UI
}

func (h *host) Render() app.UI { return app.Div().Body(h.Child) }

// mount puts c on a page in go-app's test engine, as the server renders it, and
// returns its HTML and a function that gives the mounted component the props of
// another (as a parent's render does) and returns the HTML then.
func mount(t *testing.T, c app.Composer) (string, func(next app.Composer) string) {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(&host{Child: c}); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(c), func(next app.Composer) string {
		t.Helper()
		if err := e.Load(&host{Child: next}); err != nil {
			t.Fatal(err)
		}
		e.ConsumeAll()
		return app.HTMLString(c)
	}
}

// The payback chart follows everything it draws: a plan that costs nothing extra
// pays back at once at 50% confidence, and at 0% gains nothing, so never pays back.
// The chart must say so, not keep "pays back: month 0".
func TestPaybackChartFollowsItsData(t *testing.T) {
	noCost := func(conf float64) func(*calc.Inputs) {
		return func(in *calc.Inputs) { in.DayCost, in.DayRate, in.Lag, in.Years, in.Confidence = 0, 0, 12, 1, conf }
	}
	before, after := project(t, noCost(50)), project(t, noCost(0))
	if !before.PaybackChart.PaysBack || after.PaybackChart.PaysBack {
		t.Fatalf("payback before %+v, after %+v", before.Out["payback"], after.Out["payback"])
	}
	first, update := mount(t, &ChartFigure{Name: "payback", Title: "When the training pays back", Chart: before.PaybackChart})
	second := update(&ChartFigure{Name: "payback", Title: "When the training pays back", Chart: after.PaybackChart})
	if !strings.Contains(first, "pays back") {
		t.Errorf("at 50%% the chart shows no payback mark:\n%.400s", first)
	}
	if strings.Contains(second, "pays back:") || !strings.Contains(second, "never pays back") {
		t.Errorf("at 0%% the chart still marks a payback, or does not say why there is none:\n%.2000s", second)
	}
}

// A field says what is wrong in words, or hints at what a valid value may mean,
// under its box and tied to it for screen readers; it keeps the text as typed, and
// a hint leaves it valid.
func TestFieldShowsItsMessage(t *testing.T) {
	for _, c := range []struct {
		name, text  string
		wants, bads []string
	}{
		{"mqls", "-5", []string{`id="in-mqls"`, `value="-5"`, `aria-invalid="&#116;rue"`, `aria-describedby="err-mqls help-mqls"`,
			`id="err-mqls"`, "Enter a number from 0 to 10,000,000."}, nil},
		{"sal_rate", "0.3", []string{`aria-describedby="hint-sal_rate help-sal_rate"`, `id="hint-sal_rate"`, `class="hint"`,
			"0.3%; did you mean 30%?"}, []string{"aria-invalid=\"&#116;rue\"", `id="err-sal_rate"`, `class="field invalid`}},
	} {
		sc := state.FromQuery(map[string][]string{c.name: {c.text}})
		chk := sc.Form.Read(sc.Display.Locale)
		var f present.Field
		for _, g := range present.Form(sc, i18n.Printer{}, chk, format.New("en-US", "USD"), false).Groups {
			for _, x := range g.Fields {
				if x.Name == c.name {
					f = x
				}
			}
		}
		html, _ := mount(t, &Field{F: f})
		for _, want := range c.wants {
			if !strings.Contains(html, want) {
				t.Errorf("%s=%q: the field lacks %s:\n%s", c.name, c.text, want, html)
			}
		}
		for _, bad := range c.bads {
			if strings.Contains(html, bad) {
				t.Errorf("%s=%q: the field has %s:\n%s", c.name, c.text, bad, html)
			}
		}
	}
}

// An undefined result gives its reason once per card: the range under it says
// n/a without repeating why.
func TestReasonOncePerCard(t *testing.T) {
	r := project(t, func(in *calc.Inputs) { in.MktTarget, in.SalesTarget = in.MktDays, in.SalesDays })
	html, _ := mount(t, &Headline{R: r})
	why := r.Out["roi"].Why
	_, card, _ := strings.Cut(html, "Return on investment")
	card, _, _ = strings.Cut(card, `class="card"`)
	if why == "" || strings.Count(card, why) != 1 {
		t.Errorf("the ROI card gives its reason %q %d times, want once:\n%s", why, strings.Count(card, why), card)
	}
	for _, id := range []string{"out-roi", "out-roi_low", "out-roi_high"} {
		if !strings.Contains(html, `id="`+id+`"`) {
			t.Errorf("no #%s", id)
		}
	}
}
