package floors

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// placed are third-party modules that only some packages may import from
// non-test files, and which: a dependency of the command alone is never
// compiled by a program that embeds the library packages, and a library
// for reading output back belongs in tests.
var placed = map[string]func(dir string) bool{
	// The Excel writer, for part3 review --overview --format xlsx.
	"github.com/xuri/excelize/v2": func(dir string) bool { return dir == "cmd" || strings.HasPrefix(dir, "cmd/") },
	// The iCalendar parser the tests read the calendar file back with.
	"github.com/arran4/golang-ical": func(string) bool { return false },
}

// TestDependenciesPlaced checks every import of a module of placed by a
// non-test .go file of the module.
func TestDependenciesPlaced(t *testing.T) {
	root, _, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			n := d.Name()
			if rel != "." && (strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_") || n == "testdata" || n == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		checked++
		dir := filepath.ToSlash(filepath.Dir(rel))
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			for mod, allowed := range placed {
				if (path == mod || strings.HasPrefix(path, mod+"/")) && !allowed(dir) {
					t.Errorf("%s imports %s, which only its allowed packages (or tests) may import", rel, path)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 50 {
		t.Fatalf("only %d files checked", checked)
	}
}
