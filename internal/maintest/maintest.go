// Package maintest lets the tests of a program run the program itself, as
// go run does, and read its exit status and standard error. It is for this
// module's tests only.
//
// The test binary doubles as the program: the package's TestMain calls
// [Main], and a test calls [Run], which starts the test binary again with an
// environment variable that makes it call the program's main instead of
// running the tests.
package maintest

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"testing"
)

// Main is the body of a TestMain. When the environment variable env is "1"
// the test binary is the program: Main calls main and exits with status 0
// if main returns. Otherwise it runs the tests and exits with their status.
func Main(m *testing.M, env string, main func()) {
	if os.Getenv(env) == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// Run runs the program with args in the directory dir, by starting the test
// binary again with env=1 in its environment (see [Main]), and returns its
// exit status and what it wrote to standard error. A program that cannot be
// started fails the test at once.
func Run(t testing.TB, env, dir string, args ...string) (code int, stderr string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env+"=1")
	var errb bytes.Buffer
	cmd.Stderr = &errb
	var exit *exec.ExitError
	if err := cmd.Run(); errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, errb.String()
}
