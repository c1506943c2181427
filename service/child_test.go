package service

import (
	"testing"

	"github.com/csplanning/part3/period"
)

func TestIsChild(t *testing.T) {
	d := period.MustParseDate
	tests := []struct {
		name    string
		dob, on string
		want    bool
	}{
		{"day of birth", "2010-06-15", "2010-06-15", true},
		{"day before 18th birthday", "2008-06-15", "2026-06-14", true},
		{"18th birthday", "2008-06-15", "2026-06-15", false},
		{"after 18th birthday", "2008-06-15", "2027-01-01", false},
		{"29 February birth, 28 February of a common year", "2008-02-29", "2026-02-28", true},
		{"29 February birth, 1 March of a common year", "2008-02-29", "2026-03-01", false},
		{"29 February 2004 birth, 28 February 2022", "2004-02-29", "2022-02-28", true},
		{"29 February 2004 birth, 1 March 2022", "2004-02-29", "2022-03-01", false},
		{"31 December birth", "2007-12-31", "2025-12-30", true},
		{"not yet born", "2027-01-01", "2026-12-31", false},
		{"zero birth date", "", "2026-12-31", false},
		{"zero date asked", "2010-01-01", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var dob, on period.Date
			if tt.dob != "" {
				if v, err := period.ParseDate(tt.dob); err == nil {
					dob = v
				}
			}
			if tt.on != "" {
				on = d(tt.on)
			}
			if got := IsChild(dob, on); got != tt.want {
				t.Errorf("IsChild(%s, %s) = %v, want %v", tt.dob, tt.on, got, tt.want)
			}
		})
	}
}

func TestAttainsAge(t *testing.T) {
	d := period.MustParseDate
	tests := []struct {
		dob   string
		years int
		want  string
	}{
		{"2008-06-15", 18, "2026-06-15"},
		{"2008-02-29", 18, "2026-03-01"},
		{"2008-02-29", 16, "2024-02-29"},
		{"2008-02-29", 0, "2008-02-29"},
		{"2008-03-01", 18, "2026-03-01"},
		{"9990-01-01", 18, ""},
	}
	for _, tt := range tests {
		if got := AttainsAge(d(tt.dob), tt.years).String(); got != tt.want {
			t.Errorf("AttainsAge(%s, %d) = %q, want %q", tt.dob, tt.years, got, tt.want)
		}
	}
	if !AttainsAge(period.Date{}, 18).IsZero() || !AttainsAge(d("2008-01-01"), -1).IsZero() {
		t.Error("AttainsAge of a zero date or negative years is not zero")
	}
	if !IsChild(d("9990-01-01"), d("9999-12-31")) {
		t.Error("a person whose 18th birthday is past 9999 is still a child in 9999")
	}
	if AgeOfLegalCapacity().String() != "Age of Legal Capacity (Scotland) Act 1991 s.6(2)" {
		t.Errorf("citation = %s", AgeOfLegalCapacity())
	}
}
