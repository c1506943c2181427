package consult_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

// TestPolicyBoundaries: the minimums of the policy (the partnership's own,
// or the module's defaults) are met exactly at the number of days set, and
// missed one day short of it.
func TestPolicyBoundaries(t *testing.T) {
	opens := period.MustParseDate("2025-09-15")
	tests := []struct {
		name       string
		noticeDays int // days from notice to opening
		windowDays int // days open, the opening and closing days included
		wantNotice bool
		wantWindow bool
		wantIn     string // in the message of each finding
	}{
		{name: "exactly the minimums", noticeDays: 14, windowDays: 28},
		{name: "a day more than the minimums", noticeDays: 15, windowDays: 29},
		{name: "a day less notice", noticeDays: 13, windowDays: 28, wantNotice: true, wantIn: "was given 13 days' notice of the opportunity, less than the partnership's own limit of 14 days"},
		{name: "a day shorter window", noticeDays: 14, windowDays: 27, wantWindow: true, wantIn: "was open for 27 days, less than the partnership's own limit of 28 days"},
		{name: "a day's notice", noticeDays: 1, windowDays: 28, wantNotice: true, wantIn: "was given 1 day's notice of the opportunity"},
		{name: "a window of one day", noticeDays: 14, windowDays: 1, wantWindow: true, wantIn: "was open for 1 day, less than the partnership's own limit of 28 days"},
		{name: "notice on the day it opens", noticeDays: 0, windowDays: 28, wantNotice: true, wantIn: "was given 0 days' notice of the opportunity"},
		{name: "notice after it opened", noticeDays: -3, windowDays: 28, wantNotice: true,
			wantIn: "was given notice of the opportunity on 2025-09-18, after it opened on 2025-09-15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := loadRecord(t, "record-short-notice.json")
			r.Opportunities = slices.Clone(r.Opportunities)
			for i := range r.Opportunities {
				o := &r.Opportunities[i]
				o.Opens = opens
				o.NoticeGiven = opens.AddDays(-tt.noticeDays)
				o.Closes = opens.AddDays(tt.windowDays - 1)
			}
			ctx := dundeeContext()
			ctx.Policy = judgement.Policy{MinAdvanceNoticeDays: 14, MinWindowDays: 28}
			fs := ctx.record(t, r)
			if got := len(fs.WithRule("consult.opportunity-advance-notice")) > 0; got != tt.wantNotice {
				t.Errorf("advance-notice finding = %v, want %v: %v", got, tt.wantNotice, fs)
			}
			if got := len(fs.WithRule("consult.opportunity-window")) > 0; got != tt.wantWindow {
				t.Errorf("window finding = %v, want %v: %v", got, tt.wantWindow, fs)
			}
			for _, f := range fs {
				if !strings.Contains(f.Message, tt.wantIn) {
					t.Errorf("message %q does not contain %q", f.Message, tt.wantIn)
				}
			}
		})
	}
}
