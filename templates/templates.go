package templates

import (
	"embed"
	"fmt"
	"html/template"
)

// FS holds the page templates (*.html) and the static assets (static/).
//
//go:embed *.html static
var FS embed.FS

// Parse parses every page template of FS into one set. Pages are executed by
// file name ("page.html", "article.html"); the set is safe for concurrent
// execution.
func Parse() (*template.Template, error) {
	t, err := template.New("site").ParseFS(FS, "*.html")
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	return t, nil
}
