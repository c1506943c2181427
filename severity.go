package part3

import (
	"fmt"
)

// Severity says how strongly the law binds the rule behind a finding.
//
// The zero Severity is unset and is not valid; it never appears on a rule or
// finding the module produces. Severities order from the most binding:
// Statutory < Guidance < Practice.
type Severity uint8

const (
	// Statutory: the Act says "must". A statutory finding is a breach of the Act.
	Statutory Severity = iota + 1
	// Guidance: the statutory guidance says "should". The bodies named in
	// section 15 must have regard to it, so departing from it needs a reason.
	Guidance
	// Practice: the Appendix A review criteria, the Care Inspectorate's ten
	// steps, and local policy parameters. No law requires them.
	Practice
)

var severityNames = [...]string{"", "statutory", "guidance", "practice"}

// Severities lists the valid severities, most binding first.
func Severities() []Severity { return []Severity{Statutory, Guidance, Practice} }

// IsValid reports whether s is one of Statutory, Guidance or Practice.
func (s Severity) IsValid() bool { return s >= Statutory && s <= Practice }

// String returns "statutory", "guidance" or "practice", or "" for the zero
// Severity and a Go-syntax form such as "Severity(9)" for an invalid one.
func (s Severity) String() string {
	if int(s) < len(severityNames) {
		return severityNames[s]
	}
	return fmt.Sprintf("Severity(%d)", uint8(s))
}

// ParseSeverity parses "statutory", "guidance" or "practice". Any other text,
// including the empty string, is a *SeverityError.
func ParseSeverity(text string) (Severity, error) {
	for i := Statutory; i <= Practice; i++ {
		if severityNames[i] == text {
			return i, nil
		}
	}
	return 0, &SeverityError{Input: text}
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
	Input string // the text that was given
}

// Error describes the error on one line.
func (e *SeverityError) Error() string {
	return fmt.Sprintf("severity %q: expected \"statutory\", \"guidance\" or \"practice\"", e.Input)
}
