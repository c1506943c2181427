package report

import (
	"slices"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/words"
	"github.com/csplanning/part3/service"
)

// RulePublisherOutsidePartnership: the report is the joint report of the
// local authority and the relevant health board of each council area of
// the partnership (s.13(1), s.7(6)), joined by the relevant integration
// joint board once section 60 of the 2026 Act is in force. A report
// recorded as published by a council, a health board or an integration
// joint board of another area is likely the wrong document, or the
// report's areas are wrong.
//
// Publication by an outsider breaches no provision by itself, so the rule
// is practice, not statutory: what the Act requires is publication by the
// partnership's own bodies, which RulePublishedJointly judges. Other
// service providers and other organisations that publish the report with
// the partnership (a police division, a third sector interface), and the
// integration joint board of one of its areas, are not outsiders.
//
// As a practice rule it cites the paragraph it rests on: guidance para
// 133, "The duty to prepare and publish a Children's Services Plan annual
// report sits exclusively with the local authority and its relevant health
// board"; the section is named in the message.
var RulePublisherOutsidePartnership = part3.Rule{ID: "report.publisher-outside-partnership", Severity: part3.Practice, Citation: part3.GuidancePara(133),
	Summary: "No council, health board or integration joint board of another area is recorded as publishing the report (not a breach by itself)."}

// checkPublishersOutsidePartnership applies RulePublisherOutsidePartnership.
func checkPublishersOutsidePartnership(j *judge) {
	councils := j.r.Partnership.Councils
	var areas []string
	for _, c := range councils {
		if c.IsValid() {
			areas = append(areas, c.Name())
		}
	}
	if len(areas) == 0 {
		return
	}
	for i, p := range j.r.Publication.PublishedBy {
		outside := false
		switch {
		case p.Council.IsValid():
			outside = !slices.Contains(councils, p.Council)
		case p.HealthBoard.IsValid():
			outside = !slices.ContainsFunc(councils, func(c service.Council) bool { return c.IsValid() && c.HealthBoard() == p.HealthBoard })
		case p.IntegrationJointBoard.IsValid():
			outside = !slices.ContainsFunc(councils, func(c service.Council) bool {
				b, ok := c.IntegrationJointBoard()
				return ok && b == p.IntegrationJointBoard
			})
		}
		if !outside {
			continue
		}
		j.addf(RulePublisherOutsidePartnership, part3.Pointer("publication", "published_by", i),
			"The report is recorded as published by %s, which is not a local authority, health board or integration joint board of the report's council areas (%s): the report is likely of another partnership, or its areas are wrong. It breaches no provision by itself; publication by the partnership's own bodies is judged on its own (s.13(1))",
			p.words(), words.And(areas))
	}
}
