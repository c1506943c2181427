package suggest

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Lists of the kinds each caller suggests from.
var (
	fields = []string{"kind", "title", "period", "councils", "prepared", "approvals", "published",
		"services", "health_board", "integration_joint_board", "linked_plans"}
	kinds     = []string{"childrens-services-plan", "annual-report", "notice-of-disagreement"}
	providers = []string{"local-authority", "relevant-health-board", "other-service-provider",
		"scottish-ministers", "other-organisation", "police-scotland", "principal-reporter"}
	duties = []string{"s8-prepare-plan", "s10-copy-to-ministers", "s10-copy-to-other-service-providers",
		"s10-publish-plan", "s11-keep-under-review", "s12-implementation", "s13-annual-report"}
	commands = []string{"validate", "calendar", "period", "councils", "rules", "duties", "review",
		"schema", "test", "decide", "new", "serve", "version"}
	flags    = []string{"--plan", "--council", "--as-of", "--history", "--context", "--format"}
	councils = []string{"Aberdeen City", "Aberdeenshire", "Angus", "Argyll and Bute", "City of Edinburgh",
		"Clackmannanshire", "Dumfries and Galloway", "Dundee City", "East Ayrshire", "East Dunbartonshire",
		"East Lothian", "East Renfrewshire", "Falkirk", "Fife", "Glasgow City", "Highland", "Inverclyde",
		"Midlothian", "Moray", "Na h-Eileanan Siar", "North Ayrshire", "North Lanarkshire", "Orkney Islands",
		"Perth and Kinross", "Renfrewshire", "Scottish Borders", "Shetland Islands", "South Ayrshire",
		"South Lanarkshire", "Stirling", "West Dunbartonshire", "West Lothian"}
)

func TestClosest(t *testing.T) {
	tests := []struct {
		name       string
		input      string
		candidates []string
		want       string // "" for no suggestion
	}{
		// JSON member names.
		{"field: a letter missing", "prepard", fields, "prepared"},
		{"field: letters swapped", "tilte", fields, "title"},
		{"field: hyphen for underscore", "health-board", fields, "health_board"},
		{"field: camel case", "linkedPlans", fields, "linked_plans"},
		{"field: beginning", "integration", fields, "integration_joint_board"},
		{"field: plural", "council", fields, "councils"},
		// Document kinds.
		{"kind: service for services", "childrens-service-plan", kinds, "childrens-services-plan"},
		{"kind: apostrophe", "children's services plan", kinds, "childrens-services-plan"},
		{"kind: the last word", "report", kinds, "annual-report"},
		{"kind: words", "Notice of Disagreement", kinds, "notice-of-disagreement"},
		// Enumerations.
		{"enum: words of a longer value", "health-board", providers, "relevant-health-board"},
		{"enum: spaces and capitals", "Police Scotland", providers, "police-scotland"},
		{"enum: underscores", "scottish_ministers", providers, "scottish-ministers"},
		{"enum: a typo", "principle-reporter", providers, "principal-reporter"},
		// Duty IDs.
		{"duty: singular", "s10-copy-to-minister", duties, "s10-copy-to-ministers"},
		{"duty: a letter missing", "s12-implementaton", duties, "s12-implementation"},
		{"duty: no hyphen after the section", "s13annual-report", duties, "s13-annual-report"},
		// Commands.
		{"command: capital", "Validate", commands, "validate"},
		{"command: a letter missing", "calender", commands, "calendar"},
		{"command: swapped", "reveiw", commands, "review"},
		{"command: beginning", "dut", commands, "duties"},
		// Flags.
		{"flag: swapped", "--fromat", flags, "--format"},
		{"flag: no hyphens", "asof", flags, "--as-of"},
		{"flag: one dash", "-council", flags, "--council"},
		// Council areas.
		{"council: a doubled letter", "Fiffe", councils, "Fife"},
		{"council: swapped, one word of three", "Edinbrugh", councils, "City of Edinburgh"},
		{"council: ampersand", "Perth & Kinross", councils, "Perth and Kinross"},
		{"council: lower case", "glasgow city", councils, "Glasgow City"},
		{"council: first word", "Glasgow", councils, "Glasgow City"},
		{"council: two match, the first wins", "Lanarkshire", councils, "North Lanarkshire"},
		// Nothing near.
		{"nothing near", "zzzz", fields, ""},
		{"nothing near a council", "Atlantis", councils, ""},
		{"nothing near a kind", "budget", kinds, ""},
		{"too short to guess", "pr", fields, ""},
		{"no letters", "--", flags, ""},
		{"empty", "", commands, ""},
		{"no candidates", "prepared", nil, ""},
		{"empty candidate", "x", []string{""}, ""},
		// Order of preference.
		{"the input itself first", "validate", []string{"Validate", "validate"}, "validate"},
		{"same key before a prefix", "plan", []string{"plans", "Plan"}, "Plan"},
		{"prefix before an edit", "date", []string{"data", "dates"}, "dates"},
		{"shorter prefix first", "val", []string{"validate", "value"}, "value"},
		{"fewer edits first", "sevrice", []string{"serf", "service"}, "service"},
		{"whole before words at the same distance", "sevice", []string{"service-name", "device"}, "device"},
		{"exact words before an edit", "board", []string{"boat", "health-board"}, "health-board"},
		{"ties go to the earlier", "bat", []string{"cat", "hat"}, "cat"},
		{"a short word inside is not enough", "of", councils, ""},
		{"invalid UTF-8", "pr\xffpared", fields, "prepared"},
		{"non-ASCII letters", "ÉCOLE", []string{"école", "ecole"}, "école"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Closest(tt.input, tt.candidates)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Closest(%q) (-want +got):\n%s", tt.input, diff)
			}
			if ok != (tt.want != "") {
				t.Errorf("Closest(%q) ok = %v", tt.input, ok)
			}
		})
	}
}

// TestEmptyCandidate: the empty input finds itself, and nothing else.
func TestEmptyCandidate(t *testing.T) {
	if got, ok := Closest("", []string{"-", ""}); got != "" || !ok {
		t.Errorf(`Closest("", {"-", ""}) = %q, %v; want "", true`, got, ok)
	}
	if got, ok := Closest("", []string{"-"}); got != "" || ok {
		t.Errorf(`Closest("", {"-"}) = %q, %v; want "", false`, got, ok)
	}
}

func TestPhrase(t *testing.T) {
	tests := []struct {
		name       string
		input      string
		candidates []string
		want       string
	}{
		{"near", "prepard", fields, `; did you mean "prepared"?`},
		{"case", "Validate", commands, `; did you mean "validate"?`},
		{"quoted", "ab\"cd", []string{"ab\"cde"}, `; did you mean "ab\"cde"?`},
		{"the input is a candidate", "validate", commands, ""},
		{"nothing near", "zzzz", fields, ""},
		{"nothing", "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Phrase(tt.input, tt.candidates)); diff != "" {
				t.Errorf("Phrase(%q) (-want +got):\n%s", tt.input, diff)
			}
		})
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"abc", "", 3},
		{"", "abc", 3},
		{"abc", "abc", 0},
		{"abc", "acb", 1},
		{"ca", "abc", 3}, // optimal string alignment: no edit of a swapped pair
		{"kitten", "sitting", 3},
		{"edinbrugh", "edinburgh", 1},
	}
	for _, tt := range tests {
		rows := make([]int, 3*(maxRunes+1))
		if got := distance([]rune(tt.a), []rune(tt.b), 100, rows); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		// With a lower limit, the answer is exact up to the limit and
		// above it beyond.
		for limit := range tt.want + 1 {
			got := distance([]rune(tt.a), []rune(tt.b), limit, rows)
			if (tt.want <= limit && got != tt.want) || (tt.want > limit && got <= limit) {
				t.Errorf("distance(%q, %q, limit %d) = %d, want %d", tt.a, tt.b, limit, got, tt.want)
			}
		}
	}
}

// TestClosestAllocs: no allocation for inputs and candidates of ordinary
// length.
func TestClosestAllocs(t *testing.T) {
	for _, in := range []string{"Edinbrugh", "zzzz", "health-board", "Validate"} {
		if n := testing.AllocsPerRun(100, func() { Closest(in, councils) }); n != 0 {
			t.Errorf("Closest(%q): %v allocations, want 0", in, n)
		}
	}
}

func TestLong(t *testing.T) {
	long := strings.Repeat("abcdefghij", 20)
	tests := []struct {
		name       string
		input      string
		candidates []string
		want       string
	}{
		{"a long input begins a candidate", long, []string{long + "k"}, long + "k"},
		{"a long input is not compared by edits", long + "x", []string{long + "y"}, ""},
		{"a long candidate with an input's words", "board", []string{strings.Repeat("word ", 50) + "board"}, strings.Repeat("word ", 50) + "board"},
		{"many words", "bord", []string{strings.Repeat("a-", 1000) + "board"}, strings.Repeat("a-", 1000) + "board"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := Closest(tt.input, tt.candidates)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// FuzzClosest: no input panics, and the result is one of the candidates
// (given one a line), or "" with false.
func FuzzClosest(f *testing.F) {
	f.Add("prepard", strings.Join(fields, "\n"))
	f.Add("Edinbrugh", strings.Join(councils, "\n"))
	f.Add("health-board", strings.Join(providers, "\n"))
	f.Add("", "\n")
	f.Add("\xff\xfe", "\xff\n\xfe")
	f.Fuzz(func(t *testing.T, input, list string) {
		candidates := strings.Split(list, "\n")
		got, ok := Closest(input, candidates)
		if ok && !slices.Contains(candidates, got) || !ok && got != "" {
			t.Fatalf("Closest(%q, %q) = %q, %v", input, candidates, got, ok)
		}
		if slices.Contains(candidates, input) && got != input {
			t.Fatalf("Closest(%q, %q) = %q, not the input", input, candidates, got)
		}
		p := Phrase(input, candidates)
		if p != "" && (!ok || !strings.HasPrefix(p, "; did you mean ") || got == input) {
			t.Fatalf("Phrase(%q, %q) = %q", input, candidates, p)
		}
	})
}

func BenchmarkClosest(b *testing.B) {
	for _, bb := range []struct {
		name, input string
		candidates  []string
	}{
		{"council", "Edinbrugh", councils},
		{"council-none", "Atlantis", councils},
		{"field", "prepard", fields},
		{"kind", "childrens-service-plan", kinds},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Closest(bb.input, bb.candidates)
			}
		})
	}
}
