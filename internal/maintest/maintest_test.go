package maintest

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// program stands for a program's main: it writes its arguments to standard
// error and exits with the status its first argument names, if any.
func program() {
	fmt.Fprintln(os.Stderr, strings.Join(os.Args[1:], " "))
	if len(os.Args) > 1 && os.Args[1] == "fail" {
		os.Exit(3)
	}
}

func TestMain(m *testing.M) { Main(m, "RUN_MAINTEST_PROGRAM", program) }

func TestRun(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{name: "main returns", args: []string{"ok", "a"}, wantCode: 0, wantStderr: "ok a\n"},
		{name: "main exits", args: []string{"fail"}, wantCode: 3, wantStderr: "fail\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stderr := Run(t, "RUN_MAINTEST_PROGRAM", t.TempDir(), tt.args...)
			if code != tt.wantCode || stderr != tt.wantStderr {
				t.Errorf("Run = %d, %q; want %d, %q", code, stderr, tt.wantCode, tt.wantStderr)
			}
		})
	}
}
