package main

import (
	"errors"
	"flag"
	"fmt"
	"time"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

// contextFlags are the flags that give a command its judgement context:
// --as-of and --context.
type contextFlags struct {
	asOf    string // --as-of: a date, "today" or ""
	context string // --context: a judgement-context file, or ""
}

// add binds the flags to f on fs.
func (f *contextFlags) add(fs *flag.FlagSet) {
	fs.StringVar(&f.asOf, "as-of", "", "the `DATE` to judge as of, YYYY-MM-DD, or \"today\" for today's date in Scotland; required unless the --context file gives as_of, and it overrides that")
	fs.StringVar(&f.context, "context", "", "a judgement-context document `FILE` (\"-\" for standard input): the law, reliefs, policy numbers and facts to judge with (\"part3 schema judgement-context\" prints its format)")
}

// contextHelp is the paragraph of a command's help on --as-of and
// --context.
const contextHelp = `Every answer is made as of a date, which must be given: --as-of DATE (or
--as-of today, today's date in Scotland), or the as_of of the --context
file; --as-of overrides the file's. No date is assumed: without one the
command exits 2. The --context file (kind "judgement-context") states
everything else the answer depends on beyond the documents: the
commencement of section 60 of the 2026 Act, orders under s.7(3) and
s.7(5), directions, prescribed outcomes, reliefs from time limits relied
on, the partnership's own numbers where the law sets none, and facts.
Without it, the law as it stands and the module's default numbers.`

// errNoAsOf is the usage error of a command given no as-of date.
func errNoAsOf(cmd string) error {
	return &usageError{cmd + `: no as-of date: give --as-of DATE (YYYY-MM-DD, or "today") or a --context file with as_of; every answer is made as of a stated date`}
}

// resolve returns the judgement context the flags give for command cmd:
// the --context file's, with --as-of's date over its as_of. It is an
// error (exit 2) if neither gives a date, if --as-of is not a date, or if
// the file cannot be read as a judgement context.
func (f *contextFlags) resolve(e *env, cmd string) (judgement.Context, error) {
	var ctx judgement.Context
	if f.context != "" {
		data, err := e.readFile(f.context)
		if err != nil {
			return ctx, fmt.Errorf("%s: --context: %w", cmd, unreadable(f.context, err, "a readable judgement-context file"))
		}
		if ctx, err = judgement.Decode(label(f.context), data); err != nil {
			return ctx, fmt.Errorf("%s: --context: %w", cmd, err)
		}
	}
	if f.asOf != "" {
		d, err := parseDay(e, f.asOf)
		if err != nil {
			return ctx, &usageError{fmt.Sprintf("%s: --as-of: %v", cmd, err)}
		}
		ctx.AsOf = d
	}
	if !ctx.AsOf.IsValid() {
		return ctx, errNoAsOf(cmd)
	}
	if ctx.Kind == "" {
		ctx.Kind = judgement.Kind
	}
	return ctx, validateContext(cmd, ctx, f.context, nil)
}

// parseDay parses a date given on the command line: YYYY-MM-DD, or
// "today", today's date in Scotland (the env's, in tests).
func parseDay(e *env, s string) (period.Date, error) {
	if s == "today" {
		return today(e)
	}
	return period.ParseDate(s)
}

// today returns today's date in Scotland, or the env's fixed date when it
// has one.
func today(e *env) (period.Date, error) {
	if e.now == "" {
		return period.InScotland(time.Now()), nil
	}
	d, err := period.ParseDate(e.now)
	if err != nil {
		return period.Date{}, fmt.Errorf("today's date %q: %w", e.now, err)
	}
	return d, nil
}

// validateContext checks ctx after flags have changed it, naming the flag
// that set a member the context refuses: flagFor maps a member's JSON
// Pointer to the flag that set it.
func validateContext(cmd string, ctx judgement.Context, contextFile string, flagFor map[string]string) error {
	err := ctx.Validate()
	if err == nil {
		return nil
	}
	var ie *part3.InputError
	if errors.As(err, &ie) {
		if name, ok := flagFor[ie.Path]; ok {
			return fmt.Errorf("%s: --%s: %w", cmd, name, err)
		}
		if contextFile != "" {
			return fmt.Errorf("%s: --context: %w", cmd, part3.WithFile(err, label(contextFile)))
		}
	}
	return fmt.Errorf("%s: %w", cmd, err)
}

// unreadable reports a file that cannot be read at all. It has no
// category: its content was never seen. A file refused for a limit of the
// run is already an *part3.InputError that says so, and is returned as it
// is.
func unreadable(file string, err error, expected string) error {
	var ie *part3.InputError
	if errors.As(err, &ie) {
		return err
	}
	return &part3.InputError{File: label(file), Err: err, Expected: expected}
}

// stdinOnce refuses standard input ("-") named more than once among the
// files a command reads: it can be read only once.
func stdinOnce(cmd string, names ...string) error {
	n := 0
	for _, name := range names {
		if name == "-" {
			n++
		}
	}
	if n > 1 {
		return &usageError{cmd + `: standard input ("-") is given more than once; it can be read only once`}
	}
	return nil
}
