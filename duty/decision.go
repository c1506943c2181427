package duty

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/suggest"
	"github.com/csplanning/part3/service"
)

// Outcome is what a [Decision] found. The zero Outcome is unset.
type Outcome uint8

const (
	// Applies: the duty applies (for a power: it is available), by default
	// or because its conditions are met and no exception holds.
	Applies Outcome = iota + 1
	// Excepted: the duty would apply, but an exception the Act (or the
	// guidance, where it says so) makes disapplies it.
	Excepted
	// NotArising: the duty does not arise at all: the person is not bound by
	// it, the date is outside the period it covers, or a condition it
	// depends on is not met.
	NotArising
)

var outcomeNames = [...]string{"", "applies", "excepted", "not-arising"}

// ParseOutcome parses "applies", "excepted" or "not-arising".
func ParseOutcome(s string) (Outcome, error) {
	for i := Applies; i <= NotArising; i++ {
		if outcomeNames[i] == s {
			return i, nil
		}
	}
	return 0, &part3.InputError{Category: part3.ErrInvalidValue, Err: fmt.Errorf("outcome %q%s", s, suggest.Phrase(s, outcomeNames[1:])),
		Expected: `"applies", "excepted" or "not-arising"`}
}

// IsValid reports whether o is one of the defined outcomes.
func (o Outcome) IsValid() bool { return o >= Applies && o <= NotArising }

// String returns the outcome's text form, or "" for the zero Outcome.
func (o Outcome) String() string {
	if int(o) < len(outcomeNames) {
		return outcomeNames[o]
	}
	return fmt.Sprintf("Outcome(%d)", uint8(o))
}

// MarshalText implements [encoding.TextMarshaler].
func (o Outcome) MarshalText() ([]byte, error) {
	if o != 0 && !o.IsValid() {
		return nil, fmt.Errorf("duty: invalid outcome %d", uint8(o))
	}
	return []byte(o.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseOutcome].
func (o *Outcome) UnmarshalText(text []byte) error {
	v, err := ParseOutcome(string(text))
	if err != nil {
		return err
	}
	*o = v
	return nil
}

// Reason is one step in the chain of reasons behind a [Decision]: a
// sentence for a person and the provision it rests on.
type Reason struct {
	Text     string         `json:"text"`
	Citation part3.Citation `json:"citation"`
}

// String formats r as "TEXT (CITATION)".
func (r Reason) String() string {
	if r.Citation.IsZero() {
		return r.Text
	}
	return r.Text + " (" + r.Citation.String() + ")"
}

// Decision is the answer to "does this duty apply here?", with the chain of
// reasons that leads to it so that a caller can show a person why.
//
// Decisions follow the law's own shape, a default and its exceptions (the
// style of the Catala language): the reasons first establish whether the
// duty arises at all (who is bound, when), then state the default, then
// each exception the Act makes in turn. The first exception that holds
// decides; DecidedBy names it.
type Decision struct {
	// Duty is the catalogue ID of the duty or power decided, such as
	// "s12-implementation".
	Duty string `json:"duty"`
	// Citation is the duty's provision.
	Citation part3.Citation `json:"citation"`
	// Applies reports whether the duty applies (for a power: whether it
	// is available). It is true exactly when Outcome is Applies.
	Applies bool `json:"applies"`
	// Outcome says how: applies, excepted or not-arising.
	Outcome Outcome `json:"outcome"`
	// DecidedBy is "default" when the default held, the ID of the
	// catalogue exception that disapplied the duty (such as
	// "notice-of-disagreement"), or the ID of the condition under which
	// it does not arise (such as "outside-plan-period").
	DecidedBy string `json:"decided_by"`
	// DecidedByCitation is the provision of what decided it.
	DecidedByCitation part3.Citation `json:"decided_by_citation"`
	// Reasons is the chain of reasons, in order.
	Reasons []Reason `json:"reasons"`
	// Notes are remarks for a reader that are not law, such as the
	// Ministers' stated intentions.
	Notes []string `json:"notes,omitempty"`
	// Law is the version of the law the decision applied, for decisions
	// that depend on it (who is an other service provider on the date, for
	// one); zero otherwise.
	Law service.Version `json:"law,omitzero"`
}

// String formats d for a person: a headline, then one reason a line.
func (d Decision) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %s", d.Duty, d.Citation, d.Headline())
	if d.DecidedBy != "" && d.DecidedBy != DecidedByDefault {
		fmt.Fprintf(&b, " [%s, %s]", d.DecidedBy, d.DecidedByCitation)
	}
	b.WriteByte('\n')
	for i, r := range d.Reasons {
		fmt.Fprintf(&b, "  %d. %s\n", i+1, r)
	}
	for _, n := range d.Notes {
		fmt.Fprintf(&b, "  Note: %s\n", n)
	}
	return b.String()
}

// Headline says the outcome in words: "applies", "does not apply: an
// exception holds", "does not arise".
func (d Decision) Headline() string {
	switch d.Outcome {
	case Applies:
		return "applies"
	case Excepted:
		return "does not apply: an exception holds"
	case NotArising:
		return "does not arise"
	}
	return "undecided"
}

// DecidedByDefault is the DecidedBy of a decision in which the default held.
const DecidedByDefault = "default"

// decider builds a Decision step by step: scope conditions, the default,
// then the exceptions in the order the Act lists them. The first condition
// that fails or exception that holds decides; later steps are not added.
type decider struct {
	d    Duty
	dec  Decision
	done bool
}

func newDecider(d Duty) *decider {
	return &decider{d: d, dec: Decision{Duty: d.ID, Citation: d.Citation}}
}

// because adds a reason that does not decide anything.
func (x *decider) because(text string, cite part3.Citation) {
	if !x.done {
		x.dec.Reasons = append(x.dec.Reasons, Reason{Text: text, Citation: cite})
	}
}

// notArising decides that the duty does not arise, for the condition id.
func (x *decider) notArising(id, text string, cite part3.Citation) {
	if x.done {
		return
	}
	x.because(text, cite)
	x.dec.Outcome, x.dec.DecidedBy, x.dec.DecidedByCitation = NotArising, id, cite
	x.done = true
}

// except decides that the catalogue exception id holds.
func (x *decider) except(id, text string) {
	if x.done {
		return
	}
	e, ok := x.d.Exception(id)
	if !ok {
		panic("duty: " + x.d.ID + " has no exception " + id)
	}
	x.because(text, e.Citation)
	x.dec.Outcome, x.dec.DecidedBy, x.dec.DecidedByCitation = Excepted, id, e.Citation
	x.done = true
}

// exceptNot records that exception id does not hold.
func (x *decider) exceptNot(id, text string) {
	e, ok := x.d.Exception(id)
	if !ok {
		panic("duty: " + x.d.ID + " has no exception " + id)
	}
	x.because(text, e.Citation)
}

// note adds a remark that is not law.
func (x *decider) note(text string) { x.dec.Notes = append(x.dec.Notes, text) }

// decide closes the decision: if nothing else decided it, the default holds.
func (x *decider) decide() Decision {
	if !x.done {
		x.dec.Outcome, x.dec.DecidedBy, x.dec.DecidedByCitation = Applies, DecidedByDefault, x.d.Citation
	}
	x.dec.Applies = x.dec.Outcome == Applies
	return x.dec
}
