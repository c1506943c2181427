package service

import (
	"fmt"
	"slices"
	"sync"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/words"
	"github.com/csplanning/part3/period"
)

// Reason is one step of an answer: what the law says about the case, and
// where it says it. Its JSON keys are citation and text.
type Reason struct {
	Citation part3.Citation `json:"citation"`
	Text     string         `json:"text"`
}

// String formats r as "citation: text".
func (r Reason) String() string { return r.Citation.String() + ": " + r.Text }

// Limb is the paragraph of the definition of "relevant health board" in
// s.7(1) that applies to a council: (a) the health board whose area is the
// same as the local authority's, or (b) otherwise the health board within
// whose area the local authority's area falls. Text forms "a" and "b"; the
// zero Limb is unset.
type Limb uint8

// The two paragraphs of the definition.
const (
	// LimbSameArea is paragraph (a): the board's area is the council's area.
	// It applies to six councils.
	LimbSameArea Limb = iota + 1
	// LimbWithinArea is paragraph (b): the council's area falls within the
	// board's larger area. It applies to the other 26.
	LimbWithinArea
)

// String returns "a" or "b", "" for the zero Limb.
func (l Limb) String() string {
	switch l {
	case LimbSameArea:
		return "a"
	case LimbWithinArea:
		return "b"
	}
	return ""
}

// MarshalText implements [encoding.TextMarshaler]: "a", "b" or "".
func (l Limb) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// RelevantHealthBoard returns the council's relevant health board (s.7(1)):
// the board whose area is the same as the council's area, or otherwise the
// board within whose area the council's area falls. The zero Council gives
// the zero HealthBoard.
func RelevantHealthBoard(c Council) HealthBoard { return c.HealthBoard() }

// RelevantHealthBoardLimb returns which paragraph of the s.7(1) definition
// makes the board c's relevant health board, and the reason with its
// citation. The zero Council gives the zero Limb.
func RelevantHealthBoardLimb(c Council) (Limb, Reason) {
	if !c.IsValid() {
		return 0, Reason{}
	}
	p := &planning()[c.idx-1]
	return p.limb, p.bodies[1].Reason
}

// relevantHealthBoardLimb words [RelevantHealthBoardLimb] for a valid
// council; planning words it once for each council.
func relevantHealthBoardLimb(c Council) (Limb, Reason) {
	b := c.HealthBoard()
	if !b.IsValid() {
		return 0, Reason{}
	}
	if len(b.row().councils) == 1 {
		return LimbSameArea, Reason{Citation: part3.Act("7(1)"), Text: fmt.Sprintf(
			"the area of %s is the same as the area of %s, so %[2]s is its relevant health board (definition of \"relevant health board\", paragraph (a))",
			c.Name(), b.Name())}
	}
	return LimbWithinArea, Reason{Citation: part3.Act("7(1)"), Text: fmt.Sprintf(
		"the area of %s falls within the area of %s, which covers %d council areas, so %[2]s is its relevant health board (definition of \"relevant health board\", paragraph (b))",
		c.Name(), b.Name(), len(b.row().councils))}
}

// councilPlanning is what the law makes of a council area whatever the
// date and the version of the law: the paragraph of the definition of
// "relevant health board" that applies to it, and its local authority and
// relevant health board as joint planners, with their reasons.
type councilPlanning struct {
	limb   Limb
	bodies [2]Body
}

// planning returns each council's councilPlanning (index idx-1), worded
// once from the registry: a judgement asks for them many times, and their
// words never change. The slice is the package's own; no caller may
// change it.
var planning = sync.OnceValue(func() []councilPlanning {
	out := make([]councilPlanning, len(councilRows))
	for i := range out {
		c := Council{uint8(i + 1)}
		b := c.HealthBoard()
		limb, why := relevantHealthBoardLimb(c)
		out[i] = councilPlanning{limb: limb, bodies: [2]Body{
			{Role: RoleLocalAuthority, Name: c.Authority(), Code: c.Code(), Reason: Reason{Citation: part3.Act("7(6)"),
				Text: fmt.Sprintf("the local authority for %s exercises the Part 3 functions jointly with its relevant health board", c.Name())}},
			{Role: RoleRelevantHealthBoard, Name: b.Name(), Code: b.Code(), Reason: why},
		}}
	}
	return out
})

// IsRelevantHealthBoard reports whether b is council c's relevant health
// board (s.7(1)), with the reason. Part 3 functions are the council's and
// its relevant health board's jointly (s.7(6)): a plan for c's area must be
// prepared by c with this board, even where several partnerships prepare
// one plan together (the Tayside plan of Angus, Dundee City and Perth and
// Kinross with NHS Tayside).
func IsRelevantHealthBoard(c Council, b HealthBoard) (bool, Reason) {
	switch {
	case !c.IsValid():
		return false, Reason{Citation: part3.Act("7(1)"), Text: "no council area is given"}
	case !b.IsValid():
		return false, Reason{Citation: part3.Act("7(1)"), Text: fmt.Sprintf("no health board is given; the relevant health board of %s is %s", c.Name(), c.HealthBoard().Name())}
	case b != c.HealthBoard():
		return false, Reason{Citation: part3.Act("7(1)"), Text: fmt.Sprintf(
			"%s is not the relevant health board of %s: its area does not contain the council's area; the relevant health board is %s",
			b.Name(), c.Name(), c.HealthBoard().Name())}
	}
	_, why := RelevantHealthBoardLimb(c)
	return true, why
}

// Partnership is a local authority and its relevant health board, who
// exercise Part 3 functions jointly (s.7(6)). It is comparable; the zero
// Partnership is unset.
type Partnership struct {
	Council     Council     `json:"council"`
	HealthBoard HealthBoard `json:"health_board"`
}

// PartnershipOf returns council c with its relevant health board.
func PartnershipOf(c Council) Partnership {
	return Partnership{Council: c, HealthBoard: c.HealthBoard()}
}

// IsZero reports whether p is the zero Partnership.
func (p Partnership) IsZero() bool { return p == Partnership{} }

// IsValid reports whether p pairs a council with its relevant health board.
func (p Partnership) IsValid() bool {
	return p.Council.IsValid() && p.HealthBoard == p.Council.HealthBoard()
}

// String formats p as "Angus Council and NHS Tayside".
func (p Partnership) String() string {
	return p.Council.Authority() + " and " + p.HealthBoard.Name()
}

// BodyRole is the role of a lead children's services planning body: the
// local authority, its relevant health board, or (once section 60 of the
// 2026 Act is in force) its relevant integration joint board. Text forms
// "local-authority", "relevant-health-board",
// "relevant-integration-joint-board"; the zero BodyRole is unset.
type BodyRole uint8

// The roles of the joint planners.
const (
	RoleLocalAuthority BodyRole = iota + 1
	RoleRelevantHealthBoard
	RoleRelevantIntegrationJointBoard
)

var roleNames = [...]string{"", "local-authority", "relevant-health-board", "relevant-integration-joint-board"}

// String returns the text form, "" for the zero value.
func (r BodyRole) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return fmt.Sprintf("BodyRole(%d)", uint8(r))
}

// MarshalText implements [encoding.TextMarshaler].
func (r BodyRole) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// Body is one of the bodies that prepare a council area's children's
// services plan, with the reason it is one. JSON keys: role, name, code,
// reason. It is comparable.
type Body struct {
	Role   BodyRole `json:"role"`
	Name   string   `json:"name"`
	Code   string   `json:"code"`
	Reason Reason   `json:"reason"`
}

// RelevantIntegrationJointBoard returns the integration joint board whose
// area is the same as, or contains, the council's area (the definition
// section 60 of the 2026 Act inserts), and false for Highland, which has
// none.
func RelevantIntegrationJointBoard(c Council) (IntegrationJointBoard, bool) {
	return c.IntegrationJointBoard()
}

// JointPlanners returns the bodies that jointly exercise the Part 3
// functions for council c's area on date on, under law: the local authority
// and its relevant health board (s.7(6)), and, on and after the
// commencement of section 60 of the 2026 Act, the relevant integration
// joint board where there is one (not for Highland). The zero Council gives
// nil. The slice is new on each call.
func JointPlanners(c Council, on period.Date, law Law) []Body {
	if !c.IsValid() {
		return nil
	}
	first := &planning()[c.idx-1].bodies // the package's own: copied
	if !law.Section60InForce(on) {
		return slices.Clone(first[:])
	}
	bodies := append(make([]Body, 0, len(first)+1), first[:]...)
	if j, ok := c.IntegrationJointBoard(); ok {
		bodies = append(bodies, Body{Role: RoleRelevantIntegrationJointBoard, Name: j.Name(), Code: j.Code(), Reason: Reason{Citation: Section60(),
			Text: fmt.Sprintf("in force from %s, section 60 makes the integration joint board whose area is the same as, or contains, the area of %s a lead children's services planning body", law.Section60Commencement(), c.Name())}})
	}
	return bodies
}

// JointPlannerNames names the bodies that jointly exercise the Part 3
// functions for the council areas of a plan on date on, under law: for
// each council in turn, its [JointPlanners], each body named once (a
// health board of several council areas comes once, after the first
// council's local authority). These are the bodies in breach of a duty
// the Act puts on "a local authority and the relevant health board" for a
// plan of those areas. Invalid councils are skipped; with none the result
// is nil.
func JointPlannerNames(councils []Council, on period.Date, law Law) []string {
	var names []string
	for _, c := range councils {
		for _, b := range JointPlanners(c, on, law) {
			names = append(names, b.Name)
		}
	}
	return words.Unique(names)
}
