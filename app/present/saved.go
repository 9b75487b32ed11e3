package present

import "github.com/trainingroi/calculator/app/state"

// SavedItem is a saved scenario as the list of them shows it.
type SavedItem struct {
	Name string
	// Href is the calculator's address of the scenario, with the display settings
	// of the page it is opened from.
	Href string
}

// SavedItems lists the saved scenarios for a page shown with d's settings.
func SavedItems(list []state.SavedScenario, d state.Display) []SavedItem {
	items := make([]SavedItem, len(list))
	for i, s := range list {
		items[i] = SavedItem{Name: s.Name, Href: state.Scenario{Form: s.Form(d.Locale), Display: d}.Path()}
	}
	return items
}
