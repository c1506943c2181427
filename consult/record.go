package consult

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// Record is the record of how a children's services plan was prepared under
// section 10: the opportunities given to the other service providers and
// the Scottish Ministers (s.10(1)(a)), the persons consulted (s.10(1)(b)),
// the requests made of them (s.10(6)), and the engagement with children,
// young people, families and the third sector the guidance expects (paras
// 86 and 87). Its JSON form has snake_case keys; a plan document embeds it,
// and [DecodeRecord] reads one on its own.
//
// [Record.Validate] checks what must be present for the record to be read;
// [Record.Judge] judges it.
type Record struct {
	// Opportunities are the opportunities to participate in or contribute
	// to the preparation of the plan, one or more per provider.
	Opportunities []Opportunity `json:"opportunities"`
	// Consultees are the persons identified for consultation under
	// section 10(1)(b), consulted or not.
	Consultees []Consultee `json:"consultees"`
	// Requests are the requests made of consultees under section 10(6).
	Requests []Request `json:"requests,omitempty"`
	// Engagement records engagement with children, young people, families
	// and the Third Sector Interface.
	Engagement []Engagement `json:"engagement,omitempty"`
}

// Opportunity is an opportunity given to one other service provider, or to
// the Scottish Ministers, to participate in or contribute to the
// preparation of the plan (s.10(1)(a)), and how the provider answered it
// (s.10(5)).
type Opportunity struct {
	// Provider is who was given the opportunity: an other service provider
	// ("police-scotland", ...) or "scottish-ministers". Required.
	Provider service.Provider `json:"provider"`
	// IntegrationJointBoard names the board when Provider is
	// "integration-joint-board" and the partnership has more than one.
	IntegrationJointBoard service.IntegrationJointBoard `json:"integration_joint_board,omitzero"`
	// NoticeGiven is the day the provider was told of the opportunity. The
	// zero Date means no notice was given, so no opportunity.
	NoticeGiven period.Date `json:"notice_given,omitzero"`
	// Opens is the first day the provider could take part. Zero means no
	// opening day is recorded: the window is then counted from the day
	// notice was given, and the advance notice is not judged.
	Opens period.Date `json:"opens,omitzero"`
	// Closes is the last day it could take part; zero means the
	// opportunity had no closing date.
	Closes period.Date `json:"closes,omitzero"`
	// Means are the ways offered to take part.
	Means []Means `json:"means,omitempty"`
	// Participation says whether the provider took part; zero when the
	// record does not say.
	Participation Participation `json:"participation,omitzero"`
	// How says how it took part, or why it did not.
	How string `json:"how,omitzero"`
}

// opens returns the day the opportunity opened: Opens, or NoticeGiven.
func (o Opportunity) opens() period.Date {
	if o.Opens.IsValid() {
		return o.Opens
	}
	return o.NoticeGiven
}

// Means is a way of taking part offered with an opportunity. Guidance
// para 79: the phrase "covers a wide range of potential actions, from the
// provision of information and advice, through to active involvement in
// the discussions which underpin the development of a plan". The zero
// Means is unset.
type Means uint8

// The means of taking part.
const (
	MeansPlanningGroupSeat Means = iota + 1 // a seat on the group that prepares the plan
	MeansMeeting                            // a meeting or workshop
	MeansConsultationEvent                  // a consultation event
	MeansWrittenSubmission                  // a written submission or comments on a draft
	MeansDataRequest                        // a request for data or information
	MeansSurvey                             // a survey or questionnaire
	MeansOther                              // another means, described in How
)

var meansNames = [...]string{"", "planning-group-seat", "meeting", "consultation-event", "written-submission", "data-request", "survey", "other"}

// ParseMeans parses a text form of Means, such as "planning-group-seat".
func ParseMeans(s string) (Means, error) { return parseEnum[Means](s, meansNames[:], "means") }

// String returns the text form, "" for the zero Means.
func (m Means) String() string { return enumString(m, meansNames[:]) }

// IsValid reports whether m is one of the named means.
func (m Means) IsValid() bool { return m.String() != "" }

// MarshalText implements [encoding.TextMarshaler].
func (m Means) MarshalText() ([]byte, error) { return marshalEnum(m, meansNames[:], "means") }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseMeans].
func (m *Means) UnmarshalText(text []byte) error {
	return unmarshalEnum(m, text, meansNames[:], "means")
}

// Participation is whether a provider took part in the preparation of the
// plan in accordance with the opportunity given to it (s.10(5)). The zero
// Participation means the record does not say.
type Participation uint8

// The answers to an opportunity.
const (
	// TookPart: the provider participated or contributed.
	TookPart Participation = iota + 1
	// DidNotTakePart: it neither participated nor contributed.
	DidNotTakePart
)

var participationNames = [...]string{"", "took-part", "did-not-take-part"}

// ParseParticipation parses "took-part" or "did-not-take-part".
func ParseParticipation(s string) (Participation, error) {
	return parseEnum[Participation](s, participationNames[:], "participation")
}

// String returns the text form, "" for the zero Participation.
func (p Participation) String() string { return enumString(p, participationNames[:]) }

// IsValid reports whether p is TookPart or DidNotTakePart.
func (p Participation) IsValid() bool { return p.String() != "" }

// MarshalText implements [encoding.TextMarshaler].
func (p Participation) MarshalText() ([]byte, error) {
	return marshalEnum(p, participationNames[:], "participation")
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseParticipation].
func (p *Participation) UnmarshalText(text []byte) error {
	return unmarshalEnum(p, text, participationNames[:], "participation")
}

// Consultee is a person identified for consultation under section
// 10(1)(b), and whether, when and how it was consulted.
type Consultee struct {
	// ID identifies the consultee within the record; requests refer to it.
	// Required, unique.
	ID string `json:"id"`
	// Name is the organisation's or person's name. Required.
	Name string `json:"name"`
	// Category is the limb of section 10(1)(b) it falls under. Required.
	Category ConsulteeCategory `json:"category"`
	// LandlordType is, for a social landlord, which kind of social landlord
	// in section 165 of the Housing (Scotland) Act 2010 it is. Required for
	// category social-landlord, and only for it.
	LandlordType LandlordType `json:"landlord_type,omitzero"`
	// Direction is, for a directed person, the ID of the direction that
	// specifies it.
	Direction string `json:"direction,omitzero"`
	// Sector is the sector the organisation belongs to, where known.
	Sector Sector `json:"sector,omitzero"`
	// Consulted reports whether it was consulted.
	Consulted bool `json:"consulted"`
	// ConsultedOn is when; only with Consulted.
	ConsultedOn period.Date `json:"consulted_on,omitzero"`
	// How says how it was consulted: an event, a survey, a meeting.
	How string `json:"how,omitzero"`
}

// ConsulteeCategory is the limb of section 10(1)(b) under which a person is
// to be consulted. The zero ConsulteeCategory is unset.
type ConsulteeCategory uint8

// The categories of section 10(1)(b) and 10(2).
const (
	// RepresentsServiceUsers: s.10(2)(a), an organisation (whether or not
	// formally constituted) which represents the interests of persons who
	// use or are likely to use any children's service or related service in
	// the area, such as a youth council or kinship carer group (guidance
	// para 82).
	RepresentsServiceUsers ConsulteeCategory = iota + 1
	// ProvidesServiceInArea: s.10(2)(b), an organisation which provides a
	// service in the area which, if it were provided by the local
	// authority, the relevant health board, an other service provider or
	// the Scottish Ministers, would be a children's service or a related
	// service, such as a nursery or a fostering agency (guidance para 83).
	ProvidesServiceInArea
	// SocialLandlord: s.10(1)(b)(ii), a social landlord which appears to
	// provide housing in the area (s.10(3)).
	SocialLandlord
	// DirectedPerson: s.10(1)(b)(iii), a person specified by direction of
	// the Scottish Ministers.
	DirectedPerson
)

var categoryNames = [...]string{"", "represents-service-users", "provides-service-in-area", "social-landlord", "directed-person"}

// ParseConsulteeCategory parses a text form of ConsulteeCategory.
func ParseConsulteeCategory(s string) (ConsulteeCategory, error) {
	return parseEnum[ConsulteeCategory](s, categoryNames[:], "consultee category")
}

// String returns the text form, "" for the zero category.
func (c ConsulteeCategory) String() string { return enumString(c, categoryNames[:]) }

// IsValid reports whether c is one of the four categories.
func (c ConsulteeCategory) IsValid() bool { return c.String() != "" }

// Citation returns the provision the category comes from.
func (c ConsulteeCategory) Citation() part3.Citation {
	switch c {
	case RepresentsServiceUsers:
		return part3.Act("10(2)(a)")
	case ProvidesServiceInArea:
		return part3.Act("10(2)(b)")
	case SocialLandlord:
		return part3.Act("10(1)(b)(ii)")
	case DirectedPerson:
		return part3.Act("10(1)(b)(iii)")
	}
	return part3.Citation{}
}

// MarshalText implements [encoding.TextMarshaler].
func (c ConsulteeCategory) MarshalText() ([]byte, error) {
	return marshalEnum(c, categoryNames[:], "consultee category")
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseConsulteeCategory].
func (c *ConsulteeCategory) UnmarshalText(text []byte) error {
	return unmarshalEnum(c, text, categoryNames[:], "consultee category")
}

// LandlordType is the kind of social landlord, in the words of section 165
// of the Housing (Scotland) Act 2010, which section 10(3) applies: a social
// landlord "means a registered social landlord, local authority landlord,
// or local authority which provides housing services". The zero
// LandlordType is unset.
type LandlordType uint8

// The kinds of social landlord in section 165 of the Housing (Scotland) Act
// 2010.
const (
	RegisteredSocialLandlord     LandlordType = iota + 1 // a registered social landlord, such as a housing association
	LocalAuthorityLandlord                               // a local authority landlord
	LocalAuthorityHousingService                         // a local authority which provides housing services
)

var landlordNames = [...]string{"", "registered-social-landlord", "local-authority-landlord", "local-authority-housing-services"}

// ParseLandlordType parses a text form of LandlordType.
func ParseLandlordType(s string) (LandlordType, error) {
	return parseEnum[LandlordType](s, landlordNames[:], "landlord type")
}

// String returns the text form, "" for the zero LandlordType.
func (t LandlordType) String() string { return enumString(t, landlordNames[:]) }

// IsValid reports whether t is one of the three kinds.
func (t LandlordType) IsValid() bool { return t.String() != "" }

// MarshalText implements [encoding.TextMarshaler].
func (t LandlordType) MarshalText() ([]byte, error) {
	return marshalEnum(t, landlordNames[:], "landlord type")
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseLandlordType].
func (t *LandlordType) UnmarshalText(text []byte) error {
	return unmarshalEnum(t, text, landlordNames[:], "landlord type")
}

// Sector is the sector an organisation belongs to. The zero Sector is
// unset.
type Sector uint8

// The sectors.
const (
	PublicSector  Sector = iota + 1 // a public body
	ThirdSector                     // a charity, voluntary or community organisation
	PrivateSector                   // a business
)

var sectorNames = [...]string{"", "public-sector", "third-sector", "private-sector"}

// ParseSector parses "public-sector", "third-sector" or "private-sector".
func ParseSector(s string) (Sector, error) { return parseEnum[Sector](s, sectorNames[:], "sector") }

// String returns the text form, "" for the zero Sector.
func (s Sector) String() string { return enumString(s, sectorNames[:]) }

// IsValid reports whether s is one of the three sectors.
func (s Sector) IsValid() bool { return s.String() != "" }

// MarshalText implements [encoding.TextMarshaler].
func (s Sector) MarshalText() ([]byte, error) { return marshalEnum(s, sectorNames[:], "sector") }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseSector].
func (s *Sector) UnmarshalText(text []byte) error {
	return unmarshalEnum(s, text, sectorNames[:], "sector")
}

// Request is a request made of a consultee under section 10(6), to
// participate in or contribute to the preparation of the plan, and its
// answer. Section 10(6) binds the consultee by its category, whether or
// not it has been consulted ([ToBeConsulted]).
type Request struct {
	// Consultee is the ID of the consultee asked. Required.
	Consultee string `json:"consultee"`
	// Made is the day the request was made.
	Made period.Date `json:"made,omitzero"`
	// Kind is what was asked: "participate" or "contribute". Required.
	Kind RequestKind `json:"kind"`
	// Description says what was asked.
	Description string `json:"description,omitzero"`
	// Test is the three-part test of a reasonable request (guidance
	// para 94). A part the record does not state is taken not to hold, so
	// that no breach is found on an unassessed request.
	Test Reasonableness `json:"test"`
	// Answer is how the consultee answered; zero while there is no answer
	// yet.
	Answer Answer `json:"answer,omitzero"`
	// RefusalGround is the ground the consultee relied on in refusing, if
	// any; only with answer "refused" (see [RefusalGround]). A
	// data-protection ground excuses a request of any kind in any period:
	// a request that could be met only by processing that data protection
	// law forbids is not a reasonable request. Commercial sensitivity is
	// recognised by guidance para 96 for a request to contribute, which is
	// taken to be a request for information, in a plan from 2020 only; on
	// a request to participate it excuses nothing.
	RefusalGround RefusalGround `json:"refusal_ground,omitzero"`
}

// Answer is how a consultee answered a request. The zero Answer means none
// yet.
type Answer uint8

// The answers to a request.
const (
	Met      Answer = iota + 1 // the consultee met the request
	Refused                    // it refused
	NoAnswer                   // it did not answer in the time given
)

var answerNames = [...]string{"", "met", "refused", "no-answer"}

// ParseAnswer parses "met", "refused" or "no-answer".
func ParseAnswer(s string) (Answer, error) { return parseEnum[Answer](s, answerNames[:], "answer") }

// String returns the text form, "" for the zero Answer.
func (a Answer) String() string { return enumString(a, answerNames[:]) }

// IsValid reports whether a is one of the three answers.
func (a Answer) IsValid() bool { return a.String() != "" }

// MarshalText implements [encoding.TextMarshaler].
func (a Answer) MarshalText() ([]byte, error) { return marshalEnum(a, answerNames[:], "answer") }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseAnswer].
func (a *Answer) UnmarshalText(text []byte) error {
	return unmarshalEnum(a, text, answerNames[:], "answer")
}

// Engagement is an engagement with a group the guidance expects a
// partnership to involve: children and young people or families (para 87),
// the local Third Sector Interface (para 86), staff or the wider community
// (para 34; Appendix A criterion 10 looks for "ongoing engagement and
// ownership with staff, children, young people, families and the wider
// community").
type Engagement struct {
	// With is who was engaged. Required.
	With EngagementGroup `json:"with"`
	// On is when.
	On period.Date `json:"on,omitzero"`
	// How says how: a survey, focus groups, a youth forum.
	How string `json:"how,omitzero"`
}

// EngagementGroup is who an engagement was with. The zero EngagementGroup
// is unset.
type EngagementGroup uint8

// The groups of guidance paras 34, 86 and 87.
const (
	ChildrenAndYoungPeople EngagementGroup = iota + 1 // children and young people (para 87)
	Families                                          // families (para 87)
	ThirdSectorInterface                              // the local Third Sector Interface (para 86)
	Staff                                             // the staff of the services planned (para 34)
	WiderCommunity                                    // the wider community (para 34)
)

var groupNames = [...]string{"", "children-and-young-people", "families", "third-sector-interface", "staff", "wider-community"}

// ParseEngagementGroup parses a text form of EngagementGroup.
func ParseEngagementGroup(s string) (EngagementGroup, error) {
	return parseEnum[EngagementGroup](s, groupNames[:], "engagement group")
}

// String returns the text form, "" for the zero group.
func (g EngagementGroup) String() string { return enumString(g, groupNames[:]) }

// IsValid reports whether g is one of the five groups.
func (g EngagementGroup) IsValid() bool { return g.String() != "" }

// MarshalText implements [encoding.TextMarshaler].
func (g EngagementGroup) MarshalText() ([]byte, error) {
	return marshalEnum(g, groupNames[:], "engagement group")
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseEngagementGroup].
func (g *EngagementGroup) UnmarshalText(text []byte) error {
	return unmarshalEnum(g, text, groupNames[:], "engagement group")
}

// DecodeRecord decodes a record strictly with [part3.DecodeAndCheck] and
// checks it with [Record.Validate]. Every problem is reported at once, as an
// *part3.InputError naming file and each JSON path.
func DecodeRecord(file string, data []byte) (Record, error) {
	var r Record
	if err := part3.DecodeAndCheck(file, data, &r, func(l *part3.InputErrors) { r.check(l, "") }); err != nil {
		return Record{}, err
	}
	return r, nil
}

// Validate reports the values of r that are missing, repeated, dangling
// or inconsistent, as an *part3.InputError listing them, each path a JSON
// Pointer prefixed by base (the record's place in its document, "" for a
// record on its own). It returns nil for a record that can be judged.
//
// It requires a provider for each opportunity (an other service provider or
// the Scottish Ministers, since section 10(1)(a) concerns no one else),
// opportunity dates in order (notice, opening, closing), an ID, a name and
// a category for each consultee with IDs unique, a landlord type for
// social landlords only, a direction only for directed persons, a
// consultation date only for those consulted, a consultee ID that exists
// and a kind for each request, a refusal ground only on a refusal, and a
// group for each engagement.
func (r Record) Validate(base string) error {
	var l part3.InputErrors
	r.check(&l, base)
	return l.Err()
}

// check adds the problems of r to l, with paths under base.
func (r Record) check(l *part3.InputErrors, base string) {
	at := func(tokens ...any) string { return part3.PointerJoin(base, tokens...) }
	for i, o := range r.Opportunities {
		o.check(l, func(tokens ...any) string { return at(append([]any{"opportunities", i}, tokens...)...) })
	}
	ids := make(map[string]int, len(r.Consultees))
	for i, c := range r.Consultees {
		p := func(tokens ...any) string { return at(append([]any{"consultees", i}, tokens...)...) }
		c.check(l, p)
		if strings.TrimSpace(c.ID) == "" {
			continue
		}
		if j, dup := ids[c.ID]; dup {
			l.Add(&part3.InputError{Path: p("id"), Category: part3.ErrDuplicateID,
				Err: fmt.Errorf("%q is also the ID of consultee %d", c.ID, j), Expected: "an ID no other consultee has"})
			continue
		}
		ids[c.ID] = i
	}
	for i, q := range r.Requests {
		p := func(tokens ...any) string { return at(append([]any{"requests", i}, tokens...)...) }
		switch {
		case strings.TrimSpace(q.Consultee) == "":
			l.Add(missing(p("consultee"), "the ID of the consultee the request was made of"))
		case !hasID(ids, q.Consultee) && !l.Undecoded(at("consultees")):
			l.Add(&part3.InputError{Path: p("consultee"), Category: part3.ErrDanglingReference,
				Err: fmt.Errorf("no consultee has ID %q", q.Consultee), Expected: "the ID of one of the record's consultees"})
		}
		if !q.Kind.IsValid() {
			l.Add(missing(p("kind"), `"participate" or "contribute" (s.10(6)(a) or (b))`))
		}
		if q.RefusalGround.IsValid() && q.Answer != Refused {
			l.Add(&part3.InputError{Path: p("refusal_ground"), Category: part3.ErrInvalidValue,
				Err: fmt.Errorf("a refusal ground with answer %q", q.Answer), Expected: `a refusal ground only with answer "refused"`})
		}
	}
	for i, e := range r.Engagement {
		if !e.With.IsValid() {
			l.Add(missing(at("engagement", i, "with"), "one of "+strings.Join(groupNames[1:], ", ")))
		}
	}
}

func hasID(ids map[string]int, id string) bool { _, ok := ids[id]; return ok }

// check adds the problems of o to l; at builds the path of a member.
func (o Opportunity) check(l *part3.InputErrors, at func(...any) string) {
	switch {
	case o.Provider.IsZero():
		l.Add(missing(at("provider"), "the other service provider or \"scottish-ministers\" given the opportunity"))
	case o.Provider != service.ProviderScottishMinisters && !o.Provider.IsOtherServiceProvider():
		l.Add(&part3.InputError{Path: at("provider"), Category: part3.ErrInvalidValue,
			Err:      fmt.Errorf("%q is not given an opportunity under section 10(1)(a)", string(o.Provider)),
			Expected: "an other service provider or \"scottish-ministers\"; record other organisations as consultees"})
	case !o.IntegrationJointBoard.IsZero() && o.Provider != service.ProviderIntegrationJointBoard:
		l.Add(&part3.InputError{Path: at("integration_joint_board"), Category: part3.ErrInvalidValue,
			Err: fmt.Errorf("an integration joint board named for provider %q", string(o.Provider)), Expected: "integration_joint_board only with provider \"integration-joint-board\""})
	}
	switch {
	case o.Opens.IsValid() && o.NoticeGiven.IsValid() && o.Opens.Before(o.NoticeGiven):
		l.Add(&part3.InputError{Path: at("opens"), Category: part3.ErrInvalidValue,
			Err: fmt.Errorf("opens %s before notice was given on %s", o.Opens, o.NoticeGiven), Expected: "a date on or after notice_given"})
	case o.Closes.IsValid() && o.opens().IsValid() && o.Closes.Before(o.opens()):
		l.Add(&part3.InputError{Path: at("closes"), Category: part3.ErrInvalidValue,
			Err: fmt.Errorf("closes %s before it opens on %s", o.Closes, o.opens()), Expected: "a date on or after the opportunity opens"})
	}
	for j, m := range o.Means {
		if !m.IsValid() {
			l.Add(missing(at("means", j), "one of "+strings.Join(meansNames[1:], ", ")))
		}
	}
}

// check adds the problems of c to l; at builds the path of a member.
func (c Consultee) check(l *part3.InputErrors, at func(...any) string) {
	if strings.TrimSpace(c.ID) == "" {
		l.Add(missing(at("id"), "an ID for the consultee, unique in the record"))
	}
	if strings.TrimSpace(c.Name) == "" {
		l.Add(missing(at("name"), "the consultee's name"))
	}
	switch {
	case !c.Category.IsValid():
		l.Add(missing(at("category"), "one of "+strings.Join(categoryNames[1:], ", ")))
	case c.Category == SocialLandlord && !c.LandlordType.IsValid():
		l.Add(missing(at("landlord_type"), "one of "+strings.Join(landlordNames[1:], ", ")+" (Housing (Scotland) Act 2010 s.165)"))
	case c.Category != SocialLandlord && c.LandlordType.IsValid():
		l.Add(&part3.InputError{Path: at("landlord_type"), Category: part3.ErrInvalidValue,
			Err: fmt.Errorf("a landlord type for category %q", c.Category), Expected: `landlord_type only with category "social-landlord"`})
	}
	if c.Category.IsValid() && c.Category != DirectedPerson && c.Direction != "" {
		l.Add(&part3.InputError{Path: at("direction"), Category: part3.ErrInvalidValue,
			Err: fmt.Errorf("a direction for category %q", c.Category), Expected: `direction only with category "directed-person"`})
	}
	if !c.Consulted && c.ConsultedOn.IsValid() {
		l.Add(&part3.InputError{Path: at("consulted_on"), Category: part3.ErrInvalidValue,
			Err: fmt.Errorf("a consultation date, but consulted is false"), Expected: "consulted_on only with consulted true"})
	}
}
