package floors

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// kind is what a floor holds.
type kind int

const (
	domain   kind = iota // the module's packages, commands and examples
	leaf                 // helpers that import nothing of the module
	testOnly             // helpers used only by tests and tools
)

// levels lists the floors, lowest first, as package directories relative
// to the module root ("" is the root). doc.go says why each is where it is.
var levels = []struct {
	kind kind
	dirs []string
}{
	{domain, []string{""}},
	{leaf, []string{"internal/suggest", "internal/words"}},
	{testOnly, []string{"internal/golden", "internal/maintest", "internal/schematest", "internal/testjson",
		"internal/mutants", "internal/floors", "internal/sharedstate"}},
	{domain, []string{"period"}},
	{domain, []string{"service"}},
	{domain, []string{"judgement"}},
	{domain, []string{"consult"}},
	{domain, []string{"duty"}},
	{domain, []string{"plan"}},
	{domain, []string{"report"}},
	{domain, []string{"judge"}},
	{domain, []string{"scenarios"}},
	{domain, []string{"server"}},
	{domain, []string{"cmd"}},
	{domain, []string{"examples"}},
}

// floor is the place of a package directory: its rank (0 for the root)
// and what its floor holds.
type floor struct {
	Rank int
	Kind kind
}

// floorOf returns the floor of the package in directory dir (relative to
// the module root, with slashes): that of dir itself or of the nearest
// directory above it in levels, though no directory but "" takes the
// root's. It reports false for a directory on no floor.
func floorOf(dir string) (floor, bool) {
	for d := dir; ; d = path.Dir(d) {
		if d == "." || d == "/" {
			d = ""
		}
		if d == "" && dir != "" {
			return floor{}, false
		}
		for rank, l := range levels {
			for _, ld := range l.dirs {
				if ld == d {
					return floor{rank, l.kind}, true
				}
			}
		}
		if d == "" {
			return floor{}, false
		}
	}
}

// name is a package directory as the failures print it.
func name(dir string) string {
	if dir == "" {
		return "the root package"
	}
	return dir
}

// check returns why the package in directory from may not import the one
// in directory to, or "" if it may. Both are relative to the module root.
func check(from, to string) string {
	f, ok := floorOf(from)
	if !ok {
		return fmt.Sprintf("%s is on no floor: add it to the floors in internal/floors", name(from))
	}
	t, ok := floorOf(to)
	if !ok {
		return fmt.Sprintf("%s imports %s, which is on no floor: add it to the floors in internal/floors", name(from), name(to))
	}
	switch {
	case f.Kind == leaf:
		return fmt.Sprintf("%s imports %s; a leaf helper imports nothing of the module", name(from), name(to))
	case t.Kind == testOnly && f.Kind != testOnly:
		return fmt.Sprintf("%s imports %s, a helper for tests and tools, from a non-test file", name(from), name(to))
	case from == "" && t.Kind == leaf:
		return "" // the root's decoder uses the leaf helpers
	case t.Rank > f.Rank:
		return fmt.Sprintf("%s imports %s, which stands above it (floor %d above %d)", name(from), name(to), t.Rank+1, f.Rank+1)
	}
	return ""
}

func TestFloorOf(t *testing.T) {
	tests := []struct {
		dir  string
		want floor
		ok   bool
	}{
		{"", floor{0, domain}, true},
		{"internal/suggest", floor{1, leaf}, true},
		{"internal/words", floor{1, leaf}, true},
		{"internal/testjson", floor{2, testOnly}, true},
		{"internal/mutants", floor{2, testOnly}, true},
		{"period", floor{3, domain}, true},
		{"judgement", floor{5, domain}, true},
		{"consult", floor{6, domain}, true},
		{"plan", floor{8, domain}, true},
		{"plan/internal/x", floor{8, domain}, true},
		{"judge", floor{10, domain}, true},
		{"scenarios", floor{11, domain}, true},
		{"server", floor{12, domain}, true},
		{"cmd/part3", floor{13, domain}, true},
		{"examples/period", floor{14, domain}, true},
		{"internal", floor{}, false},
		{"internal/new", floor{}, false},
		{"planner", floor{}, false},
		{"tools", floor{}, false},
		{"internal/suggest/sub", floor{1, leaf}, true},
	}
	for _, tt := range tests {
		t.Run(name(tt.dir), func(t *testing.T) {
			got, ok := floorOf(tt.dir)
			if ok != tt.ok {
				t.Fatalf("floorOf(%q) ok = %v, want %v", tt.dir, ok, tt.ok)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("floorOf(%q) (-want +got):\n%s", tt.dir, diff)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name, from, to string
		want           string // a part of the failure; "" if allowed
	}{
		{"down the list", "report", "plan", ""},
		{"to the root", "period", "", ""},
		{"runs up", "plan", "report", "plan imports report, which stands above it (floor 10 above 9)"},
		{"runs up one floor", "service", "judgement", "stands above it"},
		{"the judgement context below consult", "consult", "judgement", ""},
		{"consult above the judgement context", "judgement", "consult", "stands above it"},
		{"the root imports a leaf helper", "", "internal/suggest", ""},
		{"the root imports the other", "", "internal/words", ""},
		{"the root imports a package", "", "period", "stands above it"},
		{"a leaf imports the root", "internal/suggest", "", "a leaf helper imports nothing"},
		{"a leaf imports a leaf", "internal/words", "internal/suggest", "a leaf helper imports nothing"},
		{"a domain package imports a leaf", "plan", "internal/words", ""},
		{"a test helper imports the root", "internal/testjson", "", ""},
		{"a test helper imports a leaf", "internal/golden", "internal/words", ""},
		{"a test helper imports another", "internal/testjson", "internal/schematest", ""},
		{"a test helper runs up", "internal/testjson", "plan", "stands above it"},
		{"a domain package imports a test helper", "plan", "internal/testjson", "a helper for tests and tools, from a non-test file"},
		{"the command imports a test helper", "cmd/part3", "internal/golden", "from a non-test file"},
		{"the root imports a test helper", "", "internal/golden", "from a non-test file"},
		{"server over scenarios", "server", "scenarios", ""},
		{"scenarios under server", "scenarios", "server", "stands above it"},
		{"the command over judge", "cmd/part3", "judge", ""},
		{"judge under the command", "judge", "cmd/part3", "stands above it"},
		{"an example over the command", "examples/x", "cmd/part3", ""},
		{"within a floor", "plan/sub", "plan", ""},
		{"from a directory on no floor", "internal/new", "", "internal/new is on no floor: add it to the floors"},
		{"to a directory on no floor", "plan", "internal/new", "which is on no floor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := check(tt.from, tt.to)
			if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
				t.Errorf("check(%q, %q) = %q, want %q", tt.from, tt.to, got, tt.want)
			}
		})
	}
}

// moduleRoot returns the directory of the go.mod above the working
// directory, and the module path it declares.
func moduleRoot() (dir, module string, err error) {
	dir, err = os.Getwd()
	if err != nil {
		return "", "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil {
			sc := bufio.NewScanner(bytes.NewReader(data))
			for sc.Scan() {
				if rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module"); ok {
					module = strings.TrimSpace(rest)
					if uq, err := strconv.Unquote(module); err == nil {
						module = uq
					}
					return dir, module, nil
				}
			}
			return "", "", fmt.Errorf("%s: no module line", filepath.Join(dir, "go.mod"))
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", "", errors.New("no go.mod above the working directory")
		}
		dir = up
	}
}

// TestImportsRunDown checks every import of a package of the module by a
// non-test .go file of the module.
func TestImportsRunDown(t *testing.T) {
	root, module, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	packages := map[string]bool{}
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if rel == "." {
			rel = ""
		}
		if d.IsDir() {
			// The go command ignores these directories; another go.mod
			// starts another module.
			n := d.Name()
			if rel != "" && (strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_") || n == "testdata" || n == "vendor") {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(p, "go.mod")); rel != "" && err == nil {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(rel, ".go") {
			return nil
		}
		dir := path.Dir(rel)
		if dir == "." {
			dir = ""
		}
		if !packages[dir] {
			packages[dir] = true
			if _, ok := floorOf(dir); !ok {
				t.Errorf("%s is on no floor: add it to the floors in internal/floors", name(dir))
			}
		}
		if strings.HasSuffix(rel, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ImportsOnly)
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			return nil
		}
		for _, imp := range f.Imports {
			ip, err := strconv.Unquote(imp.Path.Value)
			if err != nil {
				continue
			}
			to, ok := strings.CutPrefix(ip, module)
			if !ok || to != "" && to[0] != '/' {
				continue
			}
			if why := check(dir, strings.TrimPrefix(to, "/")); why != "" {
				pos := fset.Position(imp.Pos())
				t.Errorf("%s:%d: %s", rel, pos.Line, why)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// A walk that found too little would pass for the wrong reason.
	for _, must := range []string{"", "period", "plan", "cmd/part3", "internal/floors"} {
		if !packages[must] {
			t.Errorf("the walk of %s did not reach %s", root, name(must))
		}
	}
}
