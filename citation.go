package part3

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
)

// Citation says where a rule or a decision comes from. It is a small
// comparable value, usable as a map key.
//
// Its canonical text forms are:
//
//	s.10(7)(a)(i)                         the Act: section, then each level in brackets
//	guidance para 103                     the statutory guidance on Part 3, 2nd edition
//	guidance paras 41-47                  a run of its paragraphs
//	guidance appendix A criterion 3       an Appendix A review criterion (1 to 15)
//	guidance appendix B step 2            a step of Appendix B (1 to 10)
//	guidance appendix D                   an appendix as a whole (A to E)
//	Housing (Scotland) Act 2010 s.165     other legislation, by short title
//	Prisons (Scotland) Act 1989           other legislation as a whole
//	SSI 2016/255                          a Scottish statutory instrument
//
// References into the Act follow its numbering: subsections are numbers
// (optionally with a capital-letter suffix for inserted ones, such as 1A),
// paragraphs are lower-case letters, sub-paragraphs lower-case Roman
// numerals, and heads capital letters. Citations order naturally: s.9 before
// s.10, s.10(2) before s.10(10), s.10(1)(b)(iv) before s.10(1)(b)(ix).
//
// The zero Citation is unset and is not valid.
type Citation struct {
	kind citeKind
	// instrument is the short title of other legislation, "" otherwise.
	instrument string
	// ref is the canonical reference after the kind's prefix: "10(7)(a)(i)"
	// for the Act and other legislation ("sch.1 para 10(2)" for a schedule
	// paragraph), "103" or "41-47" for guidance paragraphs, "A criterion 3"
	// or "D" for appendices.
	ref string
}

type citeKind uint8

const (
	citeNone citeKind = iota
	citeAct
	citeGuidancePara
	citeGuidanceAppendix
	citeOther
)

// guidanceLastPara is the last numbered paragraph of the statutory guidance
// on Part 3, 2nd edition (2020).
const guidanceLastPara = 261

// ThisAct is the short title of the Act that Part 3 belongs to. A citation of
// other legislation with this title is normalised to the Act's own form.
const ThisAct = "Children and Young People (Scotland) Act 2014"

// Act returns the citation of a provision of the Children and Young People
// (Scotland) Act 2014, given as it follows "s.": "10(7)(a)(i)", "8", "96(2)".
// A malformed reference gives the zero Citation, which is not valid; use
// [ParseCitation] to learn why.
func Act(ref string) Citation {
	c, err := ParseCitation("s." + ref)
	if err != nil || c.kind != citeAct {
		return Citation{}
	}
	return c
}

// GuidancePara returns the citation of paragraph n of the statutory guidance
// on Part 3, 2nd edition (2020). A paragraph outside 1 to 261 gives the zero
// Citation.
func GuidancePara(n int) Citation {
	if n < 1 || n > guidanceLastPara {
		return Citation{}
	}
	return Citation{kind: citeGuidancePara, ref: strconv.Itoa(n)}
}

// GuidanceParas returns the citation of paragraphs from to to (inclusive) of
// the statutory guidance. from must be less than to; otherwise, or outside
// 1 to 261, it gives the zero Citation.
func GuidanceParas(from, to int) Citation {
	if from < 1 || to > guidanceLastPara || from >= to {
		return Citation{}
	}
	return Citation{kind: citeGuidancePara, ref: strconv.Itoa(from) + "-" + strconv.Itoa(to)}
}

// AppendixACriterion returns the citation of review criterion n (1 to 15) in
// Appendix A of the statutory guidance, in the order the appendix lists them.
func AppendixACriterion(n int) Citation {
	return appendixItem("A", n)
}

// AppendixBStep returns the citation of step n (1 to 10) of the Care
// Inspectorate's ten steps in Appendix B of the statutory guidance.
func AppendixBStep(n int) Citation {
	return appendixItem("B", n)
}

func appendixItem(letter string, n int) Citation {
	c, err := parseAppendix(letter + " " + appendixWord[letter] + " " + strconv.Itoa(n))
	if err != nil {
		return Citation{}
	}
	return c
}

// GuidanceAppendix returns the citation of a whole appendix ("A" to "E") of
// the statutory guidance.
func GuidanceAppendix(letter string) Citation {
	c, err := parseAppendix(letter)
	if err != nil {
		return Citation{}
	}
	return c
}

// Legislation returns the citation of other legislation: its short title
// ("Housing (Scotland) Act 2010") and, optionally, a provision ("s.165",
// "sch.1 para 10(2)"). Any failure gives the zero Citation.
func Legislation(title, provision string) Citation {
	text := title
	if provision != "" {
		text += " " + provision
	}
	c, err := ParseCitation(text)
	if err != nil {
		return Citation{}
	}
	return c
}

// Equal reports whether c and d are the same citation; it is c == d, and
// lets go-cmp compare values that hold citations.
func (c Citation) Equal(d Citation) bool { return c == d }

// IsZero reports whether c is the zero (unset) Citation.
func (c Citation) IsZero() bool { return c == Citation{} }

// IsValid reports whether c is a well-formed citation. Every Citation built
// by this package's functions is either valid or zero.
func (c Citation) IsValid() bool { return c.kind != citeNone }

// IsAct reports whether c cites the Children and Young People (Scotland) Act
// 2014 itself.
func (c Citation) IsAct() bool { return c.kind == citeAct }

// IsGuidance reports whether c cites the statutory guidance (a paragraph or
// an appendix). Findings that cite it are not raised against plans before
// the 2nd edition applied (1 April 2020).
func (c Citation) IsGuidance() bool {
	return c.kind == citeGuidancePara || c.kind == citeGuidanceAppendix
}

// Section returns the section number of a citation of the Act, such as 10
// for s.10(7)(a)(i), and 0 for any other citation.
func (c Citation) Section() int {
	if c.kind != citeAct {
		return 0
	}
	n := 0
	for i := 0; i < len(c.ref) && c.ref[i] >= '0' && c.ref[i] <= '9'; i++ {
		n = n*10 + int(c.ref[i]-'0')
	}
	return n
}

// Contains reports whether c is d or a provision within d: s.10(7)(a) is
// within s.10(7) and s.10; guidance para 44 is within guidance paras 41-47;
// guidance appendix A criterion 3 is within guidance appendix A.
func (d Citation) Contains(c Citation) bool {
	if !c.IsValid() || !d.IsValid() {
		return false
	}
	if c == d {
		return true
	}
	switch {
	case c.kind == citeAct && d.kind == citeAct, c.kind == citeOther && d.kind == citeOther && c.instrument == d.instrument:
		if d.ref == "" {
			return true
		}
		return strings.HasPrefix(c.ref, d.ref) && len(c.ref) > len(d.ref) && c.ref[len(d.ref)] == '('
	case c.kind == citeGuidancePara && d.kind == citeGuidancePara:
		cf, ct := paraRange(c.ref)
		df, dt := paraRange(d.ref)
		return df <= cf && ct <= dt
	case c.kind == citeGuidanceAppendix && d.kind == citeGuidanceAppendix:
		return len(d.ref) == 1 && c.ref[0] == d.ref[0]
	}
	return false
}

// String returns the canonical text of c, or "" for the zero Citation.
func (c Citation) String() string {
	switch c.kind {
	case citeAct:
		return "s." + c.ref
	case citeGuidancePara:
		if strings.IndexByte(c.ref, '-') >= 0 {
			return "guidance paras " + c.ref
		}
		return "guidance para " + c.ref
	case citeGuidanceAppendix:
		return "guidance appendix " + c.ref
	case citeOther:
		if c.ref == "" {
			return c.instrument
		}
		return c.instrument + " " + c.ref
	}
	return ""
}

// AppendText implements [encoding.TextAppender].
func (c Citation) AppendText(b []byte) ([]byte, error) {
	return append(b, c.String()...), nil
}

// MarshalText implements [encoding.TextMarshaler]. The zero Citation
// marshals to the empty string.
func (c Citation) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseCitation];
// the empty string gives the zero Citation.
func (c *Citation) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = Citation{}
		return nil
	}
	v, err := ParseCitation(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Compare returns -1, 0 or +1 as c sorts before, equal to or after d. The
// Act comes first, then the guidance's paragraphs, its appendices, and other
// legislation by title; within each, references order naturally. The zero
// Citation sorts first.
func (c Citation) Compare(d Citation) int {
	if r := cmp.Compare(c.kind, d.kind); r != 0 {
		return r
	}
	switch c.kind {
	case citeAct:
		return compareProvision(c.ref, d.ref)
	case citeGuidancePara:
		cf, ct := paraRange(c.ref)
		df, dt := paraRange(d.ref)
		if r := cmp.Compare(cf, df); r != 0 {
			return r
		}
		return cmp.Compare(ct, dt)
	case citeGuidanceAppendix:
		return compareAppendix(c.ref, d.ref)
	case citeOther:
		if r := strings.Compare(c.instrument, d.instrument); r != 0 {
			return r
		}
		return compareProvision(c.ref, d.ref)
	}
	return 0
}

// CitationError reports text that is not a citation in any of the forms
// [Citation] accepts.
type CitationError struct {
	Input  string // the text that was given
	Reason string // what is wrong with it
}

// Error describes the error on one line.
func (e *CitationError) Error() string {
	return fmt.Sprintf("citation %q: %s", e.Input, e.Reason)
}

const citationForms = `expected a form such as "s.10(7)(a)(i)", "guidance para 103", "guidance appendix A criterion 3" or "Housing (Scotland) Act 2010 s.165"`

// ParseCitation parses a citation in any of the canonical forms shown on
// [Citation]. It also accepts "section 10(1)" and "s10(1)" for the Act, and
// the Act's own short title followed by a provision; [Citation.String]
// gives the canonical form. Anything else is a *CitationError.
func ParseCitation(text string) (Citation, error) {
	fail := func(reason string) (Citation, error) {
		return Citation{}, &CitationError{Input: text, Reason: reason}
	}
	switch {
	case text == "":
		return fail(citationForms)
	case strings.HasPrefix(text, "guidance para "), strings.HasPrefix(text, "guidance paras "):
		return parseParas(text)
	case strings.HasPrefix(text, "guidance appendix "):
		c, err := parseAppendix(text[len("guidance appendix "):])
		if err != nil {
			return fail(err.Error())
		}
		return c, nil
	case strings.HasPrefix(text, "section "):
		return parseActRef(text, text[len("section "):])
	case strings.HasPrefix(text, "s."):
		return parseActRef(text, text[2:])
	case len(text) > 1 && text[0] == 's' && text[1] >= '0' && text[1] <= '9':
		return parseActRef(text, text[1:])
	}
	return parseOther(text)
}

func parseActRef(input, ref string) (Citation, error) {
	canon, err := canonicalProvision(ref)
	if err != nil {
		return Citation{}, &CitationError{Input: input, Reason: err.Error()}
	}
	return Citation{kind: citeAct, ref: canon}, nil
}

func parseParas(text string) (Citation, error) {
	fail := func(reason string) (Citation, error) {
		return Citation{}, &CitationError{Input: text, Reason: reason}
	}
	plural := strings.HasPrefix(text, "guidance paras ")
	rest := strings.TrimPrefix(strings.TrimPrefix(text, "guidance paras "), "guidance para ")
	from, to, isRange := strings.Cut(rest, "-")
	f, err := strictUint(from)
	if err != nil || f < 1 || f > guidanceLastPara {
		return fail(fmt.Sprintf("expected a paragraph number from 1 to %d", guidanceLastPara))
	}
	if !isRange {
		if plural {
			return fail(`expected "guidance paras FROM-TO" or "guidance para N"`)
		}
		return Citation{kind: citeGuidancePara, ref: strconv.Itoa(f)}, nil
	}
	t, err := strictUint(to)
	if err != nil || t > guidanceLastPara || t <= f || !plural {
		return fail(fmt.Sprintf(`expected "guidance paras FROM-TO" with 1 <= FROM < TO <= %d`, guidanceLastPara))
	}
	return Citation{kind: citeGuidancePara, ref: strconv.Itoa(f) + "-" + strconv.Itoa(t)}, nil
}

// appendixWord is the word for an item of each appendix that has numbered
// items, and appendixItems their count.
var (
	appendixWord  = map[string]string{"A": "criterion", "B": "step"}
	appendixItems = map[string]int{"A": 15, "B": 10}
)

func parseAppendix(rest string) (Citation, error) {
	letter, item, hasItem := strings.Cut(rest, " ")
	if len(letter) != 1 || letter[0] < 'A' || letter[0] > 'E' {
		return Citation{}, fmt.Errorf("expected an appendix letter from A to E")
	}
	if !hasItem {
		return Citation{kind: citeGuidanceAppendix, ref: letter}, nil
	}
	word, ok := appendixWord[letter]
	if !ok {
		return Citation{}, fmt.Errorf("appendix %s has no numbered items", letter)
	}
	w, num, _ := strings.Cut(item, " ")
	n, err := strictUint(num)
	if w != word || err != nil || n < 1 || n > appendixItems[letter] {
		return Citation{}, fmt.Errorf("expected \"appendix %s %s N\" with N from 1 to %d", letter, word, appendixItems[letter])
	}
	return Citation{kind: citeGuidanceAppendix, ref: letter + " " + word + " " + strconv.Itoa(n)}, nil
}

// parseOther parses a citation of other legislation: a short title ending in
// "Act YYYY", "Order YYYY" or "Regulations YYYY", or "SSI YYYY/N", then
// optionally " s.REF" or " sch.N" or " sch.N para REF".
func parseOther(text string) (Citation, error) {
	fail := func(reason string) (Citation, error) {
		return Citation{}, &CitationError{Input: text, Reason: reason}
	}
	title, prov := text, ""
	if i := strings.LastIndex(text, " s."); i >= 0 {
		title, prov = text[:i], text[i+1:]
	} else if i := strings.LastIndex(text, " sch."); i >= 0 {
		title, prov = text[:i], text[i+1:]
	}
	if !isInstrumentTitle(title) {
		return fail(citationForms)
	}
	var ref string
	switch {
	case prov == "":
	case strings.HasPrefix(prov, "s."):
		canon, err := canonicalProvision(prov[2:])
		if err != nil {
			return fail(err.Error())
		}
		if title == ThisAct {
			return Citation{kind: citeAct, ref: canon}, nil
		}
		ref = "s." + canon
	default: // sch.N or sch.N para REF
		body := prov[len("sch."):]
		num, para, hasPara := strings.Cut(body, " para ")
		n, err := strictUint(num)
		if err != nil || n < 1 {
			return fail(`expected a schedule number, as in "sch.1" or "sch.1 para 10(2)"`)
		}
		ref = "sch." + strconv.Itoa(n)
		if hasPara {
			canon, err := canonicalProvision(para)
			if err != nil {
				return fail(err.Error())
			}
			ref += " para " + canon
		}
	}
	if title == ThisAct && ref != "" {
		return fail("schedules of the Act itself are not cited by this module")
	}
	if title == ThisAct {
		return fail(`cite a provision of the Act itself as "s.N"`)
	}
	return Citation{kind: citeOther, instrument: title, ref: ref}, nil
}

func isInstrumentTitle(title string) bool {
	if rest, ok := strings.CutPrefix(title, "SSI "); ok {
		y, n, ok := strings.Cut(rest, "/")
		yy, err1 := strictUint(y)
		nn, err2 := strictUint(n)
		return ok && err1 == nil && err2 == nil && len(y) == 4 && yy >= 1999 && nn >= 1
	}
	i := strings.LastIndexByte(title, ' ')
	if i < 0 || len(title)-i-1 != 4 {
		return false
	}
	if _, err := strictUint(title[i+1:]); err != nil {
		return false
	}
	head := title[:i]
	if !(strings.HasSuffix(head, " Act") || strings.HasSuffix(head, " Order") || strings.HasSuffix(head, " Regulations")) {
		return false
	}
	if strings.TrimSpace(head) != head || strings.Contains(head, "  ") {
		return false
	}
	for _, r := range head {
		if r < ' ' || r == 0x7f {
			return false
		}
	}
	return head[0] >= 'A' && head[0] <= 'Z'
}

// canonicalProvision checks a reference such as "10(7)(a)(i)" or "165" and
// returns it unchanged: section (digits, optional capital suffix), then up to
// four bracketed levels: number (optional capital suffix), lower-case
// letters, lower-case Roman numeral, capital letters.
func canonicalProvision(ref string) (string, error) {
	head, rest, _ := strings.Cut(ref, "(")
	if !isNumberWithSuffix(head) {
		return "", fmt.Errorf("expected a section number, as in \"s.10\" or \"s.10(7)(a)(i)\"")
	}
	if len(rest) == 0 {
		if strings.HasSuffix(ref, "(") {
			return "", fmt.Errorf("unclosed bracket")
		}
		return ref, nil
	}
	levels := strings.Split(rest, "(")
	if len(levels) > 4 {
		return "", fmt.Errorf("expected at most four levels below the section")
	}
	for i, lv := range levels {
		body, ok := strings.CutSuffix(lv, ")")
		if !ok {
			return "", fmt.Errorf("expected \")\" after level %d", i+1)
		}
		if !validLevel(i, body) {
			return "", fmt.Errorf("level %d %q: expected %s", i+1, body, levelKinds[i])
		}
	}
	return ref, nil
}

var levelKinds = [4]string{
	"a subsection number such as 7 or 1A",
	"a paragraph letter such as a",
	"a lower-case Roman numeral such as iv",
	"a capital letter such as A",
}

func validLevel(i int, s string) bool {
	switch i {
	case 0:
		return isNumberWithSuffix(s)
	case 1:
		return len(s) >= 1 && len(s) <= 2 && allIn(s, 'a', 'z')
	case 2:
		return romanValue(s) > 0
	default:
		return len(s) >= 1 && len(s) <= 2 && allIn(s, 'A', 'Z')
	}
}

func isNumberWithSuffix(s string) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 4 || s[0] == '0' {
		return false
	}
	return len(s)-i <= 2 && allIn(s[i:], 'A', 'Z')
}

func allIn(s string, lo, hi byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < lo || s[i] > hi {
			return false
		}
	}
	return true
}

// romanValue returns the value of a canonical lower-case Roman numeral from
// 1 to 39, or 0 if s is not one.
func romanValue(s string) int {
	for n := 1; n < 40; n++ {
		if roman(n) == s {
			return n
		}
	}
	return 0
}

func roman(n int) string {
	tens := [...]string{"", "x", "xx", "xxx"}
	ones := [...]string{"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"}
	return tens[n/10] + ones[n%10]
}

// strictUint parses a decimal number of one to four digits without sign or
// leading zero.
func strictUint(s string) (int, error) {
	if len(s) == 0 || len(s) > 4 || (s[0] == '0' && len(s) > 1) || !allIn(s, '0', '9') {
		return 0, strconv.ErrSyntax
	}
	return strconv.Atoi(s)
}

func paraRange(ref string) (int, int) {
	f, t, ok := strings.Cut(ref, "-")
	a, _ := strconv.Atoi(f)
	if !ok {
		return a, a
	}
	b, _ := strconv.Atoi(t)
	return a, b
}

func compareAppendix(a, b string) int {
	if r := cmp.Compare(a[0], b[0]); r != 0 {
		return r
	}
	return cmp.Compare(lastNumber(a), lastNumber(b))
}

func lastNumber(s string) int {
	i := strings.LastIndexByte(s, ' ')
	n, _ := strconv.Atoi(s[i+1:])
	return n
}

// compareProvision orders references such as "10(2)" and "10(10)" naturally.
// Schedule references ("sch.1 para 2") sort after sections.
func compareProvision(a, b string) int {
	as, bs := strings.HasPrefix(a, "sch."), strings.HasPrefix(b, "sch.")
	if as != bs {
		if as {
			return 1
		}
		return -1
	}
	ak, bk := provisionKey(a), provisionKey(b)
	for i := 0; i < len(ak) && i < len(bk); i++ {
		if r := cmp.Compare(ak[i], bk[i]); r != 0 {
			return r
		}
	}
	return cmp.Compare(len(ak), len(bk))
}

// provisionKey turns "s.10(7)(a)(i)" or "sch.1 para 10(2)" into a list of
// numbers that order as the provisions do.
func provisionKey(ref string) []int {
	ref = strings.TrimPrefix(ref, "s.")
	var key []int
	if rest, ok := strings.CutPrefix(ref, "sch."); ok {
		num, para, _ := strings.Cut(rest, " para ")
		n, _ := strconv.Atoi(num)
		key = append(key, n)
		ref = para
	}
	if ref == "" {
		return key
	}
	head, rest, _ := strings.Cut(ref, "(")
	key = append(key, numberKey(head))
	if rest == "" {
		return key
	}
	for i, lv := range strings.Split(rest, "(") {
		lv = strings.TrimSuffix(lv, ")")
		switch i {
		case 0:
			key = append(key, numberKey(lv))
		case 2:
			key = append(key, romanValue(lv))
		default:
			key = append(key, lettersKey(lv))
		}
	}
	return key
}

// numberKey orders "1" < "1A" < "1B" < "2".
func numberKey(s string) int {
	i := 0
	n := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	return n*1000 + lettersKey(s[i:])
}

// lettersKey orders "a" < "b" < ... < "z" < "za" < "zb".
func lettersKey(s string) int {
	k := 0
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		k = k*27 + int(c-'a'+1)
	}
	return k
}
