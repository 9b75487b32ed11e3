// Package present turns the model's numbers into what the page shows: every text,
// formatted for the visitor's locale and currency, and every chart's data, as plain
// values that go-app components take as props. It is pure and runs natively in
// tests and on the server; the components lay its values out and compute nothing.
package present
