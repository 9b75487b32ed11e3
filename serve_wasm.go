//go:build wasm

package main

// serve is never reached in the browser (app.RunWhenOnBrowser does not return
// there); it exists so that main.go reads the same for both builds while the server
// code stays out of the wasm.
func serve() {}
