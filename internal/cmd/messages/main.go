// Command messages keeps the catalogues in step with the source: it writes
// app/i18n/po/messages.pot with every message the page uses, adds the new
// ones, untranslated, to each language's PO file (translations kept, messages
// no longer used dropped), and compiles the PO files into
// app/i18n/catalogue_gen.go, which the page reads. Run it from the module's
// root: make messages.
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
	catalogues := map[i18n.Lang][]msgs.Entry{}
	for _, l := range i18n.Langs[1:] {
		path := filepath.Join(dir, string(l)+".po")
		old, err := os.ReadFile(path)
		if err != nil && !os.IsNotExist(err) {
			return err
		}
		b.Reset()
		if err := msgs.WriteCatalogue(&b, l, ms, msgs.ReadPO(string(old))); err != nil {
			return err
		}
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			return err
		}
		catalogues[l] = msgs.ReadPO(b.String())
	}
	b.Reset()
	if err := msgs.WriteCompiled(&b, ms, catalogues); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(root, "app", "i18n", "catalogue_gen.go"), b.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("%d messages\n", len(ms))
	return nil
}
