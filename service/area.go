package service

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"

	"github.com/csplanning/part3"
)

//go:embed data/councils.tsv
var councilsTSV []byte

//go:embed data/healthboards.tsv
var healthBoardsTSV []byte

// Council is one of Scotland's 32 council areas, and so the local authority
// for it: the area a children's services plan is for (s.8(1)) and one of
// the two bodies that prepare it (s.7(6)).
//
// Council is a small comparable value, usable as a map key. The zero
// Council is unset: it is not valid, its name and code are "", and it
// marshals to the empty string. Get a Council from [Councils],
// [LookupCouncil], [CouncilByCode] or [MustLookupCouncil].
type Council struct{ idx uint8 }

// HealthBoard is one of Scotland's 14 territorial health boards, boards
// constituted under section 2(1)(a) of the National Health Service
// (Scotland) Act 1978 (s.97(1)). It is a small comparable value; the zero
// HealthBoard is unset and not valid.
type HealthBoard struct{ idx uint8 }

// IntegrationJointBoard is one of Scotland's 30 integration joint boards,
// established by order under section 9 of the Public Bodies (Joint
// Working) (Scotland) Act 2014. The module reads the register's
// integration joint board entry (s.7(1), guidance para 135; its wording
// and source are unconfirmed) as making each board an "other service
// provider" for its own council areas ([OtherServiceProvidersFor]).
// Clackmannanshire and Stirling share one; Highland has none (it uses the
// lead agency model). It is a small comparable value; the zero
// IntegrationJointBoard is unset and not valid.
type IntegrationJointBoard struct{ idx uint8 }

type councilRow struct {
	name, code, authority string
	oldCodes              []string
	board                 HealthBoard
	hscpCode              string
	ijb                   IntegrationJointBoard // zero for Highland
}

type boardRow struct {
	name, code string
	oldCodes   []string
	councils   []Council
}

type ijbRow struct {
	name, code string
	oldCodes   []string
	councils   []Council
}

// The registry, read once from the embedded data files.
var (
	councilRows []councilRow // index idx-1
	boardRows   []boardRow
	ijbRows     []ijbRow

	councilByCode = map[string]Council{}
	councilByName = map[string]Council{} // normalised name or alias
	boardByCode   = map[string]HealthBoard{}
	boardByName   = map[string]HealthBoard{}
	ijbByCode     = map[string]IntegrationJointBoard{}
	ijbByName     = map[string]IntegrationJointBoard{}
)

func init() {
	if err := loadRegistry(); err != nil {
		// The data files are part of the package and tested; a failure here
		// is a defect of the build, not of any input.
		panic("service: embedded data: " + err.Error())
	}
}

// readTSV returns the rows of an embedded table after its comment lines and
// its header, checking that each has want columns.
func readTSV(name string, data []byte, want int) ([][]string, error) {
	var rows [][]string
	sc := bufio.NewScanner(bytes.NewReader(data))
	header := true
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != want {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d", name, line, len(cols), want)
		}
		rows = append(rows, cols)
	}
	return rows, sc.Err()
}

func list(col string) []string {
	if col == "-" {
		return nil
	}
	return strings.Split(col, ",")
}

func aliases(col string) []string {
	if col == "-" {
		return nil
	}
	return strings.Split(col, "|")
}

func loadRegistry() error {
	boards, err := readTSV("healthboards.tsv", healthBoardsTSV, 4)
	if err != nil {
		return err
	}
	for i, cols := range boards {
		b := HealthBoard{uint8(i + 1)}
		boardRows = append(boardRows, boardRow{name: cols[0], code: cols[1], oldCodes: list(cols[2])})
		for _, code := range append([]string{cols[1]}, list(cols[2])...) {
			if err := addKey(boardByCode, code, b, "health board code"); err != nil {
				return err
			}
		}
		names := append([]string{cols[0], strings.TrimPrefix(cols[0], "NHS ")}, aliases(cols[3])...)
		for _, n := range names {
			if err := addKey(boardByName, boardKey(n), b, "health board name"); err != nil {
				return err
			}
		}
	}
	councils, err := readTSV("councils.tsv", councilsTSV, 9)
	if err != nil {
		return err
	}
	for i, cols := range councils {
		c := Council{uint8(i + 1)}
		board, ok := boardByCode[cols[4]]
		if !ok || boardRows[board.idx-1].code != cols[4] {
			return fmt.Errorf("council %s: health board %s is not a current board code", cols[0], cols[4])
		}
		row := councilRow{name: cols[0], code: cols[1], oldCodes: list(cols[2]), authority: cols[3], board: board, hscpCode: cols[5]}
		boardRows[board.idx-1].councils = append(boardRows[board.idx-1].councils, c)
		if cols[7] != "-" {
			ijb, ok := ijbByCode[cols[5]]
			if !ok {
				ijb = IntegrationJointBoard{uint8(len(ijbRows) + 1)}
				ijbRows = append(ijbRows, ijbRow{name: cols[7], code: cols[5], oldCodes: list(cols[6])})
				for _, code := range append([]string{cols[5]}, list(cols[6])...) {
					if err := addKey(ijbByCode, code, ijb, "integration joint board code"); err != nil {
						return err
					}
				}
				if err := addKey(ijbByName, ijbKey(cols[7]), ijb, "integration joint board name"); err != nil {
					return err
				}
			} else if ijbRows[ijb.idx-1].name != cols[7] {
				return fmt.Errorf("council %s: partnership %s named both %q and %q", cols[0], cols[5], ijbRows[ijb.idx-1].name, cols[7])
			}
			ijbRows[ijb.idx-1].councils = append(ijbRows[ijb.idx-1].councils, c)
			row.ijb = ijb
		}
		councilRows = append(councilRows, row)
		for _, code := range append([]string{cols[1]}, list(cols[2])...) {
			if err := addKey(councilByCode, code, c, "council code"); err != nil {
				return err
			}
		}
		names := append([]string{cols[0], cols[3]}, aliases(cols[8])...)
		for _, n := range names {
			if err := addKey(councilByName, councilKey(n), c, "council name"); err != nil {
				return err
			}
		}
	}
	return nil
}

// addKey adds key to m, refusing a key that already names another value.
func addKey[V comparable](m map[string]V, key string, v V, what string) error {
	if key == "" {
		return fmt.Errorf("empty %s", what)
	}
	if old, ok := m[key]; ok && old != v {
		return fmt.Errorf("%s %q names two entries", what, key)
	}
	m[key] = v
	return nil
}

// Councils returns the 32 council areas in alphabetical order of their
// official names. The slice is new on each call.
func Councils() []Council {
	out := make([]Council, len(councilRows))
	for i := range out {
		out[i] = Council{uint8(i + 1)}
	}
	return out
}

// HealthBoards returns the 14 territorial health boards in alphabetical
// order. The slice is new on each call.
func HealthBoards() []HealthBoard {
	out := make([]HealthBoard, len(boardRows))
	for i := range out {
		out[i] = HealthBoard{uint8(i + 1)}
	}
	return out
}

// IntegrationJointBoards returns the 30 integration joint boards in
// alphabetical order of their first council. The slice is new on each call.
func IntegrationJointBoards() []IntegrationJointBoard {
	out := make([]IntegrationJointBoard, len(ijbRows))
	for i := range out {
		out[i] = IntegrationJointBoard{uint8(i + 1)}
	}
	return out
}

// CouncilByCode returns the council area with the GSS code code (S12...),
// current or old: S12000015, Fife's code before 2018, gives Fife. The code
// must be exact (upper-case S); it does not allocate.
func CouncilByCode(code string) (Council, bool) {
	c, ok := councilByCode[code]
	return c, ok
}

// HealthBoardByCode returns the health board with the GSS code code
// (S08...), current or old.
func HealthBoardByCode(code string) (HealthBoard, bool) {
	b, ok := boardByCode[code]
	return b, ok
}

// IntegrationJointBoardByCode returns the integration joint board whose
// health and social care partnership has the GSS code code (S37...),
// current or old. Highland's partnership code, S37000016, gives false: it
// has no integration joint board.
func IntegrationJointBoardByCode(code string) (IntegrationJointBoard, bool) {
	j, ok := ijbByCode[code]
	return j, ok
}

// LookupCouncil finds a council area by its official name, its local
// authority's name, a name in common use or its GSS code (current or old).
// It ignores case, punctuation and spacing, reads "&" as "and", and drops a
// leading "The" and a trailing "Council": "Perth & Kinross", "edinburgh",
// "City of Edinburgh Council", "Western Isles", "Comhairle nan Eilean Siar",
// "Dundee", "Borders" and "S12000015" all succeed. Any other name is an
// *UnknownNameError that suggests the closest names.
func LookupCouncil(name string) (Council, error) {
	if c, ok := councilByCode[name]; ok {
		return c, nil
	}
	var buf [keyBuf]byte
	key, ok := normalise(buf[:0], name)
	if ok {
		key = trimCouncilWords(key)
		if c, ok := councilByName[string(key)]; ok {
			return c, nil
		}
		if c, ok := councilByCode[strings.ToUpper(string(key))]; ok {
			return c, nil
		}
	}
	return Council{}, unknown("council area", name, trimCouncilWords, councilByName, func(c Council) string { return c.Name() })
}

// MustLookupCouncil is LookupCouncil for tests and examples: it panics if
// name is not a council area.
func MustLookupCouncil(name string) Council {
	c, err := LookupCouncil(name)
	if err != nil {
		panic(err)
	}
	return c
}

// LookupHealthBoard finds a territorial health board by name, with or
// without "NHS" ("NHS Fife", "Fife", "Greater Glasgow & Clyde"), or by GSS
// code (current or old). It forgives as [LookupCouncil] does and also drops
// a trailing "Health Board" or "NHS Board". Any other name is an
// *UnknownNameError.
func LookupHealthBoard(name string) (HealthBoard, error) {
	if b, ok := boardByCode[name]; ok {
		return b, nil
	}
	var buf [keyBuf]byte
	key, ok := normalise(buf[:0], name)
	if ok {
		key = trimBoardWords(key)
		if b, ok := boardByName[string(key)]; ok {
			return b, nil
		}
		if b, ok := boardByCode[strings.ToUpper(string(key))]; ok {
			return b, nil
		}
	}
	return HealthBoard{}, unknown("health board", name, trimBoardWords, boardByName, func(b HealthBoard) string { return b.Name() })
}

// MustLookupHealthBoard is LookupHealthBoard for tests and examples: it
// panics if name is not a health board.
func MustLookupHealthBoard(name string) HealthBoard {
	b, err := LookupHealthBoard(name)
	if err != nil {
		panic(err)
	}
	return b
}

// LookupIntegrationJointBoard finds an integration joint board by name
// ("Edinburgh Integration Joint Board", "Clackmannanshire & Stirling IJB",
// "Fife") or by its partnership's GSS code. It forgives as [LookupCouncil]
// does and also drops a trailing "Integration Joint Board", "IJB" or
// "Health and Social Care Partnership". Any other name is an
// *UnknownNameError.
func LookupIntegrationJointBoard(name string) (IntegrationJointBoard, error) {
	if j, ok := ijbByCode[name]; ok {
		return j, nil
	}
	var buf [keyBuf]byte
	key, ok := normalise(buf[:0], name)
	if ok {
		key = trimIJBWords(key)
		if j, ok := ijbByName[string(key)]; ok {
			return j, nil
		}
		if j, ok := ijbByCode[strings.ToUpper(string(key))]; ok {
			return j, nil
		}
		// A council's name finds its board: "Stirling" finds the
		// Clackmannanshire and Stirling board.
		if c, ok := councilByName[string(trimCouncilWords(key))]; ok {
			if j, ok := c.IntegrationJointBoard(); ok {
				return j, nil
			}
		}
	}
	return IntegrationJointBoard{}, unknown("integration joint board", name, trimIJBWords, ijbByName, func(j IntegrationJointBoard) string { return j.Name() })
}

// Equal reports whether c and d are the same council area; it is c == d,
// and lets go-cmp compare values that hold councils.
func (c Council) Equal(d Council) bool { return c == d }

// IsZero reports whether c is the zero (unset) Council.
func (c Council) IsZero() bool { return c.idx == 0 }

// IsValid reports whether c is one of the 32 council areas.
func (c Council) IsValid() bool { return c.idx != 0 && int(c.idx) <= len(councilRows) }

func (c Council) row() *councilRow {
	if !c.IsValid() {
		return &councilRow{}
	}
	return &councilRows[c.idx-1]
}

// Name returns the council area's official name ("City of Edinburgh",
// "Na h-Eileanan Siar"), or "" for the zero Council.
func (c Council) Name() string { return c.row().name }

// String returns the official name, as Name does.
func (c Council) String() string { return c.Name() }

// Code returns the council area's current GSS code (S12...).
func (c Council) Code() string { return c.row().code }

// OldCodes returns the area's earlier GSS codes, oldest first; nil for
// most areas. The slice is new on each call.
func (c Council) OldCodes() []string { return append([]string(nil), c.row().oldCodes...) }

// Authority returns the local authority's name as it styles itself ("Fife
// Council", "Comhairle nan Eilean Siar"). These names are not taken from a
// statutory source.
func (c Council) Authority() string { return c.row().authority }

// HealthBoard returns the council's relevant health board (s.7(1)), the
// zero HealthBoard for the zero Council. It is the same as
// RelevantHealthBoard(c).
func (c Council) HealthBoard() HealthBoard { return c.row().board }

// IntegrationJointBoard returns the integration joint board of the
// council's health and social care partnership, and false for Highland
// (lead agency model) and the zero Council.
func (c Council) IntegrationJointBoard() (IntegrationJointBoard, bool) {
	j := c.row().ijb
	return j, !j.IsZero()
}

// PartnershipCode returns the GSS code (S37...) of the council's health and
// social care partnership; Highland has one (S37000016) though it has no
// integration joint board.
func (c Council) PartnershipCode() string { return c.row().hscpCode }

// AppendText implements [encoding.TextAppender]: the official name.
func (c Council) AppendText(b []byte) ([]byte, error) { return append(b, c.Name()...), nil }

// MarshalText implements [encoding.TextMarshaler]: the official name, or
// the empty string for the zero Council.
func (c Council) MarshalText() ([]byte, error) { return []byte(c.Name()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [LookupCouncil];
// the empty string gives the zero Council. An unknown name is an
// *part3.InputError of category part3.ErrInvalidValue wrapping an
// *UnknownNameError, so that [part3.Decode] reports it at its JSON path.
func (c *Council) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = Council{}
		return nil
	}
	v, err := LookupCouncil(string(text))
	if err != nil {
		return inputError(err, "the name or GSS code of one of Scotland's 32 council areas")
	}
	*c = v
	return nil
}

// Equal reports whether b and c are the same health board; it is b == c,
// and lets go-cmp compare values that hold health boards.
func (b HealthBoard) Equal(c HealthBoard) bool { return b == c }

// IsZero reports whether b is the zero (unset) HealthBoard.
func (b HealthBoard) IsZero() bool { return b.idx == 0 }

// IsValid reports whether b is one of the 14 territorial health boards.
func (b HealthBoard) IsValid() bool { return b.idx != 0 && int(b.idx) <= len(boardRows) }

func (b HealthBoard) row() *boardRow {
	if !b.IsValid() {
		return &boardRow{}
	}
	return &boardRows[b.idx-1]
}

// Name returns the board's name in common use ("NHS Fife"), or "" for the
// zero HealthBoard.
func (b HealthBoard) Name() string { return b.row().name }

// String returns the name, as Name does.
func (b HealthBoard) String() string { return b.Name() }

// Code returns the board's current GSS code (S08...).
func (b HealthBoard) Code() string { return b.row().code }

// OldCodes returns the board's earlier GSS codes; nil for most boards.
func (b HealthBoard) OldCodes() []string { return append([]string(nil), b.row().oldCodes...) }

// Councils returns the council areas within the board's area, in
// alphabetical order: one for the six boards whose area is the same as a
// council's, more for the others.
func (b HealthBoard) Councils() []Council { return append([]Council(nil), b.row().councils...) }

// AppendText implements [encoding.TextAppender]: the name.
func (b HealthBoard) AppendText(buf []byte) ([]byte, error) { return append(buf, b.Name()...), nil }

// MarshalText implements [encoding.TextMarshaler]: the name, or the empty
// string for the zero HealthBoard.
func (b HealthBoard) MarshalText() ([]byte, error) { return []byte(b.Name()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [LookupHealthBoard]; the empty string gives the zero HealthBoard. An
// unknown name is an *part3.InputError (part3.ErrInvalidValue).
func (b *HealthBoard) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*b = HealthBoard{}
		return nil
	}
	v, err := LookupHealthBoard(string(text))
	if err != nil {
		return inputError(err, "the name or GSS code of one of Scotland's 14 territorial health boards, such as \"NHS Fife\"")
	}
	*b = v
	return nil
}

// Equal reports whether j and k are the same integration joint board; it
// is j == k, and lets go-cmp compare values that hold boards.
func (j IntegrationJointBoard) Equal(k IntegrationJointBoard) bool { return j == k }

// IsZero reports whether j is the zero (unset) IntegrationJointBoard.
func (j IntegrationJointBoard) IsZero() bool { return j.idx == 0 }

// IsValid reports whether j is one of the 30 integration joint boards.
func (j IntegrationJointBoard) IsValid() bool { return j.idx != 0 && int(j.idx) <= len(ijbRows) }

func (j IntegrationJointBoard) row() *ijbRow {
	if !j.IsValid() {
		return &ijbRow{}
	}
	return &ijbRows[j.idx-1]
}

// Name returns the board's name ("Clackmannanshire and Stirling
// Integration Joint Board"), or "" for the zero value. Names are formed
// from the partnership's name; the boards' own styles vary.
func (j IntegrationJointBoard) Name() string { return j.row().name }

// String returns the name, as Name does.
func (j IntegrationJointBoard) String() string { return j.Name() }

// Code returns the current GSS code (S37...) of the board's health and
// social care partnership.
func (j IntegrationJointBoard) Code() string { return j.row().code }

// OldCodes returns the partnership's earlier GSS codes; nil for most.
func (j IntegrationJointBoard) OldCodes() []string { return append([]string(nil), j.row().oldCodes...) }

// Councils returns the council areas the board covers: two for
// Clackmannanshire and Stirling, one for every other board.
func (j IntegrationJointBoard) Councils() []Council {
	return append([]Council(nil), j.row().councils...)
}

// HealthBoard returns the health board that, with the board's council or
// councils, established it.
func (j IntegrationJointBoard) HealthBoard() HealthBoard {
	if !j.IsValid() {
		return HealthBoard{}
	}
	return j.row().councils[0].HealthBoard()
}

// AppendText implements [encoding.TextAppender]: the name.
func (j IntegrationJointBoard) AppendText(b []byte) ([]byte, error) {
	return append(b, j.Name()...), nil
}

// MarshalText implements [encoding.TextMarshaler]: the name, or the empty
// string for the zero value.
func (j IntegrationJointBoard) MarshalText() ([]byte, error) { return []byte(j.Name()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [LookupIntegrationJointBoard]; the empty string gives the zero value. An
// unknown name is an *part3.InputError (part3.ErrInvalidValue).
func (j *IntegrationJointBoard) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*j = IntegrationJointBoard{}
		return nil
	}
	v, err := LookupIntegrationJointBoard(string(text))
	if err != nil {
		return inputError(err, "the name or partnership GSS code of one of Scotland's 30 integration joint boards")
	}
	*j = v
	return nil
}

// inputError wraps a look-up failure for UnmarshalText.
func inputError(err error, expected string) error {
	return &part3.InputError{Category: part3.ErrInvalidValue, Err: err, Expected: expected}
}
