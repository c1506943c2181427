package duty

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/internal/testjson"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/service"
)

func TestDecodeQuestion(t *testing.T) {
	tests := []struct {
		file          string
		wantDuty      string
		wantOutcome   Outcome
		wantDecidedBy string
	}{
		{"question-implementation.json", "s12-implementation", Excepted, "notice-of-disagreement"},
		// The notice concerns the plan as first prepared; the question is
		// about its revision, to which a notice does not carry.
		{"question-implementation-revision.json", "s12-implementation", Applies, DecidedByDefault},
		{"question-assistance.json", "s14-assistance", Excepted, "unduly-prejudice-functions"},
		{"question-consultee-request.json", "s10-meet-reasonable-requests", NotArising, "information-refusal-recognised"},
		{"question-consultee-request-data-protection.json", "s10-meet-reasonable-requests", NotArising, "data-protection"},
		{"question-default-powers.json", "s17-default-powers", Applies, DecidedByDefault},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			require.NoError(t, err)
			q, err := DecodeQuestion(tt.file, data)
			require.NoError(t, err)
			d := must(q.Decide(decideCtx()))
			got := [3]string{d.Duty, d.Outcome.String(), d.DecidedBy}
			if diff := cmp.Diff([3]string{tt.wantDuty, tt.wantOutcome.String(), tt.wantDecidedBy}, got); diff != "" {
				t.Errorf("(-want +got):\n%s\n%s", diff, d)
			}
		})
	}
}

func TestDecodeQuestionErrors(t *testing.T) {
	tests := []struct {
		name     string
		doc      string
		wantPath string
		wantCat  error
	}{
		{"wrong kind", `{"kind": "notice-of-disagreement"}`, "/kind", part3.ErrWrongKind},
		{"no question", `{"kind": "duty-question"}`, "", part3.ErrMissing},
		{"two questions", `{"kind": "duty-question", "default_powers": {"function": "s8-prepare-plan"}, "assistance": {"person": "police-scotland", "test": {"relevant": true, "practicable": true, "consistent": true}}}`, "", part3.ErrMissing},
		{"unknown field", `{"kind": "duty-question", "default_powers": {"function": "s8-prepare-plan", "why": "late"}}`, "/default_powers/why", part3.ErrUnknownField},
		{"unknown function", `{"kind": "duty-question", "default_powers": {"function": "s8-prepare"}}`, "/default_powers/function", part3.ErrDanglingReference},
		{"unknown failure", `{"kind": "duty-question", "default_powers": {"function": "s8-prepare-plan", "failure": "late"}}`, "/default_powers/failure", part3.ErrInvalidValue},
		{"no person", `{"kind": "duty-question", "assistance": {"test": {"relevant": true, "practicable": true, "consistent": true}}}`, "/assistance/person", part3.ErrMissing},
		{"unknown provider", `{"kind": "duty-question", "assistance": {"person": "a charity", "test": {}}}`, "/assistance/person", part3.ErrInvalidValue},
		{"no service", `{"kind": "duty-question", "implementation": {"council": "Fife", "period": "2026-2029", "on": "2026-11-26", "provider": "local-authority", "service": {"name": "Health visiting"}}}`,
			"/implementation/service/id", part3.ErrMissing},
		{"notice without issuer", `{"kind": "duty-question", "implementation": {"council": "Fife", "period": "2026-2029", "on": "2026-11-26", "provider": "local-authority", "service": {"id": "S1"},
			"notices": [{"kind": "notice-of-disagreement", "plan": {"councils": ["Fife"], "period": "2026-2029"}, "matters": []}]}}`,
			"/implementation/notices/0/issuer", part3.ErrMissing},
		{"unknown request kind", `{"kind": "duty-question", "consultee_request": {"category": "social-landlord", "request": "attend", "test": {}}}`, "/consultee_request/request", part3.ErrInvalidValue},
		{"consultee request without a category", `{"kind": "duty-question", "consultee_request": {"request": "contribute", "test": {}}}`, "/consultee_request/category", part3.ErrMissing},
		{"unknown category", `{"kind": "duty-question", "consultee_request": {"category": "charity", "test": {}}}`, "/consultee_request/category", part3.ErrInvalidValue},
		{"a directed person without a name", `{"kind": "duty-question", "consultee_request": {"category": "directed-person", "test": {}}}`, "/consultee_request/name", part3.ErrMissing},
		{"a direction for another category", `{"kind": "duty-question", "consultee_request": {"category": "social-landlord", "direction": "2027-youth-parliament", "test": {}}}`, "/consultee_request/direction", part3.ErrInvalidValue},
		{"an organisation asked for assistance without a category", `{"kind": "duty-question", "assistance": {"person": "other-organisation", "test": {}}}`, "/assistance/category", part3.ErrMissing},
		{"an other service provider given a category", `{"kind": "duty-question", "assistance": {"person": "police-scotland", "category": "provides-service-in-area", "test": {}}}`, "/assistance/category", part3.ErrInvalidValue},
		{"retired: consulted, in a consultee request", `{"kind": "duty-question", "consultee_request": {"consulted": true, "request": "contribute", "test": {}}}`, "/consultee_request/consulted", part3.ErrUnknownField},
		{"retired: consulted, in an assistance question", `{"kind": "duty-question", "assistance": {"person": "other-organisation", "consulted": false, "test": {}}}`, "/assistance/consulted", part3.ErrUnknownField},
		{"retired: a notice's prisons flag", `{"kind": "duty-question", "implementation": {"council": "Perth and Kinross", "period": "2026-2029", "on": "2026-11-26", "provider": "scottish-ministers", "service": {"id": "S1"},
			"notices": [{"kind": "notice-of-disagreement", "issuer": "scottish-ministers", "prisons_act_function": true, "plan": {"councils": ["Perth and Kinross"], "period": "2026-2029"}}]}}`,
			"/implementation/notices/0/prisons_act_function", part3.ErrUnknownField},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeQuestion("q.json", []byte(tt.doc))
			var ie *part3.InputError
			require.True(t, errors.As(err, &ie), "error %v is not an InputError", err)
			if ie.Path != tt.wantPath || !errors.Is(err, tt.wantCat) || ie.File != "q.json" {
				t.Errorf("got %v (path %q); want %v at %q", err, ie.Path, tt.wantCat, tt.wantPath)
			}
		})
	}
}

// TestDecodeQuestionRetiredMembers: a member a question once had is
// refused with an error that says what replaced it, never accepted to no
// effect.
func TestDecodeQuestionRetiredMembers(t *testing.T) {
	tests := []struct {
		name, doc string
		wantIn    []string
	}{
		{"consulted, in a consultee request", `{"kind": "duty-question", "consultee_request": {"consulted": true, "request": "contribute", "test": {}}}`,
			[]string{"q.json", "/consultee_request/consulted", `"consulted" is no longer a member`, `"category" in its place`, `"none"`, "whether or not they have been consulted"}},
		{"consulted, in an assistance question", `{"kind": "duty-question", "assistance": {"person": "other-organisation", "consulted": true, "test": {}}}`,
			[]string{"/assistance/consulted", `"category" in its place`}},
		{"a notice's prisons flag", `{"kind": "duty-question", "implementation": {"council": "Perth and Kinross", "period": "2026-2029", "on": "2026-11-26", "provider": "scottish-ministers", "service": {"id": "S1"},
			"notices": [{"kind": "notice-of-disagreement", "issuer": "scottish-ministers", "prisons_act_function": true, "plan": {"councils": ["Perth and Kinross"], "period": "2026-2029"}}]}}`,
			[]string{"/implementation/notices/0/prisons_act_function", "no longer a member of a notice of disagreement"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeQuestion("q.json", []byte(tt.doc))
			require.Error(t, err)
			for _, want := range tt.wantIn {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not contain %q", err, want)
				}
			}
		})
	}
	// Another unknown member keeps the decoder's own words.
	_, err := DecodeQuestion("q.json", []byte(`{"kind": "duty-question", "default_powers": {"function": "s8-prepare-plan", "consulted": true}}`))
	if err == nil || strings.Contains(err.Error(), "no longer") {
		t.Errorf("an unknown member elsewhere: %v", err)
	}
}

func TestEmptyQuestionDecides(t *testing.T) {
	d := must(Question{}.Decide(decideCtx()))
	if d.Applies || d.Outcome != NotArising || len(d.Reasons) == 0 {
		t.Errorf("empty question: %s", d)
	}
}

// TestDecideRefusesContextWithoutAsOf: every decision is made as of a
// date the caller gives, and a context without one is refused at its
// as_of member, whatever the question; a valid context is not.
func TestDecideRefusesContextWithoutAsOf(t *testing.T) {
	decisions := map[string]func(judgement.Context) (Decision, error){
		"implementation": func(c judgement.Context) (Decision, error) { return DecideImplementation(policeQuestion(), c) },
		"assistance": func(c judgement.Context) (Decision, error) {
			return DecideAssistance(AssistanceQuestion{Person: service.ProviderPoliceScotland, RelatesToTheirService: true, Test: reasonable}, c)
		},
		"consultee request": func(c judgement.Context) (Decision, error) {
			return DecideConsulteeRequest(consult.RequestFacts{Category: consult.SocialLandlord, Kind: consult.Participate, Test: reasonable}, c)
		},
		"default powers": func(c judgement.Context) (Decision, error) {
			return DecideDefaultPowers(DefaultPowersQuestion{Function: "s13-annual-report", Failure: NotExercising}, c)
		},
		"an empty question": func(c judgement.Context) (Decision, error) { return Question{}.Decide(c) },
	}
	for name, decide := range decisions {
		t.Run(name, func(t *testing.T) {
			_, err := decide(judgement.Context{})
			var ie *part3.InputError
			if !errors.As(err, &ie) || ie.Path != "/as_of" || !errors.Is(err, part3.ErrMissing) {
				t.Errorf("without an as-of date: error %v, want a missing /as_of", err)
			}
			if _, err := decide(decideCtx()); err != nil {
				t.Errorf("with a valid context: %v", err)
			}
		})
	}
}

// FuzzDecodeQuestion checks that no input makes decoding or deciding
// panic, and that every decision is well formed.
func FuzzDecodeQuestion(f *testing.F) {
	files, _ := filepath.Glob("testdata/question-*.json")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		testjson.SameInPlace[Question](t, data)
		q, err := DecodeQuestion("fuzz.json", data)
		if err != nil {
			var ie *part3.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is not an InputError", err)
			}
			return
		}
		d, err := q.Decide(decideCtx())
		if err != nil {
			t.Fatalf("a valid context refused: %v", err)
		}
		if !d.Outcome.IsValid() || d.Applies != (d.Outcome == Applies) || d.DecidedBy == "" || len(d.Reasons) == 0 {
			t.Fatalf("malformed decision: %+v", d)
		}
		_ = d.String()
	})
}

// TestDecodeQuestionSuggests: a misspelt value, function or kind is told
// the one probably meant.
func TestDecodeQuestionSuggests(t *testing.T) {
	for doc, want := range map[string]string{
		`{"kind": "duty-questions", "default_powers": {"function": "s8-prepare-plan"}}`:                           `kind "duty-questions"; did you mean "duty-question"?`,
		`{"kind": "duty-question", "default_powers": {"function": "s8-prepare-plans"}}`:                           `no function "s8-prepare-plans" in the catalogue; did you mean "s8-prepare-plan"?`,
		`{"kind": "duty-question", "default_powers": {"function": "s8-prepare-plan", "failure": "not-exercise"}}`: `failure "not-exercise"; did you mean "not-exercising"?`,
		`{"kind": "duty-question", "assistance": {"person": "Police Scotland", "test": {}}}`:                      `unknown provider "Police Scotland"; did you mean "police-scotland"?`,
		`{"kind": "duty-question", "consultee_request": {"category": "social landlord", "test": {}}}`:             `did you mean "social-landlord"?`,
	} {
		_, err := DecodeQuestion("q.json", []byte(doc))
		require.ErrorContains(t, err, want, doc)
	}
}
