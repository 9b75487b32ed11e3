//go:build js && wasm

package state

import "syscall/js"

// toASCIIHost asks the browser's own URL parser, which is what opens the link.
// The host comes from url.Parse, so it holds none of the characters that end a
// URL's authority.
func toASCIIHost(host string) (ascii string, ok bool) {
	defer func() {
		if recover() != nil { // URL throws for a host it refuses
			ascii, ok = "", false
		}
	}()
	return js.Global().Get("URL").New("https://" + host + "/").Get("hostname").String(), true
}
