package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/internal/suggest"
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
				return fail(e, &usageError{fmt.Sprintf("duties: no duty or power %q in the catalogue%s; run \"part3 duties\" for the list", id, suggest.Phrase(id, dutyIDs()))})
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
	width := e.textWidth()
	if len(args) == 0 {
		writeDutiesTable(e.stdout, duties, width)
		return exitOK
	}
	for i, d := range duties {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		writeDutyDetail(e.stdout, d, width)
	}
	return exitOK
}

// dutyIDs returns the IDs of the catalogue, in its order.
func dutyIDs() []string {
	var ids []string
	for _, d := range duty.Catalogue() {
		ids = append(ids, d.ID)
	}
	return ids
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

func writeDutiesTable(w io.Writer, duties []duty.Duty, width int) {
	// Each entry is a row, with who bears it wrapped on the lines beneath.
	rows := [][]string{{"ID", "Provision", "Must/may", "s.16", "s.17"}}
	for _, d := range duties {
		rows = append(rows, []string{d.ID, d.Citation.String(), d.Modality.String(), yesNo(d.S16Directions), yesNo(d.S17DefaultPowers)})
	}
	for i, line := range formatTable(width, "", rows) {
		fmt.Fprintln(w, line)
		if i > 0 {
			fmt.Fprintln(w, wrap("borne by "+bearersWords(duties[i-1]), "    ", width))
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, wrap(fmt.Sprintf(`%d entries. must: a duty; may: a power. * the Act limits how far it binds that bearer (part3 duties ID shows how). s.16: a direction under section 16 may relate to it and bind its bearer; s.17: the Scottish Ministers' default powers can reach it. Joint planners: the local authority and its relevant health board (s.7(6)), with the relevant integration joint board once section 60 of the 2026 Act is commenced.`, len(duties)), "", width-2))
}

func writeDutyDetail(w io.Writer, d duty.Duty, width int) {
	fmt.Fprintln(w, visible(fmt.Sprintf("%s  %s  %s", d.ID, d.Citation, d.Modality)))
	fmt.Fprintln(w, wrap(d.Title, "  ", width-4))
	fmt.Fprintf(w, "%s\n", wrap("Requires: "+d.Requires, "  ", width-4))
	fmt.Fprintln(w, "  Borne by:")
	for _, b := range d.Bearers {
		line := "- " + roleWords[b.Role]
		if b.Limit != "" {
			line += ", " + b.Limit
		}
		if b.Citation.IsValid() {
			line += " (" + b.Citation.String() + ")"
		}
		fmt.Fprintf(w, "%s\n", bullet(line, width))
	}
	if len(d.Exceptions) > 0 {
		fmt.Fprintln(w, "  Exceptions:")
		for _, x := range d.Exceptions {
			fmt.Fprintf(w, "%s\n", bullet(fmt.Sprintf("- %s (%s): %s", x.ID, x.Citation, x.Text), width))
		}
	}
	fmt.Fprintf(w, "%s\n", wrap(fmt.Sprintf("Section 16 directions may relate to it: %s. Section 17 default powers can reach it: %s.",
		yesNo(d.S16Directions), yesNo(d.S17DefaultPowers)), "  ", width-4))
	if len(d.Sources) > 0 {
		srcs := make([]string, len(d.Sources))
		for i, s := range d.Sources {
			srcs[i] = s.String()
		}
		fmt.Fprintf(w, "%s\n", wrap("Sources: "+strings.Join(srcs, "; "), "  ", width-4))
	}
	for _, n := range d.Notes {
		fmt.Fprintf(w, "%s\n", wrap("Note: "+n, "  ", width-4))
	}
}

// bullet wraps a line that starts "- " with a hanging indent.
func bullet(text string, width int) string {
	return "    " + strings.TrimPrefix(wrap(text, "      ", width-4), "      ")
}
