package service

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
)

func TestRegistryCounts(t *testing.T) {
	require.Len(t, Councils(), 32)
	require.Len(t, HealthBoards(), 14)
	require.Len(t, IntegrationJointBoards(), 30)
}

// TestRegistryMatchesReferenceTable checks every council's codes and board
// against an independent copy of the reference table.
func TestRegistryMatchesReferenceTable(t *testing.T) {
	data, err := os.ReadFile("testdata/geography-part3-facts.md")
	require.NoError(t, err)
	seen := 0
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| Council area") {
			continue
		}
		cols := strings.Split(strings.Trim(line, "| "), " | ")
		require.Len(t, cols, 5, line)
		name, s12, board, s08 := cols[0], cols[1], cols[2], cols[3]
		s37, _, _ := strings.Cut(cols[4], " ")
		seen++
		t.Run(name, func(t *testing.T) {
			c, ok := CouncilByCode(s12)
			require.True(t, ok, "code %s", s12)
			got := []string{c.Name(), c.Code(), c.HealthBoard().Name(), c.HealthBoard().Code(), c.PartnershipCode()}
			want := []string{name, s12, "NHS " + board, s08, s37}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
			j, hasIJB := c.IntegrationJointBoard()
			if name == "Highland" {
				if hasIJB {
					t.Errorf("Highland has integration joint board %v, want none (lead agency model)", j)
				}
				return
			}
			require.True(t, hasIJB)
			if j.Code() != s37 {
				t.Errorf("IJB code = %s, want %s", j.Code(), s37)
			}
		})
	}
	if seen != 32 {
		t.Fatalf("reference table has %d councils, want 32", seen)
	}
}

func TestRelevantHealthBoardLimb(t *testing.T) {
	var sameArea []string
	for _, c := range Councils() {
		limb, why := RelevantHealthBoardLimb(c)
		if limb == LimbSameArea {
			sameArea = append(sameArea, c.Name())
		}
		if why.Citation != part3.Act("7(1)") || !strings.Contains(why.Text, "paragraph ("+limb.String()+")") {
			t.Errorf("%s: reason %v does not cite s.7(1) paragraph (%s)", c, why, limb)
		}
		if RelevantHealthBoard(c) != c.HealthBoard() {
			t.Errorf("%s: RelevantHealthBoard differs from HealthBoard", c)
		}
	}
	want := []string{"Dumfries and Galloway", "Fife", "Na h-Eileanan Siar", "Orkney Islands", "Scottish Borders", "Shetland Islands"}
	if diff := cmp.Diff(want, sameArea); diff != "" {
		t.Errorf("councils under paragraph (a) (-want +got)\n%s", diff)
	}
	if l, _ := RelevantHealthBoardLimb(Council{}); l != 0 {
		t.Errorf("zero council limb = %v, want zero", l)
	}
}

func TestRealCases(t *testing.T) {
	clacks, stirling := MustLookupCouncil("Clackmannanshire"), MustLookupCouncil("Stirling")
	jc, _ := clacks.IntegrationJointBoard()
	js, _ := stirling.IntegrationJointBoard()
	require.Equal(t, jc, js, "Clackmannanshire and Stirling share one integration joint board")
	require.Equal(t, []Council{clacks, stirling}, jc.Councils())
	require.Equal(t, "S37000005", jc.Code())

	highland := MustLookupCouncil("Highland")
	_, ok := highland.IntegrationJointBoard()
	require.False(t, ok, "Highland has no integration joint board")
	require.Equal(t, "S37000016", highland.PartnershipCode())
	_, ok = IntegrationJointBoardByCode("S37000016")
	require.False(t, ok)

	argyll := MustLookupCouncil("Argyll & Bute")
	ja, ok := argyll.IntegrationJointBoard()
	require.True(t, ok)
	require.Equal(t, "Argyll and Bute Integration Joint Board", ja.Name())
	require.Equal(t, "NHS Highland", argyll.HealthBoard().Name())
	require.Equal(t, argyll.HealthBoard(), ja.HealthBoard())
	require.Equal(t, []Council{argyll, highland}, MustLookupHealthBoard("NHS Highland").Councils())

	tayside := MustLookupHealthBoard("Tayside")
	var names []string
	for _, c := range tayside.Councils() {
		names = append(names, c.Name())
	}
	require.Equal(t, []string{"Angus", "Dundee City", "Perth and Kinross"}, names)
}

func TestOldCodes(t *testing.T) {
	tests := []struct {
		name, old, current string
	}{
		{"Fife council 2018", "S12000015", "S12000047"},
		{"Perth and Kinross council 2018", "S12000024", "S12000048"},
		{"Glasgow City council 2019", "S12000046", "S12000049"},
		{"North Lanarkshire council 2019", "S12000044", "S12000050"},
		{"NHS Fife 2018", "S08000018", "S08000029"},
		{"NHS Tayside 2018", "S08000027", "S08000030"},
		{"NHS Greater Glasgow and Clyde 2019", "S08000021", "S08000031"},
		{"NHS Lanarkshire 2019", "S08000023", "S08000032"},
		{"Fife partnership 2018", "S37000014", "S37000032"},
		{"Perth and Kinross partnership 2018", "S37000023", "S37000033"},
		{"Glasgow City partnership 2019", "S37000015", "S37000034"},
		{"North Lanarkshire partnership 2019", "S37000021", "S37000035"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			var old []string
			switch tt.old[:3] {
			case "S12":
				c, ok := CouncilByCode(tt.old)
				require.True(t, ok)
				got, old = c.Code(), c.OldCodes()
			case "S08":
				b, ok := HealthBoardByCode(tt.old)
				require.True(t, ok)
				got, old = b.Code(), b.OldCodes()
			default:
				j, ok := IntegrationJointBoardByCode(tt.old)
				require.True(t, ok)
				got, old = j.Code(), j.OldCodes()
			}
			if got != tt.current || !cmp.Equal(old, []string{tt.old}) {
				t.Errorf("%s resolves to %s (old codes %v), want %s", tt.old, got, old, tt.current)
			}
		})
	}
}

func TestLookupCouncil(t *testing.T) {
	tests := []struct {
		input string
		want  string
	}{
		{"Edinburgh", "City of Edinburgh"},
		{"City of Edinburgh", "City of Edinburgh"},
		{"City of Edinburgh Council", "City of Edinburgh"},
		{"  edinburgh  ", "City of Edinburgh"},
		{"Western Isles", "Na h-Eileanan Siar"},
		{"Na h-Eileanan Siar", "Na h-Eileanan Siar"},
		{"na h eileanan siar", "Na h-Eileanan Siar"},
		{"Comhairle nan Eilean Siar", "Na h-Eileanan Siar"},
		{"Eilean Siar", "Na h-Eileanan Siar"},
		{"Dundee", "Dundee City"},
		{"Dundee City Council", "Dundee City"},
		{"Glasgow", "Glasgow City"},
		{"GLASGOW CITY", "Glasgow City"},
		{"Aberdeen", "Aberdeen City"},
		{"Aberdeenshire", "Aberdeenshire"},
		{"Perth & Kinross", "Perth and Kinross"},
		{"Perth&Kinross", "Perth and Kinross"},
		{"perth-and-kinross", "Perth and Kinross"},
		{"Borders", "Scottish Borders"},
		{"Scottish Borders Council", "Scottish Borders"},
		{"The Highland Council", "Highland"},
		{"Highland", "Highland"},
		{"Argyll & Bute", "Argyll and Bute"},
		{"Dumfries & Galloway", "Dumfries and Galloway"},
		{"Orkney", "Orkney Islands"},
		{"Shetland", "Shetland Islands"},
		{"S12000047", "Fife"},
		{"s12000015", "Fife"},
		{"S12000046", "Glasgow City"},
	}
	for _, tt := range tests {
		t.Run(tt.input, func(t *testing.T) {
			c, err := LookupCouncil(tt.input)
			require.NoError(t, err)
			if c.Name() != tt.want {
				t.Errorf("LookupCouncil(%q) = %q, want %q", tt.input, c.Name(), tt.want)
			}
		})
	}
}

func TestLookupCouncilEveryName(t *testing.T) {
	for _, c := range Councils() {
		for _, in := range append([]string{c.Name(), c.Authority(), c.Code(), strings.ToUpper(c.Name())}, c.OldCodes()...) {
			got, err := LookupCouncil(in)
			if err != nil || got != c {
				t.Errorf("LookupCouncil(%q) = %v, %v; want %v", in, got, err, c)
			}
		}
	}
}

func TestLookupUnknown(t *testing.T) {
	tests := []struct {
		input string
		want  []string
	}{
		{"Edinbrugh", []string{"City of Edinburgh"}},
		{"Dumfries", []string{"Dumfries and Galloway"}},
		{"Fyfe", []string{"Fife"}},
		{"East Lothain", []string{"East Lothian"}},
		{"Lanarkshire", []string{"North Lanarkshire", "South Lanarkshire"}},
		{"Atlantis", nil},
		{"", nil},
		{"\xff", nil},
	}
	for _, tt := range tests {
		t.Run(tt.input, func(t *testing.T) {
			_, err := LookupCouncil(tt.input)
			var ue *UnknownNameError
			require.ErrorAs(t, err, &ue)
			if ue.Kind != "council area" || ue.Input != tt.input {
				t.Errorf("error = %+v", ue)
			}
			if diff := cmp.Diff(tt.want, ue.Suggestions); diff != "" {
				t.Errorf("suggestions (-want +got)\n%s", diff)
			}
		})
	}
	_, err := LookupCouncil("Edinbrugh")
	require.EqualError(t, err, `unknown council area "Edinbrugh"; did you mean "City of Edinburgh"?`)
	_, err = LookupCouncil("Lanarkshire")
	require.EqualError(t, err, `unknown council area "Lanarkshire"; did you mean "North Lanarkshire" or "South Lanarkshire"?`)
}

func TestLookupHealthBoard(t *testing.T) {
	tests := []struct {
		input, want string
	}{
		{"NHS Fife", "NHS Fife"},
		{"Fife", "NHS Fife"},
		{"Fife Health Board", "NHS Fife"},
		{"nhs greater glasgow & clyde", "NHS Greater Glasgow and Clyde"},
		{"NHS GGC", "NHS Greater Glasgow and Clyde"},
		{"Ayrshire & Arran", "NHS Ayrshire and Arran"},
		{"NHS Western Isles", "NHS Western Isles"},
		{"Eileanan Siar", "NHS Western Isles"},
		{"Bòrd SSN nan Eilean Siar", "NHS Western Isles"},
		{"S08000018", "NHS Fife"},
		{"s08000031", "NHS Greater Glasgow and Clyde"},
	}
	for _, tt := range tests {
		t.Run(tt.input, func(t *testing.T) {
			b, err := LookupHealthBoard(tt.input)
			require.NoError(t, err)
			if b.Name() != tt.want {
				t.Errorf("LookupHealthBoard(%q) = %q, want %q", tt.input, b.Name(), tt.want)
			}
		})
	}
	_, err := LookupHealthBoard("NHS Fyfe")
	require.EqualError(t, err, `unknown health board "NHS Fyfe"; did you mean "NHS Fife"?`)
	for _, b := range HealthBoards() {
		got, err := LookupHealthBoard(b.Name())
		if err != nil || got != b {
			t.Errorf("LookupHealthBoard(%q) = %v, %v", b.Name(), got, err)
		}
	}
}

func TestLookupIntegrationJointBoard(t *testing.T) {
	tests := []struct {
		input, want string
	}{
		{"Edinburgh Integration Joint Board", "Edinburgh Integration Joint Board"},
		{"City of Edinburgh", "Edinburgh Integration Joint Board"},
		{"Clackmannanshire & Stirling IJB", "Clackmannanshire and Stirling Integration Joint Board"},
		{"Stirling", "Clackmannanshire and Stirling Integration Joint Board"},
		{"Fife Health and Social Care Partnership", "Fife Integration Joint Board"},
		{"S37000014", "Fife Integration Joint Board"},
	}
	for _, tt := range tests {
		t.Run(tt.input, func(t *testing.T) {
			j, err := LookupIntegrationJointBoard(tt.input)
			require.NoError(t, err)
			if j.Name() != tt.want {
				t.Errorf("LookupIntegrationJointBoard(%q) = %q, want %q", tt.input, j.Name(), tt.want)
			}
		})
	}
	_, err := LookupIntegrationJointBoard("Highland")
	var ue *UnknownNameError
	require.ErrorAs(t, err, &ue)
	for _, j := range IntegrationJointBoards() {
		got, err := LookupIntegrationJointBoard(j.Name())
		if err != nil || got != j {
			t.Errorf("LookupIntegrationJointBoard(%q) = %v, %v", j.Name(), got, err)
		}
	}
}

func TestZeroValues(t *testing.T) {
	var c Council
	var b HealthBoard
	var j IntegrationJointBoard
	require.True(t, c.IsZero())
	require.False(t, c.IsValid())
	require.Equal(t, "", c.Name())
	require.Equal(t, "", c.Code())
	require.True(t, c.HealthBoard().IsZero())
	_, ok := c.IntegrationJointBoard()
	require.False(t, ok)
	require.True(t, b.IsZero())
	require.Equal(t, "", b.Name())
	require.Nil(t, b.Councils())
	require.True(t, j.IsZero())
	require.True(t, j.HealthBoard().IsZero())
	text, err := c.MarshalText()
	require.NoError(t, err)
	require.Equal(t, "", string(text))
	require.False(t, Council{idx: 200}.IsValid())
	require.Equal(t, "", Council{idx: 200}.Name())
}

// areaDoc is a document holding the three area types, as other packages'
// documents do.
type areaDoc struct {
	Council     Council               `json:"council"`
	HealthBoard HealthBoard           `json:"health_board"`
	IJB         IntegrationJointBoard `json:"integration_joint_board"`
}

func TestAreaJSON(t *testing.T) {
	var d areaDoc
	require.NoError(t, part3.Decode("doc.json", []byte(`{"council": "Perth & Kinross", "health_board": "Tayside", "integration_joint_board": "S37000023"}`), &d))
	want := areaDoc{MustLookupCouncil("Perth and Kinross"), MustLookupHealthBoard("NHS Tayside"), mustIJB(t, "Perth and Kinross")}
	require.Equal(t, want, d)

	out, err := jsonMarshal(d)
	require.NoError(t, err)
	require.Equal(t, `{"council":"Perth and Kinross","health_board":"NHS Tayside","integration_joint_board":"Perth and Kinross Integration Joint Board"}`, string(out))

	// An empty name is refused, as the published schemas refuse it: leave
	// the member out instead. Each of the three is reported.
	var empty areaDoc
	err = part3.Decode("doc.json", []byte(`{"council": "", "health_board": "", "integration_joint_board": ""}`), &empty)
	var ie *part3.InputError
	require.ErrorAs(t, err, &ie)
	var paths []string
	for _, p := range ie.Problems() {
		require.ErrorIs(t, p, part3.ErrMissing)
		paths = append(paths, p.Path)
	}
	require.Equal(t, []string{"/council", "/health_board", "/integration_joint_board"}, paths)
}

func TestAreaJSONErrors(t *testing.T) {
	tests := []struct {
		name, doc, path, expected string
	}{
		{"council", `{"council": "Edinbrugh"}`, "/council", "council areas"},
		{"board", "{\n  \"health_board\": \"NHS Fyfe\"\n}", "/health_board", "health boards"},
		{"ijb", `{"integration_joint_board": "Highland"}`, "/integration_joint_board", "integration joint boards"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d areaDoc
			err := part3.Decode("doc.json", []byte(tt.doc), &d)
			var ie *part3.InputError
			require.ErrorAs(t, err, &ie)
			require.ErrorIs(t, err, part3.ErrInvalidValue)
			if ie.Path != tt.path || ie.File != "doc.json" || !strings.Contains(ie.Expected, tt.expected) {
				t.Errorf("error = %+v", ie)
			}
			var ue *UnknownNameError
			require.True(t, errors.As(err, &ue), "the *UnknownNameError is in the chain: %v", err)
		})
	}
}

func mustIJB(t *testing.T, name string) IntegrationJointBoard {
	t.Helper()
	j, err := LookupIntegrationJointBoard(name)
	require.NoError(t, err)
	return j
}

func TestNormalise(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Perth & Kinross", "perth and kinross"},
		{"Perth&Kinross", "perth and kinross"},
		{"  Na h-Eileanan   Siar ", "na h eileanan siar"},
		{"Children's", "childrens"},
		{"Bòrd", "bord"},
		{"&", "and"},
	}
	for _, tt := range tests {
		got, ok := normalise(nil, tt.in)
		if !ok || string(got) != tt.want {
			t.Errorf("normalise(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	for _, in := range []string{"", " - ", "\xff"} {
		if _, ok := normalise(nil, in); ok {
			t.Errorf("normalise(%q) ok, want false", in)
		}
	}
}

func TestContainsWords(t *testing.T) {
	tests := []struct {
		key, in string
		want    bool
	}{
		{"north lanarkshire", "lanarkshire", true},
		{"north lanarkshire", "north", true},
		{"north lanarkshire", "nark", false},
		{"east lothian", "lothian", true},
		{"aberdeenshire", "aberdeen", true},
		{"a b a", "a", true},
		{"ba ab", "a", false},
	}
	for _, tt := range tests {
		if got := containsWords(tt.key, tt.in); got != tt.want {
			t.Errorf("containsWords(%q, %q) = %v, want %v", tt.key, tt.in, got, tt.want)
		}
	}
	if distance("kitten", "sitting") != 3 || distance("", "abc") != 3 || distance("abc", "abc") != 0 {
		t.Error("distance is wrong")
	}
	long := strings.Repeat("x", 100)
	if distance(long, long+"y") != 1 {
		t.Error("distance of long strings is wrong")
	}
}
