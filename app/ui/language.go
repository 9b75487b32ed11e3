package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/i18n"
)

// The page's language: the one the address names (lang=), else the one the
// visitor chose on this device, else the first of the browser's languages the
// page has; on the server, the one it chose from the request's Accept-Language
// (hl=, see internal/server). English when none says.

// langKey is where the visitor's choice of language is kept on this device.
const langKey = "training-roi/lang"

// visitorLanguage is the language tag of the visitor in the browser: the one
// chosen on this device, else the first of the browser's languages the page has
// ("de-CH"); "" on the server and when none.
func visitorLanguage() (tag string) {
	if app.IsServer {
		return ""
	}
	defer func() {
		if recover() != nil {
			tag = ""
		}
	}()
	if ls := app.Window().Get("localStorage"); ls.Truthy() {
		if v := ls.Call("getItem", langKey); v.Type() == app.TypeString {
			if l, ok := i18n.Parse(v.String()); ok && i18n.Supported(l) {
				return v.String()
			}
		}
	}
	nav := app.Window().Get("navigator")
	var tags []string
	if ls := nav.Get("languages"); ls.Truthy() {
		for i := range ls.Length() {
			tags = append(tags, ls.Index(i).String())
		}
	}
	if l := nav.Get("language"); l.Type() == app.TypeString {
		tags = append(tags, l.String())
	}
	_, tag = i18n.Match(tags)
	return tag
}

// keepLanguage keeps the visitor's choice on this device; without storage the
// choice lasts until the page closes.
func keepLanguage(l i18n.Lang) {
	defer func() { _ = recover() }()
	if ls := app.Window().Get("localStorage"); ls.Truthy() {
		ls.Call("setItem", langKey, string(l))
	}
}

// setPageWords sets what the document says of itself in the page's language:
// its title, description and lang attribute (in the page the server sends, and
// in the browser as the language changes).
func setPageWords(ctx app.Context, p i18n.Printer, title string) {
	ctx.Page().SetTitle("%s", p.T(title))
	ctx.Page().SetDescription("%s", p.T(PageDescription))
	ctx.Page().SetLang(string(p.Lang))
}

// PageDescription is what the page says of itself in its meta description (and
// the app manifest, in English).
const PageDescription = "How much sales and marketing training pays for your numbers: what the model projects for new-customer business, what it costs and when it pays back, from the 2013 Sales and Marketing Alignment Study. Free, open, runs in your browser."
