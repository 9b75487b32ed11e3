package present

import (
	"strings"

	"github.com/trainingroi/calculator/app/i18n"
)

// Line is a sentence with results in it, in reading order: a whole sentence
// written with named placeholders ("net {best_net}, ROI {best_roi}"), so that a
// translation may reorder them, filled in with text and results.
type Line []Part

// Part is a piece of a Line: text, or a result (Out.Name its page hook; a
// result without a name is a plain figure).
type Part struct {
	Text   string
	Out    *Out
	Strong bool // the result is emphasised
}

// arg fills one placeholder of a Line: with text, or with a result.
type arg struct {
	name string
	part Part
}

// say fills a placeholder with text, show with a result, showStrong with an
// emphasised one.
func say(name, s string) arg { return arg{name, Part{Text: s}} }

// figure fills a placeholder with a number that is no page hook: shown as a
// figure, which no line break splits ("+¥2,151,000").
func figure(name, s string) arg   { return arg{name, Part{Out: &Out{Text: s}}} }
func show(name string, o Out) arg { return arg{name, Part{Out: &o}} }
func showStrong(name string, o Out) arg {
	return arg{name, Part{Out: &o, Strong: true}}
}

// fill makes a Line of a sentence with {name} placeholders. A placeholder with
// no argument stays as written, where a test finds it.
func fill(sentence string, args ...arg) Line {
	l := make(Line, 0, 2*strings.Count(sentence, "{")+1)
	for sentence != "" {
		i := strings.IndexByte(sentence, '{')
		j := strings.IndexByte(sentence[i+1:], '}')
		if i < 0 || j < 0 {
			l = append(l, Part{Text: sentence})
			break
		}
		if i > 0 {
			l = append(l, Part{Text: sentence[:i]})
		}
		name := sentence[i+1 : i+1+j]
		p := Part{Text: "{" + name + "}"}
		for _, a := range args {
			if a.name == name {
				p = a.part
				break
			}
		}
		l = append(l, p)
		sentence = sentence[i+2+j:]
	}
	return l
}

// String is the line as plain text.
func (l Line) String() string {
	var b strings.Builder
	for _, p := range l {
		if p.Out != nil {
			b.WriteString(p.Out.Text)
			continue
		}
		b.WriteString(p.Text)
	}
	return b.String()
}

// Words is the line as plain text with the reason beside each result that is
// n/a: for a second place that says the same (the printed memo), without page
// hooks.
func (l Line) Words() string {
	var b strings.Builder
	for _, p := range l {
		switch {
		case p.Out == nil:
			b.WriteString(p.Text)
		case p.Out.NA() && p.Out.Why != "":
			b.WriteString(p.Out.Text + " (" + p.Out.Why + ")") // as the page shows it beside the figure
		default:
			b.WriteString(p.Out.Text)
		}
	}
	return b.String()
}

// RangeLine is the low–high range under a result: "range +14.2% to +45.5%".
func RangeLine(p i18n.Printer, low, high Out) Line {
	return fill(p.T("range {low} to {high}"), show("low", low), show("high", high))
}
