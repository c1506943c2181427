package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/csplanning/part3/duty"
)

func init() {
	register(&command{
		name:    "duties",
		args:    "[ID...]",
		summary: "the catalogue of Part 3's duties and powers: who bears each, its exceptions, whether directions reach it",
		detail: `
Lists every duty ("must") and power ("may") of sections 7 to 17 of the Act:
its ID, the provision that confers it, who bears it, and whether the
Scottish Ministers' directions under section 16 and default powers under
section 17 may touch it (never the section 12 duty to provide services in
accordance with the plan: guidance paras 142, 145, 148-149).

"joint planners" are the local authority and its relevant health board,
who exercise their Part 3 functions jointly (s.7(6)), joined by the
relevant integration joint board once section 60 of the Children (Care,
Care Experience and Services Planning) (Scotland) Act 2026 is commenced.

With IDs, prints those entries in full: what each requires, its bearers and
their limits, its exceptions with their citations, its sources and notes.
An unknown ID exits 2 and suggests the closest.`,
		example: `
$ part3 duties s12-implementation
s12-implementation  s.12(1)  must
  Provide services in accordance with the plan
  Requires: During the period to which the plan relates, provide children's
  services and related services in accordance with the plan, so far as
  reasonably practicable.
  ...`,
		bind: noFlags(runDuties),
	})
}

// dutiesOutput is the JSON form of "part3 duties".
type dutiesOutput struct {
	Duties  []duty.Duty `json:"duties"`
	Sources []string    `json:"sources"`
}

func runDuties(e *env, format string, args []string) int {
	duties := duty.Catalogue()
	if len(args) > 0 {
		duties = duties[:0:0]
		for _, id := range args {
			d, ok := duty.Lookup(id)
			if !ok {
				return fail(e, &usageError{fmt.Sprintf("duties: no duty or power %q in the catalogue; did you mean %s? (part3 duties lists them)", id, closestIDs(id))})
			}
			duties = append(duties, d)
		}
	}
	if format == "json" {
		if err := writeJSON(e.stdout, dutiesOutput{Duties: duties, Sources: duty.CatalogueSources()}); err != nil {
			return fail(e, err)
		}
		return exitOK
	}
	if len(args) == 0 {
		writeDutiesTable(e.stdout, duties)
		return exitOK
	}
	for i, d := range duties {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		writeDutyDetail(e.stdout, d)
	}
	return exitOK
}

// closestIDs names the catalogue IDs closest to id: those sharing its
// section prefix, or else the first few.
func closestIDs(id string) string {
	var ids []string
	prefix, _, _ := strings.Cut(id, "-")
	for _, d := range duty.Catalogue() {
		if strings.HasPrefix(d.ID, prefix+"-") || strings.Contains(d.ID, id) {
			ids = append(ids, fmt.Sprintf("%q", d.ID))
		}
	}
	if len(ids) == 0 {
		for _, d := range duty.Catalogue()[:3] {
			ids = append(ids, fmt.Sprintf("%q", d.ID))
		}
	}
	if len(ids) > 5 {
		ids = ids[:5]
	}
	return strings.Join(ids, ", ")
}

// roleWords names a bearer's role for a person.
var roleWords = map[duty.Role]string{
	duty.JointPlanners:        "joint planners",
	duty.LocalAuthority:       "local authority",
	duty.RelevantHealthBoard:  "relevant health board",
	duty.OtherServiceProvider: "each other service provider",
	duty.ScottishMinisters:    "Scottish Ministers",
	duty.Consultee:            "s.10(1)(b) consultees",
}

func bearersWords(d duty.Duty) string {
	var parts []string
	for _, b := range d.Bearers {
		w := roleWords[b.Role]
		if b.Limit != "" {
			w += "*"
		}
		if !slices.Contains(parts, w) {
			parts = append(parts, w)
		}
	}
	return strings.Join(parts, ", ")
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func writeDutiesTable(w io.Writer, duties []duty.Duty) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tProvision\tMust/may\tBorne by\ts.16\ts.17")
	for _, d := range duties {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", d.ID, d.Citation, d.Modality, bearersWords(d), yesNo(d.S16Directions), yesNo(d.S17DefaultPowers))
	}
	tw.Flush()
	fmt.Fprintf(w, `
%d entries. must: a duty; may: a power. * the Act limits how far it binds
that bearer (part3 duties ID shows how). s.16: a direction under section 16
may relate to it and bind its bearer; s.17: the Scottish Ministers' default
powers can reach it. Joint planners: the local authority and its relevant
health board (s.7(6)), with the relevant integration joint board once
section 60 of the 2026 Act is commenced.
`, len(duties))
}

func writeDutyDetail(w io.Writer, d duty.Duty) {
	fmt.Fprintf(w, "%s  %s  %s\n", d.ID, d.Citation, d.Modality)
	fmt.Fprintf(w, "  %s\n", d.Title)
	fmt.Fprintf(w, "%s\n", wrap("Requires: "+d.Requires, "  ", 76))
	fmt.Fprintln(w, "  Borne by:")
	for _, b := range d.Bearers {
		line := "- " + roleWords[b.Role]
		if b.Limit != "" {
			line += ", " + b.Limit
		}
		if b.Citation.IsValid() {
			line += " (" + b.Citation.String() + ")"
		}
		fmt.Fprintf(w, "%s\n", bullet(line))
	}
	if len(d.Exceptions) > 0 {
		fmt.Fprintln(w, "  Exceptions:")
		for _, x := range d.Exceptions {
			fmt.Fprintf(w, "%s\n", bullet(fmt.Sprintf("- %s (%s): %s", x.ID, x.Citation, x.Text)))
		}
	}
	fmt.Fprintf(w, "%s\n", wrap(fmt.Sprintf("Section 16 directions may relate to it: %s. Section 17 default powers can reach it: %s.",
		yesNo(d.S16Directions), yesNo(d.S17DefaultPowers)), "  ", 76))
	if len(d.Sources) > 0 {
		srcs := make([]string, len(d.Sources))
		for i, s := range d.Sources {
			srcs[i] = s.String()
		}
		fmt.Fprintf(w, "%s\n", wrap("Sources: "+strings.Join(srcs, "; "), "  ", 76))
	}
	for _, n := range d.Notes {
		fmt.Fprintf(w, "%s\n", wrap("Note: "+n, "  ", 76))
	}
}

// bullet wraps a line that starts "- " with a hanging indent.
func bullet(text string) string {
	return "    " + strings.TrimPrefix(wrap(text, "      ", 76), "      ")
}
