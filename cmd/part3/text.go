package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Text output: every text writer of the tool shows what comes from outside
// it (file names, and the names, titles and messages of documents) through
// visible, and breaks its paragraphs and the last column of its tables at
// the terminal width through wrap, wrapHanging and writeTable.

// defaultWidth is the width text output fits when COLUMNS does not say:
// the width of a terminal that says nothing, and of output to a file.
const defaultWidth = 80

// minWidth is the narrowest width text output is wrapped at, whatever
// COLUMNS says: below it, a word of a citation would not fit.
const minWidth = 40

// widthFrom returns the text width for the value of the COLUMNS
// environment variable: its number, when it is one of at least minWidth,
// or else defaultWidth.
func widthFrom(columns string) int {
	n, err := strconv.Atoi(strings.TrimSpace(columns))
	if err != nil || n <= 0 {
		return defaultWidth
	}
	return max(n, minWidth)
}

// textWidth is the width e's text output fits.
func (e *env) textWidth() int {
	if e.width <= 0 {
		return defaultWidth
	}
	return max(e.width, minWidth)
}

// visible returns s with every character that would act on a terminal or
// break a line shown as an escape instead: the C0 controls (newline, tab
// and escape among them) and DEL as \xNN, the C1 controls, the Unicode line
// and paragraph separators and the bidirectional formatting characters as
// \uNNNN, and each byte that is not UTF-8 as \xNN. Everything else, the
// backslash included, is left as it is, so that a Windows path reads as
// written. Text made visible contains no line break and nothing a terminal
// acts on, and making it visible again changes nothing.
func visible(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if c >= 0x80 && !(r == utf8.RuneError && size == 1) && !hidden(r) {
			i += size
			continue
		}
		break
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case hidden(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// hidden reports whether r, a character above ASCII, is one that visible
// escapes: a C1 control, a line or paragraph separator, or a character that
// changes the direction text is shown in (which can make a line read other
// than it is).
func hidden(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f: // C1 controls, CSI (0x9b) and OSC (0x9d) among them
		return true
	case r == 0x2028 || r == 0x2029: // line and paragraph separators
		return true
	case r == 0x061c || r == 0x200e || r == 0x200f: // the bidi marks
		return true
	case r >= 0x202a && r <= 0x202e: // bidi embeddings and overrides
		return true
	case r >= 0x2066 && r <= 0x2069: // bidi isolates
		return true
	}
	return false
}

// runes returns the number of characters in s, as a terminal counts its
// columns for text of letters, digits and punctuation.
func runes(s string) int { return utf8.RuneCountInString(s) }

// wrap breaks text, made visible, into lines of at most width characters
// (a longer word stays whole), each starting with prefix.
func wrap(text, prefix string, width int) string {
	return wrapHanging(text, prefix, prefix, width)
}

// wrapHanging breaks text, made visible, into lines of at most width
// characters, the first starting with first and the others with rest. A
// word too long for any line, such as a long file name or JSON Pointer, is
// broken before a "/" where it can be; a word that cannot be broken stays
// whole.
func wrapHanging(text, first, rest string, width int) string {
	var b strings.Builder
	prefix := first
	line, n := prefix, runes(prefix)
	newLine := func() {
		b.WriteString(line)
		b.WriteByte('\n')
		prefix = rest
		line, n = prefix, runes(prefix)
	}
	for _, word := range strings.Fields(visible(text)) {
		for _, part := range splitLong(word, width-runes(rest)) {
			wn := runes(part.text)
			sep := 1
			if line == prefix || part.joined {
				sep = 0
			}
			if line != prefix && n+sep+wn > width {
				newLine()
				sep = 0
			}
			if sep == 1 {
				line += " "
				n++
			}
			line += part.text
			n += wn
		}
	}
	b.WriteString(line)
	return b.String()
}

// wordPart is a piece of a word broken over lines; joined reports whether
// it follows the piece before it without a space.
type wordPart struct {
	text   string
	joined bool
}

// splitLong returns word as the pieces a line of room characters can hold,
// broken before a "/"; a word that fits, or has no "/" to break at, is one
// piece.
func splitLong(word string, room int) []wordPart {
	if runes(word) <= room || room <= 0 {
		return []wordPart{{text: word}}
	}
	var parts []wordPart
	for runes(word) > room {
		cut := -1
		for i := 1; i < len(word); i++ {
			if word[i] == '/' && runes(word[:i]) <= room {
				cut = i
			}
		}
		if cut < 0 {
			break
		}
		parts = append(parts, wordPart{text: word[:cut], joined: len(parts) > 0})
		word = word[cut:]
	}
	return append(parts, wordPart{text: word, joined: len(parts) > 0})
}

// pad pads s with spaces to n characters.
func pad(s string, n int) string {
	return s + strings.Repeat(" ", max(0, n-runes(s)))
}

// minLastColumn is the narrowest a table's last column is wrapped at,
// however wide the columns before it.
const minLastColumn = 24

// writeTable writes rows as columns two spaces apart, each line starting
// with indent. Every cell is made visible; the last column is wrapped to
// the width left of width, with its following lines indented to its start.
func writeTable(w io.Writer, width int, indent string, rows [][]string) {
	for _, r := range formatTable(width, indent, rows) {
		fmt.Fprintln(w, r)
	}
}

// formatTable returns the lines writeTable writes for each row: one
// string a row, its lines joined by newlines.
func formatTable(width int, indent string, rows [][]string) []string {
	out := make([]string, 0, len(rows))
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return out
	}
	shown := make([][]string, len(rows))
	widths := make([]int, cols)
	for i, r := range rows {
		shown[i] = make([]string, cols)
		for k, c := range r {
			shown[i][k] = visible(c)
			if k < cols-1 {
				widths[k] = max(widths[k], runes(shown[i][k]))
			}
		}
	}
	start := runes(indent)
	for _, wd := range widths[:cols-1] {
		start += wd + 2
	}
	last := max(width-start, minLastColumn)
	pad := strings.Repeat(" ", start)
	for _, r := range shown {
		var b strings.Builder
		b.WriteString(indent)
		for k, c := range r[:cols-1] {
			b.WriteString(c)
			b.WriteString(strings.Repeat(" ", widths[k]-runes(c)+2))
		}
		text := r[cols-1]
		if strings.TrimSpace(text) == "" {
			out = append(out, strings.TrimRight(b.String(), " "))
			continue
		}
		// Keep the cell's own leading spaces (a note indented under its
		// row) on its first line and those after it.
		lead := text[:len(text)-len(strings.TrimLeft(text, " "))]
		wrapped := wrap(text, pad+lead, start+len(lead)+last)
		out = append(out, b.String()+strings.TrimPrefix(wrapped, pad))
	}
	return out
}

// errWriter passes writes on to w until one fails, and then remembers the
// first error and writes nothing more: a command writes all its output and
// checks err once at the end.
type errWriter struct {
	w   io.Writer
	err error
}

func (o *errWriter) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	if err != nil {
		o.err = err
	}
	return n, err
}

// columnsFromEnvironment is the width of the terminal the tool runs in, as
// the shell says in COLUMNS, or defaultWidth.
func columnsFromEnvironment() int { return widthFrom(os.Getenv("COLUMNS")) }
