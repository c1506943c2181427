package scenarios

import (
	"errors"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// appliedContext is the judgement context a case applies, resolved by
// Decode: the case's own context or else its file's, and the law built
// from it.
type appliedContext struct {
	ctx   judgement.Context
	law   service.Law
	given bool // a context was stated, by the case or its file
}

// merge returns the file's context refined by the case's: each member the
// case gives (a member that is not zero, or a list that is not empty)
// replaces the file's.
func merge(file, c *judgement.Context) *judgement.Context {
	if file == nil || c == nil {
		if c != nil {
			return c
		}
		return file
	}
	m := *file
	if c.AsOf.IsValid() {
		m.AsOf = c.AsOf
	}
	if c.Act2026Section60.IsValid() {
		m.Act2026Section60 = c.Act2026Section60
	}
	if len(c.ServiceOrders) > 0 {
		m.ServiceOrders = c.ServiceOrders
	}
	if len(c.RegisterChanges) > 0 {
		m.RegisterChanges = c.RegisterChanges
	}
	if len(c.Directions) > 0 {
		m.Directions = c.Directions
	}
	if len(c.PrescribedOutcomes) > 0 {
		m.PrescribedOutcomes = c.PrescribedOutcomes
	}
	if len(c.Reliefs) > 0 {
		m.Reliefs = c.Reliefs
	}
	if c.Policy != (judgement.Policy{}) {
		m.Policy = c.Policy
	}
	if len(c.PrisonServices) > 0 {
		m.PrisonServices = c.PrisonServices
	}
	if len(c.Facts.TimePassed) > 0 {
		m.Facts.TimePassed = c.Facts.TimePassed
	}
	if len(c.Facts.AimsNotInView) > 0 {
		m.Facts.AimsNotInView = c.Facts.AimsNotInView
	}
	return &m
}

// resolve checks c, a context as a scenario file states it (its kind may
// be left out; its as_of is optional, since a question may give its own),
// and builds its law; base is c's JSON Pointer, for errors. A nil c is the
// default context.
func resolveContext(c *judgement.Context, base string) (appliedContext, error) {
	out := appliedContext{law: service.DefaultLaw()}
	if c == nil {
		return out, nil
	}
	out.given = true
	out.ctx = *c
	if out.ctx.Kind != "" && out.ctx.Kind != judgement.Kind {
		return out, invalid(base+"/kind", errors.New("kind "+out.ctx.Kind), `"judgement-context", or no kind`)
	}
	if err := out.ctx.ValidateFacts(); err != nil {
		return out, underPath(err, base)
	}
	law, err := out.ctx.Law()
	if err != nil {
		return out, underPath(err, base)
	}
	out.law = law
	return out, nil
}

// asOf returns the context with its as-of date: the question's when it
// gives one, else the context's own. It is an error at path if neither
// gives one.
func (a appliedContext) asOf(question period.Date, path, what string) (judgement.Context, error) {
	ctx := a.ctx
	if question.IsValid() {
		ctx.AsOf = question
	}
	if !ctx.AsOf.IsValid() {
		return ctx, missing(path, "the day "+what+" is judged on, as the question's as_of or the context's")
	}
	return ctx, nil
}

// underPath returns err with its JSON Pointer placed under prefix.
func underPath(err error, prefix string) error { return part3.WithPath(err, prefix) }
