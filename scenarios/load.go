package scenarios

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/csplanning/part3"
)

// Load reads and decodes the scenario file at path, reading the documents
// it names by path from the file system.
func Load(path string) (File, error) {
	data, err := readFile(path)
	if err != nil {
		if errors.Is(err, part3.ErrTooLarge) {
			return File{}, err
		}
		return File{}, &part3.InputError{File: path, Err: err, Expected: "a readable scenario file"}
	}
	return Decode(path, data, readFile)
}

// readFile reads the file name as os.ReadFile does, but no more than
// part3.MaxDocumentSize bytes: a larger file (or /dev/zero, or a pipe that
// never ends) is an ErrTooLarge *part3.InputError, refused after the limit
// and one byte, not read to its end.
func readFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := part3.ReadAll(name, f)
	if err != nil && !errors.Is(err, part3.ErrTooLarge) {
		var ie *part3.InputError
		if errors.As(err, &ie) && ie.Err != nil {
			return nil, ie.Err
		}
	}
	return data, err
}

// Files returns the scenario files that paths name, in order: each path
// that is a file, and for each directory every file under it whose name
// ends in ".json" and whose kind is "scenarios", sorted, passing over
// directories named testdata or starting with a dot, and JSON Schemas
// (".schema.json"). JSON files of other kinds in a directory are the
// documents scenarios refer to, and are left out. A path that does not
// exist, or a JSON file in a directory whose kind cannot be read, is an
// error: a scenario file broken beyond reading its kind is never passed
// over in silence.
func Files(paths ...string) ([]string, error) {
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, &part3.InputError{File: p, Err: err, Expected: "a scenario file or a directory of them"}
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != p && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) {
					return filepath.SkipDir
				}
				return nil
			}
			if !strings.HasSuffix(d.Name(), ".json") || strings.HasSuffix(d.Name(), ".schema.json") {
				return nil
			}
			data, err := readFile(path)
			if err != nil {
				return err
			}
			kind, err := part3.PeekKind(path, data)
			if err != nil {
				return err
			}
			if kind == Kind {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, part3.WithFile(err, p)
		}
		slices.Sort(found)
		out = append(out, found...)
	}
	return out, nil
}
