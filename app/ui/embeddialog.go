package ui

import (
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/format"
	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/present"
	"github.com/trainingroi/calculator/app/state"
)

// actionEmbedDialog opens (Value true) or closes (false) the Embed dialog.
const actionEmbedDialog = "embed-dialog"

// EmbedDialog configures the embed for a consultancy's site, with a live preview,
// and gives the snippet to paste, for the scenario on screen.
type EmbedDialog struct {
	app.Compo

	// Open says the dialog is shown; only then does it have the scenario, so that
	// typing on the page does not redraw a dialog nobody sees.
	Open     bool
	Scenario state.Scenario // the scenario on screen; the embed opens with it
	Origin   string         // where the calculator is served
	P        i18n.Printer   // the page's language

	settings url.Values // the embed's display settings, as the snippet's URL writes them
	config   present.EmbedConfig
	showing  bool // the preview is open: only then does it load a second calculator
	shown    bool // Open, as last seen
	status   string
}

func (d *EmbedDialog) OnInit() { d.start() }

// OnUpdate starts anew each time the dialog opens, and shows it.
func (d *EmbedDialog) OnUpdate(ctx app.Context) {
	if d.Open && !d.shown {
		d.start()
		ctx.Defer(func(app.Context) {
			if dlg := app.Window().GetElementByID("embed-dialog"); dlg.Truthy() && !dlg.Get("open").Bool() {
				dlg.Call("showModal")
			}
		})
	}
	d.shown = d.Open
	d.configure()
}

// start takes the settings from the page's own.
func (d *EmbedDialog) start() {
	d.settings = present.EmbedSettings(d.Scenario)
	d.showing, d.status = false, ""
	d.configure()
}

func (d *EmbedDialog) configure() { d.config = present.Embed(d.Scenario, d.settings, d.Origin, d.P) }

// set is the handler of the control of one setting. It only calls apply: the
// compiler copies a closure into each caller it inlines set into.
func (d *EmbedDialog) set(name string) app.EventHandler {
	return func(ctx app.Context, e app.Event) { d.apply(name, ctx.JSSrc()) }
}

// apply takes a setting from its control, el.
func (d *EmbedDialog) apply(name string, el app.Value) {
	v := el.Get("value").String()
	if el.Get("type").String() == "checkbox" {
		v = ""
		if el.Get("checked").Bool() {
			v = el.Get("value").String()
		}
	}
	if v == "" || v == unset {
		d.settings.Del(name)
	} else {
		d.settings.Set(name, v)
	}
	d.configure()
}

func (d *EmbedDialog) Render() app.UI {
	s, p := d.settings, d.P
	langs, langNames := []string{unset}, []string{p.T("The visitor's browser language")}
	for _, l := range i18n.Langs {
		langs, langNames = append(langs, string(l)), append(langNames, l.Name())
	}
	var preview app.UI
	if d.showing {
		preview = app.Elem("iframe").ID("embed-preview-frame").Title(p.T("Preview of the embedded calculator")).Attr("src", d.config.Preview)
	}
	return app.Dialog().ID("embed-dialog").Class("dialog embed-config").Aria("labelledby", "embed-title").
		On("close", func(ctx app.Context, e app.Event) { ctx.NewActionWithValue(actionEmbedDialog, false) }).Body(
		app.H2().ID("embed-title").Text(p.T("Embed this calculator")),
		app.P().Text(p.T("Put the calculator on your site, in your colours, with your call to action. It opens with the scenario on screen, sizes itself to its content, and keeps every number in the visitor's browser.")),
		app.Div().Class("config").Body(
			d.choice("cfg-embed", p.T("Layout"), "embed", []string{"1", "full"}, []string{p.T("Compact: results first"), p.T("Full page")}),
			d.choice("cfg-theme", p.T("Colours"), "theme", []string{"light", "dark", "auto"}, []string{p.T("Light"), p.T("Dark"), p.T("The visitor's system setting")}),
			d.choice("cfg-lang", p.T("Language"), "lang", langs, langNames),
			d.choice("cfg-currency", p.T("Currency"), "currency", format.Currencies, format.Currencies),
			d.choice("cfg-locale", p.T("Number format"), "locale", append([]string{unset}, format.Locales...), append([]string{p.T("The language's own")}, format.Locales...)),
			app.Div().Class("field").Body(
				app.Label().For("cfg-accent").Text(p.T("Brand colour")),
				app.Input().ID("cfg-accent").Type("color").Value(accentValue(s.Get("accent"))).OnChange(d.set("accent")),
			),
			d.check("cfg-bg", p.T("No background (your page shows through)"), "bg", "transparent"),
			d.check("cfg-events", p.T("Tell my page what the visitor calculated (events=1)"), "events", "1"),
			app.Div().Class("field wide").Body(
				app.Label().For("cfg-cta-text").Text(p.T("Call to action: text")),
				app.Input().ID("cfg-cta-text").Type("text").MaxLength(state.MaxCTAText).Value(attr(s.Get("cta_text"))).
					Aria("describedby", "cfg-cta-text-help").OnChange(d.set("cta_text")),
				app.Elem("small").ID("cfg-cta-text-help").Class("help").Text(p.F("At most {n} characters, shown as plain text.", "n", strconv.Itoa(state.MaxCTAText))),
			),
			d.link("cfg-cta-url", "cfg-cta-error", p.T("Call to action: link"), "cta_url",
				p.T("An https:// page of yours, or a mailto: address."), d.config.CTAError),
			d.link("cfg-share", "cfg-share-error", p.T("Your page with the calculator (for shared links)"), "share",
				p.T("The https:// address of the page you put the calculator on. Links the visitor copies or shares then lead there, with their scenario, instead of to this site."), d.config.ShareError),
		),
		app.Label().For("embed-code").Text(p.T("Embed code")),
		d.renderCode(),
		app.Div().Class("form-actions").Body(
			app.Button().ID("copy-embed").Type("button").Text(p.T("Copy code")).OnClick(d.copy),
			app.Button().ID("close-embed").Type("button").Class("secondary").Text(p.T("Close")).OnClick(func(ctx app.Context, e app.Event) {
				app.Window().GetElementByID("embed-dialog").Call("close")
			}),
		),
		app.P().Aria("live", "polite").Text(p.T(d.status)),
		app.Details().ID("embed-preview").Class("preview").OnToggle(d.togglePreview).Body(
			app.Summary().Text(p.T("Preview")),
			preview,
		),
	)
}

func (d *EmbedDialog) togglePreview(ctx app.Context, e app.Event) {
	d.showing = ctx.JSSrc().Get("open").Bool()
}

// unset is the value of a choice that leaves its setting out of the snippet (an
// option's empty value would be its text).
const unset = "-"

func (d *EmbedDialog) choice(id, label, name string, values, texts []string) app.UI {
	cur := d.settings.Get(name)
	if cur == "" {
		cur = unset
	}
	opts := make([]app.UI, len(values))
	for i, v := range values {
		o := app.Elem("option").Attr("value", v).Text(texts[i])
		if v == cur {
			o = o.Attr("selected", true)
		}
		opts[i] = o
	}
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		app.Elem("select").ID(id).OnChange(d.set(name)).Body(opts...),
	)
}

func (d *EmbedDialog) check(id, label, name, value string) app.UI {
	box := app.Input().ID(id).Type("checkbox").Value(value).OnChange(d.set(name))
	if d.settings.Get(name) == value {
		box = box.Checked(true)
	}
	return app.Div().Class("field check").Body(box, app.Label().For(id).Text(label))
}

// link is a field for an address setting: its help, and what is wrong with it
// when anything is.
func (d *EmbedDialog) link(id, errID, label, name, help, problem string) app.UI {
	var shown app.UI
	if problem != "" {
		shown = app.P().ID(errID).Class("error").Text(problem)
	}
	return app.Div().Class("field wide").Body(
		app.Label().For(id).Text(label),
		app.Input().ID(id).Type("url").Placeholder("https://").Value(attr(d.settings.Get(name))).
			Aria("describedby", id+"-help").Aria("invalid", ariaBool(problem != "")).OnChange(d.set(name)),
		app.Elem("small").ID(id+"-help").Class("help").Text(help),
		shown,
	)
}

// accentValue is a colour input's value for an accent setting: #rrggbb.
func accentValue(hex string) string {
	if len(hex) == 3 {
		hex = string([]byte{hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]})
	}
	if len(hex) != 6 {
		return "#1f3a5f"
	}
	return "#" + hex
}

// renderCode is the snippet's text box. go-app gives a textarea its text as a value
// attribute, which HTML ignores and the server would write with Go quoting: the
// prerendered dialog is closed anyway, so the server leaves the box empty.
func (d *EmbedDialog) renderCode() app.UI {
	ta := app.Textarea().ID("embed-code").ReadOnly(true).Rows(4).Spellcheck(false)
	if app.IsClient {
		ta = ta.Text(d.config.Snippet)
	}
	return ta
}

func (d *EmbedDialog) copy(ctx app.Context, e app.Event) {
	ta := app.Window().GetElementByID("embed-code")
	ta.Call("focus")
	ta.Call("select")
	copyText(ctx, d.config.Snippet, func(ok bool) {
		if ok {
			d.status = i18n.Later("Embed code copied.")
		} else {
			d.status = i18n.Later("Selected: press Ctrl+C (⌘C on a Mac) to copy.")
		}
	})
}

func openEmbedDialog(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actionEmbedDialog, true)
}
