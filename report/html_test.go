package report

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/service"
)

// htmlChar reports whether a document may hold r, read from both
// specifications the page must meet. XML 1.0 (section 2.2, Char) allows
// tab, line feed, carriage return, U+0020 to U+D7FF, U+E000 to U+FFFD and
// U+10000 to U+10FFFF. HTML (section 13.2.3.5, preprocessing the input
// stream) makes a parse error of a control other than ASCII whitespace
// (form feed among them, which XML forbids), of U+007F to U+009F, and of
// a noncharacter: U+FDD0 to U+FDEF and the last two code points of every
// plane.
func htmlChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return false
	case r >= 0xd800 && r <= 0xdfff, r > 0x10ffff:
		return false
	case r >= 0xfdd0 && r <= 0xfdef, r&0xfffe == 0xfffe:
		return false
	}
	return true
}

// shown is s as the page must show it: each character a document may not
// hold, and each byte that is not UTF-8, as U+FFFD; and each line break as
// an XML parser reports it (CR LF and CR as LF).
func shown(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && n == 1 || !htmlChar(r) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
		s = s[n:]
	}
	return strings.ReplaceAll(strings.ReplaceAll(b.String(), "\r\n", "\n"), "\r", "\n")
}

// parsePage parses page as XML, strictly, and returns its character data
// joined: an error for any character XML does not allow, any byte that is
// not UTF-8, any reference to a character XML does not allow, or any
// element not closed. encoding/xml reads the page because it is written in
// XHTML syntax (void elements closed, attributes quoted, only XML's
// entities); its doctype is read as a directive.
func parsePage(page []byte) (string, error) {
	d := xml.NewDecoder(bytes.NewReader(page))
	d.Strict = true
	var text strings.Builder
	depth := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			text.Write(tok)
		}
	}
	if depth != 0 {
		return "", fmt.Errorf("%d elements not closed", depth)
	}
	return text.String(), nil
}

// checkPage checks that page is well-formed XML holding only characters
// HTML allows, and shows each of texts as it must (see shown).
func checkPage(t *testing.T, page []byte, texts ...string) {
	t.Helper()
	text, err := parsePage(page)
	if err != nil {
		t.Fatalf("the page is not well-formed XML: %v", err)
	}
	for i := 0; i < len(page); {
		r, n := utf8.DecodeRune(page[i:])
		if r == utf8.RuneError && n == 1 || !htmlChar(r) {
			t.Fatalf("the page holds %q at byte %d, which HTML does not allow", page[i:i+n], i)
		}
		i += n
	}
	for _, s := range texts {
		if want := shown(s); !strings.Contains(text, want) {
			t.Errorf("the page does not show %q as %q", s, want)
		}
	}
}

// badOverview is an overview with s in every text the page shows that a
// caller or a document supplies: a duplicate row's partnership and file
// names, a superseded version's, a criterion's title and a rule ID.
func badOverview(s string) Overview {
	pp := period.MustParsePlanPeriod("2023-2026")
	fife := []service.Council{service.MustLookupCouncil("Fife")}
	rv := plan.Review{Partnership: s, Councils: fife, Period: pp, Title: s, Revision: 1, GuidanceApplies: true}
	older := rv
	older.Revision = 0
	finding := part3.Finding{Rule: s, Severity: part3.Statutory, Citation: part3.Act("10(7)(b)"), Message: s}
	o := NewOverview([]PlanResult{
		{File: "a " + s, Review: rv, Findings: part3.Findings{finding}, Validated: true},
		{File: "b " + s, Review: rv, Validated: true},
		{File: "c " + s, Review: older},
	})
	o.Criteria[0].Title = s
	return o
}

// TestOverviewHTMLCharacters renders names holding each class of character
// that HTML and XML documents may not hold, and the neighbours that they
// may: the page parses as XML, holds no character either forbids, and
// shows each forbidden one as U+FFFD.
func TestOverviewHTMLCharacters(t *testing.T) {
	tests := []struct {
		name string
		s    string
		ok   bool // whether the page shows s unchanged
	}{
		{"NUL", "a\x00b", false},
		{"C0 controls", "\x01\x02\x07\x08\x1b\x1f", false},
		{"vertical tab and form feed", "a\vb\fc", false},
		{"tab and line feed", "a\tb\nc", true},
		{"carriage return", "a\r\nb\rc", true},
		{"DEL", "a\x7fb", false},
		{"C1 controls", "a\u0080b\u0085c\u009f", false},
		{"U+FFFE", "a\ufffeb", false},
		{"U+FFFF", "a\uffffb", false},
		{"noncharacters U+FDD0 to U+FDEF", "\ufdd0\ufdef", false},
		{"noncharacters at the end of other planes", "\U0001fffe\U0001ffff\U0010fffe\U0010ffff", false},
		{"bytes that are not UTF-8", "a\xffb\xc3", false},
		{"a surrogate encoded in UTF-8", "a\xed\xa0\x80b", false},
		{"the replacement character itself", "a\ufffdb", true},
		{"the last characters before the gaps", "\u007e\u00a0\ud7ff\ue000\ufdcf\ufdf0\ufffd", true},
		{"characters beyond the basic plane", "\U00010000 \U0001f600 \U0010fffd", true},
		{"markup", `<b>&amp;</b> "x" 'y'`, true},
		{"a CDATA end and a comment", "]]> <!-- -->", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, badOverview(tt.s).WriteHTML(&b))
			checkPage(t, b.Bytes(), tt.s, "a "+tt.s, "c "+tt.s)
			require.Equal(t, tt.ok, shown(tt.s) == strings.ReplaceAll(strings.ReplaceAll(tt.s, "\r\n", "\n"), "\r", "\n"), "the test's expectation")
		})
	}
}

// FuzzOverviewHTML renders an overview whose names, titles, file names and
// rule IDs are arbitrary strings, and checks that the page parses as XML,
// holds no character HTML or XML forbids, and shows every name.
func FuzzOverviewHTML(f *testing.F) {
	for _, s := range []string{"Fife", "a\x00b", "\ufffe\uffff", "\x1b[31m", "a\xffb", "<script>", "\r\n\f\v", "\u0085\ufdd0"} {
		f.Add(s, s, s)
	}
	f.Fuzz(func(t *testing.T, partnership, file, rule string) {
		o := badOverview(partnership)
		o.Partnerships[0].Files = []string{"a", file}
		o.Statutory[0].Rule = rule
		var b bytes.Buffer
		if err := o.WriteHTML(&b); err != nil {
			t.Fatal(err)
		}
		checkPage(t, b.Bytes(), partnership, file, rule)
	})
}
