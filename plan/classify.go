package plan

import (
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// classifier classifies a plan's services with service.KindOf (the kind
// service.Classify gives, without building its reasons), once per
// distinct set of the facts the classification turns on. Under a law with
// no s.7(3) order, the kind depends only on who provides the service (and,
// for the Scottish Ministers, whether under the Prisons (Scotland) Act
// 1989; for another organisation, who commissions it), whether it is
// wholly or mainly for children and whether it can significantly affect
// their wellbeing: a plan of a thousand services has at most a few dozen
// such sets, and the kind of each is kept in a table indexed by them. An
// order may cover a service by any of its details, so under a law with
// one every service is classified on its own; so is a service delivered
// jointly, whose providers are a list, and one whose provider has no text
// form of its own.
type classifier struct {
	on     period.Date
	law    service.Law
	orders bool
	// memo holds the kinds found, by provider, commissioning body and
	// the three facts; the zero kind is not yet found.
	memo [len(providerIndex) + 1][len(providerIndex) + 1][8]service.ServiceKind
}

// providerIndex numbers the providers with a text form from 1; the zero
// Provider is 0.
var providerIndex = [...]service.Provider{
	service.ProviderLocalAuthority, service.ProviderRelevantHealthBoard, service.ProviderScottishMinisters,
	service.ProviderPoliceScotland, service.ProviderScottishFireAndRescueService, service.ProviderPrincipalReporter,
	service.ProviderNationalConvener, service.ProviderScottishCourtsAndTribunalsService,
	service.ProviderIntegrationJointBoard, service.ProviderOtherOrganisation,
}

// indexOf returns p's number, and false for a provider with no text form.
// It is a switch rather than a search of providerIndex, for it runs twice
// for each service judged; TestClassifierKnowsEveryProvider holds the two
// to the same numbers.
func indexOf(p service.Provider) (int, bool) {
	switch p {
	case "":
		return 0, true
	case service.ProviderLocalAuthority:
		return 1, true
	case service.ProviderRelevantHealthBoard:
		return 2, true
	case service.ProviderScottishMinisters:
		return 3, true
	case service.ProviderPoliceScotland:
		return 4, true
	case service.ProviderScottishFireAndRescueService:
		return 5, true
	case service.ProviderPrincipalReporter:
		return 6, true
	case service.ProviderNationalConvener:
		return 7, true
	case service.ProviderScottishCourtsAndTribunalsService:
		return 8, true
	case service.ProviderIntegrationJointBoard:
		return 9, true
	case service.ProviderOtherOrganisation:
		return 10, true
	}
	return 0, false
}

func newClassifier(on period.Date, law service.Law) classifier {
	return classifier{on: on, law: law, orders: len(law.ServiceOrders()) > 0}
}

// kind returns s's kind under s.7(1) on the classifier's date and law.
func (c *classifier) kind(s *service.Service) service.ServiceKind {
	p, ok1 := indexOf(s.Provider)
	by, ok2 := indexOf(s.CommissionedBy)
	if c.orders || len(s.JointProviders) > 0 || !ok1 || !ok2 {
		return service.KindOf(*s, c.on, c.law)
	}
	facts := 0
	for i, set := range [3]bool{s.PrisonsActFunction, s.WhollyOrMainlyForChildren, s.SignificantEffectOnWellbeing} {
		if set {
			facts |= 1 << i
		}
	}
	k := &c.memo[p][by][facts]
	if *k == 0 {
		*k = service.KindOf(*s, c.on, c.law)
	}
	return *k
}
