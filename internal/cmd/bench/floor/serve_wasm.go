//go:build wasm

package main

// serve is never reached in the browser, where app.RunWhenOnBrowser does not return.
func serve() {}
