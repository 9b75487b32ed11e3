package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
)

// markup is a piece of page written as data: an element with its id, class and
// other attributes, and then a message, a text or children. Its one renderer builds it through go-app's app.Elem: the same page as a
// chain of builder calls, for a fraction of the compiled code (the evidence, the
// memo).
//
// Elements the page has in only a few places (footer, form, select, caption…)
// are written with app.Elem and Attr too: each of go-app's typed builders brings
// a type of its own, with its methods, into the wasm, about 3.6 kB of brotli
// each (docs/performance.md).
type markup struct {
	tag, id, class string
	attrs          []string // further attributes: name, value, name, value…
	msg            string   // a message, put into the page's language where rendered
	text           string   // text as it is (already in the page's language, or typed)
	kids           []markup
}

// render is the element m describes, in p's language, with more
// children after its own when a part of it is not fixed.
func (m *markup) render(p i18n.Printer, more ...app.UI) app.UI {
	text := m.text
	if m.msg != "" {
		text = p.T(m.msg)
	}
	e := app.Elem(m.tag)
	if m.id != "" {
		e = e.ID(m.id)
	}
	if m.class != "" {
		e = e.Class(m.class)
	}
	for i := 0; i+1 < len(m.attrs); i += 2 {
		e = e.Attr(m.attrs[i], m.attrs[i+1])
	}
	if text != "" {
		return e.Text(text)
	}
	return e.Body(append(renderAll(m.kids, p), more...)...)
}

// renderAll renders each of ms.
func renderAll(ms []markup, p i18n.Printer) []app.UI {
	out := make([]app.UI, len(ms))
	for i := range ms {
		out[i] = ms[i].render(p)
	}
	return out
}
