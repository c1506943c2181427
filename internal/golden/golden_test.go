package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// recorder is a testing.TB that records failures instead of failing. Fatal
// and Fatalf end the goroutine, as testing.T's do; see check.
type recorder struct {
	testing.TB
	errors []string
	fatal  bool
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatal(args ...any) {
	r.errors = append(r.errors, fmt.Sprint(args...))
	r.fatal = true
	runtime.Goexit()
}

func (r *recorder) Fatalf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
	r.fatal = true
	runtime.Goexit()
}

// check runs Check with r in a goroutine of its own, which Fatal may end.
func (r *recorder) check(path, got string) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		Check(r, path, got)
	}()
	<-done
}

func TestCheck(t *testing.T) {
	defer func(was bool) { *Update = was }(*Update)
	*Update = false
	path := filepath.Join(t.TempDir(), "out.golden")
	if err := os.WriteFile(path, []byte("line one\nline two\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		path      string
		got       string
		wantError string // substring of the one failure; "" for none
		wantFatal bool
	}{
		{name: "same", path: path, got: "line one\nline two\n"},
		{name: "different", path: path, got: "line one\nline 2\n", wantError: "differs from the golden file (-want +got)"},
		{name: "no golden file", path: filepath.Join(t.TempDir(), "none.golden"), got: "x", wantError: "-update to create it", wantFatal: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &recorder{TB: t}
			r.check(tt.path, tt.got)
			if tt.wantError == "" {
				if len(r.errors) != 0 {
					t.Errorf("failures %q, want none", r.errors)
				}
				return
			}
			if len(r.errors) != 1 || !strings.Contains(r.errors[0], tt.wantError) || r.fatal != tt.wantFatal {
				t.Errorf("failures %q (fatal %v), want one containing %q (fatal %v)", r.errors, r.fatal, tt.wantError, tt.wantFatal)
			}
		})
	}
}

func TestCheckUpdate(t *testing.T) {
	defer func(was bool) { *Update = was }(*Update)
	*Update = true
	path := filepath.Join(t.TempDir(), "new.golden")
	Check(t, path, "written\n")
	data, err := os.ReadFile(path)
	if err != nil || string(data) != "written\n" {
		t.Errorf("golden file = %q, %v; want %q", data, err, "written\n")
	}
}
