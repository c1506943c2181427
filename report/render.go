package report

import (
	"bufio"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"text/tabwriter"

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
	s := fmt.Sprintf("%s for %s", plural(o.Plans, "plan", "plans"), plural(o.Councils, "council area", "council areas"))
	if len(o.Periods) > 0 {
		ps := make([]string, len(o.Periods))
		for i, p := range o.Periods {
			ps[i] = p.String()
		}
		s += ", " + list(ps)
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
		fmt.Fprintf(bw, "Left out: %s %s revision %d, superseded by a later revision.\n", s.Partnership, s.Period, s.Revision)
	}

	fmt.Fprintf(bw, "\nStatutory findings across %s validated\n", plural(o.Validated, "plan", "plans"))
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
}).Parse(overviewHTML))

// WriteHTML writes o as a self-contained HTML page: a table with a bar for
// each criterion, each plan's row of verdicts and the statutory findings by
// rule. The page has no script and no external resource (its CSS is
// inline), escapes every text, and is well-formed XML (XHTML syntax), so it
// opens in any browser and any XML tool can read it.
func (o Overview) WriteHTML(w io.Writer) error {
	bw := bufio.NewWriter(w)
	data := struct {
		Overview
		Scope, Structural, Criterion6 string
	}{o, o.scope(), structuralNote, criterion6Note}
	if err := overviewTemplate.Execute(bw, data); err != nil {
		return err
	}
	return bw.Flush()
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
