package judgement

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// ServiceOrder is an order made by the Scottish Ministers under s.7(3)
// specifying services (or a matter relating to services) to be included in
// or excluded from the definition of "children's service" or "related
// service", in the form a judgement context gives it: the services it
// specifies are named by ID or by name. None has been made (guidance para
// 37). JSON keys: title, citation, effective, effect, matter, services.
type ServiceOrder struct {
	// Title names the order. Required.
	Title string `json:"title"`
	// Citation cites the instrument, such as "SSI 2027/12". Optional.
	Citation part3.Citation `json:"citation,omitzero"`
	// Effective is the date the order comes into force. Required.
	Effective period.Date `json:"effective"`
	// Effect is "include-childrens-service", "exclude-childrens-service",
	// "include-related-service" or "exclude-related-service". Required.
	Effect string `json:"effect"`
	// Matter, if set, is the matter relating to the services that the
	// order includes or excludes, rather than the services as a whole.
	Matter string `json:"matter,omitzero"`
	// Services are the services the order specifies, each by the ID or the
	// name (ignoring case and spacing) a document gives it. Required.
	Services []string `json:"services"`
}

var orderEffects = []service.OrderEffect{
	service.IncludeChildrensService, service.ExcludeChildrensService,
	service.IncludeRelatedService, service.ExcludeRelatedService,
}

// toService returns o as a service.ServiceOrder whose Covers reports the
// services o names; path is o's JSON Pointer, for errors.
func (o ServiceOrder) toService(path string) (service.ServiceOrder, error) {
	switch {
	case strings.TrimSpace(o.Title) == "":
		return service.ServiceOrder{}, missing(path+"/title", "the order's title")
	case !o.Effective.IsValid():
		return service.ServiceOrder{}, missing(path+"/effective", "the date the order comes into force")
	case len(o.Services) == 0:
		return service.ServiceOrder{}, missing(path+"/services", "the services the order specifies, by ID or name")
	}
	var effect service.OrderEffect
	for _, e := range orderEffects {
		if e.String() == o.Effect {
			effect = e
		}
	}
	if effect == 0 {
		names := make([]string, len(orderEffects))
		for i, e := range orderEffects {
			names[i] = e.String()
		}
		return service.ServiceOrder{}, invalid(path+"/effect", fmt.Errorf("effect %q", o.Effect), "one of "+quoteAll(names))
	}
	for i, s := range o.Services {
		if strings.TrimSpace(s) == "" {
			return service.ServiceOrder{}, missing(part3.PointerJoin(path, "services", i), "a service's ID or name")
		}
	}
	names := append([]string(nil), o.Services...)
	return service.ServiceOrder{
		Title:     o.Title,
		Citation:  o.Citation,
		Effective: o.Effective,
		Effect:    effect,
		Matter:    o.Matter,
		Covers: func(s service.Service) bool {
			for _, n := range names {
				if n == s.ID || sameWords(n, s.Name) {
					return true
				}
			}
			return false
		},
	}, nil
}

// sameWords reports whether a and b are the same words, ignoring case and
// spacing.
func sameWords(a, b string) bool {
	return a != "" && strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}
