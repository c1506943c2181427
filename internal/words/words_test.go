package words

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestLists(t *testing.T) {
	tests := []struct {
		name                  string
		items                 []string
		and, or, comma, elseA string
	}{
		{"none", nil, "", "", "", "nobody"},
		{"empty", []string{}, "", "", "", "nobody"},
		{"one", []string{"Angus"}, "Angus", "Angus", "Angus", "Angus"},
		{"two", []string{"Angus", "Dundee City"}, "Angus and Dundee City", "Angus or Dundee City", "Angus, Dundee City", "Angus and Dundee City"},
		{"three", []string{"Angus", "Dundee City", "Perth and Kinross"},
			"Angus, Dundee City and Perth and Kinross", "Angus, Dundee City or Perth and Kinross",
			"Angus, Dundee City, Perth and Kinross", "Angus, Dundee City and Perth and Kinross"},
		{"one empty item", []string{""}, "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := []string{And(tt.items), Or(tt.items), Comma(tt.items), Else(tt.items, "nobody", And)}
			want := []string{tt.and, tt.or, tt.comma, tt.elseA}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("And, Or, Comma, Else (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCount(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{0, "0 services"},
		{1, "1 service"},
		{2, "2 services"},
		{1000, "1000 services"},
		{-1, "-1 services"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.n), func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Count(tt.n, "service", "services")); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestCapitalise(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"lower", "the plan", "The plan"},
		{"upper", "The plan", "The plan"},
		{"digit", "3 services", "3 services"},
		{"accented", "élan", "Élan"},
		{"Greek", "ωμέγα", "Ωμέγα"},
		{"invalid UTF-8", "\xffplan", "\xffplan"},
		{"one letter", "a", "A"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Capitalise(tt.in)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestUnique(t *testing.T) {
	long := strings.Split(strings.Repeat("a b c ", 10), " ")
	tests := []struct {
		name        string
		items, want []string
	}{
		{"none", nil, nil},
		{"empty", []string{}, nil},
		{"no repeats", []string{"b", "a"}, []string{"b", "a"}},
		{"one board for three councils", []string{"NHS Tayside", "NHS Tayside", "NHS Tayside"}, []string{"NHS Tayside"}},
		{"first seen order", []string{"b", "a", "b", "c", "a"}, []string{"b", "a", "c"}},
		{"long list", long, []string{"a", "b", "c", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := slices.Clone(tt.items)
			if diff := cmp.Diff(tt.want, Unique(tt.items)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(before, tt.items); diff != "" {
				t.Errorf("items changed (-want +got):\n%s", diff)
			}
		})
	}
	if got := And(Unique([]string{"NHS Tayside", "NHS Tayside", "NHS Tayside"})); got != "NHS Tayside" {
		t.Errorf("And(Unique(...)) = %q", got)
	}
}

// The helpers this package replaced, copied from the packages that had
// them, so that the tests below hold the replacements to the same output.

// plan/validate.go list, report/validate.go list and cmd/part3/calendar.go
// joinAnd (the three were the same), now And.
func oldList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// scenarios/run.go listAnd, now Else(items, "nobody", And).
func oldListAnd(items []string) string {
	switch len(items) {
	case 0:
		return "nobody"
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// scenarios/run.go listOr, now Else(items, none, Comma): it joined with
// commas and no "or".
func oldListOr(items []string, none string) string {
	if len(items) == 0 {
		return none
	}
	return strings.Join(items, ", ")
}

// plan/validate.go plural and report/validate.go plural (the same), now
// Count.
func oldPlural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// plan/validate.go capitalise, now Capitalise.
func oldCapitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// consult/notice.go capitalise and duty/implementation.go capitalise (the
// same): only an ASCII letter is upper-cased. Capitalise replaced consult's,
// whose every input begins in ASCII; duty's, given names people type, is
// kept (its comment says why).
func oldCapitaliseASCII(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// input.go plural and judge/judge.go plural (the same): the word alone,
// for "and N more problems", now Count(n, "more problem", "more problems").
func oldPluralWord(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// checkSame reports where this package's output differs from the old
// helpers' for items (one a line), n and s.
func checkSame(t *testing.T, list string, n int, s string) {
	t.Helper()
	var items []string
	if list != "" {
		items = strings.Split(list, "\n")
	}
	same := func(what, want, got string) {
		t.Helper()
		if want != got {
			t.Errorf("%s(%q): old %q, new %q", what, items, want, got)
		}
	}
	same("list", oldList(items), And(items))
	same("listAnd", oldListAnd(items), Else(items, "nobody", And))
	same("listOr", oldListOr(items, "nothing"), Else(items, "nothing", Comma))
	same("plural", oldPlural(n, "day", "days"), Count(n, "day", "days"))
	same("plural word", fmt.Sprintf("%d more %s", n, oldPluralWord(n, "day", "days")), Count(n, "more day", "more days"))
	same("capitalise", oldCapitalise(s), Capitalise(s))
	// The ASCII-only capitalise differs only where s begins with a letter
	// outside ASCII that has an upper case.
	if r, _ := utf8.DecodeRuneInString(s); r < utf8.RuneSelf || unicode.ToUpper(r) == r {
		same("capitalise (ASCII)", oldCapitaliseASCII(s), Capitalise(s))
	}
}

// TestSameAsHelpers holds the package to the output of the helpers it
// replaces.
func TestSameAsHelpers(t *testing.T) {
	for _, list := range []string{"", "a", "a\nb", "a\nb\nc", "\n", "Angus\nDundee City\nPerth and Kinross"} {
		for _, n := range []int{-2, 0, 1, 2, 31} {
			for _, s := range []string{"", "a", "plan", "Plan", "élan", "3", "\xff", "\u01c6x"} {
				checkSame(t, list, n, s)
			}
		}
	}
}

func FuzzSameAsHelpers(f *testing.F) {
	f.Add("a\nb\nc", 3, "élan")
	f.Add("", 1, "")
	f.Fuzz(func(t *testing.T, list string, n int, s string) {
		checkSame(t, list, n, s)
		u := Unique(strings.Split(list, "\n"))
		for i := range u {
			for j := range i {
				if u[i] == u[j] {
					t.Fatalf("Unique(%q) repeats %q", list, u[i])
				}
			}
		}
	})
}
