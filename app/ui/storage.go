package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/trainingroi/calculator/app/state"
)

func init() {
	if app.IsClient {
		guardBrowserAPIs()
	}
}

// guardBrowserAPIs replaces the browser properties whose mere reading throws where
// the page may not use them: in an iframe sandboxed without allow-same-origin (an
// opaque origin), or with site data blocked. Reading such a property from Go does
// not panic: syscall/js lets the exception abort the whole program. go-app reads
// localStorage when it starts (to drop expired states), the page reads the service
// worker and caches for updates. Storage becomes a memory-only stand-in, so the
// calculator works there and, as it must, forgets on reload; the service worker
// and caches become null, as in a browser without them.
func guardBrowserAPIs() {
	defer func() { _ = recover() }() // a window that refuses all this keeps what it has
	w := app.Window()
	for _, name := range []string{"localStorage", "sessionStorage"} {
		if v, ok := readProperty(w, name); !ok || v.Type() != app.TypeObject {
			defineProperty(w, name, memoryStorage())
		}
	}
	if _, ok := readProperty(w, "caches"); !ok {
		defineProperty(w, "caches", nil)
	}
	if _, ok := readProperty(w.Get("navigator"), "serviceWorker"); !ok {
		defineProperty(w.Get("navigator"), "serviceWorker", nil)
	}
}

// readProperty reads obj[name] through Reflect.get: syscall/js turns an exception
// in a call into a panic, which can be recovered, but one in a property read (Get)
// aborts the program.
func readProperty(obj app.Value, name string) (v app.Value, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = nil, false
		}
	}()
	return app.Window().Get("Reflect").Call("get", obj, name), true
}

func defineProperty(obj app.Value, name string, value any) {
	app.Window().Get("Object").Call("defineProperty", obj, name, map[string]any{"value": value, "configurable": true})
}

// memoryStorage is a Storage (getItem, setItem, removeItem, clear, key, length)
// that lives in this page only.
func memoryStorage() app.Value {
	items := map[string]string{}
	var keys []string
	mem := app.Window().Get("Object").New()
	fn := func(f func(args []app.Value) any) app.Func {
		return app.FuncOf(func(_ app.Value, args []app.Value) any { return f(args) })
	}
	arg := func(args []app.Value, i int) string {
		if i < len(args) {
			return args[i].String()
		}
		return "undefined"
	}
	setLength := func() { mem.Set("length", len(keys)) }
	mem.Set("getItem", fn(func(args []app.Value) any {
		if v, ok := items[arg(args, 0)]; ok {
			return v
		}
		return nil
	}))
	mem.Set("setItem", fn(func(args []app.Value) any {
		k := arg(args, 0)
		if _, ok := items[k]; !ok {
			keys = append(keys, k)
		}
		items[k] = arg(args, 1)
		setLength()
		return nil
	}))
	mem.Set("removeItem", fn(func(args []app.Value) any {
		k := arg(args, 0)
		if _, ok := items[k]; ok {
			delete(items, k)
			for i, x := range keys {
				if x == k {
					keys = append(keys[:i], keys[i+1:]...)
					break
				}
			}
			setLength()
		}
		return nil
	}))
	mem.Set("clear", fn(func([]app.Value) any {
		items, keys = map[string]string{}, nil
		setLength()
		return nil
	}))
	mem.Set("key", fn(func(args []app.Value) any {
		if len(args) > 0 && args[0].Type() == app.TypeNumber {
			if i := args[0].Int(); i >= 0 && i < len(keys) {
				return keys[i]
			}
		}
		return nil
	}))
	setLength()
	return mem
}

// loadSaved returns the saved inputs, or "" when there are none or storage cannot
// be used (a sandboxed iframe, a privacy mode or a full quota make localStorage
// throw; in Go that is a panic, which must not take the app down).
func loadSaved() (data string) {
	defer func() {
		if recover() != nil {
			data = ""
		}
	}()
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return ""
	}
	v := ls.Call("getItem", state.StorageKey)
	if v.Type() != app.TypeString {
		return ""
	}
	return v.String()
}

// saveForm keeps the inputs, written in the locale tag's way, on this device;
// failures are ignored for the same reasons as in loadSaved: the calculator works
// without storage.
func saveForm(f state.Form, locale string) {
	defer func() { _ = recover() }()
	if !app.IsClient {
		return
	}
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return
	}
	ls.Call("setItem", state.StorageKey, state.Encode(f, locale))
}
