//go:build !wasm

package server

import (
	"cmp"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/app/state"
)

// The server renders a page in the language the request's Accept-Language asks
// for, as the app in the browser does from navigator.languages: it tells the app
// by the query parameter hl (state.Display.HostLang), which only the server sets
// and no link writes. So the page cache, keyed by what the app reads from the
// query, keeps one page per language, and the response varies by
// Accept-Language.

// hostLanguage is the hl of a request's Accept-Language: the first of its
// languages by weight that the page has, written as short as gives the same page
// ("de" for de-DE, "de-CH" for Swiss francs); "" for English with dollars, the
// page with no hl, and when it names none of the page's languages.
func hostLanguage(accept string) string {
	l, tag := i18n.Match(acceptedLanguages(accept))
	if tag == "" {
		return ""
	}
	short := string(l)
	if l == i18n.EN && sameDefaults(tag, "") {
		return ""
	}
	if sameDefaults(tag, short) {
		return short
	}
	_, region, _ := strings.Cut(strings.ReplaceAll(tag, "_", "-"), "-")
	if i := strings.LastIndexByte(region, '-'); i >= 0 {
		region = region[i+1:]
	}
	return short + "-" + strings.ToUpper(region)
}

// sameDefaults reports whether two language tags imply the same number format
// and currency.
func sameDefaults(a, b string) bool {
	la, ca := state.LanguageDefaults(a)
	lb, cb := state.LanguageDefaults(b)
	return la == lb && ca == cb
}

// acceptedLanguages are the language tags of an Accept-Language field, most
// wanted first (by q, then by order); those with q=0 and "*" left out.
func acceptedLanguages(accept string) []string {
	type ranked struct {
		tag string
		q   float64
	}
	var all []ranked
	for item := range strings.SplitSeq(accept, ",") {
		tag, params, _ := strings.Cut(item, ";")
		tag = strings.TrimSpace(tag)
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil || f < 0 || f > 1 {
				continue
			}
			q = f
		}
		if tag == "" || tag == "*" || q == 0 || len(tag) > 35 {
			continue
		}
		all = append(all, ranked{tag, q})
		if len(all) == 32 {
			break // no browser sends more; a longer field is not worth reading
		}
	}
	slices.SortStableFunc(all, func(a, b ranked) int { return cmp.Compare(b.q, a.q) })
	tags := make([]string, len(all))
	for i, r := range all {
		tags[i] = r.tag
	}
	return tags
}

// inHostLanguage is the request the app renders: its query with hl set from
// Accept-Language, any hl it came with dropped. The query is otherwise kept as
// sent, so that its parameters keep their order (a comparison's do matter).
func inHostLanguage(r *http.Request) *http.Request {
	hl := hostLanguage(r.Header.Get("Accept-Language"))
	raw := r.URL.RawQuery
	if hl == "" && !strings.Contains(raw, "hl") {
		return r
	}
	var kept []string
	for pair := range strings.SplitSeq(raw, "&") {
		if k, _, _ := strings.Cut(pair, "="); pair == "" || k == "hl" {
			continue
		}
		kept = append(kept, pair)
	}
	if hl != "" {
		kept = append(kept, "hl="+url.QueryEscape(hl))
	}
	r2 := r.Clone(r.Context())
	u := *r.URL
	u.RawQuery = strings.Join(kept, "&")
	r2.URL = &u
	r2.RequestURI = u.RequestURI()
	return r2
}
