//go:build !wasm

package main

import "github.com/trainingroi/calculator/internal/server"

func serve() { server.Main() }
