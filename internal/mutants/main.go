// Command mutants runs, one by one, the mutants that gremlins reports as
// NOT COVERED, and says which the package's tests kill. It is for measuring
// this module's tests (QUALITY.md), not part of the module's interface.
//
// gremlins takes coverage from Go's cover profile, which puts no counter on
// the expression of a case clause (the clause's counter starts after the
// colon), so it never runs a mutant of a case expression even when the
// tests evaluate it. This command applies each such mutant to the source,
// builds the package and runs its tests, and restores the source:
//
//	go tool -modfile=tools.mod gremlins unleash --workers 1 --timeout-coefficient 10 ./consult > consult.txt
//	go run ./internal/mutants consult consult.txt
//
// Run it from the module root of a clean checkout: it rewrites the
// package's files while it runs (and restores each before the next).
// Every mutant is reported as KILLED (the tests fail), LIVED (they pass),
// NOT VIABLE (the package does not build) or TIMED OUT, then a summary.
package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: go run ./internal/mutants PACKAGE GREMLINS-OUTPUT")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, "mutants:", err)
		os.Exit(1)
	}
	defer f.Close()
	ms, err := parse(f)
	if err != nil {
		fmt.Fprintln(os.Stderr, "mutants:", err)
		os.Exit(1)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	counts := map[string]int{}
	for _, m := range ms {
		status, err := run(ctx, os.Args[1], m)
		if err != nil {
			fmt.Fprintln(os.Stderr, "mutants:", err)
			os.Exit(1)
		}
		counts[status]++
		fmt.Printf("%-11s %s at %s:%d:%d\n", status, m.Kind, m.File, m.Line, m.Col)
	}
	fmt.Printf("killed %d, lived %d, not viable %d, timed out %d, not applied %d\n",
		counts[killed], counts[lived], counts[notViable], counts[timedOut], counts[notApplied])
}

// Mutant statuses.
const (
	killed     = "KILLED"
	lived      = "LIVED"
	notViable  = "NOT VIABLE"
	timedOut   = "TIMED OUT"
	notApplied = "NOT APPLIED"
)

// mutant is one line of gremlins' output: "NOT COVERED KIND at FILE:LINE:COL".
type mutant struct {
	Kind      string
	File      string
	Line, Col int
}

var notCovered = regexp.MustCompile(`NOT COVERED (\w+) at (\S+):(\d+):(\d+)`)

// parse reads the NOT COVERED mutants of a gremlins report.
func parse(r io.Reader) ([]mutant, error) {
	var out []mutant
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		m := notCovered.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		line, _ := strconv.Atoi(m[3])
		col, _ := strconv.Atoi(m[4])
		out = append(out, mutant{Kind: m[1], File: m[2], Line: line, Col: col})
	}
	return out, sc.Err()
}

// The replacements of each mutator of gremlins, by the token it changes.
var mutators = map[string]map[string]string{
	"CONDITIONALS_NEGATION": {"==": "!=", "!=": "==", "<": ">=", "<=": ">", ">": "<=", ">=": "<"},
	"CONDITIONALS_BOUNDARY": {"<": "<=", "<=": "<", ">": ">=", ">=": ">"},
	"ARITHMETIC_BASE":       {"+": "-", "-": "+", "*": "/", "/": "*", "%": "*"},
	"INCREMENT_DECREMENT":   {"++": "--", "--": "++"},
	"INVERT_NEGATIVES":      {"-": "+"},
}

// errNotApplied: the source at the mutant's position is not a token its
// mutator changes.
var errNotApplied = errors.New("no token to mutate")

// mutate returns src with m applied: the token at m's line and column
// (1-based, in bytes) replaced as m's mutator does.
func mutate(src []byte, m mutant) ([]byte, error) {
	lines := strings.SplitAfter(string(src), "\n")
	if m.Line < 1 || m.Line > len(lines) {
		return nil, errNotApplied
	}
	line := lines[m.Line-1]
	i := m.Col - 1
	if i < 0 || i >= len(line) {
		return nil, errNotApplied
	}
	tok := line[i : i+1]
	for _, two := range []string{"==", "!=", "<=", ">=", "++", "--"} {
		if strings.HasPrefix(line[i:], two) {
			tok = two
		}
	}
	rep, ok := mutators[m.Kind][tok]
	if !ok {
		return nil, errNotApplied
	}
	lines[m.Line-1] = line[:i] + rep + line[i+len(tok):]
	return []byte(strings.Join(lines, "")), nil
}

// run applies m to package pkg's source, builds and tests the package, and
// restores the source.
func run(ctx context.Context, pkg string, m mutant) (status string, err error) {
	path := filepath.Join(pkg, m.File)
	src, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	mutated, err := mutate(src, m)
	if errors.Is(err, errNotApplied) {
		return notApplied, nil
	}
	if err := os.WriteFile(path, mutated, 0o644); err != nil {
		return "", err
	}
	defer func() {
		if werr := os.WriteFile(path, src, 0o644); werr != nil && err == nil {
			status, err = "", fmt.Errorf("restoring %s: %w", path, werr)
		}
	}()
	if err := exec.CommandContext(ctx, "go", "build", "./"+pkg).Run(); err != nil {
		if ctx.Err() != nil {
			return "", ctx.Err()
		}
		return notViable, nil
	}
	tctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	err = exec.CommandContext(tctx, "go", "test", "-count=1", "./"+pkg).Run()
	switch {
	case ctx.Err() != nil:
		return "", ctx.Err()
	case tctx.Err() != nil:
		return timedOut, nil
	case err != nil:
		return killed, nil
	}
	return lived, nil
}
