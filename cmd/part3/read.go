package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/csplanning/part3"
)

// Reading: every file a run reads, standard input among them, goes through
// env.readFile, which reads no more than the limits allow, whatever the
// file: /dev/zero, an endless pipe or a file of many gigabytes is refused
// after its first MaxDocumentSize+1 bytes, not read to the end.

// maxRunBytes is the most a run reads in all, over every file it reads:
// the documents given, the plan, the context, the scenario files and the
// documents they name. Each file is read once however often it is named.
const maxRunBytes = 64 << 20

// limitsHelp is the paragraph of the help of every command that reads
// files on the limits it reads them within.
var limitsHelp = fmt.Sprintf(`Limits: a file larger than %d MiB is refused after its first %d MiB
and one byte are read (so /dev/zero or an endless pipe is refused, not
read for ever), and a run reads at most %d MiB in all, over every file
it is given and every document a scenario file names; a file named
more than once is read once.`, part3.MaxDocumentSize>>20, part3.MaxDocumentSize>>20, maxRunBytes>>20)

// stdinName is how standard input is named on the command line.
const stdinName = "-"

// stdinLabel is how standard input is named in the output.
const stdinLabel = "standard input"

// label is how the file named name on the command line is named in the
// output: "standard input" for "-".
func label(name string) string {
	if name == stdinName {
		return stdinLabel
	}
	return name
}

// reads is what a run has read so far.
type reads struct {
	total int64
	files map[string][]byte
}

// readFile reads the file name, or standard input for "-", within the
// limits of a run: at most part3.MaxDocumentSize bytes for the file and
// maxRunBytes for the run. A file already read in this run is not read
// again: the same bytes are returned, which the caller must not change.
// A file over a limit is an ErrTooLarge *part3.InputError naming it; a file
// that cannot be opened or read is the system's error.
func (e *env) readFile(name string) ([]byte, error) {
	key := name
	if name != stdinName {
		key = filepath.Clean(name)
	}
	if data, ok := e.read.files[key]; ok {
		return data, nil
	}
	var r io.Reader
	if name == stdinName {
		r = e.stdin
	} else {
		f, err := e.openFile(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil && info.IsDir() {
			return nil, fmt.Errorf("%s is a folder", name)
		}
		r = f
	}
	left := maxRunBytes - e.read.total
	data, err := part3.ReadAll(label(name), io.LimitReader(r, left+1))
	if err != nil {
		var ie *part3.InputError
		if !errors.Is(err, part3.ErrTooLarge) && errors.As(err, &ie) && ie.Err != nil {
			// A failed read, not a document too large: the system's
			// error, which the caller reports as a file it cannot read.
			return nil, ie.Err
		}
		return nil, err
	}
	if int64(len(data)) > left {
		return nil, &part3.InputError{File: label(name), Category: part3.ErrTooLarge,
			Err:      fmt.Errorf("the files of this run come to more than %d MiB", maxRunBytes>>20),
			Expected: fmt.Sprintf("at most %d bytes read in one run, over every file", maxRunBytes)}
	}
	e.read.total += int64(len(data))
	if e.read.files == nil {
		e.read.files = map[string][]byte{}
	}
	e.read.files[key] = data
	return data, nil
}

// openFile opens name with the env's open, or the operating system's.
func (e *env) openFile(name string) (fs.File, error) {
	if e.open != nil {
		return e.open(name)
	}
	return os.Open(name)
}

// isFolder reports whether name is a folder.
func (e *env) isFolder(name string) bool {
	if name == stdinName {
		return false
	}
	f, err := e.openFile(name)
	if err != nil {
		return false
	}
	defer f.Close()
	info, err := f.Stat()
	return err == nil && info.IsDir()
}

// jsonFilesIn returns the files ending in ".json" directly in the folder
// dir, sorted, and whether dir is a folder at all. JSON Schemas
// (".schema.json") are passed over.
func (e *env) jsonFilesIn(dir string) ([]string, bool, error) {
	if dir == stdinName {
		return nil, false, nil
	}
	f, err := e.openFile(dir)
	if err != nil {
		return nil, false, nil // readFile reports it
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || !info.IsDir() {
		return nil, false, nil
	}
	rd, ok := f.(fs.ReadDirFile)
	if !ok {
		return nil, true, fmt.Errorf("%s: the folder cannot be listed", dir)
	}
	entries, err := rd.ReadDir(-1)
	if err != nil {
		return nil, true, err
	}
	var out []string
	for _, d := range entries {
		n := d.Name()
		if d.IsDir() || !strings.HasSuffix(n, ".json") || strings.HasSuffix(n, ".schema.json") || strings.HasPrefix(n, ".") {
			continue
		}
		out = append(out, filepath.Join(dir, n))
	}
	slices.Sort(out)
	return out, true, nil
}

// expandFolders returns files with each folder among them replaced by the
// JSON files in it. A folder holding none is an error, as is one that
// cannot be listed.
func (e *env) expandFolders(cmd string, files []string) ([]string, error) {
	var out []string
	for _, f := range files {
		found, isDir, err := e.jsonFilesIn(f)
		switch {
		case err != nil:
			return nil, &part3.InputError{File: f, Err: err, Expected: "a readable folder"}
		case !isDir:
			out = append(out, f)
		case len(found) == 0:
			return nil, &part3.InputError{File: f, Category: part3.ErrMissing,
				Err: errors.New("the folder holds no file ending in .json"), Expected: "a folder of the JSON documents " + cmd + " reads"}
		default:
			out = append(out, found...)
		}
	}
	return out, nil
}
