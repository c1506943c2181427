// Package suggest finds the "did you mean" suggestion for a word that is
// not one of the words expected: a JSON member name, a document kind, an
// enumeration's text form, a duty ID, a command, a flag or a council area.
//
// Input and candidates are compared by their keys: their letters and
// digits, lower-cased, with spaces, hyphens, underscores and other
// punctuation removed, so "Police Scotland", "police_scotland" and
// "police-scotland" share a key. A candidate is suggested when, best first:
//
//  1. it is the input itself;
//  2. its key is the input's key ("Validate" for "validate");
//  3. the input's key, of three letters or more, begins its key ("prep"
//     for "prepared"), the shorter candidate first;
//  4. its key, or the key of a run of its whole words, is within a few
//     edits of the input's key ("prepard" for "prepared", "health-board"
//     for "relevant-health-board", "Edinbrugh" for "City of Edinburgh"),
//     the fewest edits first and the whole candidate before a run of its
//     words.
//
// An edit inserts, deletes or replaces one letter or swaps two adjacent
// ones (the optimal string alignment distance). How many edits are allowed
// grows with the length of the shorter key: none below three letters, one
// up to five, two up to eight, three up to eleven and four beyond. Among
// equals the earlier candidate wins, so callers list candidates in the order
// they would rather suggest them.
//
// The package imports nothing of the module, so that every package, the
// root included, can use it. It never panics, whatever the input (invalid
// UTF-8 included), and allocates nothing for inputs and candidates of
// ordinary length.
package suggest

import (
	"strconv"
	"unicode"
)

// maxRunes is the longest input key compared by edit distance; a longer
// input is suggested only a candidate with its key or beginning with it.
const maxRunes = 64

// minAffix is the shortest input key that may be a prefix of a candidate
// or match a run of its words.
const minAffix = 3

// Closest returns the candidate nearest to input, and false if none is
// near enough to suggest. The result is always one of candidates. If input
// is itself a candidate, it is the result.
func Closest(input string, candidates []string) (string, bool) {
	i := index(input, candidates)
	if i < 0 {
		return "", false
	}
	return candidates[i], true
}

// Phrase returns `; did you mean "X"?`, with X the candidate [Closest]
// finds, quoted as Go quotes strings, for appending to an error message.
// It returns "" if no candidate is near enough or if input is itself a
// candidate.
func Phrase(input string, candidates []string) string {
	best, ok := Closest(input, candidates)
	if !ok || best == input {
		return ""
	}
	return "; did you mean " + strconv.Quote(best) + "?"
}

// Ranks of a match, best first.
const (
	rankSame   = iota // the candidate is the input
	rankKey           // same key
	rankPrefix        // the input's key begins the candidate's
	rankNear          // within the allowed edits
	rankNone
)

// score is how near a candidate is: lower is nearer.
type score struct {
	rank    int
	dist    int  // edits, or for rankPrefix the letters the input lacks
	partial bool // rankNear: matched by a run of the candidate's words
}

func (s score) less(t score) bool {
	if s.rank != t.rank {
		return s.rank < t.rank
	}
	if s.dist != t.dist {
		return s.dist < t.dist
	}
	return !s.partial && t.partial
}

// index returns the index in candidates of the nearest candidate, or -1.
func index(input string, candidates []string) int {
	var inArr, keyArr [maxRunes]rune
	var wordArr [16]int
	var rowArr [3 * (maxRunes + 1)]int
	in, _ := appendKey(inArr[:0], nil, input)
	if len(in) == 0 {
		for i, c := range candidates {
			if c == input {
				return i
			}
		}
		return -1
	}
	best, at := score{rank: rankNone}, -1
	key, words := keyArr[:0], wordArr[:0]
	for i, c := range candidates {
		if c == input {
			return i
		}
		key, words = appendKey(key[:0], words[:0], c)
		s := match(in, key, words, ceiling(best), rowArr[:])
		if s.less(best) {
			best, at = s, i
		}
	}
	return at
}

// ceiling returns the most edits with which a candidate could still beat
// best, or -1 if no number of edits can.
func ceiling(best score) int {
	switch {
	case best.rank < rankNear:
		return -1
	case best.rank > rankNear:
		return maxEdits(maxRunes)
	case best.partial:
		return best.dist
	}
	return best.dist - 1
}

// match scores the candidate with the given key and word starts against
// the input key in, counting a near match only within ceil edits; rows
// is scratch space for the edit distance.
func match(in, key []rune, words []int, ceil int, rows []int) score {
	switch {
	case len(key) == 0:
		return score{rank: rankNone}
	case equal(in, key):
		return score{rank: rankKey}
	case len(in) >= minAffix && len(key) > len(in) && equal(in, key[:len(in)]):
		return score{rank: rankPrefix, dist: len(key) - len(in)}
	case len(in) > maxRunes || ceil < 0:
		return score{rank: rankNone}
	}
	best := score{rank: rankNone}
	for s, from := range words {
		for e := s; e < len(words); e++ {
			to := len(key)
			if e+1 < len(words) {
				to = words[e+1]
			}
			n := to - from
			if n > len(in)+maxEdits(len(in)) {
				break
			}
			limit := min(maxEdits(min(n, len(in))), ceil)
			if limit < 0 || abs(n-len(in)) > limit {
				continue
			}
			partial := from != 0 || to != len(key)
			d := distance(key[from:to], in, limit, rows)
			if d > limit {
				continue
			}
			if s := (score{rank: rankNear, dist: d, partial: partial}); s.less(best) {
				best = s
			}
		}
	}
	return best
}

// maxEdits is the number of edits allowed between keys the shorter of
// which has n runes, or -1 if the keys must be equal.
func maxEdits(n int) int {
	switch {
	case n < minAffix:
		return -1
	case n <= 5:
		return 1
	case n <= 8:
		return 2
	case n <= 11:
		return 3
	}
	return 4
}

// appendKey appends the key of s to key (its letters and digits,
// lower-cased) and the offset in key at which each of its words begins to
// words, which may be nil.
func appendKey(key []rune, words []int, s string) ([]rune, []int) {
	inWord := false
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			inWord = false
			continue
		}
		if !inWord && words != nil {
			words = append(words, len(key))
		}
		inWord = true
		key = append(key, unicode.ToLower(r))
	}
	return key, words
}

func equal(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// distance returns the optimal string alignment distance between a and b,
// or any number above limit once it is sure to exceed it. b has at most
// maxRunes runes; rows has room for three rows of len(b)+1.
func distance(a, b []rune, limit int, rows []int) int {
	w := len(b) + 1
	before, prev, cur := rows[:w], rows[w:2*w], rows[2*w:3*w]
	for j := range prev {
		prev[j] = j
	}
	prevMin := 0
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, before[j-2]+1)
			}
			cur[j] = d
			rowMin = min(rowMin, d)
		}
		// A cell depends on the two rows above it, so once two rows in a
		// row exceed the limit, so does every later one.
		if rowMin > limit && prevMin > limit {
			return limit + 1
		}
		prevMin = rowMin
		before, prev, cur = prev, cur, before
	}
	return prev[len(b)]
}
