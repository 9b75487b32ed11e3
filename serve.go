//go:build !wasm

package main

import "github.com/trainingroi/calculator/internal/server"

// serve runs the HTTP server natively; the wasm build has a no-op in its place.
func serve() { server.Main() }
