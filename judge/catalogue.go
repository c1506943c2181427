package judge

import (
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// The answers that need no document, as every interface gives them in
// JSON: the periods of a day ("part3 period", GET /v1/period/{date}) and
// a council area with its bodies ("part3 councils", GET /v1/councils).

// Periods is the plan period and reporting period a day falls in, with
// the key dates of its plan period. JSON keys: date, plan_period,
// reporting_period, key_dates.
type Periods struct {
	Date            period.Date      `json:"date"`
	PlanPeriod      PlanPeriod       `json:"plan_period"`
	ReportingPeriod ReportingPeriod  `json:"reporting_period"`
	KeyDates        []period.KeyDate `json:"key_dates"`
}

// PlanPeriod is a three-year period of s.8(1) with its first and last
// days and its number (the first, 2017-2020, is 1). JSON keys: name,
// start, end, index.
type PlanPeriod struct {
	Name  period.PlanPeriod `json:"name"`
	Start period.Date       `json:"start"`
	End   period.Date       `json:"end"`
	Index int               `json:"index"`
}

// ReportingPeriod is a one-year period of s.13(1) with its first and
// last days. JSON keys: name, start, end.
type ReportingPeriod struct {
	Name  period.ReportingPeriod `json:"name"`
	Start period.Date            `json:"start"`
	End   period.Date            `json:"end"`
}

// PeriodsOf returns the periods of d. A day before the first period began
// (1 April 2017) is an error that errors.Is matches with
// period.ErrBeforeFirstPeriod.
func PeriodsOf(d period.Date) (Periods, error) {
	p, err := period.PlanPeriodOf(d)
	if err != nil {
		return Periods{}, err
	}
	r, _ := period.ReportingPeriodOf(d)
	keys, _ := period.KeyDatesFor(d)
	return Periods{
		Date:            d,
		PlanPeriod:      PlanPeriod{Name: p, Start: p.Start(), End: p.End(), Index: p.Index()},
		ReportingPeriod: ReportingPeriod{Name: r, Start: r.Start(), End: r.End()},
		KeyDates:        keys,
	}, nil
}

// Council is a council area with its GSS codes, its local authority, its
// relevant health board (with the paragraph of the s.7(1) definition that
// makes it so) and its integration joint board, nil for an area with none.
// JSON keys: name, code, old_codes, authority, health_board,
// integration_joint_board.
type Council struct {
	Name                  string                 `json:"name"`
	Code                  string                 `json:"code"`
	OldCodes              []string               `json:"old_codes"`
	Authority             string                 `json:"authority"`
	HealthBoard           HealthBoard            `json:"health_board"`
	IntegrationJointBoard *IntegrationJointBoard `json:"integration_joint_board"`
}

// HealthBoard is a council area's relevant health board. Limb is the
// paragraph of the s.7(1) definition of "relevant health board" that
// applies: "a" or "b". JSON keys: name, code, relevant_health_board_limb.
type HealthBoard struct {
	Name string       `json:"name"`
	Code string       `json:"code"`
	Limb service.Limb `json:"relevant_health_board_limb"`
}

// IntegrationJointBoard is a council area's integration joint board.
// JSON keys: name, code.
type IntegrationJointBoard struct {
	Name string `json:"name"`
	Code string `json:"code"`
}

// CouncilOf returns c with its bodies; old_codes is [] for an area with
// none.
func CouncilOf(c service.Council) Council {
	b := c.HealthBoard()
	limb, _ := service.RelevantHealthBoardLimb(c)
	row := Council{Name: c.Name(), Code: c.Code(), OldCodes: c.OldCodes(), Authority: c.Authority(),
		HealthBoard: HealthBoard{Name: b.Name(), Code: b.Code(), Limb: limb}}
	if row.OldCodes == nil {
		row.OldCodes = []string{}
	}
	if j, ok := c.IntegrationJointBoard(); ok {
		row.IntegrationJointBoard = &IntegrationJointBoard{Name: j.Name(), Code: j.Code()}
	}
	return row
}
