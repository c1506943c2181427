package part3

import (
	"fmt"

	"github.com/csplanning/part3/internal/suggest"
)

// Severity says what a finding is: how strongly the law binds the rule
// behind it, or, for [Condition], that it is no breach at all.
//
// The zero Severity is unset and is not valid; it never appears on a rule or
// finding the module produces. The first three order from the most binding:
// Statutory < Guidance < Practice. Condition comes after them in the
// numbering only so that the values published before it keep their numbers;
// it is not a degree of bindingness but another kind of finding, about a
// document's legal effect rather than anyone's conduct.
type Severity uint8

const (
	// Statutory: the Act says "must". A statutory finding is a breach of the
	// Act by a named body: it names the bodies in breach ([Finding.By]).
	Statutory Severity = iota + 1
	// Guidance: the statutory guidance says "should". The bodies named in
	// section 15 must have regard to it, so departing from it needs a reason.
	Guidance
	// Practice: good practice and limits the partnership sets itself, where
	// no law requires a thing. It includes the Appendix A review criteria
	// and the Care Inspectorate's ten steps of Appendix B. Both appendices
	// are part of the statutory guidance, but neither tells the bodies what
	// they should do: Appendix A lists the criteria against which the
	// Scottish Government reviews the plans (guidance para 6: "Appendix A
	// provides criteria which the plans will be reviewed against"), and
	// Appendix B is the Care Inspectorate's suggested approach, "intended
	// to help partners" (para 7). A plan can depart from either without
	// departing from anything the guidance asks of the bodies, so their
	// findings are practice, not guidance. It also includes the module's
	// default numbers where the law sets none, such as a number of days for
	// "as soon as reasonably practicable".
	Practice
	// Condition: a condition the law sets for a document to have legal
	// effect, or to be the document the Act requires, that the document
	// does not meet: section 10(8) for a notice of disagreement, and
	// section 13(1)'s "after the end of each one-year period" for an annual
	// report. It is no breach by anyone: the document simply has no legal
	// effect, or none for the matter the finding names, or does not meet
	// the duty, which stays owed and is judged on its own. Condition
	// findings never count as statutory ([Findings.HasStatutory]) and name
	// no one ([Finding.By]).
	Condition
)

var severityNames = [...]string{"", "statutory", "guidance", "practice", "condition"}

// Severities lists the valid severities: Statutory, Guidance and Practice,
// most binding first, then Condition.
func Severities() []Severity { return []Severity{Statutory, Guidance, Practice, Condition} }

// IsValid reports whether s is one of Statutory, Guidance, Practice or
// Condition.
func (s Severity) IsValid() bool { return s >= Statutory && s <= Condition }

// String returns "statutory", "guidance", "practice" or "condition", or ""
// for the zero Severity and a Go-syntax form such as "Severity(9)" for an
// invalid one.
func (s Severity) String() string {
	if int(s) < len(severityNames) {
		return severityNames[s]
	}
	return fmt.Sprintf("Severity(%d)", uint8(s))
}

// ParseSeverity parses "statutory", "guidance", "practice" or "condition".
// Any other text, including the empty string, is a *SeverityError.
func ParseSeverity(text string) (Severity, error) {
	for i := Statutory; i <= Condition; i++ {
		if severityNames[i] == text {
			return i, nil
		}
	}
	best, _ := suggest.Closest(text, severityNames[1:])
	return 0, &SeverityError{Input: text, Suggestion: best}
}

// MarshalText implements [encoding.TextMarshaler]. The zero Severity marshals
// to the empty string; an invalid one is an error.
func (s Severity) MarshalText() ([]byte, error) {
	if s == 0 {
		return []byte{}, nil
	}
	if !s.IsValid() {
		return nil, &SeverityError{Input: s.String()}
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseSeverity].
func (s *Severity) UnmarshalText(text []byte) error {
	v, err := ParseSeverity(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// SeverityError reports text that is not a severity.
type SeverityError struct {
	Input      string // the text that was given
	Suggestion string // the severity probably meant, or ""
}

// Error describes the error on one line.
func (e *SeverityError) Error() string {
	if e.Suggestion != "" && e.Suggestion != e.Input {
		return fmt.Sprintf("severity %q: did you mean %q? (expected \"statutory\", \"guidance\", \"practice\" or \"condition\")", e.Input, e.Suggestion)
	}
	return fmt.Sprintf("severity %q: expected \"statutory\", \"guidance\", \"practice\" or \"condition\"", e.Input)
}
