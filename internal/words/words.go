// Package words writes the small pieces of English that findings, reports
// and the command's output are made of: lists ("a, b and c"), counts ("3
// services") and a capital letter to begin a sentence.
//
// It imports nothing of the module, so that every package, the root
// included, can use it. Its functions never panic and never change the
// slices they are given.
package words

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// And lists items as "a", "a and b" or "a, b and c"; no items give "".
func And(items []string) string { return join(items, " and ") }

// Or lists items as "a", "a or b" or "a, b or c"; no items give "".
func Or(items []string) string { return join(items, " or ") }

// Comma lists items as "a, b, c", with no word before the last; no items
// give "".
func Comma(items []string) string { return strings.Join(items, ", ") }

// Else lists items with list (such as [And] or [Comma]), or returns none
// if there are no items, as in Else(bodies, "nobody", And).
func Else(items []string, none string, list func([]string) string) string {
	if len(items) == 0 {
		return none
	}
	return list(items)
}

func join(items []string, last string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + last + items[len(items)-1]
}

// Count words n things: "1 service" with one, otherwise the number and
// many, as in "0 services" or "3 services".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// Capitalise upper-cases the first letter of s, whatever its script
// ("élan" gives "Élan"). It returns s unchanged if s is empty or does not
// begin with valid UTF-8.
func Capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// Unique returns items with every repeat of an earlier item left out, in
// the order each was first seen, so that a list names each item once
// (three councils of one health board name the board once, not three
// times). The result is a new slice, nil if items is empty; items is
// unchanged.
func Unique(items []string) []string {
	if len(items) == 0 {
		return nil
	}
	out := make([]string, 0, len(items))
	// A short list is searched; a long one is remembered in a map.
	var seen map[string]bool
	if len(items) > 16 {
		seen = make(map[string]bool, len(items))
	}
	for _, s := range items {
		if seen != nil {
			if seen[s] {
				continue
			}
			seen[s] = true
		} else if slices.Contains(out, s) {
			continue
		}
		out = append(out, s)
	}
	return out
}
