package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/internal/suggest"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
	"github.com/csplanning/part3/service"
)

// ruleBook is one package's list of rules.
type ruleBook struct {
	pkg   string
	rules func() []part3.Rule
}

// ruleBooks lists every package's rules, in the order of the packages'
// floors.
var ruleBooks = []ruleBook{
	{"service", service.Rules},
	{"consult", consult.Rules},
	{"duty", duty.Rules},
	{"plan", plan.Rules},
	{"report", report.Rules},
}

// allRules returns every rule of the module, sorted by ID.
func allRules() []part3.Rule {
	var out []part3.Rule
	for _, b := range ruleBooks {
		out = append(out, b.rules()...)
	}
	part3.SortRules(out)
	return out
}

func init() {
	register(&command{
		name:    "rules",
		args:    "[ID...]",
		summary: "the rule book: every check the module makes, with its severity and citation",
		detail: `
Every finding the module reports comes from one rule. A rule has a stable ID,
a severity (statutory: the Act says must; guidance: the statutory guidance
says should; practice: review criteria, good practice and the partnership's
own limits), the citation it comes from, and a one-line summary.

With IDs, prints only those rules, each with the address of the text it
cites: the section of the Act, or of another Act, on legislation.gov.uk,
or the page of the statutory guidance on gov.scot. (With --format json,
every rule has it as "url".) An unknown ID exits 2 and suggests the
closest.

--format markdown prints the table the README carries.`,
		example: `
$ part3 rules plan.copy-to-ministers report.aims-reported
STATUTORY (2)
  plan.copy-to-ministers
      s.10(7)(a)(i): A copy of the prepared plan is sent to the Scottish
      Ministers as soon as reasonably practicable: late once the caller states
      that time has passed, or once the plan's period has ended.
      https://www.legislation.gov.uk/asp/2014/8/section/10
  report.aims-reported
      s.13(1)(b)(i): The report says to what extent each of the five aims of
      s.9(2) was achieved.
      https://www.legislation.gov.uk/asp/2014/8/section/13

2 rules: 2 statutory, 0 guidance, 0 practice, 0 condition`,
		formats: []string{"text", "json", "markdown"},
		bind:    noFlags(runRules),
	})
}

// ruleIDs returns the IDs of rules.
func ruleIDs(rules []part3.Rule) []string {
	ids := make([]string, len(rules))
	for i, r := range rules {
		ids[i] = r.ID
	}
	return ids
}

func runRules(e *env, format string, args []string) int {
	rules := allRules()
	if len(args) > 0 {
		var picked []part3.Rule
		for _, id := range args {
			i := slices.IndexFunc(rules, func(r part3.Rule) bool { return r.ID == id })
			if i < 0 {
				return fail(e, &usageError{fmt.Sprintf("rules: no rule %q in the rule book%s; run \"part3 rules\" for the list", id, suggest.Phrase(id, ruleIDs(rules)))})
			}
			picked = append(picked, rules[i])
		}
		rules = picked
	}
	switch format {
	case "json":
		if rules == nil {
			rules = []part3.Rule{}
		}
		if err := writeJSON(e.stdout, rules); err != nil {
			return fail(e, err)
		}
	case "markdown":
		io.WriteString(e.stdout, rulesMarkdown(rules))
	default:
		writeRulesText(e.stdout, rules, len(args) > 0, e.textWidth())
	}
	return exitOK
}

// writeRulesText lists rules by severity; withURL adds, beneath each, the
// address of the text it cites.
func writeRulesText(w io.Writer, rules []part3.Rule, withURL bool, width int) {
	// Rule IDs run to fifty characters and citations to eighty: each rule
	// is its ID on a line, and its citation and summary wrapped beneath.
	for _, s := range part3.Severities() {
		var these []part3.Rule
		for _, r := range rules {
			if r.Severity == s {
				these = append(these, r)
			}
		}
		if len(these) == 0 {
			continue
		}
		fmt.Fprintf(w, "%s (%d)\n", strings.ToUpper(s.String()), len(these))
		for _, r := range these {
			fmt.Fprintln(w, wrap(r.ID, "  ", width))
			fmt.Fprintln(w, wrap(r.Citation.String()+": "+r.Summary, "      ", width))
			if u := r.Citation.URL(); withURL && u != "" {
				fmt.Fprintln(w, "      "+u)
			}
		}
		fmt.Fprintln(w)
	}
	counts := make([]string, 0, len(part3.Severities()))
	for _, s := range part3.Severities() {
		counts = append(counts, fmt.Sprintf("%d %s", countSeverity(rules, s), s))
	}
	fmt.Fprintf(w, "%d rules: %s\n", len(rules), strings.Join(counts, ", "))
}

func countSeverity(rules []part3.Rule, s part3.Severity) int {
	return len(slices.DeleteFunc(slices.Clone(rules), func(r part3.Rule) bool { return r.Severity != s }))
}

// rulesMarkdown renders the rule book as the Markdown table in the README.
func rulesMarkdown(rules []part3.Rule) string {
	var b strings.Builder
	b.WriteString("| rule | severity | citation | summary |\n|---|---|---|---|\n")
	for _, r := range rules {
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", r.ID, r.Severity, r.Citation, strings.ReplaceAll(r.Summary, "|", `\|`))
	}
	return b.String()
}
