package service

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// UnknownNameError reports a name that is not a council area, health board
// or integration joint board. Suggestions holds up to three official names
// close to Input (by edit distance after normalising case, punctuation and
// "&"), closest first; it may be empty.
type UnknownNameError struct {
	Kind        string   // "council area", "health board" or "integration joint board"
	Input       string   // the name as given
	Suggestions []string // the closest official names, closest first
}

// Error describes the error on one line.
func (e *UnknownNameError) Error() string {
	msg := fmt.Sprintf("unknown %s %q", e.Kind, e.Input)
	switch len(e.Suggestions) {
	case 0:
		return msg
	case 1:
		return fmt.Sprintf("%s; did you mean %q?", msg, e.Suggestions[0])
	}
	quoted := make([]string, len(e.Suggestions))
	for i, s := range e.Suggestions {
		quoted[i] = fmt.Sprintf("%q", s)
	}
	return fmt.Sprintf("%s; did you mean %s or %s?", msg, strings.Join(quoted[:len(quoted)-1], ", "), quoted[len(quoted)-1])
}

// maxSuggestLen is the longest normalised name for which suggestions are
// sought; the longest real name is under 40 bytes.
const maxSuggestLen = 64

// keyBuf is the size of the stack buffer names are normalised into; longer
// names still work but cost an allocation.
const keyBuf = 96

// normalise appends to dst the look-up key of s: ASCII letters and digits
// in lower case (common accented vowels lose their accents), "&" as "and",
// and every run of anything else as one space, trimmed. It reports false
// for input that is not valid UTF-8 or has no letter or digit.
func normalise(dst []byte, s string) ([]byte, bool) {
	if !utf8.ValidString(s) {
		return dst, false
	}
	start := len(dst)
	space := false
	for _, r := range s {
		var c byte
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			c = byte(r)
		case r >= 'A' && r <= 'Z':
			c = byte(r) + 'a' - 'A'
		case r == '&':
			if len(dst) > start {
				dst = append(dst, ' ')
			}
			dst = append(dst, "and"...)
			space = true
			continue
		case r == '\'' || r == '\u2019' || r == '.':
			// "Children's", "St. Andrews": no word break.
			continue
		default:
			c = fold(r)
		}
		if c == 0 {
			space = true
			continue
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		dst = append(dst, c)
	}
	return dst, len(dst) > start
}

// fold maps the accented letters of Gaelic and common European names to
// their base letter, and everything else to 0.
func fold(r rune) byte {
	switch r {
	case 'à', 'á', 'À', 'Á', 'â', 'ä':
		return 'a'
	case 'è', 'é', 'È', 'É', 'ê', 'ë':
		return 'e'
	case 'ì', 'í', 'Ì', 'Í', 'î', 'ï':
		return 'i'
	case 'ò', 'ó', 'Ò', 'Ó', 'ô', 'ö':
		return 'o'
	case 'ù', 'ú', 'Ù', 'Ú', 'û', 'ü':
		return 'u'
	}
	return 0
}

func trimPrefixes(key []byte, prefixes ...string) []byte {
	for _, p := range prefixes {
		if len(key) > len(p) && string(key[:len(p)]) == p {
			key = key[len(p):]
		}
	}
	return key
}

func trimSuffixes(key []byte, suffixes ...string) []byte {
	for _, s := range suffixes {
		if len(key) > len(s) && string(key[len(key)-len(s):]) == s {
			return key[:len(key)-len(s)]
		}
	}
	return key
}

func trimCouncilWords(key []byte) []byte {
	return trimSuffixes(trimPrefixes(key, "the "), " council")
}

func trimBoardWords(key []byte) []byte {
	return trimSuffixes(trimPrefixes(key, "the ", "nhs "), " health board", " nhs board", " board")
}

func trimIJBWords(key []byte) []byte {
	return trimSuffixes(trimPrefixes(key, "the "),
		" integration joint board", " integrated joint board", " ijb",
		" health and social care partnership", " hscp")
}

func councilKey(name string) string {
	k, _ := normalise(nil, name)
	return string(trimCouncilWords(k))
}

func boardKey(name string) string {
	k, _ := normalise(nil, name)
	return string(trimBoardWords(k))
}

func ijbKey(name string) string {
	k, _ := normalise(nil, name)
	return string(trimIJBWords(k))
}

// unknown builds the *UnknownNameError for input, suggesting the entries of
// byKey whose keys are closest to input's.
func unknown[V comparable](kind, input string, trim func([]byte) []byte, byKey map[string]V, nameOf func(V) string) error {
	e := &UnknownNameError{Kind: kind, Input: input}
	raw, ok := normalise(nil, input)
	if !ok || len(raw) > maxSuggestLen {
		return e
	}
	in := string(trim(raw))
	best := map[V]int{}
	for key, v := range byKey {
		d := distance(in, key)
		if len(in) >= 3 && containsWords(key, in) {
			d = min(d, 1)
		}
		if old, seen := best[v]; !seen || d < old {
			best[v] = d
		}
	}
	// Suggest the names at the smallest distance, if it is small enough.
	limit := max(2, len(in)/3)
	for _, d := range best {
		limit = min(limit, d)
	}
	type cand struct {
		name string
		d    int
	}
	var cands []cand
	for v, d := range best {
		if d <= limit {
			cands = append(cands, cand{nameOf(v), d})
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if r := cmp.Compare(a.d, b.d); r != 0 {
			return r
		}
		return strings.Compare(a.name, b.name)
	})
	for i := 0; i < len(cands) && i < 3; i++ {
		e.Suggestions = append(e.Suggestions, cands[i].name)
	}
	return e
}

// distance is the Levenshtein edit distance between a and b, in bytes.
func distance(a, b string) int {
	if len(a) < len(b) {
		a, b = b, a
	}
	var rows [2][maxSuggestLen + 1]int
	var prev, cur []int
	if len(b) <= maxSuggestLen {
		prev, cur = rows[0][:len(b)+1], rows[1][:len(b)+1]
	} else {
		prev, cur = make([]int, len(b)+1), make([]int, len(b)+1)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// containsWords reports whether key starts with in or holds it as whole
// words.
func containsWords(key, in string) bool {
	if strings.HasPrefix(key, in) {
		return true
	}
	for i := strings.Index(key, in); i >= 0; {
		end := i + len(in)
		if (i == 0 || key[i-1] == ' ') && (end == len(key) || key[end] == ' ') {
			return true
		}
		next := strings.Index(key[i+1:], in)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}
