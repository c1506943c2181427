package report

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/csplanning/part3/internal/words"
	"github.com/csplanning/part3/plan"
)

// verdictMark is the one-character mark of each verdict in the text table;
// "-" for none.
var verdictMark = map[plan.Verdict]string{plan.Met: "M", plan.PartlyMet: "P", plan.NotMet: "N", plan.CannotTell: "?"}

func mark(v plan.Verdict) string {
	if m, ok := verdictMark[v]; ok {
		return m
	}
	return "-"
}

// scope says how many plans and areas the overview covers, and for which
// periods: "3 plans for 5 council areas, 2023-2026".
func (o Overview) scope() string {
	s := fmt.Sprintf("%s for %s", words.Count(o.Plans, "plan", "plans"), words.Count(o.Councils, "council area", "council areas"))
	if len(o.Periods) > 0 {
		ps := make([]string, len(o.Periods))
		for i, p := range o.Periods {
			ps[i] = p.String()
		}
		s += ", " + words.And(ps)
	}
	return s
}

// criterion6Note explains how criterion 6 is counted.
const criterion6Note = "Criterion 6 of Appendix A is scored in two parts, as the national review of the 2023-2026 plans scores it: 6a children's services and 6b related services."

// structuralNote says what the verdicts are.
const structuralNote = "Verdicts are structural (is what the criterion asks for present and linked in the plan?), not a reviewer's judgement of quality."

// WriteText writes o as text tables for a terminal: the counts for each
// criterion, each plan's row of verdicts (M met, P partly met, N not met,
// ? cannot tell), and the statutory findings by rule.
func (o Overview) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "National overview of children's services plans: %s\n", o.scope())
	fmt.Fprintf(bw, "Review against the 15 criteria of guidance Appendix A, criterion 6 in two parts. %s\n\n", structuralNote)

	width := len("criterion")
	for _, c := range o.Criteria {
		width = max(width, len(c.Title))
	}
	fmt.Fprintf(bw, "  #  %-*s  met  partly met  not met  cannot tell\n", width, "criterion")
	for _, c := range o.Criteria {
		fmt.Fprintf(bw, "%3s  %-*s  %3d  %10d  %7d  %11d\n", c.Label, width, c.Title, c.Met, c.PartlyMet, c.NotMet, c.CannotTell)
	}
	fmt.Fprintf(bw, "%s\n\n", criterion6Note)

	tw := tabwriter.NewWriter(bw, 0, 0, 1, ' ', 0)
	fmt.Fprint(tw, "plan\tperiod\t")
	for _, c := range o.Criteria {
		fmt.Fprintf(tw, "%s\t", c.Label)
	}
	fmt.Fprint(tw, "met\tstatutory\n")
	for _, r := range o.Partnerships {
		name := r.Partnership
		if r.Revision > 0 {
			name += fmt.Sprintf(" (revision %d)", r.Revision)
		}
		if r.Duplicate {
			name += " (duplicate: " + documentNames(r) + ")"
		}
		if !r.GuidanceApplies {
			name += " *"
		}
		fmt.Fprintf(tw, "%s\t%s\t", name, r.Period)
		for _, v := range r.Verdicts {
			fmt.Fprintf(tw, "%s\t", mark(v))
		}
		fmt.Fprintf(tw, "%d\t%s\n", r.Met, statutoryWords(r))
	}
	tw.Flush()
	fmt.Fprintln(bw, "M met, P partly met, N not met, ? cannot tell.")
	if o.ComparisonOnly > 0 {
		fmt.Fprintln(bw, "* a 2017-2020 plan, before the 2nd edition of the guidance: reviewed for comparison only.")
	}
	for _, s := range o.Superseded {
		fmt.Fprintf(bw, "Left out: %s, superseded by a later revision.\n", supersededWords(s))
	}
	for _, r := range o.Partnerships {
		if r.Duplicate {
			fmt.Fprintln(bw, duplicateNote(r))
		}
	}

	fmt.Fprintf(bw, "\nStatutory findings across %s validated\n", words.Count(o.Validated, "plan", "plans"))
	if len(o.Statutory) == 0 {
		fmt.Fprintln(bw, "  none")
	} else {
		tw = tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
		fmt.Fprint(tw, "  rule\tcitation\tplans\tfindings\n")
		for _, rc := range o.Statutory {
			fmt.Fprintf(tw, "  %s\t%s\t%d\t%d\n", rc.Rule, rc.Citation, rc.Plans, rc.Findings)
		}
		tw.Flush()
	}
	return bw.Flush()
}

// supersededWords names a version left out: "Fife Children's Services
// Partnership 2023-2026 revision 0", with its document's name in brackets
// when it has one.
func supersededWords(s PlanVersion) string {
	w := fmt.Sprintf("%s %s revision %d", s.Partnership, s.Period, s.Revision)
	if s.File != "" {
		w += " (" + s.File + ")"
	}
	return w
}

// documentNames names the documents of a duplicate row: "a.json and
// b.json", or "2 documents" when any was given without a name.
func documentNames(r PartnershipRow) string {
	if len(r.Files) < r.Documents {
		return words.Count(r.Documents, "document", "documents")
	}
	return words.And(r.Files)
}

// duplicateNote says what the overview counted of a duplicate row.
func duplicateNote(r PartnershipRow) string {
	agreed := "with their verdicts, on which they agree,"
	switch len(r.Disagree) {
	case 0:
	case 1:
		agreed = "with the verdicts on which they agree (none on criterion " + r.Disagree[0] + ", where they differ),"
	default:
		agreed = "with the verdicts on which they agree (none on criteria " + words.And(r.Disagree) + ", where they differ),"
	}
	return fmt.Sprintf("Duplicate: %s each claim to be %s %s revision %d; counted as one plan, %s and the statutory findings of each.",
		documentNames(r), r.Partnership, r.Period, r.Revision, agreed)
}

func statutoryWords(r PartnershipRow) string {
	if !r.Validated {
		return "-"
	}
	return fmt.Sprint(r.Statutory)
}

//go:embed overview.html.tmpl
var overviewHTML string

var overviewTemplate = template.Must(template.New("overview").Funcs(template.FuncMap{
	"mark":      mark,
	"verdict":   verdictWords,
	"class":     verdictClass,
	"bar":       barSegments,
	"statutory": statutoryWords,
	"documents": documentNames,
	"duplicate": duplicateNote,
	"left":      supersededWords,
}).Parse(overviewHTML))

// WriteHTML writes o as a self-contained HTML page: a table with a bar for
// each criterion, each plan's row of verdicts and the statutory findings by
// rule. The page has no script and no external resource (its CSS is
// inline), escapes every text, and is well-formed XML (XHTML syntax), so it
// opens in any browser and any XML tool can read it. Whatever the names in
// o hold, the page holds only characters both HTML and XML allow: each
// other character (a control but tab, line feed and carriage return, a
// noncharacter such as U+FFFE) and each byte that is not UTF-8 is shown as
// U+FFFD, the replacement character.
func (o Overview) WriteHTML(w io.Writer) error {
	data := struct {
		Overview
		Scope, Structural, Criterion6 string
	}{o, o.scope(), structuralNote, criterion6Note}
	var page bytes.Buffer
	if err := overviewTemplate.Execute(&page, data); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	writeDocumentText(bw, page.Bytes())
	return bw.Flush()
}

// writeDocumentText writes b with each character that an HTML or XML
// document may not hold, and each byte that is not UTF-8, replaced by
// U+FFFD. html/template escapes markup, but lets these through, and one is
// enough for an XML parser to refuse the page.
func writeDocumentText(w *bufio.Writer, b []byte) {
	start := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != 0x7f || c == '\t' || c == '\n' || c == '\r' {
				i++
				continue
			}
			w.Write(b[start:i])
			w.WriteRune(utf8.RuneError)
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 || !documentChar(r) {
			w.Write(b[start:i])
			w.WriteRune(utf8.RuneError)
			i += n
			start = i
			continue
		}
		i += n
	}
	w.Write(b[start:])
}

// documentChar reports whether a character at or above U+0080 may be in
// both an HTML and an XML document: not a C1 control (a parse error in
// HTML), nor a surrogate, nor a noncharacter (U+FDD0 to U+FDEF and the
// last two code points of every plane: XML forbids U+FFFE and U+FFFF,
// HTML makes a parse error of them all).
func documentChar(r rune) bool {
	switch {
	case r <= 0x9f:
		return false
	case r >= 0xd800 && r <= 0xdfff:
		return false
	case r >= 0xfdd0 && r <= 0xfdef, r&0xfffe == 0xfffe:
		return false
	}
	return r <= utf8.MaxRune
}

var verdictText = map[plan.Verdict]string{plan.Met: "met", plan.PartlyMet: "partly met", plan.NotMet: "not met", plan.CannotTell: "cannot tell"}

func verdictWords(v plan.Verdict) string {
	if s, ok := verdictText[v]; ok {
		return s
	}
	return "not judged"
}

func verdictClass(v plan.Verdict) string {
	if v.IsValid() {
		return v.String()
	}
	return "none"
}

// segment is one part of a criterion's bar.
type segment struct {
	Class string
	Label string
	Count int
	Style template.CSS
}

// barSegments splits a criterion's bar into its verdicts' shares of the
// plans, leaving out verdicts no plan got.
func barSegments(c CriterionCount, plans int) []segment {
	var out []segment
	for _, v := range plan.Verdicts() {
		n := c.Count(v)
		if n == 0 || plans == 0 {
			continue
		}
		// A width computed from two integers: safe to mark as CSS.
		out = append(out, segment{Class: v.String(), Label: verdictWords(v), Count: n,
			Style: template.CSS(fmt.Sprintf("width: %.2f%%", 100*float64(n)/float64(plans)))})
	}
	return out
}
