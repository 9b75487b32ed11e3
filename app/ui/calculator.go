// Package ui holds the go-app components of the calculator page.
package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Calculator is the whole page. (Placeholder while the page is being built.)
type Calculator struct{ app.Compo }

// NewCalculator returns the page component.
func NewCalculator() *Calculator { return &Calculator{} }

// Render draws the page.
func (c *Calculator) Render() app.UI { return app.Main().Text("Training ROI calculator") }
