package present

import (
	"strings"
	"testing"

	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// The worked example as the page shows it: the model's figures, rounded as a
// reader expects.
func TestWorkedExampleTexts(t *testing.T) {
	_, _, r := project(t, "")
	for name, want := range map[string]string{
		"lift": "+29.4%", "lift_low": "+14.2%", "lift_high": "+45.5%", "revenue_gain": "+$1,057,860",
		"roi": "414%", "roi_low": "149%", "roi_high": "696%", "payback": "4.8 months", "breakeven": "10.2%",
		"revenue_now": "$3,600,000", "cost": "$108,000", "net": "$447,377", "bcr": "5.14 : 1",
		"sal_rate_new": "34.35%", "customers_new": "186.3",
	} {
		if got := r.Out[name].Text; got != want {
			t.Errorf("%s shows %q, want %q", name, got, want)
		}
	}
	if r.Out["lift"].Value != "0.2938499999999997" && r.Out["lift"].Value != "0.29385" {
		t.Errorf("lift data-value %q", r.Out["lift"].Value)
	}
	if r.PaybackNote != "including 3 months' lag" || r.GainNote != "gross profit $740,502 a year" {
		t.Errorf("notes %q, %q", r.PaybackNote, r.GainNote)
	}
	if len(r.Warnings) != 1 || r.Warnings[0].Code != calc.WarnBeyondStudy || !strings.Contains(r.Warnings[0].Text, "+29.4%") {
		t.Errorf("warnings %+v", r.Warnings)
	}
}

// No text shows a negative zero, and a change that rounds to zero has no sign.
func TestNoNegativeZeroText(t *testing.T) {
	_, _, r := project(t, "day_cost=0&day_rate=0&mkt_target=1&sales_target=1")
	for name, o := range r.Out {
		if o.Value == "-0" || strings.HasPrefix(o.Text, "−0") || strings.HasPrefix(o.Text, "-0") || strings.HasPrefix(o.Text, "+0") {
			t.Errorf("%s = %q / %q", name, o.Value, o.Text)
		}
	}
}

// A payback of zero (the plan costs nothing extra) is not said to include a lag,
// and an undefined payback gives its reason in words.
func TestPaybackNotes(t *testing.T) {
	if _, _, r := project(t, "day_cost=0&day_rate=0"); r.Out["payback"].Text != "0 months" || r.PaybackNote != "" {
		t.Errorf("free plan: payback %q, note %q", r.Out["payback"].Text, r.PaybackNote)
	}
	_, _, r := project(t, "lag=12")
	if o := r.Out["payback"]; !o.NA() || o.Why != "does not pay back within the 12-month horizon" || r.PaybackChart.Note == "" {
		t.Errorf("lag 12: payback %+v, chart note %q", o, r.PaybackChart.Note)
	}
}

// The slider covers its field's range or says the value lies beyond its end.
func TestSliderBeyondItsEnd(t *testing.T) {
	sc := state.FromQuery(map[string][]string{"sales_target": {"30"}})
	for _, g := range Form(sc, i18n.Printer{}, sc.Form.Read(sc.Display.Locale), format.New("en-US", "USD"), false).Groups {
		for _, f := range g.Fields {
			if f.Name == "sales_target" && (f.Slider.Value != "20" || !strings.Contains(f.Slider.Beyond, "30 days")) {
				t.Errorf("sales_target=30: slider %+v", f.Slider)
			}
		}
	}
}

// In German a field's help writes its range as German numbers, the slider stands
// at the value typed the German way, and a hint comes with a valid value.
func TestFormInTheLocale(t *testing.T) {
	sc := state.FromQuery(map[string][]string{"locale": {"de-DE"}, "sales_target": {"7.5"}, "sal_rate": {"0.3"}})
	got := map[string]Field{}
	for _, g := range Form(sc, i18n.Printer{}, sc.Form.Read("de-DE"), format.New("de-DE", "EUR"), false).Groups {
		for _, f := range g.Fields {
			got[f.Name] = f
		}
	}
	if f := got["sales_target"]; f.Text != "7,5" || f.Slider.Value != "7.5" || f.Error != "" {
		t.Errorf("sales_target=7.5 in German: %+v", f)
	}
	if f := got["sal_rate"]; f.Text != "0,3" || f.Error != "" || f.Hint != "0,3\u00a0%; did you mean 30\u00a0%?" {
		t.Errorf("sal_rate=0.3 in German: text %q, error %q, hint %q", f.Text, f.Error, f.Hint)
	}
	if h := got["mqls"].Help; !strings.Contains(h, "0–10.000.000.") {
		t.Errorf("mqls's help in German: %q", h)
	}
	if f := got["win_rate"]; f.Hint != "" {
		t.Errorf("win_rate=20: hint %q", f.Hint)
	}
}

// Amounts beyond 15 digits are compact with the exact amount for a tooltip.
func TestHugeAmountsFit(t *testing.T) {
	_, _, r := project(t, "mqls=10000000&deal=1000000000")
	if o := r.Out["revenue_gain"]; len(o.Text) > 12 || o.Exact == "" {
		t.Errorf("revenue_gain shows %q (exact %q)", o.Text, o.Exact)
	}
}
