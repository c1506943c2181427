package part3

import (
	"bytes"
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json/jsontext"
)

// place is where a JSON Pointer is in a document: the byte offset of its
// value and, for an object member, of each occurrence of its name.
type place struct {
	value int   // -1 until found
	end   int   // an object or array: the offset of its closing bracket
	names []int // the offsets of the member's name, each occurrence
}

// locate sets the position (Line and Column) of each problem of ps that
// has none from its path in data, and returns the byte offset of each, by
// which they sort in document order. A problem with an unknown or repeated
// member is placed at the member's name (a repeat at its second
// occurrence, and so on); any other at its value; a missing member at the
// end of the object that lacks it (the nearest value on its path that the
// document has), where it would be added, so that the problems of the
// members an object has come before those of the members it lacks. Offsets are given for the problems that have a position already
// (syntax errors) in known; -1 means the problem has none.
func locate(data []byte, ps []*InputError, known []int) []int {
	places := map[string]*place{}
	prefixes := map[string]bool{}
	for i, p := range ps {
		if known[i] >= 0 {
			continue
		}
		for path := p.Path; ; {
			prefixes[path] = true
			if places[path] == nil {
				places[path] = &place{value: -1}
			}
			j := strings.LastIndexByte(path, '/')
			if j < 0 {
				break
			}
			path = path[:j]
		}
	}
	if len(places) > 0 {
		dec := jsontext.NewDecoder(bytes.NewBuffer(data), jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
		walk(dec, "", places, prefixes)
	}
	offsets := make([]int, len(ps))
	names := map[string]int{} // how many problems at each member's name so far
	for i, p := range ps {
		if known[i] >= 0 {
			offsets[i] = known[i]
			continue
		}
		off := -1
		pl := places[p.Path]
		if p.Category == ErrUnknownField || p.Category == ErrDuplicateField {
			k := names[p.Path]
			names[p.Path]++
			if p.Category == ErrDuplicateField {
				k++ // a repeat is the second occurrence, or later
			}
			if k < len(pl.names) {
				off = pl.names[k]
			}
		}
		for path := p.Path; off < 0; {
			if pl := places[path]; pl != nil && pl.value >= 0 {
				off = pl.value
				if path != p.Path && pl.end > 0 {
					off = pl.end
				}
				break
			}
			j := strings.LastIndexByte(path, '/')
			if j < 0 {
				break
			}
			path = path[:j]
		}
		offsets[i] = off
		if off >= 0 {
			p.Line, p.Column = position(data, off)
		}
	}
	return offsets
}

// walk reads the value at pointer ptr, recording in places where the
// pointers asked for are, and descending only into the values on their
// way (prefixes). It reports false if the JSON breaks off.
func walk(dec *jsontext.Decoder, ptr string, places map[string]*place, prefixes map[string]bool) bool {
	if !prefixes[ptr] {
		return dec.SkipValue() == nil
	}
	k := dec.PeekKind()
	switch k {
	case '{', '[':
		if _, err := dec.ReadToken(); err != nil {
			return false
		}
		record(places, ptr, int(dec.InputOffset())-1)
	default:
		v, err := dec.ReadValue()
		if err != nil {
			return false
		}
		record(places, ptr, int(dec.InputOffset())-len(v))
		return true
	}
	for i := 0; dec.PeekKind() != '}' && dec.PeekKind() != ']'; i++ {
		var child string
		if k == '{' {
			name, err := dec.ReadValue()
			if err != nil {
				return false
			}
			unquoted, err := jsontext.AppendUnquote(nil, name)
			if err != nil {
				return false
			}
			child = ptr + "/" + escapeToken(string(unquoted))
			if pl := places[child]; pl != nil {
				pl.names = append(pl.names, int(dec.InputOffset())-len(name))
			}
		} else {
			child = ptr + "/" + strconv.Itoa(i)
		}
		if dec.PeekKind() == 0 || !walk(dec, child, places, prefixes) {
			return false
		}
	}
	if _, err := dec.ReadToken(); err != nil {
		return false
	}
	if pl := places[ptr]; pl != nil {
		pl.end = int(dec.InputOffset()) - 1
	}
	return true
}

// record notes the offset of the value at ptr, the first time it is seen.
func record(places map[string]*place, ptr string, off int) {
	if pl := places[ptr]; pl != nil && pl.value < 0 {
		pl.value = off
	}
}

// sortProblems sorts ps by offsets, stably: problems without a position
// first, in the order found.
func sortProblems(ps []*InputError, offsets []int) {
	idx := make([]int, len(ps))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(offsets[a], offsets[b]) })
	sorted := make([]*InputError, len(ps))
	for i, j := range idx {
		sorted[i] = ps[j]
	}
	copy(ps, sorted)
}
