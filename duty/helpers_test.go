package duty

import (
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// Options are what a test sets in the judgement context beyond the as-of
// date, so that a table row names only what it changes. The zero Options
// is the law as it stands, the module's default policy and no relief.
type Options struct {
	// Policy is the context's policy; the zero Policy is the module's
	// defaults.
	Policy judgement.Policy
	// Reliefs are the context's reliefs, added to the history's own.
	Reliefs []judgement.Relief
	// RegisterChanges are s.7(5) orders changing the list of other service
	// providers, in the order they are made.
	RegisterChanges []service.RegisterChange
	// Section60 is the commencement of section 60 of the 2026 Act; zero
	// means not commenced.
	Section60 period.Date
	// Facts are the facts the caller states.
	Facts judgement.Facts
}

// ctx returns the judgement context o describes, as of asOf.
func (o Options) ctx(asOf period.Date) judgement.Context {
	return judgement.Context{
		AsOf:             asOf,
		Act2026Section60: o.Section60,
		RegisterChanges:  o.RegisterChanges,
		Reliefs:          o.Reliefs,
		Policy:           o.Policy,
		Facts:            o.Facts,
	}
}

// decideAsOf is the day the tests decide questions as of, unless a test
// says otherwise: after every day a question asks about, so that what
// counts is what was done by the day asked about.
var decideAsOf = period.MustParseDate("2030-01-01")

// decideCtx is the judgement context the tests decide questions with: the
// law as it stands, as of decideAsOf.
func decideCtx() judgement.Context { return judgement.New(decideAsOf) }

// must returns d, and panics if err is set: the tests decide only with a
// valid context, so an error is a broken test.
func must(d Decision, err error) Decision {
	if err != nil {
		panic(err)
	}
	return d
}
