package consult_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return data
}

func loadRecord(t testing.TB, name string) consult.Record {
	t.Helper()
	r, err := consult.DecodeRecord(name, readTestdata(t, name))
	require.NoError(t, err)
	return r
}

var (
	dundee = service.MustLookupCouncil("Dundee City")
	angus  = service.MustLookupCouncil("Angus")
	perth  = service.MustLookupCouncil("Perth and Kinross")
)

// dundeeContext is the context the record testdata are written for: Dundee
// City's plan for 2026-2029, with no prison serving the area.
func dundeeContext() judged {
	return judged{Scope: consult.Scope{Councils: []service.Council{dundee}, Period: period.MustParsePlanPeriod("2026-2029")}}
}

func ruleIDs(fs part3.Findings) []string {
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.Rule)
	}
	return ids
}

func TestRuleBook(t *testing.T) {
	require.NoError(t, part3.CheckRuleBook(consult.Rules()))
	for _, r := range consult.Rules() {
		if (r.Severity == part3.Statutory || r.Severity == part3.Condition) && r.Citation.Section() != 10 && r.Citation != part3.Act("11(2)") {
			t.Errorf("%s: statutory rule cites %s, outside section 10 and section 11(2)", r.ID, r.Citation)
		}
		if r.Severity == part3.Condition && !strings.HasPrefix(r.ID, "consult.notice-") {
			t.Errorf("%s: only a notice of disagreement has conditions of legal effect", r.ID)
		}
		if strings.HasPrefix(r.ID, "consult.notice-") && r.Severity != part3.Condition {
			t.Errorf("%s: a notice rule is a condition of legal effect, not %s", r.ID, r.Severity)
		}
		// A number the law does not set is the partnership's own, or the
		// module's default: never "local policy".
		if r.Severity == part3.Practice && (strings.Contains(r.Summary, "local policy") ||
			!strings.Contains(r.Summary, "the partnership's own") || !strings.Contains(r.Summary, "the module's default")) {
			t.Errorf("%s: a practice rule on a number the law does not set must say it is the partnership's own or the module's default: %s", r.ID, r.Summary)
		}
	}
}

// TestRecordRules runs every record rule on a document that triggers it and
// on one that does not.
func TestRecordRules(t *testing.T) {
	withPrison := func(ctx judged) judged { ctx.PrisonServices = prisonIn(dundee); return ctx }
	tests := []struct {
		name    string
		file    string
		edit    func(*consult.Record) // changes to the record read from file, if any
		context func(judged) judged
		want    []string // rule IDs, in findings order
		// by are the bodies in breach each finding names, in findings
		// order (nil for a finding that is not statutory); unchecked
		// when nil, though every statutory finding must name some.
		by [][]string
	}{
		{name: "a sound record", file: "record-good.json"},

		{name: "s10(1)(a) other service provider missing", file: "record-osp-missing.json",
			want: []string{"consult.opportunity-other-service-providers"},
			by:   [][]string{{"Dundee City Council", "NHS Tayside"}}},
		{name: "s10(1)(a) other service provider recorded without notice", file: "record-osp-no-notice.json",
			want: []string{"consult.opportunity-other-service-providers"}},
		{name: "s10(1)(a) integration joint board for a two-board partnership", file: "record-good.json",
			context: func(ctx judged) judged {
				ctx.Councils = []service.Council{dundee, angus}
				return ctx
			},
			// The record's one opportunity to "integration-joint-board"
			// names no board, so it matches neither.
			want: []string{"consult.opportunity-other-service-providers", "consult.opportunity-other-service-providers"},
			// Each board is owed its opportunity by its own area's
			// planners (s.10(1)(a)), not by the other area's council.
			by: [][]string{{"Angus Council", "NHS Tayside"}, {"Dundee City Council", "NHS Tayside"}}},
		{name: "s10(1)(a) no integration joint board in Highland", file: "record-osp-missing.json",
			context: func(ctx judged) judged {
				ctx.Councils = []service.Council{service.MustLookupCouncil("Highland")}
				return ctx
			},
			want: []string{"consult.opportunity-other-service-providers"},
			by:   [][]string{{"The Highland Council", "NHS Highland"}}}, // only fire and rescue

		{name: "s10(1)(a) Ministers with a prison in the area, not given one", file: "record-good.json", context: withPrison,
			want: []string{"consult.opportunity-scottish-ministers"},
			by:   [][]string{{"Dundee City Council", "NHS Tayside"}}},
		{name: "s10(1)(a) Ministers with a prison in one area of a joint plan, not given one", file: "record-good.json",
			context: func(ctx judged) judged {
				ctx.Councils = []service.Council{dundee, angus}
				ctx.PrisonServices = prisonIn(angus)
				return ctx
			},
			want: []string{"consult.opportunity-scottish-ministers", "consult.opportunity-other-service-providers", "consult.opportunity-other-service-providers"},
			// The prison serves Angus: its planners owe the Ministers
			// the opportunity, and each board its own area's.
			by: [][]string{{"Angus Council", "NHS Tayside"}, {"Angus Council", "NHS Tayside"}, {"Dundee City Council", "NHS Tayside"}}},
		{name: "s10(1)(a) Ministers with a prison in the area, given one", file: "record-ministers.json", context: withPrison},
		{name: "s10(1)(a) Ministers without a prison in the area, not given one", file: "record-good.json"},

		{name: "s10(5) Police Scotland did not take part", file: "record-police-did-not-take-part.json",
			want: []string{"consult.took-part"},
			by:   [][]string{{"the Chief Constable of the Police Service of Scotland"}}},
		{name: "s10(5) Police Scotland did not take part, once an order under s.7(5) removed it", file: "record-police-did-not-take-part.json",
			context: func(ctx judged) judged {
				ctx.RegisterChanges = []service.RegisterChange{removed("police-scotland", "2020-01-01")}
				return ctx
			}},
		{name: "s10(5) Ministers did not take part, prison in the area", file: "record-ministers-did-not-take-part.json", context: withPrison,
			want: []string{"consult.took-part"},
			by:   [][]string{{"the Scottish Ministers"}}},
		{name: "s10(5) Ministers did not take part, no prison in the area", file: "record-ministers-did-not-take-part.json"},
		{name: "s10(5) the area's integration joint board did not take part", file: "record-board-did-not-take-part.json",
			want: []string{"consult.took-part"},
			by:   [][]string{{"Dundee City Integration Joint Board"}}},
		{name: "s10(5) an integration joint board did not take part in Highland, which has none", file: "record-board-did-not-take-part.json",
			context: func(ctx judged) judged {
				ctx.Councils = []service.Council{service.MustLookupCouncil("Highland")}
				return ctx
			}},
		{name: "s10(1)(a) no opportunity due once an order under s.7(5) has removed every other service provider", file: "record-osp-missing.json",
			context: func(ctx judged) judged {
				ctx.RegisterChanges = lawWithoutAnyOtherServiceProvider("2025-04-01")
				return ctx
			}},

		{name: "advance notice shorter than policy", file: "record-short-notice.json",
			want: []string{"consult.opportunity-advance-notice"},
			by:   [][]string{nil}},
		{name: "advance notice within a policy of 5 days", file: "record-short-notice.json",
			context: func(ctx judged) judged {
				ctx.Policy = judgement.Policy{MinAdvanceNoticeDays: 5, MinWindowDays: 28}
				return ctx
			}},
		{name: "window shorter than policy", file: "record-short-window.json",
			want: []string{"consult.opportunity-window"}},
		{name: "window within a policy without a minimum window", file: "record-short-window.json",
			context: func(ctx judged) judged {
				ctx.Policy = judgement.Policy{MinAdvanceNoticeDays: 14, MinWindowDays: -1}
				return ctx
			}},

		{name: "s10(1)(b)(i) organisation not consulted", file: "record-organisation-not-consulted.json",
			want: []string{"consult.consult-organisations"},
			by:   [][]string{{"Dundee City Council", "NHS Tayside"}}},
		{name: "s10(1)(b)(ii) social landlord not consulted", file: "record-landlord-not-consulted.json",
			want: []string{"consult.consult-social-landlords"},
			by:   [][]string{{"Dundee City Council", "NHS Tayside"}}},
		{name: "s10(1)(b)(ii) no social landlord listed", file: "record-no-landlords.json",
			want: []string{"consult.consult-social-landlords"},
			by:   [][]string{{"Dundee City Council", "NHS Tayside"}}},

		{name: "s10(1)(b)(iii) directed person not consulted", file: "record-good.json",
			context: func(ctx judged) judged {
				ctx.Directions = youthParliamentDirection(t)
				return ctx
			},
			want: []string{"consult.consult-directed-persons"},
			by:   [][]string{{"Dundee City Council", "NHS Tayside"}}},
		{name: "s10(1)(b)(iii) directed person consulted", file: "record-directed-person.json",
			context: func(ctx judged) judged {
				ctx.Directions = youthParliamentDirection(t)
				return ctx
			}},
		{name: "s10(1)(b)(iii) direction made after the plan was prepared", file: "record-good.json",
			context: func(ctx judged) judged {
				ctx.Directions = youthParliamentDirection(t)
				ctx.On = period.MustParseDate("2025-05-31")
				return ctx
			}},
		// With no day of preparation given, the directions are read on the
		// day before the plan's period starts, by which it must be in place.
		{name: "s10(1)(b)(iii) direction made the day before the plan period", file: "record-good.json",
			context: func(ctx judged) judged {
				ctx.Directions = youthParliamentDirectionMade(t, "2026-03-31")
				return ctx
			},
			want: []string{"consult.consult-directed-persons"}},
		{name: "s10(1)(b)(iii) direction made on the first day of the plan period", file: "record-good.json",
			context: func(ctx judged) judged {
				ctx.Directions = youthParliamentDirectionMade(t, "2026-04-01")
				return ctx
			}},

		{name: "para 87 no families", file: "record-no-families.json",
			want: []string{"consult.children-young-people-families"}},
		{name: "para 87 neither children nor families", file: "record-no-children-or-families.json",
			want: []string{"consult.children-young-people-families"}},
		{name: "para 86 no third sector", file: "record-no-third-sector.json",
			want: []string{"consult.third-sector"},
			by:   [][]string{nil}},
		{name: "para 86 third sector consultees without the interface", file: "record-third-sector-consultees.json"},
		{name: "guidance findings not raised for a 2017-2020 plan", file: "record-no-third-sector.json",
			context: func(ctx judged) judged {
				ctx.Period = period.MustParsePlanPeriod("2017-2020")
				return ctx
			}},
		{name: "findings on the partnership's limits, citing the guidance, not raised for a 2017-2020 plan", file: "record-short-window.json",
			context: func(ctx judged) judged {
				ctx.Period = period.MustParsePlanPeriod("2017-2020")
				return ctx
			}},

		{name: "s10(6) reasonable request refused", file: "record-request-refused.json",
			want: []string{"consult.request-met"}, by: [][]string{{"Little Acorns Nursery"}}},
		{name: "s10(6) reasonable request not answered", file: "record-request-no-answer.json",
			want: []string{"consult.request-met"}},
		{name: "s10(6) refused on data protection grounds", file: "record-request-refused-data-protection.json"},
		{name: "s10(6) refused as impracticable", file: "record-request-refused-impracticable.json"},
		// Section 10(6) binds the persons to be consulted under s.10(1)(b),
		// consulted or not: an organisation within s.10(2) that the
		// partnership failed to consult is bound all the same.
		{name: "s10(6) binds an organisation within s10(2) that was not consulted", file: "record-request-refused-not-consulted.json",
			want: []string{"consult.consult-organisations", "consult.request-met"},
			by:   [][]string{{"Dundee City Council", "NHS Tayside"}, {"Little Acorns Nursery"}}},
		{name: "s10(6) binds a directed person while the direction is in force", file: "record-directed-person.json",
			edit: refuseYouthParliament("2025-11-01"),
			context: func(ctx judged) judged {
				ctx.Directions = youthParliamentDirection(t)
				return ctx
			},
			want: []string{"consult.request-met"}},
		{name: "s10(6) does not bind a directed person before the direction", file: "record-directed-person.json",
			edit: refuseYouthParliament("2025-05-01"),
			context: func(ctx judged) judged {
				ctx.Directions = youthParliamentDirection(t)
				ctx.On = period.MustParseDate("2025-05-31")
				return ctx
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := dundeeContext()
			if tt.context != nil {
				ctx = tt.context(ctx)
			}
			r := loadRecord(t, tt.file)
			if tt.edit != nil {
				tt.edit(&r)
			}
			got := ctx.record(t, r)
			if diff := cmp.Diff(tt.want, ruleIDs(got)); diff != "" {
				t.Errorf("rules (-want +got):\n%s\nfindings: %v", diff, got)
			}
			checkBy(t, got, tt.by)
		})
	}
}

// refuseYouthParliament records a reasonable request to the Scottish Youth
// Parliament, made on the given day, that it refused.
func refuseYouthParliament(made string) func(*consult.Record) {
	return func(r *consult.Record) {
		r.Requests = append(r.Requests, consult.Request{Consultee: "youth-parliament", Made: period.MustParseDate(made),
			Kind: consult.Participate, Test: consult.Reasonableness{Relevant: true, Practicable: true, Consistent: true}, Answer: consult.Refused})
	}
}

func youthParliamentDirection(t *testing.T) []judgement.Direction {
	return youthParliamentDirectionMade(t, "2025-06-01")
}

// youthParliamentDirectionMade is a direction, made on the given day, to
// consult the Scottish Youth Parliament.
func youthParliamentDirectionMade(t *testing.T, made string) []judgement.Direction {
	return []judgement.Direction{{
		ID: "2027-youth-parliament", Made: period.MustParseDate(made), Persons: []string{"Scottish Youth Parliament"},
	}}
}

// lawWithoutAnyOtherServiceProvider is the law after orders under s.7(5),
// effective from the given day, removing every entry of the default list
// of other service providers.
func lawWithoutAnyOtherServiceProvider(from string) []service.RegisterChange {
	var changes []service.RegisterChange
	for _, e := range service.DefaultRegister().On(period.Date{}) {
		changes = append(changes, removed(e.ID, from))
	}
	return changes
}

func TestRecordFindingMessages(t *testing.T) {
	ctx := dundeeContext()
	ctx.Path = "/preparation"
	tests := []struct {
		name, file string
		edit       func(*consult.Record) // changes to the record read from file, if any
		context    func(judged) judged   // changes to ctx, if any
		wantPath   string
		wantIn     []string
		wantNotIn  []string
	}{
		{name: "s10(5) names the provider in breach", file: "record-police-did-not-take-part.json",
			wantPath: "/preparation/opportunities/0/participation",
			wantIn:   []string{"Police Scotland did not take part", "section 10(5) places this duty on Police Scotland"}},
		{name: "s10(5) names the area's integration joint board in breach", file: "record-board-did-not-take-part.json",
			wantPath: "/preparation/opportunities/5/participation",
			wantIn:   []string{"The integration joint board did not take part", "notified on 2025-09-01", "places this duty on the integration joint board"}},
		{name: "s10(1)(a) says coverage does not decide whether one is due", file: "record-osp-missing.json",
			wantPath:  "/preparation/opportunities",
			wantIn:    []string{"the Scottish Fire and Rescue Service", "whether or not the plan covers its services"},
			wantNotIn: []string{"no date on which notice"}},
		{name: "s10(1)(a) points at the missing notice date of the first opportunity", file: "record-good.json",
			edit:     func(r *consult.Record) { r.Opportunities[0].NoticeGiven = period.Date{} },
			wantPath: "/preparation/opportunities/0/notice_given",
			wantIn:   []string{"given to Police Scotland", "the record gives no date on which notice of it was given"}},
		{name: "s10(1)(a) names the area's one integration joint board", file: "record-good.json",
			edit:      func(r *consult.Record) { r.Opportunities = r.Opportunities[:5] },
			wantPath:  "/preparation/opportunities",
			wantIn:    []string{"given to Dundee City Integration Joint Board"},
			wantNotIn: []string{"without naming the board", "no date on which notice"}},
		{name: "s10(1)(a) names a provider added by order under s.7(5) in the order's words", file: "record-good.json",
			context: func(ctx judged) judged {
				ctx.RegisterChanges = []service.RegisterChange{{Action: service.ActionAdd, Effective: period.MustParseDate("2025-04-01"),
					Entry: service.OtherServiceProvider{ID: "youth-work-agency", Name: "the National Youth Work Agency"}}}
				return ctx
			},
			wantPath: "/preparation/opportunities",
			wantIn:   []string{"given to the National Youth Work Agency;"}},
		{name: "s10(1)(b)(i) words an organisation providing a service", file: "record-organisation-not-consulted.json",
			wantPath: "/preparation/consultees/2/consulted",
			wantIn:   []string{"Little Acorns Nursery is recorded as an organisation that provides a service in the area that would be a children's or related service if a Part 3 provider provided it, but was not consulted"}},
		{name: "s10(1)(b)(i) words an organisation representing service users", file: "record-good.json",
			edit: func(r *consult.Record) {
				r.Consultees[0].Consulted, r.Consultees[0].ConsultedOn = false, period.Date{}
			},
			wantPath: "/preparation/consultees/0/consulted",
			wantIn:   []string{"Dundee Youth Council is recorded as an organisation that represents the interests of people who use or are likely to use children's or related services in the area, but was not consulted"}},
		{name: "s10(1)(b)(iii) names the day the direction is read on", file: "record-good.json",
			context: func(ctx judged) judged {
				ctx.Directions = youthParliamentDirectionMade(t, "2026-03-31")
				return ctx
			},
			wantPath: "/preparation/consultees",
			wantIn:   []string{"Scottish Youth Parliament, specified by the Scottish Ministers' direction \"2027-youth-parliament\" in force on 2026-03-31, is not recorded as consulted"}},
		{name: "s10(6) names the consultee in breach", file: "record-request-refused.json",
			wantPath: "/preparation/requests/0/answer",
			wantIn:   []string{"Little Acorns Nursery refused a reasonable request to contribute to the preparation of the plan", "places the duty to meet it on Little Acorns Nursery"}},
		{name: "s10(6) request to participate", file: "record-request-refused.json",
			edit:     func(r *consult.Record) { r.Requests[0].Kind = consult.Participate },
			wantPath: "/preparation/requests/0/answer",
			wantIn:   []string{"Little Acorns Nursery refused a reasonable request to participate in the preparation of the plan"}},
		{name: "s10(6) request not answered", file: "record-request-no-answer.json",
			wantPath: "/preparation/requests/0/answer",
			wantIn:   []string{"Little Acorns Nursery did not answer a reasonable request to contribute to the preparation of the plan"}},
		{name: "no social landlord says what to record", file: "record-no-landlords.json",
			wantPath: "/preparation/consultees",
			wantIn:   []string{"registered social landlord, local authority landlord or local authority providing housing services"}},
		{name: "advance notice is the module's default", file: "record-short-notice.json",
			wantPath: "/preparation/opportunities/2/opens",
			wantIn:   []string{"5 days' notice", "less than the module's default of 14 days (no law or guidance sets a number; set your partnership's own)"}},
		{name: "window is the module's default", file: "record-short-window.json",
			wantPath: "/preparation/opportunities/3/closes",
			wantIn:   []string{"open for 16 days, less than the module's default of 28 days (no law or guidance sets a number"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := loadRecord(t, tt.file)
			if tt.edit != nil {
				tt.edit(&r)
			}
			c := ctx
			if tt.context != nil {
				c = tt.context(c)
			}
			got := c.record(t, r)
			require.Len(t, got, 1, "findings %v", got)
			if got[0].Path != tt.wantPath {
				t.Errorf("path = %q, want %q", got[0].Path, tt.wantPath)
			}
			for _, s := range tt.wantIn {
				if !strings.Contains(got[0].Message, s) {
					t.Errorf("message %q does not contain %q", got[0].Message, s)
				}
			}
			for _, s := range tt.wantNotIn {
				if strings.Contains(got[0].Message, s) {
					t.Errorf("message %q contains %q", got[0].Message, s)
				}
			}
		})
	}
}

func TestRecordWithSection60InForce(t *testing.T) {
	// Once the integration joint board is itself a lead planning body, it
	// is not owed an opportunity by the others.
	ctx := dundeeContext()
	// A revision prepared during the period, after commencement.
	ctx.On = period.MustParseDate("2026-06-01")
	ctx.Act2026Section60 = period.MustParseDate("2026-06-01")
	r := loadRecord(t, "record-good.json")
	r.Opportunities = r.Opportunities[:5]
	if got := ctx.record(t, r); len(got) != 0 {
		t.Errorf("findings %v, want none", got)
	}
	ctx.Act2026Section60 = period.Date{}
	if got := ruleIDs(ctx.record(t, r)); !cmp.Equal(got, []string{"consult.opportunity-other-service-providers"}) {
		t.Errorf("before commencement: rules %v, want the integration joint board's opportunity", got)
	}
}

func TestRecordTwoBoards(t *testing.T) {
	ctx := dundeeContext()
	ctx.Councils = []service.Council{dundee, angus, perth}
	r := loadRecord(t, "record-good.json")
	ijb := r.Opportunities[5]
	r.Opportunities = r.Opportunities[:5]
	for _, c := range ctx.Councils {
		o := ijb
		o.IntegrationJointBoard, _ = c.IntegrationJointBoard()
		r.Opportunities = append(r.Opportunities, o)
	}
	if got := ctx.record(t, r); len(got) != 0 {
		t.Errorf("findings %v, want none", got)
	}
	r.Opportunities = r.Opportunities[:7] // Perth and Kinross's board left out
	got := ctx.record(t, r)
	require.Len(t, got, 1)
	if !strings.Contains(got[0].Message, "Perth and Kinross Integration Joint Board") {
		t.Errorf("message %q does not name the board", got[0].Message)
	}
}

func TestDecodeRecordErrors(t *testing.T) {
	tests := []struct {
		file     string
		category error
		path     string
	}{
		{"record-bad-opportunity-provider.json", part3.ErrInvalidValue, "/opportunities/0/provider"},
		{"record-bad-duplicate-id.json", part3.ErrDuplicateID, "/consultees/1/id"},
		{"record-bad-dangling-request.json", part3.ErrDanglingReference, "/requests/0/consultee"},
		{"record-bad-no-landlord-type.json", part3.ErrMissing, "/consultees/3/landlord_type"},
		{"record-bad-closes-before-opens.json", part3.ErrInvalidValue, "/opportunities/0/closes"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, err := consult.DecodeRecord(tt.file, readTestdata(t, tt.file))
			var ie *part3.InputError
			require.True(t, errors.As(err, &ie), "error %v is not an InputError", err)
			if !errors.Is(err, tt.category) || ie.Path != tt.path || ie.File != tt.file || ie.Expected == "" {
				t.Errorf("error = %v (category %v, path %q, file %q), want category %v at %q", err, ie.Category, ie.Path, ie.File, tt.category, tt.path)
			}
		})
	}
}

func TestDecodeRecordInline(t *testing.T) {
	tests := []struct {
		name     string
		doc      string
		category error
		path     string
	}{
		{"unknown field", `{"opportunities":[],"consultees":[],"bogus":1}`, part3.ErrUnknownField, "/bogus"},
		{"unknown category", `{"consultees":[{"id":"a","name":"A","category":"charity"}]}`, part3.ErrInvalidValue, "/consultees/0/category"},
		{"unknown means", `{"opportunities":[{"provider":"police-scotland","means":["carrier-pigeon"]}]}`, part3.ErrInvalidValue, "/opportunities/0/means/0"},
		{"unknown provider", `{"opportunities":[{"provider":"police"}]}`, part3.ErrInvalidValue, "/opportunities/0/provider"},
		{"no category", `{"consultees":[{"id":"a","name":"A"}]}`, part3.ErrMissing, "/consultees/0/category"},
		{"blank consultee ID", `{"consultees":[{"id":" ","name":"A","category":"provides-service-in-area"}]}`, part3.ErrMissing, "/consultees/0/id"},
		{"no consultee name", `{"consultees":[{"id":"a","name":"","category":"provides-service-in-area"}]}`, part3.ErrMissing, "/consultees/0/name"},
		{"request without consultee", `{"consultees":[{"id":"a","name":"A","category":"provides-service-in-area"}],"requests":[{"consultee":" ","kind":"contribute"}]}`, part3.ErrMissing, "/requests/0/consultee"},
		{"landlord type on another category", `{"consultees":[{"id":"a","name":"A","category":"provides-service-in-area","landlord_type":"registered-social-landlord"}]}`, part3.ErrInvalidValue, "/consultees/0/landlord_type"},
		{"direction on another category", `{"consultees":[{"id":"a","name":"A","category":"provides-service-in-area","direction":"d"}]}`, part3.ErrInvalidValue, "/consultees/0/direction"},
		{"date without consultation", `{"consultees":[{"id":"a","name":"A","category":"provides-service-in-area","consulted_on":"2025-10-01"}]}`, part3.ErrInvalidValue, "/consultees/0/consulted_on"},
		{"refusal ground without refusal", `{"consultees":[{"id":"a","name":"A","category":"provides-service-in-area"}],"requests":[{"consultee":"a","kind":"contribute","answer":"met","refusal_ground":"data-protection"}]}`, part3.ErrInvalidValue, "/requests/0/refusal_ground"},
		{"request without kind", `{"consultees":[{"id":"a","name":"A","category":"provides-service-in-area"}],"requests":[{"consultee":"a"}]}`, part3.ErrMissing, "/requests/0/kind"},
		{"engagement without group", `{"engagement":[{"how":"survey"}]}`, part3.ErrMissing, "/engagement/0/with"},
		{"opens before notice", `{"opportunities":[{"provider":"police-scotland","notice_given":"2025-09-10","opens":"2025-09-01"}]}`, part3.ErrInvalidValue, "/opportunities/0/opens"},
		{"board for another provider", `{"opportunities":[{"provider":"police-scotland","integration_joint_board":"Dundee City Integration Joint Board"}]}`, part3.ErrInvalidValue, "/opportunities/0/integration_joint_board"},
		{"impossible date", `{"opportunities":[{"provider":"police-scotland","notice_given":"2025-02-30"}]}`, part3.ErrInvalidValue, "/opportunities/0/notice_given"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := consult.DecodeRecord("r.json", []byte(tt.doc))
			var ie *part3.InputError
			require.True(t, errors.As(err, &ie), "error %v is not an InputError", err)
			if !errors.Is(err, tt.category) || ie.Path != tt.path {
				t.Errorf("error = %v, want category %v at %q", err, tt.category, tt.path)
			}
		})
	}
}

// TestRecordValidateInCode: a record built in code, with values the
// decoder would not produce, is refused with the path under its base.
func TestRecordValidateInCode(t *testing.T) {
	police := consult.Opportunity{Provider: service.ProviderPoliceScotland}
	tests := []struct {
		name      string
		record    consult.Record
		category  error
		path      string
		wantInExp string // in the error's Expected
	}{
		{name: "unset means", record: consult.Record{Opportunities: []consult.Opportunity{
			police, {Provider: service.ProviderPoliceScotland, Means: []consult.Means{consult.MeansMeeting, 0}}}},
			category: part3.ErrMissing, path: "/preparation/opportunities/1/means/1", wantInExp: "planning-group-seat, meeting"},
		{name: "unnamed means", record: consult.Record{Opportunities: []consult.Opportunity{{Provider: service.ProviderPoliceScotland, Means: []consult.Means{99}}}},
			category: part3.ErrMissing, path: "/preparation/opportunities/0/means/0", wantInExp: "survey, other"},
		{name: "an organisation given an opportunity", record: consult.Record{Opportunities: []consult.Opportunity{police, {Provider: service.ProviderOtherOrganisation}}},
			category: part3.ErrInvalidValue, path: "/preparation/opportunities/1/provider", wantInExp: "record other organisations as consultees"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.record.Validate("/preparation")
			var ie *part3.InputError
			require.True(t, errors.As(err, &ie), "error %v is not an InputError", err)
			if !errors.Is(err, tt.category) || ie.Path != tt.path || !strings.Contains(ie.Expected, tt.wantInExp) {
				t.Errorf("error = %v (category %v, path %q, expected %q), want category %v at %q expecting %q", err, ie.Category, ie.Path, ie.Expected, tt.category, tt.path, tt.wantInExp)
			}
		})
	}
}

// TestRecordTaysideUnnamedBoard: a joint plan for three council areas owes
// an opportunity to each of their three boards, and one opportunity to
// "integration-joint-board" that names no board is pointed at, not taken
// for any of them. A board's own opportunity recorded without a notice date
// is pointed at instead.
func TestRecordTaysideUnnamedBoard(t *testing.T) {
	ctx := dundeeContext()
	ctx.Councils = []service.Council{angus, dundee, perth}
	const unnamedAt = "/integration_joint_board" // the finding points at the unnamed board's opportunity
	tests := []struct {
		name string
		edit func(*consult.Record)
		want map[string]string // board's council area -> finding path
	}{
		{name: "the unnamed opportunity last", // opportunity 5 of the file
			want: map[string]string{"Angus": "/opportunities/5" + unnamedAt, "Dundee City": "/opportunities/5" + unnamedAt, "Perth and Kinross": "/opportunities/5" + unnamedAt}},
		{name: "the unnamed opportunity first",
			edit: func(r *consult.Record) {
				r.Opportunities = slices.Concat(r.Opportunities[5:], r.Opportunities[:5])
			},
			want: map[string]string{"Angus": "/opportunities/0" + unnamedAt, "Dundee City": "/opportunities/0" + unnamedAt, "Perth and Kinross": "/opportunities/0" + unnamedAt}},
		{name: "Angus's board named first without a notice date",
			edit: func(r *consult.Record) {
				o := r.Opportunities[5]
				o.IntegrationJointBoard, o.NoticeGiven = ijbOf(angus), period.Date{}
				r.Opportunities = append([]consult.Opportunity{o}, r.Opportunities...)
			},
			want: map[string]string{"Angus": "/opportunities/0/notice_given", "Dundee City": "/opportunities/6" + unnamedAt, "Perth and Kinross": "/opportunities/6" + unnamedAt}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := loadRecord(t, "record-good.json")
			if tt.edit != nil {
				tt.edit(&r)
			}
			got := ctx.record(t, r)
			require.Len(t, got, len(tt.want), "findings %v", got)
			for area, path := range tt.want {
				board := area + " Integration Joint Board"
				i := slices.IndexFunc(got, func(f part3.Finding) bool { return strings.Contains(f.Message, board) })
				require.GreaterOrEqual(t, i, 0, "no finding names %s: %v", board, got)
				f := got[i]
				require.Equal(t, consult.RuleOpportunityOtherServiceProvidersID, f.Rule)
				require.Equal(t, path, f.Path, "the finding for %s", board)
				wantIn, wantNotIn := []string{"without naming the board", "3 boards"}, "no date on which notice"
				if !strings.HasSuffix(path, unnamedAt) {
					wantIn, wantNotIn = []string{"no date on which notice"}, "without naming the board"
				}
				for _, s := range wantIn {
					if !strings.Contains(f.Message, s) {
						t.Errorf("message %q does not contain %q", f.Message, s)
					}
				}
				if strings.Contains(f.Message, wantNotIn) {
					t.Errorf("message %q contains %q", f.Message, wantNotIn)
				}
			}
		})
	}
}

// TestRecordNoticeAfterOpening: a record built in code (not validated)
// whose notice came after the opportunity opened says so, never a negative
// number of days.
func TestRecordNoticeAfterOpening(t *testing.T) {
	r := loadRecord(t, "record-good.json")
	r.Opportunities[0].NoticeGiven = period.MustParseDate("2025-09-24")
	got := dundeeContext().record(t, r).WithRule("consult.opportunity-advance-notice")
	require.Len(t, got, 1)
	if strings.Contains(got[0].Message, "-") && strings.Contains(got[0].Message, "days'") {
		t.Errorf("message %q gives a negative number of days", got[0].Message)
	}
	require.Contains(t, got[0].Message, "after it opened on 2025-09-15")
}

// TestRecordRefusalGround: a data-protection ground excuses a request of
// every kind in every period, since data protection law binds by its own
// force; commercial sensitivity is recognised, as guidance para 96 reads
// section 10(6), for a request to contribute in a plan from 2020 only,
// never for a request to participate, and not for a 2017-2020 plan.
func TestRecordRefusalGround(t *testing.T) {
	tests := []struct {
		name   string
		ground consult.RefusalGround
		kind   consult.RequestKind
		period string
		want   int // consult.request-met findings
	}{
		{"data protection, contribute, 2026-2029", consult.DataProtection, consult.Contribute, "2026-2029", 0},
		{"data protection, participate, 2026-2029", consult.DataProtection, consult.Participate, "2026-2029", 0},
		{"data protection, contribute, 2017-2020", consult.DataProtection, consult.Contribute, "2017-2020", 0},
		{"data protection, participate, 2017-2020", consult.DataProtection, consult.Participate, "2017-2020", 0},
		{"commercial sensitivity, contribute, 2026-2029", consult.CommerciallySensitive, consult.Contribute, "2026-2029", 0},
		{"commercial sensitivity, participate, 2026-2029", consult.CommerciallySensitive, consult.Participate, "2026-2029", 1},
		{"commercial sensitivity, contribute, 2017-2020", consult.CommerciallySensitive, consult.Contribute, "2017-2020", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := loadRecord(t, "record-request-refused-data-protection.json")
			i := len(r.Requests) - 1
			require.Equal(t, consult.DataProtection, r.Requests[i].RefusalGround)
			r.Requests[i].Kind, r.Requests[i].RefusalGround = tt.kind, tt.ground
			ctx := dundeeContext()
			ctx.Period = period.MustParsePlanPeriod(tt.period)
			got := ctx.record(t, r).WithRule(consult.RuleRequestMetID)
			require.Len(t, got, tt.want, "%v", got)
		})
	}
}

// TestRecordDatesAfterTheJudgementDate: on the judgement date, what the
// record dates after it has not happened: an opportunity notified later is
// not yet given; one that opens or closes later cannot yet have been
// missed; a consultation or a request dated later has not yet been held or
// made. Each finding says the record lies in the future.
func TestRecordDatesAfterTheJudgementDate(t *testing.T) {
	good := loadRecord(t, "record-good.json") // notices 2025-09-01, open 2025-09-15 to 2025-11-30
	j := dundeeContext()
	j.AsOf = period.MustParseDate("2025-10-30")
	require.Empty(t, j.record(t, good), "the good record as of its own dates")

	notice := loadRecord(t, "record-good.json")
	notice.Opportunities[0].NoticeGiven = period.MustParseDate("2025-11-01")
	fs := j.record(t, notice).WithRule(consult.RuleOpportunityOtherServiceProvidersID)
	require.Len(t, fs, 1)
	require.Equal(t, "/opportunities/0/notice_given", fs[0].Path)
	require.Contains(t, fs[0].Message, "the notice recorded for it, dated 2025-11-01, lies in the future: on 2025-10-30 it has not been given")

	// Recorded as not taking part, in an opportunity still open on the
	// judgement date: not yet missed. Once it has closed, a breach of
	// s.10(5) by the provider.
	missed := loadRecord(t, "record-good.json")
	missed.Opportunities[0].Participation = consult.DidNotTakePart
	require.Empty(t, j.record(t, missed).WithRule(consult.RuleTookPartID), "still open")
	j2 := j
	j2.AsOf = period.MustParseDate("2025-12-01")
	require.Len(t, j2.record(t, missed).WithRule(consult.RuleTookPartID), 1, "closed")
	notOpen := missed
	notOpen.Opportunities = append([]consult.Opportunity(nil), missed.Opportunities...)
	notOpen.Opportunities[0].Opens, notOpen.Opportunities[0].Closes = period.MustParseDate("2025-11-15"), period.Date{}
	require.Empty(t, j.record(t, notOpen).WithRule(consult.RuleTookPartID), "not yet open")

	consulted := loadRecord(t, "record-good.json")
	consulted.Consultees[2].ConsultedOn = period.MustParseDate("2025-11-20") // Little Acorns Nursery
	fs = j.record(t, consulted).WithRule(consult.RuleConsultOrganisationsID)
	require.Len(t, fs, 1)
	require.Equal(t, "/consultees/2/consulted_on", fs[0].Path)
	require.Contains(t, fs[0].Message, "was not consulted as of 2025-10-30: the consultation recorded for 2025-11-20 lies in the future")
	j2.AsOf = period.MustParseDate("2025-11-20")
	require.Empty(t, j2.record(t, consulted).WithRule(consult.RuleConsultOrganisationsID))

	// A request made on 2025-10-01 of Little Acorns Nursery, consulted on
	// 2025-10-20, and refused: not yet made on 2025-09-30. Section 10(6)
	// binds the nursery by its category under s.10(1)(b) (an organisation
	// that appears to fall within s.10(2)), consulted or not, so from the
	// day the request was made.
	refused := loadRecord(t, "record-request-refused.json")
	for day, want := range map[string]int{"2025-09-30": 0, "2025-10-19": 1, "2025-10-20": 1} {
		j2.AsOf = period.MustParseDate(day)
		require.Len(t, j2.record(t, refused).WithRule(consult.RuleRequestMetID), want, day)
	}
}

// TestRecordOpportunitiesOneFinding: the other service providers owed an
// opportunity that have none recorded are named in one finding, at the
// list; an opportunity recorded without a day of notice keeps its own
// finding, at its own path.
func TestRecordOpportunitiesOneFinding(t *testing.T) {
	r := loadRecord(t, "record-good.json")
	// Keep Police Scotland's, without its day of notice, and the
	// integration joint board's; drop the other four.
	var kept []consult.Opportunity
	for _, o := range r.Opportunities {
		switch o.Provider {
		case service.ProviderPoliceScotland:
			o.NoticeGiven = period.Date{}
			kept = append(kept, o)
		case service.ProviderIntegrationJointBoard:
			kept = append(kept, o)
		}
	}
	r.Opportunities = kept
	got := dundeeContext().record(t, r).WithRule(consult.RuleOpportunityOtherServiceProvidersID)
	require.Len(t, got, 2, "%v", got)
	if got[0].Path != "/opportunities" || got[1].Path != "/opportunities/0/notice_given" {
		t.Fatalf("paths %q and %q", got[0].Path, got[1].Path)
	}
	want := "given to the Scottish Fire and Rescue Service, the Principal Reporter, the National Convener of Children's Hearings Scotland and the Scottish Courts and Tribunals Service; section 10(1)(a) requires one for each of the other service providers, whether or not the plan covers their services"
	if !strings.Contains(got[0].Message, want) {
		t.Errorf("message %q does not contain %q", got[0].Message, want)
	}
	if strings.Contains(got[0].Message, "Police Scotland") || !strings.Contains(got[1].Message, "Police Scotland") {
		t.Errorf("Police Scotland's opportunity, recorded without a day of notice, belongs to its own finding: %v", got)
	}
}

// checkBy checks that each statutory finding of fs, and no other, names
// the bodies in breach, and, when want is not nil, that the findings name
// want, in findings order.
func checkBy(t *testing.T, fs part3.Findings, want [][]string) {
	t.Helper()
	var got [][]string
	for _, f := range fs {
		if (f.Severity == part3.Statutory) != (len(f.By) > 0) {
			t.Errorf("%s finding names %q as in breach: %v", f.Severity, f.By, f)
		}
		got = append(got, f.By)
	}
	if want == nil {
		return
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("By (-want +got):\n%s", diff)
	}
}
