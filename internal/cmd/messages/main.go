// Command messages keeps the catalogues in step with the source: it writes
// app/i18n/po/messages.pot with every message the page uses, and adds the new
// ones, untranslated, to each language's PO file (translations kept, messages
// no longer used dropped). Run it from the module's root: make messages.
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/trainingroi/calculator/app/i18n"
	"github.com/trainingroi/calculator/internal/msgs"
)

func main() {
	if err := run("."); err != nil {
		fmt.Fprintln(os.Stderr, "messages:", err)
		os.Exit(1)
	}
}

func run(root string) error {
	ms, err := msgs.Extract(root)
	if err != nil {
		return err
	}
	dir := filepath.Join(root, "app", "i18n", "po")
	var b bytes.Buffer
	if err := msgs.WriteTemplate(&b, ms); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "messages.pot"), b.Bytes(), 0o644); err != nil {
		return err
	}
	for _, l := range i18n.Langs[1:] {
		path := filepath.Join(dir, string(l)+".po")
		old, err := os.ReadFile(path)
		if err != nil && !os.IsNotExist(err) {
			return err
		}
		b.Reset()
		if err := msgs.WriteCatalogue(&b, l, ms, i18n.ReadPO(string(old))); err != nil {
			return err
		}
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("%d messages\n", len(ms))
	return nil
}
