package present

import (
	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/state"
	"github.com/trainingroi/calculator/calc"
)

// Field is one input as the form shows it.
type Field struct {
	Name  string // the URL parameter; the input is #in-NAME
	Label string
	Help  string // what it means and its valid range
	Unit  string // shown after the box: "$", "%", "days"
	Mode  string // the keyboard a phone shows: "numeric" or "decimal"
	Text  string // exactly as typed
	Error string // what is wrong, in words; "" when valid
	// Hint is a word about a valid value that may not be what was meant ("0.3%;
	// did you mean 30%?"); the field stays valid. "" for none.
	Hint string
	// Slider is the slider beside the box, for the fields that have one.
	Slider Slider
	// Placeholder is what an empty box says, for a field that may be left empty.
	Placeholder string
	// SliderLabel names the slider for screen readers.
	SliderLabel string
}

// Slider is a second way to set a field: its range, and where the field's value
// puts it.
type Slider struct {
	Min, Max, Step float64 // Max 0: no slider
	Value          string  // the position, the field's number kept within Min-Max
	Beyond         string  // says so when the value lies beyond the slider's end
}

// Group is a part of the form.
type Group struct {
	ID     string // the element's id, "" for none
	Title  string
	Intro  string
	Fold   bool // a disclosure (the assumptions), not a fieldset
	Open   bool // the disclosure starts open
	Fields []Field
}

// sliders are the fields with a slider beside their box, and its right end: the
// training days (the lift chart's 0-20, though up to 60 can be typed) and the
// confidence.
var sliders = map[string]float64{
	"mkt_days": calc.CurveMaxDays, "mkt_target": calc.CurveMaxDays,
	"sales_days": calc.CurveMaxDays, "sales_target": calc.CurveMaxDays,
	"confidence": 100,
}

// Inputs are the form's groups, and the confidence, which the page shows beside the
// headline results it decides.
type Inputs struct {
	Groups     []Group
	Confidence Field
}

// Form describes the form for the scenario and what reading it found wrong.
// openAssumptions unfolds the assumptions (when the numbers run on effects other
// than the study's).
func Form(sc state.Scenario, p i18n.Printer, chk state.Check, f format.Format, openAssumptions bool) Inputs {
	groups := []Group{
		{Title: p.T("Your teams")},
		{Title: p.T("Leads and funnel")},
		{Title: p.T("Costs")},
		{ID: "assumptions", Title: p.T("Assumptions"), Fold: true, Open: openAssumptions,
			Intro: p.T("The study found +29% more new-customer business with 10 rather than 2 days of sales training a year, and +26% with the same for marketing. The effects are the study's unless you change them; how much of them you credit to your plan is the confidence, beside the results.")},
	}
	var conf Field
	for _, fd := range calc.Fields {
		fl := field(p, fd, sc.Form.Get(fd.Name), chk, f)
		if fd.Name == "confidence" {
			fl.Help = p.T("How much of the study's effect you credit to your plan: 100% is the study's full +29% (sales) and +26% (marketing). 0–100.")
			conf = fl
			continue
		}
		groups[fd.Group].Fields = append(groups[fd.Group].Fields, fl)
	}
	if sc.Display.Embed == state.Compact {
		groups = compact(p, groups)
	}
	return Inputs{Groups: groups, Confidence: conf}
}

// keyFields are the inputs the compact embed shows: who is trained, how much, and
// what a lead and a customer are worth.
var keyFields = map[string]bool{
	"mkt_team": true, "mkt_days": true, "mkt_target": true, "sales_team": true,
	"sales_days": true, "sales_target": true, "mqls": true, "deal": true,
}

// compact regroups the form for the compact embed: the key inputs first, the others
// folded, the assumptions folded as always.
func compact(p i18n.Printer, groups []Group) []Group {
	key := Group{Title: p.T("Your numbers")}
	more := Group{ID: "more-inputs", Title: p.T("More inputs: rates, margin and costs"), Fold: true}
	var assumptions Group
	for _, g := range groups {
		if g.ID == "assumptions" {
			assumptions = g
			continue
		}
		for _, fl := range g.Fields {
			if keyFields[fl.Name] {
				key.Fields = append(key.Fields, fl)
			} else {
				more.Fields = append(more.Fields, fl)
			}
		}
	}
	return []Group{key, more, assumptions}
}

func field(p i18n.Printer, fd calc.Field, text string, chk state.Check, f format.Format) Field {
	out := Field{
		Name:  fd.Name,
		Label: p.T(fd.Label),
		Help:  p.Sentences(p.T(fd.Help), rangeText(p, fd, f)),
		Unit:  unitLabel(p, fd, f),
		Mode:  "decimal",
		Text:  text,
		Hint:  p.Msg(chk.Hints[fd.Name]),
	}
	if prob, bad := chk.Errs[fd.Name]; bad {
		out.Error = prob.In(p)
	}
	if fd.Whole {
		out.Mode = "numeric"
	}
	if fd.Optional {
		out.Placeholder = p.T("no limit")
	}
	if end, ok := sliders[fd.Name]; ok {
		out.Slider = slider(p, fd, end, chk, f)
		out.SliderLabel = p.F("{label} ({unit}, slider)", "label", out.Label, "unit", out.Unit)
	}
	return out
}

// slider places the slider at the field's value as read, or at the default while
// the field is invalid.
func slider(p i18n.Printer, fd calc.Field, end float64, chk state.Check, f format.Format) Slider {
	s := Slider{Min: fd.Min, Max: end, Step: fd.Step}
	v := fd.Default
	if _, bad := chk.Errs[fd.Name]; !bad {
		v = *fd.Of(&chk.Inputs)
	}
	s.Value = format.Raw(max(fd.Min, min(end, v)), -1)
	if v > end {
		s.Beyond = p.F("{value} {unit}: beyond the slider's end at {end}", "value", f.Trim(v, 2), "unit", unitLabel(p, fd, f), "end", f.Trim(end, 0))
	}
	return s
}

// unitLabels are the units shown after a field's box, by calc's unit.
var unitLabels = map[string]string{
	"people": i18n.Later("people"), "days": i18n.Later("days"), "%": "%", "per month": i18n.Later("/ month"),
	"months": i18n.Later("months"), "years": i18n.Later("years"),
}

func unitLabel(p i18n.Printer, fd calc.Field, f format.Format) string {
	if fd.Unit == "money" {
		return f.Currency()
	}
	if u, ok := unitLabels[fd.Unit]; ok && u != "%" {
		return p.T(u)
	}
	return fd.Unit
}

// rangeText is a field's valid range, so that it is known before anything is
// wrong, written as the visitor is to type numbers.
func rangeText(p i18n.Printer, fd calc.Field, f format.Format) string {
	if fd.Whole {
		return p.F("{min}–{max}, whole numbers.", "min", f.Trim(fd.Min, 2), "max", f.Trim(fd.Max, 2))
	}
	return p.F("{min}–{max}.", "min", f.Trim(fd.Min, 2), "max", f.Trim(fd.Max, 2))
}
