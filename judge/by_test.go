package judge_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
	"github.com/csplanning/part3/service"
)

// TestFindingsNameTheBodiesInBreach judges every sample document of the
// packages that make findings (plans, annual reports alone and against
// the sample plans, notices, planning histories, duty questions, and the
// preparation records and reviews of package consult) under the default
// law, with a prison in every area, with section 60 of the 2026 Act in
// force, and with a direction, a prescribed outcome and a stated fact that
// make the rules resting on them fire, and checks the principle that a statutory finding is a breach of
// the Act by a named body: every statutory finding names the bodies in
// breach, each a real body (a council's local authority, a health board,
// an integration joint board, an other service provider, the Scottish
// Ministers, or a person the document names), and no finding of another
// severity names anyone.
func TestFindingsNameTheBodiesInBreach(t *testing.T) {
	var plans, others []judge.Input
	names := map[string]bool{} // the names a document gives persons and bodies
	for _, dir := range []string{"plan", "report", "consult", "duty"} {
		root := filepath.Join("..", dir, "testdata")
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && d.Name() == "golden" {
				return filepath.SkipDir
			}
			if d.IsDir() || filepath.Ext(path) != ".json" {
				return nil
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			in := judge.Input{File: filepath.ToSlash(path), Data: data}
			kind, _ := part3.PeekKind(in.File, in.Data)
			switch kind {
			case plan.Kind:
				if p, err := plan.Decode(in.File, in.Data); err == nil {
					plans = append(plans, in)
					for _, c := range p.Preparation.Consultees {
						names[c.Name] = true
					}
				}
			case "":
				if dir == "consult" {
					others = append(others, in) // a record or review, judged below
				}
			default:
				others = append(others, in)
			}
			return nil
		})
		require.NoError(t, err)
	}
	require.NotEmpty(t, plans)

	bodies := realBodies()
	on := period.MustParseDate("2026-11-26")
	prisons := func() []judgement.PrisonService {
		var out []judgement.PrisonService
		for _, c := range service.Councils() {
			out = append(out, judgement.PrisonService{Council: c, Name: "a prison"})
		}
		return out
	}
	contexts := map[string]judgement.Context{
		"default law": judgement.New(on),
		"a prison in every area": func() judgement.Context {
			ctx := judgement.New(on)
			ctx.PrisonServices = prisons()
			return ctx
		}(),
		"section 60 in force": func() judgement.Context {
			ctx := judgement.New(period.MustParseDate("2030-11-26"))
			ctx.Act2026Section60 = period.MustParseDate("2026-06-01")
			return ctx
		}(),
		"a direction, an outcome and a fact": func() judgement.Context {
			ctx := judgement.New(on)
			ctx.Directions = []judgement.Direction{{ID: "youth-parliament", Made: period.MustParseDate("2017-01-01"), Persons: []string{"Scottish Youth Parliament"}}}
			ctx.PrescribedOutcomes = []judgement.PrescribedOutcome{{ID: "PO1", Outcome: "School attendance of care experienced children",
				Order: part3.Legislation("SSI 2023/999", ""), From: period.MustParseReportingPeriod("2023-2024")}}
			ctx.Facts.AimsNotInView = []judgement.AimsNotInView{{Councils: []service.Council{service.MustLookupCouncil("Fife")},
				PlanPeriod: period.MustParsePlanPeriod("2023-2026"), Source: "a finding of the partnership's own audit"}}
			return ctx
		}(),
	}
	statutory := map[string]bool{} // the statutory rules seen to fire
	check := func(t *testing.T, where string, fs part3.Findings, docNames map[string]bool) {
		t.Helper()
		for _, f := range fs {
			if f.Severity != part3.Statutory {
				if len(f.By) > 0 {
					t.Errorf("%s: a %s finding names %q as in breach: %v", where, f.Severity, f.By, f)
				}
				continue
			}
			statutory[f.Rule] = true
			if len(f.By) == 0 {
				t.Errorf("%s: statutory finding names no body in breach: %v", where, f)
			}
			for _, b := range f.By {
				if !bodies[b] && !names[b] && !docNames[b] {
					t.Errorf("%s: %q is no body or person known: %v", where, b, f)
				}
			}
		}
	}
	for name, ctx := range contexts {
		t.Run(name, func(t *testing.T) {
			all := append(append([]judge.Input{}, plans...), others...)
			ans, err := judge.Judge(judge.Request{Documents: all, Context: ctx})
			require.NoError(t, err)
			for _, r := range ans.Results {
				if r.Error == nil {
					check(t, r.File, r.Findings, nil)
				}
			}
			// Annual reports and notices against each sample plan.
			var against []judge.Input
			for _, in := range others {
				if k, _ := part3.PeekKind(in.File, in.Data); k == report.Kind || k == consult.NoticeKind {
					against = append(against, in)
				}
			}
			for _, p := range plans {
				ans, err := judge.Judge(judge.Request{Documents: against, Plan: &p, Context: ctx})
				require.NoError(t, err)
				for _, r := range ans.Results {
					if r.Error == nil {
						check(t, r.File+" against "+p.File, r.Findings, nil)
					}
				}
			}
			// The preparation records and reviews of package consult, as
			// Dundee City's for 2026-2029 (the area they are written for)
			// and as a joint plan's.
			for _, in := range others {
				if k, _ := part3.PeekKind(in.File, in.Data); k != "" {
					continue
				}
				for _, councils := range [][]string{{"Dundee City"}, {"Dundee City", "Angus"}} {
					s := consult.Scope{Period: period.MustParsePlanPeriod("2026-2029")}
					for _, c := range councils {
						s.Councils = append(s.Councils, service.MustLookupCouncil(c))
					}
					where := in.File + " for " + strings.Join(councils, " and ")
					if strings.Contains(in.File, "/review-") {
						var r consult.Review
						if part3.Decode(in.File, in.Data, &r) != nil || r.Validate("") != nil {
							continue
						}
						fs, err := r.Judge(s, ctx)
						require.NoError(t, err)
						check(t, where, fs, nil)
						continue
					}
					rec, err := consult.DecodeRecord(in.File, in.Data)
					if err != nil {
						continue // a sample of bad input
					}
					docNames := map[string]bool{}
					for _, c := range rec.Consultees {
						docNames[c.Name] = true
					}
					fs, err := rec.Judge(s, ctx)
					require.NoError(t, err)
					check(t, where, fs, docNames)
				}
			}
		})
	}
	// The samples reach every statutory rule: the check above is not
	// vacuous.
	for _, book := range []func() []part3.Rule{plan.Rules, report.Rules, consult.Rules, duty.Rules, service.Rules} {
		for _, r := range book() {
			if r.Severity == part3.Statutory && !statutory[r.ID] {
				t.Errorf("no sample makes a finding of statutory rule %s", r.ID)
			}
		}
	}
}

// realBodies are the names of the bodies the Act puts duties on: each
// council's local authority, each health board and integration joint
// board, each other service provider on the register, and the Scottish
// Ministers.
func realBodies() map[string]bool {
	out := map[string]bool{"the Scottish Ministers": true}
	for _, c := range service.Councils() {
		out[c.Authority()] = true
	}
	for _, b := range service.HealthBoards() {
		out[b.Name()] = true
	}
	for _, b := range service.IntegrationJointBoards() {
		out[b.Name()] = true
	}
	for _, o := range service.DefaultRegister().On(period.Date{}) {
		out[o.Name] = true
	}
	return out
}
