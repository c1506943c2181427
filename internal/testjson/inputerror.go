package testjson

import (
	"errors"
	"strings"
	"testing"

	"github.com/csplanning/part3"
)

// WantInputError is what a test expects of the error a decoder returns for
// bad input: see [CheckInputError].
type WantInputError struct {
	File     string // the file the error names
	Category error  // a category that errors.Is matches, such as part3.ErrMissing
	Path     string // the JSON Pointer of the error; "" for any
	Expected string // a part of the error's Expected; "" for any
	// Among: the problem wanted may be any of the error's problems, not
	// only the first, where one change to a document causes several.
	Among bool
}

// CheckInputError checks that err is a *part3.InputError whose first
// problem (or, with Among, one of whose problems) is in want's category,
// names want's file, and has want's path and expected text where they are
// given. An error that is nil, of another category or not an
// *part3.InputError fails the test at once.
func CheckInputError(t testing.TB, err error, want WantInputError) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one in category %v", want.Category)
	}
	if !errors.Is(err, want.Category) {
		t.Fatalf("error %v is not %v", err, want.Category)
	}
	var ie *part3.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("error %v (%T) is not an *part3.InputError", err, err)
	}
	if want.Among {
		for _, p := range ie.Problems() {
			if p.Category == want.Category && (want.Path == "" || p.Path == want.Path) {
				ie = p
				break
			}
		}
	}
	if ie.File != want.File {
		t.Errorf("File = %q, want %s", ie.File, want.File)
	}
	if want.Path != "" && ie.Path != want.Path {
		t.Errorf("Path = %q, want %q (%v)", ie.Path, want.Path, err)
	}
	if !strings.Contains(ie.Expected, want.Expected) {
		t.Errorf("Expected = %q, want it to contain %q", ie.Expected, want.Expected)
	}
}
