package service

import (
	"slices"

	"github.com/csplanning/part3/period"
)

// AreaOtherServiceProvider is an other service provider as it stands for a
// council area (or the areas of a joint plan): a register entry, and, for
// the register's generic integration joint board entry, the area's own
// board. JSON keys: id, name, citation, note (the register entry's) and
// integration_joint_board (the board's name, for that entry only). It is
// comparable.
type AreaOtherServiceProvider struct {
	OtherServiceProvider
	// IntegrationJointBoard is the area's board when the entry is the
	// register's "integration-joint-board"; zero for every other entry.
	IntegrationJointBoard IntegrationJointBoard `json:"integration_joint_board,omitzero"`
}

// Key identifies the provider among an area's other service providers: the
// board's GSS code (S37...) for an integration joint board, the register
// ID otherwise. Two boards of one joint plan have different keys.
func (a AreaOtherServiceProvider) Key() string {
	if a.IntegrationJointBoard.IsValid() {
		return a.IntegrationJointBoard.Code()
	}
	return a.ID
}

// DisplayName names the provider for a person: the board's name for an
// integration joint board, the register entry's words otherwise.
func (a AreaOtherServiceProvider) DisplayName() string {
	if a.IntegrationJointBoard.IsValid() {
		return a.IntegrationJointBoard.Name()
	}
	return a.Name
}

// Matches reports whether a document's provider p, with the board b it
// names (zero when it names none), is a. An integration joint board named
// by b matches only that board (by current or old code, through
// [LookupIntegrationJointBoard]); one not named matches a's board only when
// boards is 1, that is when the area has no other board to confuse it with.
func (a AreaOtherServiceProvider) Matches(p Provider, b IntegrationJointBoard, boards int) bool {
	if p != a.Provider() {
		return false
	}
	if !a.IntegrationJointBoard.IsValid() {
		return true
	}
	if b.IsValid() {
		return b == a.IntegrationJointBoard
	}
	return boards == 1
}

// OtherServiceProvidersFor returns the other service providers (s.7(1))
// for the council areas councils on date on under law, in register order:
//
//   - every entry of law's register on that date other than the generic
//     integration joint board entry, as listed;
//   - for that entry, the integration joint board of each council area,
//     each board once (the three Tayside councils give three boards;
//     Clackmannanshire and Stirling share one), and none for Highland,
//     which has no board (lead agency model);
//   - no integration joint board at all once section 60 of the 2026 Act is
//     in force on on: the relevant board is then a lead children's services
//     planning body with the local authority and the relevant health board
//     ([JointPlanners]), not a body that is sent a copy of the plan or
//     given an opportunity to take part in preparing it by itself. That a
//     lead body is no longer an other service provider for its own area is
//     the module's reading of section 60 ([Section60Assumption]): the
//     amendments it makes after the definitions in section 7 were not
//     retrieved.
//
// Reading the generic entry as the area's own board is the module's
// reading: the guidance lists "an integration joint board established by
// order under section 9 of the Public Bodies (Joint Working) (Scotland) Act
// 2014" (para 135, appendix D) and names no other board a partnership deals
// with. The entry's wording and source are unconfirmed (see
// [DefaultRegister]). With no councils the result has no integration joint
// board. The slice is new on each call.
func OtherServiceProvidersFor(councils []Council, on period.Date, law Law) []AreaOtherServiceProvider {
	// Small enough to inline, so that a caller that keeps no reference to
	// the list has it on its stack: the default register's five entries
	// and a board for each of three areas, the largest joint plan, are
	// eight.
	return appendOtherServiceProvidersFor(make([]AreaOtherServiceProvider, 0, 8), councils, on, law)
}

// appendOtherServiceProvidersFor appends [OtherServiceProvidersFor] to out.
func appendOtherServiceProvidersFor(out []AreaOtherServiceProvider, councils []Council, on period.Date, law Law) []AreaOtherServiceProvider {
	entries := law.Register().entriesOn(on) // read only
	for _, e := range entries {
		if e.Provider() != ProviderIntegrationJointBoard {
			out = append(out, AreaOtherServiceProvider{OtherServiceProvider: e})
			continue
		}
		if law.Section60InForce(on) {
			continue
		}
		first := len(out)
		for _, c := range councils {
			j, ok := c.IntegrationJointBoard()
			if !ok || slices.ContainsFunc(out[first:], func(a AreaOtherServiceProvider) bool { return a.IntegrationJointBoard == j }) {
				continue
			}
			out = append(out, AreaOtherServiceProvider{OtherServiceProvider: e, IntegrationJointBoard: j})
		}
	}
	return out
}

// IntegrationJointBoardsIn counts the integration joint boards among ps.
func IntegrationJointBoardsIn(ps []AreaOtherServiceProvider) int {
	n := 0
	for _, a := range ps {
		if a.IntegrationJointBoard.IsValid() {
			n++
		}
	}
	return n
}
