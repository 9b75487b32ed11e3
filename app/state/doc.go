// Package state turns what comes from outside the model (typed text, the URL's
// query string, what this device saved) into calc inputs with an error per field,
// and back into a URL and saved data.
//
// What the user typed is the source of truth: a [Form] holds each field's text, so a
// bad entry stays on screen (and in the URL, and in storage) exactly as typed while
// its field says what is wrong. Everything here is pure and runs natively in tests.
package state
