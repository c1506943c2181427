package service

import (
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
)

// RuleDeclaredKindID is the ID of the rule below, as its findings carry it:
// select findings with [part3.Findings.WithRule], find the rule with
// [LookupRule].
const RuleDeclaredKindID = "service.declared-kind"

// ruleDeclaredKind checks that the kind a document declares for a service
// (children's service, related service, outside Part 3) is the kind the
// definitions in s.7(1) give it. The guidance: "a local authority and the
// relevant health board will need to establish which of their services,
// and the services offered in their area by 'other service providers' and
// Scottish Ministers, fall within the definitions" (para 43). A service of
// a charity or of the Scottish Ministers outside their Prisons (Scotland)
// Act 1989 functions declared a children's or related service is the
// commonest case.
var ruleDeclaredKind = part3.Rule{
	ID:       RuleDeclaredKindID,
	Severity: part3.Guidance,
	Citation: part3.GuidancePara(43),
	Summary:  "The kind a document declares for a service matches the kind the definitions in s.7(1) give it.",
}

// Rules returns the rules of package service, a new slice on each call:
// changing it changes nothing in the package.
func Rules() []part3.Rule { return []part3.Rule{ruleDeclaredKind} }

// LookupRule returns the rule of package service with the given ID, such as
// [RuleDeclaredKindID], and whether there is one. The Rule is a copy: the
// package's rules cannot be changed through it.
func LookupRule(id string) (part3.Rule, bool) {
	for _, r := range Rules() {
		if r.ID == id {
			return r, true
		}
	}
	return part3.Rule{}, false
}

// JudgeServices checks the services of a document, found at the JSON
// Pointer base ("/services"), against the rules of this package on date on
// under law, and returns the findings sorted. Services that declare no kind
// are not judged. The findings cite the statutory guidance: a caller
// checking a plan for 2017-2020 does not raise them (the 2nd edition
// applies from 1 April 2020).
func JudgeServices(base string, services []Service, on period.Date, law Law) part3.Findings {
	var fs part3.Findings
	for i, s := range services {
		if !s.Kind.IsValid() {
			continue
		}
		c := Classify(s, on, law)
		if c.Kind == s.Kind {
			continue
		}
		why := make([]string, len(c.Reasons))
		for j, r := range c.Reasons {
			why[j] = r.Text + " (" + r.Citation.String() + ")"
		}
		fs = append(fs, ruleDeclaredKind.Findingf(part3.PointerJoin(base, i, "kind"),
			"%q is declared %s, but the definitions make it %s: %s",
			s.Name, describeKind(s.Kind), describeKind(c.Kind), strings.Join(why, "; ")))
	}
	fs.Sort()
	return fs
}

func describeKind(k ServiceKind) string {
	switch k {
	case ChildrensService:
		return "a children's service"
	case RelatedService:
		return "a related service"
	case OutsidePart3:
		return "neither a children's service nor a related service"
	}
	return k.String()
}
