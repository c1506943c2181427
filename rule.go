package part3

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Rule is one check the module makes: a stable ID, how strongly the law
// binds it, where it comes from, and a one-line summary. Every package lists
// its rules; together they are the rule book (part3 rules).
//
// A Rule's ID has the form "package.kebab-name", such as
// "plan.copy-to-ministers": lower-case ASCII letters, digits and hyphens,
// with exactly one dot after the package name. IDs never change once
// published; a rule whose meaning changes gets a new ID.
type Rule struct {
	ID       string   `json:"id"`
	Severity Severity `json:"severity"`
	Citation Citation `json:"citation"`
	Summary  string   `json:"summary"`
}

// Validate reports what is wrong with r's metadata: a malformed ID, an
// unset severity or citation, an empty summary, or a statutory or
// condition rule that cites the guidance rather than the law. It returns
// nil for a well-formed rule. Each package's tests run it over the package's rules.
func (r Rule) Validate() error {
	switch {
	case !validRuleID(r.ID):
		return fmt.Errorf("rule %q: ID must look like \"package.kebab-name\"", r.ID)
	case !r.Severity.IsValid():
		return fmt.Errorf("rule %s: severity %q is not valid", r.ID, r.Severity)
	case !r.Citation.IsValid():
		return fmt.Errorf("rule %s: citation is not set", r.ID)
	case strings.TrimSpace(r.Summary) == "":
		return fmt.Errorf("rule %s: summary is empty", r.ID)
	case (r.Severity == Statutory || r.Severity == Condition) && r.Citation.IsGuidance():
		return fmt.Errorf("rule %s: a %s rule must cite the Act or other legislation, not %s", r.ID, r.Severity, r.Citation)
	}
	return nil
}

func validRuleID(id string) bool {
	pkg, name, ok := strings.Cut(id, ".")
	if !ok || pkg == "" || name == "" || strings.Contains(name, ".") {
		return false
	}
	for _, part := range []string{pkg, name} {
		if part[0] == '-' || part[len(part)-1] == '-' || strings.Contains(part, "--") {
			return false
		}
		for i := 0; i < len(part); i++ {
			c := part[i]
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// Finding returns the rule's verdict on the value at path (a JSON Pointer
// into the document, "" for the whole document), with a message for a
// person.
func (r Rule) Finding(path, message string) Finding {
	return Finding{Rule: r.ID, Severity: r.Severity, Citation: r.Citation, Path: path, Message: message}
}

// Findingf is [Rule.Finding] with a formatted message.
func (r Rule) Findingf(path, format string, args ...any) Finding {
	return r.Finding(path, fmt.Sprintf(format, args...))
}

// FindingBy is [Rule.Finding] naming the bodies in breach, by: for a
// statutory rule the finding's By is a copy of by; for a rule of any other
// severity, which finds no breach, by is ignored and By left empty. A
// caller that grades a duty and may make either kind of finding passes
// the bodies either way.
func (r Rule) FindingBy(by []string, path, message string) Finding {
	f := r.Finding(path, message)
	if r.Severity == Statutory && len(by) > 0 {
		f.By = slices.Clone(by)
	}
	return f
}

// FindingByf is [Rule.FindingBy] with a formatted message.
func (r Rule) FindingByf(by []string, path, format string, args ...any) Finding {
	return r.FindingBy(by, path, fmt.Sprintf(format, args...))
}

// CheckRuleBook reports the first problem in a list of rules: a rule whose
// metadata fails [Rule.Validate], or two rules with one ID. Packages call it
// from their tests; it returns nil for a sound rule book.
func CheckRuleBook(rules []Rule) error {
	seen := make(map[string]bool, len(rules))
	for _, r := range rules {
		if err := r.Validate(); err != nil {
			return err
		}
		if seen[r.ID] {
			return fmt.Errorf("rule %s is listed twice", r.ID)
		}
		seen[r.ID] = true
	}
	return nil
}

// SortRules sorts rules by ID.
func SortRules(rules []Rule) {
	slices.SortFunc(rules, func(a, b Rule) int { return strings.Compare(a.ID, b.ID) })
}

// Finding is one rule's verdict on one place in a document. Its JSON form
// has the keys rule, severity, citation, url (the address of the text
// cited, [Citation.URL]), path, message and by (left out when empty).
type Finding struct {
	// Rule is the ID of the rule that made the finding.
	Rule string `json:"rule"`
	// Severity is the rule's severity.
	Severity Severity `json:"severity"`
	// Citation is where the rule comes from.
	Citation Citation `json:"citation"`
	// Path is a JSON Pointer (RFC 6901) to the value the finding is about,
	// such as "/services/3/provider"; "" means the whole document.
	Path string `json:"path"`
	// Message says, in plain English, what is wrong and, where it helps,
	// what would put it right.
	Message string `json:"message"`
	// By are the bodies in breach, by name, as the Act puts the duty on
	// them: the local authority and the relevant health board (and the
	// relevant integration joint board once section 60 of the 2026 Act is
	// in force) for a duty of the partnership, or the other service
	// provider or the person consulted whose own duty it is. It is set on
	// every statutory finding and on no finding of another severity, which
	// is no breach by anyone.
	By []string `json:"by,omitempty"`
}

// String formats f as "severity citation path: message [rule]". By is
// not part of it: the outputs that show the bodies in breach put them on
// a line of their own.
func (f Finding) String() string {
	path := f.Path
	if path == "" {
		path = "/"
	}
	return fmt.Sprintf("%s %s %s: %s [%s]", f.Severity, f.Citation, path, f.Message, f.Rule)
}

// Equal reports whether f and g are the same finding, with the same
// bodies in breach in the same order. A Finding is not comparable with
// == because By is a slice.
func (f Finding) Equal(g Finding) bool {
	return f.Rule == g.Rule && f.Severity == g.Severity && f.Citation == g.Citation &&
		f.Path == g.Path && f.Message == g.Message && slices.Equal(f.By, g.By)
}

// Compare orders findings by path, then rule ID, then message.
func (f Finding) Compare(g Finding) int {
	if r := comparePointer(f.Path, g.Path); r != 0 {
		return r
	}
	if r := strings.Compare(f.Rule, g.Rule); r != 0 {
		return r
	}
	return strings.Compare(f.Message, g.Message)
}

// comparePointer orders JSON Pointers token by token, with array indexes in
// numeric order, so that /services/2 comes before /services/10.
func comparePointer(a, b string) int {
	for a != "" && b != "" {
		var at, bt string
		at, a = nextToken(a)
		bt, b = nextToken(b)
		an, aerr := strconv.Atoi(at)
		bn, berr := strconv.Atoi(bt)
		var r int
		if aerr == nil && berr == nil {
			r = cmp.Compare(an, bn)
		}
		if r == 0 {
			r = strings.Compare(at, bt)
		}
		if r != 0 {
			return r
		}
	}
	return cmp.Compare(len(a), len(b))
}

func nextToken(p string) (tok, rest string) {
	p = strings.TrimPrefix(p, "/")
	if i := strings.IndexByte(p, '/'); i >= 0 {
		return p[:i], p[i:]
	}
	return p, ""
}

// Findings is a list of findings with the helpers every caller needs. A
// validation returns them sorted with [Findings.Sort].
type Findings []Finding

// Sort sorts fs deterministically: by path (array indexes numerically), then
// rule ID, then message.
func (fs Findings) Sort() {
	slices.SortStableFunc(fs, Finding.Compare)
}

// WithSeverity returns the findings of severity s, in order, as a new list.
func (fs Findings) WithSeverity(s Severity) Findings {
	var out Findings
	for _, f := range fs {
		if f.Severity == s {
			out = append(out, f)
		}
	}
	return out
}

// WithRule returns the findings made by the rule with the given ID, in order.
func (fs Findings) WithRule(id string) Findings {
	var out Findings
	for _, f := range fs {
		if f.Rule == id {
			out = append(out, f)
		}
	}
	return out
}

// HasStatutory reports whether any finding is statutory: a breach of the
// Act. A [Condition] finding (a notice of disagreement without legal
// effect) is no breach and does not count. The command-line tool exits 1
// when it is true.
func (fs Findings) HasStatutory() bool {
	for _, f := range fs {
		if f.Severity == Statutory {
			return true
		}
	}
	return false
}

// Count returns how many findings have severity s.
func (fs Findings) Count(s Severity) int {
	n := 0
	for _, f := range fs {
		if f.Severity == s {
			n++
		}
	}
	return n
}

// Pointer builds a JSON Pointer (RFC 6901) from reference tokens: strings
// are escapes ("~" as "~0", "/" as "~1"), integers are array indexes.
// Pointer() is "", the whole document; Pointer("services", 3, "provider") is
// "/services/3/provider".
func Pointer(tokens ...any) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		switch v := t.(type) {
		case int:
			b.WriteString(strconv.Itoa(v))
		case string:
			b.WriteString(escapeToken(v))
		default:
			b.WriteString(escapeToken(fmt.Sprint(v)))
		}
	}
	return b.String()
}

// PointerJoin appends tokens to an existing JSON Pointer.
func PointerJoin(base string, tokens ...any) string {
	return base + Pointer(tokens...)
}

func escapeToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(s)
}
