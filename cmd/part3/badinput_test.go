package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
	"github.com/csplanning/part3/scenarios"
)

// badKind is a document kind of the bad-input catalogue: a well-formed
// document of the kind that each row breaks in one place, the kind's
// decoder, and the commands of the part3 tool that read it.
type badKind struct {
	name   string
	base   string // a well-formed document of the kind
	decode func(file string, data []byte) (any, error)
	// cli returns the command lines that read file, a document of the
	// kind, and good, a well-formed document of the kind given beside it
	// where the command reads several.
	cli func(file, good string) []cliRun
}

// cliRun is a command line of the part3 tool, and the well-formed document
// it is given beside the bad one, if any.
type cliRun struct {
	args []string
	good string
}

// badKinds are the six document kinds, by the name the catalogue uses.
var badKinds = map[string]badKind{
	"plan": {
		name: plan.Kind, base: "../../plan/testdata/rules/base.json",
		decode: func(file string, data []byte) (any, error) { return plan.Decode(file, data) },
		cli: func(file, good string) []cliRun {
			return []cliRun{{[]string{"validate", "--as-of", asOf, file, good}, good}, {[]string{"review", "--as-of", asOf, file, good}, good}}
		},
	},
	"report": {
		name: report.Kind, base: "../../report/testdata/rules/base.json",
		decode: func(file string, data []byte) (any, error) { return report.Decode(file, data) },
		cli: func(file, good string) []cliRun {
			return []cliRun{{[]string{"validate", "--as-of", asOf, file, good}, good}}
		},
	},
	"notice": {
		name: consult.NoticeKind, base: "../../consult/testdata/notice-police-valid.json",
		decode: func(file string, data []byte) (any, error) { return consult.DecodeNotice(file, data) },
		cli: func(file, good string) []cliRun {
			return []cliRun{{[]string{"validate", "--as-of", asOf, file, good}, good}}
		},
	},
	"history": {
		name: duty.HistoryKind, base: "../../duty/testdata/history-fife.json",
		decode: func(file string, data []byte) (any, error) { return duty.DecodeHistory(file, data) },
		cli: func(file, good string) []cliRun {
			return []cliRun{{args: []string{"calendar", "--as-of", asOf, "--history", file}}, {[]string{"validate", "--as-of", asOf, file, good}, good}}
		},
	},
	"question": {
		name: duty.QuestionKind, base: "../../duty/testdata/question-implementation.json",
		decode: func(file string, data []byte) (any, error) { return duty.DecodeQuestion(file, data) },
		cli: func(file, good string) []cliRun {
			return []cliRun{{[]string{"decide", "--as-of", asOf, file, good}, good}, {[]string{"validate", "--as-of", asOf, file, good}, good}}
		},
	},
	"scenarios": {
		name: scenarios.Kind, base: "testdata/badinput/scenarios.json",
		decode: func(file string, data []byte) (any, error) { return scenarios.Decode(file, data, nil) },
		cli:    func(file, good string) []cliRun { return []cliRun{{[]string{"test", file, good}, good}} },
	},
}

// badKindOrder is the order the catalogue lists the kinds in.
var badKindOrder = []string{"plan", "report", "notice", "history", "question", "scenarios"}

// badInput is one row of the catalogue: a document broken in one way, and
// the error it must give.
type badInput struct {
	kind  string // a key of badKinds
	class string // the class of bad input
	name  string // what the row breaks
	// data builds the document from the kind's base document.
	data func(t *testing.T, base []byte) []byte
	// category is the error's category; nil means the document is lawful
	// input that the decoder must accept.
	category error
	// path is the JSON Pointer the error must name; anyPath is a path
	// that depends on where the input breaks off, which need only be
	// named.
	path string
	// position: the error must give the line and column.
	position bool
	// causeSaysExpected: the error's cause already says what was expected
	// ("day must be from 01 to 28 in February 2023", "the first began on
	// 1 April 2017 ...; the nearest is 2017-2020"), so Expected may be
	// empty.
	causeSaysExpected bool
	// expected is a part of what the error must say was expected.
	expected string
	// decode replaces the kind's decoder, for input whose badness depends
	// on the law applied and is found after decoding.
	decode func(file string, data []byte) (any, error)
}

// changes returns a builder that applies JSON Pointer edits to the base
// document. A value del removes the member; raw(text) puts text into the
// document as it is, for what encoding/json will not write.
func changes(cs ...any) func(t *testing.T, base []byte) []byte {
	return func(t *testing.T, base []byte) []byte {
		t.Helper()
		var doc any
		require.NoError(t, json.Unmarshal(base, &doc))
		require.Zero(t, len(cs)%2, "changes come in pairs of path and value")
		for i := 0; i < len(cs); i += 2 {
			path := cs[i].(string)
			doc = setPointer(t, doc, strings.Split(strings.TrimPrefix(path, "/"), "/"), cs[i+1])
		}
		out, err := json.MarshalIndent(doc, "", "  ")
		require.NoError(t, err)
		// raw values were written as marked strings.
		for {
			i := bytes.Index(out, []byte(`"`+rawMark))
			if i < 0 {
				return out
			}
			j := bytes.Index(out[i+1:], []byte(rawMark+`"`))
			require.GreaterOrEqual(t, j, 0)
			text := out[i+1+len(rawMark) : i+1+j]
			out = append(append(out[:i:i], text...), out[i+1+j+len(rawMark)+1:]...)
		}
	}
}

type deletion struct{}

// del, as a value of changes, removes the member or array item.
var del = deletion{}

const rawMark = "@@raw@@"

// anyPath, as the path of a row, accepts any path the error names.
const anyPath = "*"

// raw is a value of changes written into the document as it is.
func raw(text string) string { return rawMark + text + rawMark }

func setPointer(t *testing.T, doc any, tokens []string, value any) any {
	t.Helper()
	if len(tokens) == 0 {
		return value
	}
	switch v := doc.(type) {
	case map[string]any:
		if len(tokens) == 1 && value == del {
			delete(v, tokens[0])
			return v
		}
		v[tokens[0]] = setPointer(t, v[tokens[0]], tokens[1:], value)
		return v
	case []any:
		i, err := strconv.Atoi(tokens[0])
		require.NoError(t, err)
		if len(tokens) == 1 && value == del {
			return append(v[:i], v[i+1:]...)
		}
		if i == len(v) {
			v = append(v, nil)
		}
		v[i] = setPointer(t, v[i], tokens[1:], value)
		return v
	case nil:
		return setPointer(t, map[string]any{}, tokens, value)
	}
	t.Fatalf("cannot set %v in %T", tokens, doc)
	return nil
}

// text returns a builder that gives the same bytes whatever the base.
func text(s string) func(*testing.T, []byte) []byte {
	return func(*testing.T, []byte) []byte { return []byte(s) }
}

// replaceKind returns a builder that replaces the value of the base
// document's top-level "kind" member (its first member) with value, as
// raw text.
func replaceKind(kind, value string) func(*testing.T, []byte) []byte {
	return func(t *testing.T, base []byte) []byte {
		t.Helper()
		old := []byte(`"kind": "` + kind + `"`)
		require.True(t, bytes.Contains(base, old), "the base document's kind member is written %s", old)
		return bytes.Replace(base, old, []byte(`"kind": `+value), 1)
	}
}

// genericRows are the classes of bad input that every document kind meets
// the same way, whatever its fields.
func genericRows(kind string) []badInput {
	k := badKinds[kind]
	return []badInput{
		{kind: kind, class: "not JSON", name: "plain text", data: text("This is the plan, attached as a Word document.\n"),
			category: part3.ErrSyntax, position: true},
		{kind: kind, class: "truncated JSON", name: "cut in half", category: part3.ErrSyntax, path: anyPath, position: true, expected: "a complete JSON document",
			data: func(_ *testing.T, base []byte) []byte { return base[:len(base)/2] }},
		{kind: kind, class: "truncated JSON", name: "empty file", data: text(""), category: part3.ErrSyntax, position: true, expected: "a complete JSON document"},
		{kind: kind, class: "wrong top-level type", name: "array", data: text(`[{"kind": "` + k.name + `"}]`), category: part3.ErrWrongType},
		{kind: kind, class: "wrong top-level type", name: "string", data: text(`"` + k.name + `"`), category: part3.ErrWrongType},
		{kind: kind, class: "wrong top-level type", name: "null", data: text("null\n"), category: part3.ErrWrongType},
		{kind: kind, class: "unknown kind", name: "another kind", data: replaceKind(k.name, `"`+k.name+`-v2"`),
			category: part3.ErrWrongKind, path: "/kind"},
		{kind: kind, class: "missing kind", name: "no kind member", data: changes("/kind", del),
			category: part3.ErrWrongKind, path: "/kind"},
		{kind: kind, class: "wrong field type", name: "kind a number", data: replaceKind(k.name, "3"),
			category: part3.ErrWrongType, path: "/kind"},
		{kind: kind, class: "unknown field", name: "top level", data: changes("/colour", "blue"),
			category: part3.ErrUnknownField, path: "/colour"},
		{kind: kind, class: "duplicate field", name: "kind twice", data: replaceKind(k.name, `"`+k.name+`", "kind": "`+k.name+`"`),
			category: part3.ErrDuplicateField, path: "/kind", position: true},
		{kind: kind, class: "over the size limit", name: "8 MiB and one byte", category: part3.ErrTooLarge,
			data: func(_ *testing.T, base []byte) []byte {
				return append(bytes.Clone(base), bytes.Repeat([]byte{' '}, part3.MaxDocumentSize+1-len(base))...)
			}},
		{kind: kind, class: "nesting too deep", name: "arrays 40 deep", category: part3.ErrTooDeep, position: true,
			data: func(_ *testing.T, base []byte) []byte {
				end := bytes.LastIndexByte(base, '}')
				deep := `, "deep": ` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + "\n}\n"
				return append(bytes.Clone(base[:end]), deep...)
			}},
		{kind: kind, class: "invalid UTF-8", name: "a byte that is no character", category: part3.ErrSyntax, path: "/kind", position: true,
			data: replaceKind(k.name, "\"\xff"+k.name+`"`)},
		// RFC 8259 s.8.1: a parser MAY ignore a byte order mark. Decoding is
		// strict everywhere else, and a BOM is invisible in an editor, so a
		// document starting with one is refused with an error that names it.
		{kind: kind, class: "byte order mark", name: "UTF-8 BOM at the start", category: part3.ErrSyntax, position: true, expected: "without a byte order mark",
			data: func(_ *testing.T, base []byte) []byte { return append([]byte("\ufeff"), base...) }},
	}
}

// badInputs is the catalogue: every class of bad input, for every document
// kind. Where a class cannot occur in a kind (an annual report names no
// wellbeing indicator), the kind has no row for it; badInputNotApplicable
// says why.
func badInputs() []badInput {
	var rows []badInput
	for _, kind := range badKindOrder {
		rows = append(rows, genericRows(kind)...)
	}
	rows = append(rows, []badInput{
		// A children's services plan.
		{kind: "plan", class: "unknown field", name: "nested", data: changes("/partnership/areas/0/colour", "blue"),
			category: part3.ErrUnknownField, path: "/partnership/areas/0/colour"},
		{kind: "plan", class: "unknown field", name: "misspelt", data: changes("/publication/sent_to_minsters", "2026-03-27"),
			category: part3.ErrUnknownField, path: "/publication/sent_to_minsters"},
		{kind: "plan", class: "wrong field type", name: "title a number", data: changes("/title", 5),
			category: part3.ErrWrongType, path: "/title"},
		{kind: "plan", class: "wrong field type", name: "date a number", data: changes("/publication/prepared", 20260320),
			category: part3.ErrWrongType, path: "/publication/prepared"},
		{kind: "plan", class: "wrong field type", name: "services an object", data: changes("/services", map[string]any{}),
			category: part3.ErrWrongType, path: "/services"},
		{kind: "plan", class: "impossible date", name: "30 February", data: changes("/publication/prepared", "2023-02-30"),
			category: part3.ErrInvalidValue, path: "/publication/prepared", causeSaysExpected: true},
		// Part 3's first three-year period began on 1 April 2017 (SSI
		// 2016/255): there is no plan period before it.
		{kind: "plan", class: "date before 1 April 2017", name: "period 2014-2017", data: changes("/period", "2014-2017"),
			category: part3.ErrInvalidValue, path: "/period", causeSaysExpected: true},
		// The plan for 2017-2020 had to be prepared before 1 April 2017
		// (s.8(1), guidance para 101): its dates of preparation and
		// approval fall before Part 3's first period, lawfully.
		{kind: "plan", class: "date before 1 April 2017", name: "first plan prepared in 2016 (lawful)",
			data: changes("/period", "2017-2020", "/title", "Dundee Children and Families Plan 2017-2020",
				"/stated_dates", del, "/publication/prepared", "2016-12-15", "/publication/published", "2017-01-10"),
			category: nil},
		// The Act sets no earliest day for preparing or publishing a plan:
		// s.8(1), as guidance para 101 reads it, sets only the latest, the
		// day before the period starts. Real plans have been prepared
		// years before the period they answer to (Highland's 2014-2019
		// plan), so a 2020-2023 plan dated 2016 loads, to be judged by
		// Validate; only its period must be one of Part 3's. (Package
		// duty's planning history refuses the same dates, a year before
		// the deadline being its own test of a plan recorded against the
		// wrong period.)
		{kind: "plan", class: "date before 1 April 2017", name: "2020-2023 plan prepared and published in 2016 (loads)",
			data: changes("/period", "2020-2023", "/title", "Dundee Children and Families Plan 2020-2023", "/stated_dates", del,
				"/publication/prepared", "2016-05-01", "/publication/published", "2016-05-02"),
			category: nil},
		{kind: "plan", class: "unknown council", name: "no such council", data: changes("/partnership/areas/0/council", "Gotham City"),
			category: part3.ErrInvalidValue, path: "/partnership/areas/0/council"},
		{kind: "plan", class: "unknown council", name: "no such health board", data: changes("/partnership/areas/0/health_board", "NHS Gotham"),
			category: part3.ErrInvalidValue, path: "/partnership/areas/0/health_board"},
		{kind: "plan", class: "unknown other service provider", name: "service provider \"police\"", data: changes("/services/0/provider", "police"),
			category: part3.ErrInvalidValue, path: "/services/0/provider"},
		{kind: "plan", class: "unknown other service provider", name: "copy to \"scottish-court-service\"",
			data:     changes("/publication/sent_to_other_service_providers/0/provider", "scottish-court-service"),
			category: part3.ErrInvalidValue, path: "/publication/sent_to_other_service_providers/0/provider"},
		{kind: "plan", class: "unknown other service provider", name: "opportunity to \"police\"",
			data:     changes("/preparation/opportunities/0/provider", "police"),
			category: part3.ErrInvalidValue, path: "/preparation/opportunities/0/provider"},
		{kind: "plan", class: "unknown wellbeing indicator", name: "outcome", data: changes("/outcomes/0/wellbeing/0", "happy"),
			category: part3.ErrInvalidValue, path: "/outcomes/0/wellbeing/0"},
		{kind: "plan", class: "unknown wellbeing indicator", name: "indicator", data: changes("/indicators/0/wellbeing_indicator", "Safe "),
			category: part3.ErrInvalidValue, path: "/indicators/0/wellbeing_indicator"},
		// A third service given the first's ID (renaming the second would
		// leave the references to it dangling, and those come first in
		// the document).
		{kind: "plan", class: "duplicate ID", name: "service",
			data:     changes("/services/2", map[string]any{"id": "S1", "name": "Another", "provider": "local-authority", "wholly_or_mainly_for_children": true, "significant_effect_on_wellbeing": true}),
			category: part3.ErrDuplicateID, path: "/services/2/id"},
		{kind: "plan", class: "duplicate ID", name: "action across services", data: changes("/services/1/actions/0/id", "A1"),
			category: part3.ErrDuplicateID, path: "/services/1/actions/0/id"},
		{kind: "plan", class: "dangling reference", name: "priority to evidence", data: changes("/priorities/0/evidence/1", "E9"),
			category: part3.ErrDanglingReference, path: "/priorities/0/evidence/1"},
		{kind: "plan", class: "dangling reference", name: "aim to action", data: changes("/aims/prevention/actions/0", "A9"),
			category: part3.ErrDanglingReference, path: "/aims/prevention/actions/0"},
		{kind: "plan", class: "empty required text", name: "service name", data: changes("/services/0/name", ""),
			category: part3.ErrMissing, path: "/services/0/name"},
		{kind: "plan", class: "empty required text", name: "title of spaces", data: changes("/title", "   "),
			category: part3.ErrMissing, path: "/title"},
		{kind: "plan", class: "NaN or huge number", name: "NaN", data: changes("/indicators/0/baseline/value", raw("NaN")),
			category: part3.ErrSyntax, path: "/indicators/0/baseline/value", position: true},
		{kind: "plan", class: "NaN or huge number", name: "1e400", data: changes("/indicators/0/baseline/value", raw("1e400")),
			category: part3.ErrInvalidValue, path: "/indicators/0/baseline/value", expected: "a number"},
		{kind: "plan", class: "NaN or huge number", name: "revision 1e20", data: changes("/version/revision", raw("1e20")),
			category: part3.ErrInvalidValue, path: "/version/revision", expected: "a whole number"},
		{kind: "plan", class: "NaN or huge number", name: "revision 1.5", data: changes("/version/revision", 1.5),
			category: part3.ErrInvalidValue, path: "/version/revision", expected: "a whole number"},

		// An annual report.
		{kind: "report", class: "unknown field", name: "nested", data: changes("/aims/wellbeing/score", 3),
			category: part3.ErrUnknownField, path: "/aims/wellbeing/score"},
		{kind: "report", class: "wrong field type", name: "boolean a string", data: changes("/no_plan_changes", "yes"),
			category: part3.ErrWrongType, path: "/no_plan_changes"},
		{kind: "report", class: "wrong field type", name: "councils a string", data: changes("/partnership/councils", "Fife"),
			category: part3.ErrWrongType, path: "/partnership/councils"},
		{kind: "report", class: "impossible date", name: "30 February", data: changes("/publication/published", "2024-02-30"),
			category: part3.ErrInvalidValue, path: "/publication/published", causeSaysExpected: true},
		// Reporting periods begin with Part 3's first period on 1 April
		// 2017; a report is published after its period, never before it
		// began.
		{kind: "report", class: "date before 1 April 2017", name: "reporting period 2016-2017", data: changes("/reporting_period", "2016-2017"),
			category: part3.ErrInvalidValue, path: "/reporting_period", causeSaysExpected: true},
		{kind: "report", class: "date before 1 April 2017", name: "plan period 2014-2017", data: changes("/plan/period", "2014-2017"),
			category: part3.ErrInvalidValue, path: "/plan/period", causeSaysExpected: true},
		{kind: "report", class: "date before 1 April 2017", name: "2023-2024 report published in 2016", data: changes("/publication/published", "2016-06-30"),
			category: part3.ErrInvalidValue, path: "/publication/published"},
		{kind: "report", class: "unknown council", name: "no such council", data: changes("/partnership/councils/0", "Gotham City"),
			category: part3.ErrInvalidValue, path: "/partnership/councils/0"},
		{kind: "report", class: "unknown other service provider", name: "published by \"police\"",
			data:     changes("/publication/published_by/1", map[string]any{"provider": "police"}),
			category: part3.ErrInvalidValue, path: "/publication/published_by/1/provider"},
		{kind: "report", class: "unknown other service provider", name: "notice of \"scottish-court-service\"",
			data: changes("/provision/departures", []any{map[string]any{"description": "No campus officer in two schools",
				"ground": "notice-of-disagreement", "notice": map[string]any{"issuer": "scottish-court-service"}}}),
			category: part3.ErrInvalidValue, path: "/provision/departures/0/notice/issuer"},
		{kind: "report", class: "duplicate ID", name: "indicator", data: changes("/indicators/2", map[string]any{"id": "I1"}),
			category: part3.ErrDuplicateID, path: "/indicators/2/id"},
		{kind: "report", class: "duplicate ID", name: "council twice", data: changes("/partnership/councils/1", "Fife"),
			category: part3.ErrDuplicateID, path: "/partnership/councils/1"},
		{kind: "report", class: "dangling reference", name: "aim to indicator", data: changes("/aims/prevention/indicators/0", "I9"),
			category: part3.ErrDanglingReference, path: "/aims/prevention/indicators/0"},
		{kind: "report", class: "empty required text", name: "difference made", data: changes("/difference_made/0/description", ""),
			category: part3.ErrMissing, path: "/difference_made/0/description"},
		{kind: "report", class: "NaN or huge number", name: "NaN", data: changes("/indicators/0/value/value", raw("NaN")),
			category: part3.ErrSyntax, path: "/indicators/0/value/value", position: true},
		{kind: "report", class: "NaN or huge number", name: "-1e999", data: changes("/indicators/0/value/value", raw("-1e999")),
			category: part3.ErrInvalidValue, path: "/indicators/0/value/value", expected: "a number"},

		// A notice of disagreement.
		{kind: "notice", class: "unknown field", name: "nested", data: changes("/matters/0/colour", "blue"),
			category: part3.ErrUnknownField, path: "/matters/0/colour"},
		{kind: "notice", class: "wrong field type", name: "matters a string", data: changes("/matters", "S14"),
			category: part3.ErrWrongType, path: "/matters"},
		{kind: "notice", class: "wrong field type", name: "reasons a boolean", data: changes("/reasons", false),
			category: part3.ErrWrongType, path: "/reasons"},
		{kind: "notice", class: "impossible date", name: "30 February", data: changes("/published/date", "2027-02-30"),
			category: part3.ErrInvalidValue, path: "/published/date", causeSaysExpected: true},
		{kind: "notice", class: "date before 1 April 2017", name: "plan period 2014-2017", data: changes("/plan/period", "2014-2017"),
			category: part3.ErrInvalidValue, path: "/plan/period", causeSaysExpected: true},
		// The Act sets no earliest day for a notice of disagreement, which
		// may concern a plan in preparation: a notice dated 2016 about the
		// 2026-2029 plan loads, and whether it has effect is for its check.
		{kind: "notice", class: "date before 1 April 2017", name: "2026-2029 notice published in 2016 (loads)",
			data: changes("/published/date", "2016-05-20"), category: nil},
		{kind: "notice", class: "date before 1 April 2017", name: "2017-2020 notice published in 2016 (lawful)",
			data:     changes("/plan/period", "2017-2020", "/plan/title", "Dundee Integrated Children's Services Plan 2017-2020", "/published/date", "2016-12-01"),
			category: nil},
		{kind: "notice", class: "unknown council", name: "no such council", data: changes("/plan/councils/0", "Gotham City"),
			category: part3.ErrInvalidValue, path: "/plan/councils/0"},
		{kind: "notice", class: "unknown other service provider", name: "issuer \"police\"", data: changes("/issuer", "police"),
			category: part3.ErrInvalidValue, path: "/issuer"},
		{kind: "notice", class: "unknown other service provider", name: "matter of \"scottish-court-service\"",
			data:     changes("/matters/0/provider", "scottish-court-service"),
			category: part3.ErrInvalidValue, path: "/matters/0/provider"},
		{kind: "notice", class: "duplicate ID", name: "council twice", data: changes("/plan/councils/1", "Dundee"),
			category: part3.ErrDuplicateID, path: "/plan/councils/1"},
		{kind: "notice", class: "empty required text", name: "issuer", data: changes("/issuer", ""),
			category: part3.ErrMissing, path: "/issuer"},
		{kind: "notice", class: "NaN or huge number", name: "a number for the reasons", data: changes("/reasons", raw("1e400")),
			category: part3.ErrWrongType, path: "/reasons"},

		// A planning history.
		{kind: "history", class: "unknown field", name: "nested", data: changes("/reports/0/colour", "blue"),
			category: part3.ErrUnknownField, path: "/reports/0/colour"},
		{kind: "history", class: "wrong field type", name: "copies an array", data: changes("/plans/0/sent_to_other_service_providers", []any{"police-scotland"}),
			category: part3.ErrWrongType, path: "/plans/0/sent_to_other_service_providers"},
		{kind: "history", class: "impossible date", name: "30 February", data: changes("/plans/0/published", "2017-02-30"),
			category: part3.ErrInvalidValue, path: "/plans/0/published", causeSaysExpected: true},
		{kind: "history", class: "date before 1 April 2017", name: "plan period 2014-2017", data: changes("/plans/0/period", "2014-2017"),
			category: part3.ErrInvalidValue, path: "/plans/0/period", causeSaysExpected: true},
		{kind: "history", class: "date before 1 April 2017", name: "reporting period 2016-2017", data: changes("/reports/0/period", "2016-2017"),
			category: part3.ErrInvalidValue, path: "/reports/0/period", causeSaysExpected: true},
		// More than a year before the 2020-2023 plan's preparation deadline
		// of 31 March 2020: a plan recorded against the wrong period.
		{kind: "history", class: "date before 1 April 2017", name: "2020-2023 plan prepared in 2016", data: changes("/plans/1/prepared", "2016-06-30"),
			category: part3.ErrInvalidValue, path: "/plans/1/prepared"},
		{kind: "history", class: "unknown council", name: "no such council", data: changes("/council", "Gotham City"),
			category: part3.ErrInvalidValue, path: "/council"},
		// Which keys name an other service provider depends on the law
		// applied (s.7(5) orders change the register), so the calendar
		// finds this one, not the decoder; the calendar command does both.
		{kind: "history", class: "unknown other service provider", name: "copy to \"police\"",
			data:     changes("/plans/0/sent_to_other_service_providers/police", "2017-04-03"),
			category: part3.ErrInvalidValue, path: "/plans/0/sent_to_other_service_providers/police",
			decode: func(file string, data []byte) (any, error) {
				h, err := duty.DecodeHistory(file, data)
				if err != nil {
					return h, err
				}
				cal, err := duty.NewCalendar(h.Council, h, judgement.New(period.MustParseDate(asOf)))
				return cal, part3.WithFile(err, file)
			}},
		{kind: "history", class: "duplicate ID", name: "plan period twice", data: changes("/plans/1/period", "2017-2020"),
			category: part3.ErrDuplicateID, path: "/plans/1/period"},
		{kind: "history", class: "dangling reference", name: "relief from no such duty", data: changes("/reliefs/0/duty", "s99-nothing"),
			category: part3.ErrDanglingReference, path: "/reliefs/0/duty"},
		{kind: "history", class: "empty required text", name: "relief citation", data: changes("/reliefs/0/citation", ""),
			category: part3.ErrMissing, path: "/reliefs/0/citation"},
		{kind: "history", class: "NaN or huge number", name: "a number for a date", data: changes("/reports/0/published", raw("1e400")),
			category: part3.ErrWrongType, path: "/reports/0/published"},

		// A duty question.
		{kind: "question", class: "unknown field", name: "nested", data: changes("/implementation/notices/0/colour", "blue"),
			category: part3.ErrUnknownField, path: "/implementation/notices/0/colour"},
		{kind: "question", class: "wrong field type", name: "date a number", data: changes("/implementation/on", 20261126),
			category: part3.ErrWrongType, path: "/implementation/on"},
		{kind: "question", class: "wrong field type", name: "notices an object", data: changes("/implementation/notices", map[string]any{}),
			category: part3.ErrWrongType, path: "/implementation/notices"},
		{kind: "question", class: "impossible date", name: "30 February", data: changes("/implementation/on", "2027-02-30"),
			category: part3.ErrInvalidValue, path: "/implementation/on", causeSaysExpected: true},
		{kind: "question", class: "date before 1 April 2017", name: "plan period 2014-2017", data: changes("/implementation/period", "2014-2017"),
			category: part3.ErrInvalidValue, path: "/implementation/period", causeSaysExpected: true},
		// Asking about a day before the plan's period is a lawful question
		// with an answer: the s.12 duty has not arisen.
		{kind: "question", class: "date before 1 April 2017", name: "asked about 2016 (lawful)", data: changes("/implementation/on", "2016-01-01"),
			category: nil},
		{kind: "question", class: "unknown council", name: "no such council", data: changes("/implementation/council", "Gotham City"),
			category: part3.ErrInvalidValue, path: "/implementation/council"},
		{kind: "question", class: "unknown other service provider", name: "provider \"police\"", data: changes("/implementation/provider", "police"),
			category: part3.ErrInvalidValue, path: "/implementation/provider"},
		{kind: "question", class: "unknown other service provider", name: "notice of \"scottish-court-service\"",
			data:     changes("/implementation/notices/0/issuer", "scottish-court-service"),
			category: part3.ErrInvalidValue, path: "/implementation/notices/0/issuer"},
		{kind: "question", class: "duplicate ID", name: "notice's council twice", data: changes("/implementation/notices/0/plan/councils/1", "Dundee City"),
			category: part3.ErrDuplicateID, path: "/implementation/notices/0/plan/councils/1"},
		{kind: "question", class: "dangling reference", name: "default powers over no such function",
			data:     changes("/implementation", del, "/default_powers", map[string]any{"function": "s99-nothing", "failure": "not-exercising"}),
			category: part3.ErrDanglingReference, path: "/default_powers/function"},
		{kind: "question", class: "empty required text", name: "service ID", data: changes("/implementation/service/id", ""),
			category: part3.ErrMissing, path: "/implementation/service/id"},
		{kind: "question", class: "NaN or huge number", name: "a number for a name", data: changes("/implementation/service/name", raw("1e400")),
			category: part3.ErrWrongType, path: "/implementation/service/name"},

		// A scenario file.
		{kind: "scenarios", class: "unknown field", name: "in a case", data: changes("/cases/0/colour", "blue"),
			category: part3.ErrUnknownField, path: "/cases/0/colour"},
		{kind: "scenarios", class: "unknown field", name: "in an inline plan", data: changes("/cases/3/document/inline/colour", "blue"),
			category: part3.ErrUnknownField, path: "/cases/3/document/inline/colour"},
		{kind: "scenarios", class: "wrong field type", name: "title a number", data: changes("/title", 5),
			category: part3.ErrWrongType, path: "/title"},
		{kind: "scenarios", class: "wrong field type", name: "boolean a string", data: changes("/cases/0/classification/service/wholly_or_mainly_for_children", "yes"),
			category: part3.ErrWrongType, path: "/cases/0/classification/service/wholly_or_mainly_for_children"},
		{kind: "scenarios", class: "wrong field type", name: "inline plan a string", data: changes("/cases/3/document/inline", "plan.json"),
			category: part3.ErrWrongType, path: "/cases/3/document/inline"},
		{kind: "scenarios", class: "impossible date", name: "30 February", data: changes("/cases/0/classification/on", "2027-02-30"),
			category: part3.ErrInvalidValue, path: "/cases/0/classification/on", causeSaysExpected: true},
		{kind: "scenarios", class: "date before 1 April 2017", name: "plan period 2014-2017", data: changes("/cases/1/decision/implementation/period", "2014-2017"),
			category: part3.ErrInvalidValue, path: "/cases/1/decision/implementation/period", causeSaysExpected: true},
		{kind: "scenarios", class: "date before 1 April 2017", name: "inline plan period 2014-2017", data: changes("/cases/3/document/inline/period", "2014-2017"),
			category: part3.ErrInvalidValue, path: "/cases/3/document/inline/period", causeSaysExpected: true},
		// Which period 31 March 2017 is in is a lawful question: none, and
		// the case says so.
		{kind: "scenarios", class: "date before 1 April 2017", name: "period of 31 March 2017 (lawful)",
			data:     changes("/cases/2", map[string]any{"name": "No period before 1 April 2017", "citation": "SSI 2016/255", "period": map[string]any{"date": "2017-03-31", "expect": map[string]any{"error": "before-first-period"}}}),
			category: nil},
		{kind: "scenarios", class: "unknown council", name: "no such council", data: changes("/cases/1/decision/implementation/council", "Gotham City"),
			category: part3.ErrInvalidValue, path: "/cases/1/decision/implementation/council"},
		{kind: "scenarios", class: "unknown other service provider", name: "provider \"police\"", data: changes("/cases/0/classification/service/provider", "police"),
			category: part3.ErrInvalidValue, path: "/cases/0/classification/service/provider"},
		{kind: "scenarios", class: "unknown other service provider", name: "notice of \"scottish-court-service\"",
			data:     changes("/cases/1/decision/implementation/notices/0/issuer", "scottish-court-service"),
			category: part3.ErrInvalidValue, path: "/cases/1/decision/implementation/notices/0/issuer"},
		{kind: "scenarios", class: "unknown wellbeing indicator", name: "inline plan", data: changes("/cases/3/document/inline/outcomes/0/wellbeing/0", "happy"),
			category: part3.ErrInvalidValue, path: "/cases/3/document/inline/outcomes/0/wellbeing/0"},
		{kind: "scenarios", class: "duplicate ID", name: "case name twice", data: changes("/cases/1/name", "Police Scotland's youth diversion service is a children's service"),
			category: part3.ErrDuplicateID, path: "/cases/1/name"},
		{kind: "scenarios", class: "duplicate ID", name: "inline indicator twice",
			data:     changes("/cases/3/document/inline/indicators/1", map[string]any{"id": "I1", "outcome": "O1", "description": "Again"}),
			category: part3.ErrDuplicateID, path: "/cases/3/document/inline/indicators/1/id"},
		{kind: "scenarios", class: "dangling reference", name: "no such duty", data: changes("/cases/2/duty/id", "s99-nothing"),
			category: part3.ErrDanglingReference, path: "/cases/2/duty/id"},
		{kind: "scenarios", class: "dangling reference", name: "no such rule", data: changes("/cases/3/document/expect/absent/0/rule", "plan.no-such-rule"),
			category: part3.ErrDanglingReference, path: "/cases/3/document/expect/absent/0/rule"},
		{kind: "scenarios", class: "empty required text", name: "title", data: changes("/title", ""),
			category: part3.ErrMissing, path: "/title"},
		{kind: "scenarios", class: "empty required text", name: "service name", data: changes("/cases/0/classification/service/name", " "),
			category: part3.ErrMissing, path: "/cases/0/classification/service/name"},
		{kind: "scenarios", class: "NaN or huge number", name: "NaN in an inline plan", data: changes("/cases/3/document/inline/indicators/0/baseline/value", raw("NaN")),
			category: part3.ErrSyntax, path: "/cases/3/document/inline/indicators/0/baseline/value", position: true},
		{kind: "scenarios", class: "NaN or huge number", name: "1e400 in an inline plan", data: changes("/cases/3/document/inline/indicators/0/baseline/value", raw("1e400")),
			category: part3.ErrInvalidValue, path: "/cases/3/document/inline/indicators/0/baseline/value", expected: "a number"},
	}...)
	return rows
}

// badInputNotApplicable records the classes a kind has no row for, and
// why. TestBadInputCatalogue checks that every class has a row or a
// reason for every kind.
var badInputNotApplicable = map[string]map[string]string{
	"report": {
		"unknown wellbeing indicator": "an annual report names no wellbeing indicator: its indicators are the plan's, by ID",
	},
	"notice": {
		"unknown wellbeing indicator": "a notice names no wellbeing indicator",
		"dangling reference":          "a notice refers to no list of its own; its matters name the plan's services, which is judged against the plan (consult.notice-issuer-service)",
	},
	"history": {
		"unknown wellbeing indicator": "a planning history names no wellbeing indicator",
	},
	"question": {
		"unknown wellbeing indicator": "a duty question names no wellbeing indicator",
	},
}

// badInputClasses are the classes of bad input every kind is checked for.
var badInputClasses = []string{
	"not JSON", "truncated JSON", "wrong top-level type", "unknown kind", "missing kind", "unknown field",
	"duplicate field", "wrong field type", "impossible date", "date before 1 April 2017", "unknown council",
	"unknown other service provider", "unknown wellbeing indicator", "duplicate ID", "dangling reference",
	"empty required text", "over the size limit", "nesting too deep", "invalid UTF-8", "byte order mark",
	"NaN or huge number",
}

// TestBadInputCatalogue feeds every class of bad input, for every document
// kind, to the kind's decoder and to each command of the part3 tool that
// reads the kind. The decoder must return the zero value and an
// *part3.InputError of the row's category that names the file, the JSON
// Pointer path, the line and column of a syntax error and what was
// expected, on one line, without panicking. The command must exit 2 with
// one line on standard error naming the file and the path, and still
// report a well-formed document given beside the bad one.
func TestBadInputCatalogue(t *testing.T) {
	rows := badInputs()
	covered := map[string]map[string]bool{}
	for _, r := range rows {
		if covered[r.kind] == nil {
			covered[r.kind] = map[string]bool{}
		}
		covered[r.kind][r.class] = true
	}
	for _, kind := range badKindOrder {
		for _, class := range badInputClasses {
			_, na := badInputNotApplicable[kind][class]
			switch {
			case covered[kind][class] && na:
				t.Errorf("%s: %q has rows and is also listed as not applicable", kind, class)
			case !covered[kind][class] && !na:
				t.Errorf("%s: no row for %q, and no reason it does not apply", kind, class)
			}
		}
	}

	dir := t.TempDir()
	bases := map[string][]byte{}
	goods := map[string]string{}
	for _, kind := range badKindOrder {
		data, err := os.ReadFile(badKinds[kind].base)
		require.NoError(t, err)
		bases[kind] = data
		goods[kind] = filepath.Join(dir, "good-"+kind+".json")
		require.NoError(t, os.WriteFile(goods[kind], data, 0o644))
	}

	for i, r := range rows {
		t.Run(fmt.Sprintf("%s/%s/%s", r.kind, r.class, r.name), func(t *testing.T) {
			k := badKinds[r.kind]
			data := r.data(t, bases[r.kind])
			file := filepath.Join(dir, fmt.Sprintf("bad-%03d.json", i))
			decode := k.decode
			if r.decode != nil {
				decode = r.decode
			}
			got, err := decodeNoPanic(t, decode, file, data)
			if r.category == nil {
				require.NoError(t, err, "lawful input is accepted")
				return
			}
			r.path = checkBadInputError(t, r, file, err)
			if got != nil && !reflect.ValueOf(got).IsZero() {
				t.Errorf("the decoder returned a half-decoded %T with the error", got)
			}
			if k.cli == nil {
				return
			}
			require.NoError(t, os.WriteFile(file, data, 0o644))
			for _, run := range k.cli(file, goods[r.kind]) {
				checkBadInputCLI(t, r, file, run)
			}
		})
	}
}

// decodeNoPanic runs decode, turning a panic into a test failure.
func decodeNoPanic(t *testing.T, decode func(string, []byte) (any, error), file string, data []byte) (got any, err error) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("the decoder panicked: %v", p)
		}
	}()
	return decode(file, data)
}

// checkBadInputError checks the decoder's error and returns the path it
// names.
func checkBadInputError(t *testing.T, r badInput, file string, err error) string {
	t.Helper()
	require.Error(t, err, "bad input is an error")
	var ie *part3.InputError
	require.True(t, errors.As(err, &ie), "the error is an *part3.InputError: %T %v", err, err)
	if !errors.Is(err, r.category) {
		t.Errorf("category: got %v, want %v (%v)", ie.Category, r.category, err)
	}
	if ie.File != file {
		t.Errorf("File = %q, want %q (%v)", ie.File, file, err)
	}
	if r.path == anyPath {
		r.path = ie.Path
	}
	if ie.Path != r.path {
		t.Errorf("Path = %q, want %q (%v)", ie.Path, r.path, err)
	}
	if r.position && (ie.Line < 1 || ie.Column < 1) {
		t.Errorf("no line and column: %d:%d (%v)", ie.Line, ie.Column, err)
	}
	// What was expected is said for every category but a syntax error,
	// where the JSON grammar is what was expected.
	if r.category != part3.ErrSyntax && !r.causeSaysExpected && strings.TrimSpace(ie.Expected) == "" {
		t.Errorf("Expected is empty (%v)", err)
	}
	if !strings.Contains(ie.Expected, r.expected) {
		t.Errorf("Expected = %q, want it to say %q", ie.Expected, r.expected)
	}
	msg := err.Error()
	if strings.ContainsAny(msg, "\n\r") {
		t.Errorf("the error is more than one line: %q", msg)
	}
	if !strings.HasPrefix(msg, file) {
		t.Errorf("the error does not start with the file name: %q", msg)
	}
	return ie.Path
}

func checkBadInputCLI(t *testing.T, r badInput, file string, run cliRun) {
	t.Helper()
	args := run.args
	stdout, stderr, code := runCLIOnce(t, args...)
	if code != exitBadInput {
		t.Errorf("part3 %s: exit %d, want %d; stderr %q", args[0], code, exitBadInput, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if len(lines) != 1 {
		t.Errorf("part3 %s: stderr is %d lines, want 1: %q", args[0], len(lines), stderr)
	}
	if !strings.Contains(lines[0], file) {
		t.Errorf("part3 %s: stderr does not name the file: %q", args[0], lines[0])
	}
	path := r.path
	if path == "" {
		path = "/"
	}
	if !strings.Contains(lines[0], " "+path+": ") {
		t.Errorf("part3 %s: stderr does not name the path %s: %q", args[0], path, lines[0])
	}
	if run.good != "" && !strings.Contains(stdout, "== "+run.good) {
		t.Errorf("part3 %s: the good file %s beside the bad one is not reported:\n%s", args[0], run.good, stdout)
	}
}

// runCLIOnce runs part3 with args, with nothing on standard input, and
// recovers a panic as a test failure.
func runCLIOnce(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("part3 %s panicked: %v", strings.Join(args, " "), p)
		}
	}()
	return runCLI(t, "", args...)
}

// TestValidateHelpStatesLimits checks that "part3 validate -h" states the
// limits part3.Decode applies, with the numbers it applies.
func TestValidateHelpStatesLimits(t *testing.T) {
	stdout, _, code := runCLI(t, "", "validate", "-h")
	require.Equal(t, exitOK, code)
	for _, want := range []string{
		fmt.Sprintf("larger than %d MiB", part3.MaxDocumentSize>>20),
		fmt.Sprintf("more than %d deep", part3.MaxDepth),
		"byte order mark",
	} {
		if !strings.Contains(strings.Join(strings.Fields(stdout), " "), want) {
			t.Errorf("part3 validate -h does not say %q:\n%s", want, stdout)
		}
	}
}
