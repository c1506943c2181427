package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/service"
)

func init() {
	register(&command{
		name:    "councils",
		args:    "[NAME...]",
		summary: "the 32 council areas with their relevant health boards, integration joint boards and codes",
		detail: `
Prints Scotland's 32 council areas with their GSS codes (S12), each
council's relevant health board (s.7(1); S08) and which paragraph of the
definition makes it so - (a) the board's area is the council's area, (b) the
council's area falls within the board's - and the integration joint board
of its health and social care partnership (S37). Highland has no
integration joint board: it uses the lead agency model.

With NAMEs, prints only those council areas. A NAME may be an official
name, a name in common use ("Edinburgh", "Western Isles", "Perth & Kinross")
or a GSS code, current or old; an unknown name exits 2 and suggests the
closest names.`,
		example: `
$ part3 councils Fife Angus
Council area  Code       Relevant health board (s.7(1)); integration joint board
Fife          S12000047  NHS Fife S08000029 (a); Fife Integration Joint Board
                         S37000032; old code S12000015
Angus         S12000041  NHS Tayside S08000030 (b); Angus Integration Joint
                         Board S37000003`,
		bind: noFlags(runCouncils),
	})
}

func runCouncils(e *env, format string, args []string) int {
	councils := service.Councils()
	if len(args) > 0 {
		councils = councils[:0]
		for _, name := range args {
			c, err := service.LookupCouncil(name)
			if err != nil {
				return fail(e, fmt.Errorf("councils: %w", err))
			}
			councils = append(councils, c)
		}
	}
	rows := make([]judge.Council, len(councils))
	for i, c := range councils {
		rows[i] = judge.CouncilOf(c)
	}
	if format == "json" {
		if err := writeJSON(e.stdout, rows); err != nil {
			return fail(e, err)
		}
		return exitOK
	}
	writeCouncilTable(e.stdout, rows, len(args) == 0, e.textWidth())
	return exitOK
}

func writeCouncilTable(w io.Writer, rows []judge.Council, notes bool, width int) {
	table := [][]string{{"Council area", "Code", "Relevant health board (s.7(1)); integration joint board"}}
	for _, r := range rows {
		ijb := "no integration joint board (lead agency model)"
		if r.IntegrationJointBoard != nil {
			ijb = r.IntegrationJointBoard.Name + " " + r.IntegrationJointBoard.Code
		}
		boards := fmt.Sprintf("%s %s (%s); %s", r.HealthBoard.Name, r.HealthBoard.Code, r.HealthBoard.Limb, ijb)
		if len(r.OldCodes) > 0 {
			boards += "; old code " + strings.Join(r.OldCodes, ", ")
		}
		table = append(table, []string{r.Name, r.Code, boards})
	}
	writeTable(w, width, "", table)
	if notes {
		fmt.Fprintln(w)
		fmt.Fprintln(w, wrap(`s.7(1) "relevant health board": (a) the board whose area is the same as the council's area; (b) otherwise the board within whose area the council's area falls. Codes are GSS codes (S12 council area, S08 health board, S37 health and social care partnership); old codes still resolve to the current area.`, "", width-2))
	}
}
