package judge_test

import (
	"slices"
	"testing"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
	"github.com/csplanning/part3/service"
)

// TestEveryCitationLinksToTheLaw holds every citation of the rule book,
// the catalogue of duties (their exceptions, bearers and sources) and the
// review criteria to an address of the text it cites: every one maps to a
// URL on legislation.gov.uk or gov.scot, except those listed in noURL,
// which the module cannot address with confidence.
func TestEveryCitationLinksToTheLaw(t *testing.T) {
	// noURL are the citations with no known address. None today: add one
	// here, saying why, only when its Act's year and number cannot be
	// confirmed.
	var noURL []string
	cited := map[part3.Citation][]string{}
	add := func(c part3.Citation, where string) {
		if c.IsValid() {
			cited[c] = append(cited[c], where)
		}
	}
	for _, book := range []func() []part3.Rule{service.Rules, consult.Rules, duty.Rules, plan.Rules, report.Rules} {
		for _, r := range book() {
			add(r.Citation, "rule "+r.ID)
		}
	}
	for _, d := range duty.Catalogue() {
		add(d.Citation, "duty "+d.ID)
		for _, e := range d.Exceptions {
			add(e.Citation, "duty "+d.ID+" exception "+e.ID)
		}
		for _, b := range d.Bearers {
			add(b.Citation, "duty "+d.ID+" bearer")
		}
		for _, s := range d.Sources {
			add(s, "duty "+d.ID+" source")
		}
	}
	for _, c := range append(plan.Criteria(), plan.Steps()...) {
		add(c.Citation, "criterion "+c.Label)
	}
	add(service.Section60(), "service.Section60")
	add(service.AgeOfLegalCapacity(), "service.AgeOfLegalCapacity")
	add(consult.DataProtectionLaw(), "consult.DataProtectionLaw")
	if len(cited) < 40 {
		t.Fatalf("only %d citations found: the test is not reading the rule book", len(cited))
	}
	for c, where := range cited {
		u := c.URL()
		switch {
		case u == "" && !slices.Contains(noURL, c.String()):
			t.Errorf("%s (%s) has no URL", c, where[0])
		case u != "" && slices.Contains(noURL, c.String()):
			t.Errorf("%s has a URL, %s: take it out of noURL", c, u)
		}
	}
}
