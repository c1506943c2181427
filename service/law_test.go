package service

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
)

func TestJointPlanners(t *testing.T) {
	commence := period.MustDate(2027, 4, 1)
	amended := DefaultLaw().WithSection60Commencement(commence)
	roles := func(bs []Body) []string {
		var out []string
		for _, b := range bs {
			out = append(out, b.Role.String()+" "+b.Name+" "+b.Code)
		}
		return out
	}
	tests := []struct {
		name    string
		council string
		on      period.Date
		law     Law
		want    []string
	}{
		{"default law", "Fife", commence, DefaultLaw(), []string{"local-authority Fife Council S12000047", "relevant-health-board NHS Fife S08000029"}},
		{"before commencement", "Fife", commence.AddDays(-1), amended, []string{"local-authority Fife Council S12000047", "relevant-health-board NHS Fife S08000029"}},
		{"on commencement", "Fife", commence, amended, []string{"local-authority Fife Council S12000047", "relevant-health-board NHS Fife S08000029", "relevant-integration-joint-board Fife Integration Joint Board S37000032"}},
		{"Highland after commencement", "Highland", commence, amended, []string{"local-authority The Highland Council S12000017", "relevant-health-board NHS Highland S08000022"}},
		{"Stirling shares its board", "Stirling", commence.AddDays(400), amended, []string{"local-authority Stirling Council S12000030", "relevant-health-board NHS Forth Valley S08000019", "relevant-integration-joint-board Clackmannanshire and Stirling Integration Joint Board S37000005"}},
		{"Western Isles", "Western Isles", commence, amended, []string{"local-authority Comhairle nan Eilean Siar S12000013", "relevant-health-board NHS Western Isles S08000028", "relevant-integration-joint-board Western Isles Integration Joint Board S37000031"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := JointPlanners(MustLookupCouncil(tt.council), tt.on, tt.law)
			if diff := cmp.Diff(tt.want, roles(got)); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
			require.Equal(t, part3.Act("7(6)"), got[0].Reason.Citation)
			require.Equal(t, part3.Act("7(1)"), got[1].Reason.Citation)
			if len(got) == 3 {
				require.Equal(t, Section60(), got[2].Reason.Citation)
			}
		})
	}
	require.Nil(t, JointPlanners(Council{}, commence, amended))
}

func TestJointPlannerNames(t *testing.T) {
	commence := period.MustDate(2027, 4, 1)
	amended := DefaultLaw().WithSection60Commencement(commence)
	tayside := []Council{MustLookupCouncil("Angus"), MustLookupCouncil("Dundee City"), MustLookupCouncil("Perth and Kinross")}
	tests := []struct {
		name     string
		councils []Council
		law      Law
		want     []string
	}{
		{"one council", []Council{MustLookupCouncil("Moray")}, DefaultLaw(), []string{"Moray Council", "NHS Grampian"}},
		{"a joint plan names its board once", tayside, DefaultLaw(),
			[]string{"Angus Council", "NHS Tayside", "Dundee City Council", "Perth and Kinross Council"}},
		{"after section 60", tayside, amended,
			[]string{"Angus Council", "NHS Tayside", "Angus Integration Joint Board", "Dundee City Council", "Dundee City Integration Joint Board", "Perth and Kinross Council", "Perth and Kinross Integration Joint Board"}},
		{"Highland has no board to add", []Council{MustLookupCouncil("Highland")}, amended, []string{"The Highland Council", "NHS Highland"}},
		{"invalid councils are skipped", []Council{{}, MustLookupCouncil("Fife")}, DefaultLaw(), []string{"Fife Council", "NHS Fife"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := JointPlannerNames(tt.councils, commence, tt.law)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
	require.Nil(t, JointPlannerNames(nil, commence, amended))
}

// TestJointPlannersOwnCopy: the bodies and reasons worded once for each
// council are the words JointPlanners and RelevantHealthBoardLimb always
// gave, and a caller that changes what it is given changes no later answer.
func TestJointPlannersOwnCopy(t *testing.T) {
	for _, c := range Councils() {
		limb, why := RelevantHealthBoardLimb(c)
		wantLimb, wantWhy := relevantHealthBoardLimb(c)
		require.Equal(t, wantLimb, limb, c.Name())
		require.Equal(t, wantWhy, why, c.Name())
		got := JointPlanners(c, period.MustDate(2026, 1, 1), DefaultLaw())
		require.Len(t, got, 2)
		require.Equal(t, why, got[1].Reason)
		require.Equal(t, "the local authority for "+c.Name()+" exercises the Part 3 functions jointly with its relevant health board", got[0].Reason.Text)
		got[0].Name, got[1].Reason.Text = "changed", "changed"
		again := JointPlanners(c, period.MustDate(2026, 1, 1), DefaultLaw())
		require.Equal(t, c.Authority(), again[0].Name)
		require.Equal(t, why, again[1].Reason)
	}
	_, why := RelevantHealthBoardLimb(Council{})
	require.Equal(t, Reason{}, why)
}

func TestSection60(t *testing.T) {
	require.Equal(t, "Children (Care, Care Experience and Services Planning) (Scotland) Act 2026 s.60", Section60().String())
	l := DefaultLaw()
	require.True(t, l.Section60Commencement().IsZero())
	require.False(t, l.Section60InForce(period.MustDate(2099, 1, 1)))
	l = l.WithSection60Commencement(period.MustDate(2027, 4, 1))
	require.False(t, l.Section60InForce(period.MustDate(2027, 3, 31)))
	require.True(t, l.Section60InForce(period.MustDate(2027, 4, 1)))
	require.False(t, DefaultLaw().Section60InForce(period.MustDate(2027, 4, 1)), "With returns a copy")
}

func TestVersion(t *testing.T) {
	l := DefaultLaw().WithSection60Commencement(period.MustDate(2027, 4, 1))
	tests := []struct {
		on   string
		want string
	}{
		{"2026-11-26", "the law on 2026-11-26: Part 3 of the Children and Young People (Scotland) Act 2014 (ss.7-17); other service providers as listed in the statutory guidance, no order under s.7(5) in force (the wording and source of the integration joint board entry are unconfirmed; a caller may vary the register with a dated change); no order under s.7(3) in force; section 60 of the Children (Care, Care Experience and Services Planning) (Scotland) Act 2026 not yet in force (commences 2027-04-01)"},
		{"2027-04-01", "the law on 2027-04-01: Part 3 of the Children and Young People (Scotland) Act 2014 (ss.7-17); other service providers as listed in the statutory guidance, no order under s.7(5) in force (the wording and source of the integration joint board entry are unconfirmed; a caller may vary the register with a dated change); no order under s.7(3) in force; section 60 of the Children (Care, Care Experience and Services Planning) (Scotland) Act 2026 in force from 2027-04-01: the relevant integration joint board is a lead children's services planning body"},
	}
	for _, tt := range tests {
		v := l.Version(period.MustParseDate(tt.on))
		require.Equal(t, tt.want, v.String())
	}
	v := DefaultLaw().Version(period.Date{})
	require.Contains(t, v.String(), "the law on (no date): ")
	require.Contains(t, v.String(), "section 60 of the Children (Care, Care Experience and Services Planning) (Scotland) Act 2026 not in force")
	out, err := jsonMarshal(DefaultLaw().Version(period.MustDate(2026, 4, 1)))
	require.NoError(t, err)
	require.Contains(t, string(out), `{"on":"2026-04-01","provisions":[{"text":"Part 3 of the Children and Young People (Scotland) Act 2014 (ss.7-17)","citation":"s.7"}`)
}

func TestIsRelevantHealthBoard(t *testing.T) {
	tests := []struct {
		name, council, board string
		want                 bool
		text                 string
	}{
		{"coterminous", "Fife", "NHS Fife", true, "paragraph (a)"},
		{"within", "Angus", "NHS Tayside", true, "paragraph (b)"},
		{"Tayside plan, each council its own board", "Perth and Kinross", "Tayside", true, "paragraph (b)"},
		{"wrong board", "Argyll and Bute", "NHS Greater Glasgow and Clyde", false, "the relevant health board is NHS Highland"},
		{"no board", "Angus", "", false, "no health board is given"},
		{"no council", "", "NHS Tayside", false, "no council area is given"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Council
			var b HealthBoard
			if tt.council != "" {
				c = MustLookupCouncil(tt.council)
			}
			if tt.board != "" {
				b = MustLookupHealthBoard(tt.board)
			}
			ok, why := IsRelevantHealthBoard(c, b)
			require.Equal(t, tt.want, ok)
			require.Contains(t, why.Text, tt.text)
			require.Equal(t, part3.Act("7(1)"), why.Citation)
		})
	}
}

func TestPartnership(t *testing.T) {
	p := PartnershipOf(MustLookupCouncil("Dundee"))
	require.True(t, p.IsValid())
	require.Equal(t, "Dundee City Council and NHS Tayside", p.String())
	require.False(t, Partnership{Council: MustLookupCouncil("Dundee"), HealthBoard: MustLookupHealthBoard("Fife")}.IsValid())
	require.True(t, Partnership{}.IsZero())
	out, err := jsonMarshal(p)
	require.NoError(t, err)
	require.Equal(t, `{"council":"Dundee City","health_board":"NHS Tayside"}`, string(out))
	j, ok := RelevantIntegrationJointBoard(MustLookupCouncil("Clackmannanshire"))
	require.True(t, ok)
	require.Len(t, j.Councils(), 2)
	_, ok = RelevantIntegrationJointBoard(MustLookupCouncil("Highland"))
	require.False(t, ok)
}

func TestLimbAndRoleText(t *testing.T) {
	require.Equal(t, "a", LimbSameArea.String())
	require.Equal(t, "b", LimbWithinArea.String())
	require.Equal(t, "", Limb(0).String())
	require.Equal(t, "relevant-integration-joint-board", RoleRelevantIntegrationJointBoard.String())
	require.Equal(t, "BodyRole(9)", BodyRole(9).String())
	require.Equal(t, "OrderEffect(9)", OrderEffect(9).String())
	require.Equal(t, "exclude-related-service", ExcludeRelatedService.String())
}
