package main

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
)

// endless is a reader that never ends, as standard input can be.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

// allocated runs f and returns the bytes it allocated.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestEveryReadIsBounded gives every command that reads files input that
// never ends or is far larger than a document may be: /dev/zero, standard
// input that never ends, and a sparse file of 1 GiB. Each must refuse it as
// too large, having read no more than the limit.
func TestEveryReadIsBounded(t *testing.T) {
	huge := filepath.Join(t.TempDir(), "huge.json")
	f, err := os.Create(huge)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(1<<30))
	require.NoError(t, f.Close())
	notice := "../../consult/testdata/notice-police-valid.json"
	var sources []string
	if _, err := os.Stat("/dev/zero"); err == nil {
		sources = append(sources, "/dev/zero")
	}
	sources = append(sources, huge, "-")
	for _, src := range sources {
		for _, args := range [][]string{
			{"validate", "--as-of", asOf, src},
			{"validate", "--as-of", asOf, "--plan", src, notice},
			{"validate", "--context", src, notice},
			{"review", "--as-of", asOf, src},
			{"decide", "--as-of", asOf, src},
			{"calendar", "--council", "Fife", "--as-of", asOf, "--history", src},
			{"test", src},
		} {
			t.Run(strings.Join(args, " "), func(t *testing.T) {
				var stderr string
				var code int
				n := allocated(func() {
					e := testEnv(endless{})
					_, stderr, code = runEnv(t, e, args...)
				})
				require.Equal(t, exitBadInput, code, stderr)
				require.Contains(t, stderr, "document too large", stderr)
				require.Equal(t, 1, strings.Count(stderr, "\n"), stderr)
				// Reading grows its buffer by doubling: a few times the
				// limit, where the input is 1 GiB or endless.
				if n > 8*part3.MaxDocumentSize {
					t.Errorf("%d MiB allocated to refuse it", n>>20)
				}
			})
		}
	}
}

// memFiles is a file system in memory for env.open that counts how often
// each file is read (opened and read from, not only opened to see whether
// it is a folder).
type memFiles struct {
	fs     fstest.MapFS
	mu     sync.Mutex
	opened map[string]int
}

func (m *memFiles) open(name string) (fs.File, error) {
	f, err := m.fs.Open(name)
	if err != nil {
		return nil, err
	}
	return &countedFile{File: f, count: func() {
		m.mu.Lock()
		defer m.mu.Unlock()
		if m.opened == nil {
			m.opened = map[string]int{}
		}
		m.opened[name]++
	}}, nil
}

// countedFile counts itself read on its first Read.
type countedFile struct {
	fs.File
	count func()
	read  bool
}

func (f *countedFile) Read(p []byte) (int, error) {
	if !f.read {
		f.read = true
		f.count()
	}
	return f.File.Read(p)
}

// padded returns doc with spaces after it to n bytes.
func padded(doc []byte, n int) []byte {
	return append(bytes.Clone(doc), bytes.Repeat([]byte{' '}, n-len(doc))...)
}

// TestRunBudget gives validate nine documents each under the limit for one
// document but together over the limit for a run: the first eight are
// judged and the ninth is refused, naming the limit of a run.
func TestRunBudget(t *testing.T) {
	notice, err := os.ReadFile("../../consult/testdata/notice-police-valid.json")
	require.NoError(t, err)
	size := part3.MaxDocumentSize - 1<<20 // 7 MiB
	files := &memFiles{fs: fstest.MapFS{}}
	args := []string{"validate", "--as-of", asOf}
	for i := range 10 {
		name := fmt.Sprintf("notice-%d.json", i)
		files.fs[name] = &fstest.MapFile{Data: padded(notice, size)}
		args = append(args, name)
	}
	e := testEnv(strings.NewReader(""))
	e.open = files.open
	stdout, stderr, code := runEnv(t, e, args...)
	require.Equal(t, exitBadInput, code)
	within := maxRunBytes / size
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	require.Len(t, lines, 10-within, stderr)
	for i, l := range lines {
		require.Contains(t, l, fmt.Sprintf("notice-%d.json: /: document too large: the files of this run come to more than 64 MiB", within+i))
	}
	require.Contains(t, stdout, fmt.Sprintf("10 files: no findings; %d bad input", 10-within))
	require.Contains(t, stdout, "notice-0.json (notice-of-disagreement): no findings")
}

// TestFileReadOnce checks that a file named several times in one run is
// read once: twice on the command line, and six hundred times by one
// scenario file.
func TestFileReadOnce(t *testing.T) {
	notice, err := os.ReadFile("../../consult/testdata/notice-police-valid.json")
	require.NoError(t, err)
	files := &memFiles{fs: fstest.MapFS{"notice.json": {Data: notice}}}
	e := testEnv(strings.NewReader(""))
	e.open = files.open
	_, stderr, code := runEnv(t, e, "validate", "--as-of", asOf, "notice.json", "notice.json", "./notice.json")
	require.Equal(t, exitOK, code, stderr)
	require.Equal(t, 1, files.opened["notice.json"])

	var cases []string
	for i := range 600 {
		cases = append(cases, fmt.Sprintf(`{"name": "case %d", "citation": "s.10(8)", "document": {"path": "notice.json", "as_of": "2026-11-26", "expect": {"legal_effect": true}}}`, i))
	}
	files.fs["scenarios.json"] = &fstest.MapFile{Data: []byte(`{"kind": "scenarios", "title": "One notice named 600 times", "cases": [` + strings.Join(cases, ",") + `]}`)}
	files.opened = nil
	e = testEnv(strings.NewReader(""))
	e.open = files.open
	stdout, stderr, code := runEnv(t, e, "test", "scenarios.json")
	require.Equal(t, exitOK, code, stderr)
	require.Contains(t, stdout, "600 passed, 0 failed")
	require.Equal(t, 1, files.opened["notice.json"], "the notice is read once")
}

// TestFolders checks that validate and review read every JSON document in
// a folder, in order, and that an empty folder is bad input.
func TestFolders(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "validate", "--as-of", asOf, "testdata/test/dir")
	require.Equal(t, exitBadInput, code, "a scenario file among the documents is bad input here")
	for _, f := range []string{"notice.json", "notices.json", "periods.json"} {
		require.Contains(t, stdout, filepath.Join("testdata/test/dir", f))
	}
	require.Contains(t, stderr, "part3 test FILE")
	_, stderr, code = runCLI(t, "", "validate", "--as-of", asOf, t.TempDir())
	require.Equal(t, exitBadInput, code)
	require.Contains(t, stderr, "the folder holds no file ending in .json")
	stdout, stderr, code = runCLI(t, "", "review", "--as-of", asOf, "../../plan/testdata/rules")
	require.Contains(t, stdout, "Summary (the criteria of Appendix A):")
	require.Contains(t, stdout, "base.json")
	_ = stderr
	_ = code
	var _ io.Reader = endless{}
}
