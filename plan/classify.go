package plan

import (
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// classifier classifies a plan's services with service.Classify, once per
// distinct set of the facts the classification turns on. Under a law with
// no s.7(3) order, Classify's kind depends only on who provides the service
// (and, for the Scottish Ministers, whether under the Prisons (Scotland) Act
// 1989; for another organisation, who commissions it), whether it is wholly
// or mainly for children and whether it can significantly affect their
// wellbeing: a plan of a thousand services has at most a few dozen such
// sets. An order may cover a service by any of its details, so under a law
// with one every service is classified on its own; so is a service
// delivered jointly, whose providers are a list.
type classifier struct {
	on     period.Date
	law    service.Law
	orders bool
	memo   map[classKey]service.ServiceKind
}

type classKey struct {
	provider, commissioner service.Provider
	prisons, children, sig bool
}

func newClassifier(on period.Date, law service.Law) *classifier {
	return &classifier{on: on, law: law, orders: len(law.ServiceOrders()) > 0, memo: map[classKey]service.ServiceKind{}}
}

// kind returns s's kind under s.7(1) on the classifier's date and law.
func (c *classifier) kind(s service.Service) service.ServiceKind {
	if c.orders || len(s.JointProviders) > 0 {
		return service.Classify(s, c.on, c.law).Kind
	}
	k := classKey{s.Provider, s.CommissionedBy, s.PrisonsActFunction, s.WhollyOrMainlyForChildren, s.SignificantEffectOnWellbeing}
	if kind, ok := c.memo[k]; ok {
		return kind
	}
	kind := service.Classify(s, c.on, c.law).Kind
	c.memo[k] = kind
	return kind
}
