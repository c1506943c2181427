package part3

import (
	"bytes"
	"encoding"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/csplanning/part3/internal/suggest"
)

// Reader reads JSON values from a [jsontext.Decoder] as [Decode] reads a
// document: strictly, noting each problem (a value of the wrong type, an
// unknown or repeated member, a value its type refuses) with the JSON
// Pointer path of the value and reading on, so that one pass reports every
// problem of a document. It is for the UnmarshalJSONFrom methods of types
// that decode themselves: such a method makes a Reader of its decoder, reads
// its members with the Reader's methods and returns [Reader.Err].
//
// A Reader stops at the first error of the JSON itself (a syntax error, the
// end of the input): its methods then do nothing, and Err reports it last.
// After a problem that is not such an error, each method has read the whole
// value it was called for, so the caller reads on.
//
// [Decode] reads a document in place, from its bytes, checking the JSON
// itself, and has a decoder read it only if it is broken, for the decoder's
// error; a type that implements [Readable] is given that Reader. A Reader
// made of a decoder reads token by token, except that
// [ReadList] has the decoder read each object of a list whole, which checks
// it, and reads the element from its bytes: one call of the decoder for
// each element, not one for each of its names and values. The methods read
// the same either way, and report the same problems.
//
// The zero Reader is not usable; make one with [NewReader].
type Reader struct {
	dec    *jsontext.Decoder
	errs   InputErrors
	fatal  error // the error of the JSON that stopped reading, if any
	fields bool  // decode every struct by its fields, ignoring its own decoder
	name   []byte
	// text is where the strings read are made: see Reader.string.
	text []byte
	// in is the value being read in place, when not nil: an element of a
	// list that the decoder has read whole, and so checked, is read from
	// its bytes rather than token by token (see ReadList). It points to
	// inBuf.
	in    *inPlace
	inBuf inPlace
}

// inPlace is the state of a Reader reading a value in place: the value's
// bytes; where it has got to; and the way to the value read last, for the
// paths of problems.
//
// Reading in place checks the JSON as it goes, as strictly as the decoder
// would, but does not say what is wrong with JSON it refuses: it marks
// itself bad and reads on as at the end of the bytes, doing nothing, and
// the bytes are read again by the decoder, whose errors are the ones
// reported (see Reader.readWhole).
type inPlace struct {
	src     []byte
	pos     int
	escaped bool // the string read last has an escape
	// whole is set when src is the whole document; otherwise src is an
	// element of a list the decoder has read whole (see ReadList).
	whole  bool
	bad    bool    // the bytes are not JSON, or nest too deep to read in place
	list   string  // the path of the list the value is an element of
	frames []frame // the element's index, then each object or array within
	stack  []byte  // the objects and arrays value is passing over
}

// frame is one level of a value read in place: an array and the index of
// its element read last, or an object and the name of its member.
type frame struct {
	array bool
	more  bool // a member or element has been read
	index int
	name  []byte
}

// errNotInPlace stops a Reader whose bytes in place are not JSON: see
// inPlace.
var errNotInPlace = errors.New("part3: the bytes read in place are not JSON")

// fail marks in bad and moves to the end of its bytes.
func (in *inPlace) fail() {
	in.bad = true
	in.pos = len(in.src)
}

// path returns the JSON Pointer of the value read last in place.
func (in *inPlace) path() string {
	var b strings.Builder
	b.WriteString(in.list)
	for _, f := range in.frames {
		b.WriteByte('/')
		if f.array {
			b.WriteString(strconv.Itoa(f.index))
		} else {
			b.WriteString(escapeToken(string(f.name)))
		}
	}
	return b.String()
}

// enter starts reading in place raw, element i of the list at path list.
func (r *Reader) enter(raw []byte, list string, i int) {
	in := &r.inBuf
	in.src, in.pos, in.list, in.whole, in.bad = raw, 0, list, false, false
	in.frames = append(in.frames[:0], frame{array: true, index: i})
	r.in = in
}

// pointer returns the JSON Pointer of the value read last.
func (r *Reader) pointer() string {
	if r.in != nil {
		return r.in.path()
	}
	return string(r.dec.StackPointer())
}

// skipSpace moves past white space.
func (in *inPlace) skipSpace() {
	in.pos = skipSpace(in.src, in.pos)
}

// skipSpace returns the offset of the first byte from i on in src that is
// not JSON white space, or len(src).
func skipSpace(src []byte, i int) int {
	for i < len(src) {
		switch src[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// str reads the string that begins at the next byte, if one does, and
// returns its content as it is in the JSON and whether it has escapes.
// If a string begins but is not JSON, in is bad.
func (in *inPlace) str() (content []byte, escaped, ok bool) {
	in.skipSpace()
	if in.pos >= len(in.src) || in.src[in.pos] != '"' {
		return nil, false, false
	}
	start := in.pos
	end, escaped, ok := scanString(in.src, start)
	if !ok {
		in.fail()
		return nil, false, false
	}
	in.pos = end + 1
	in.escaped = escaped
	return in.src[start+1 : end], escaped, true
}

// next moves past white space and returns the next byte, 0 at the end.
func (in *inPlace) next() byte {
	in.skipSpace()
	if in.pos < len(in.src) {
		return in.src[in.pos]
	}
	return 0
}

// value returns the next value, whole, and moves past it; if there is
// none, or it is not JSON, in is bad and value returns nil.
func (in *inPlace) value() []byte {
	in.skipSpace()
	start := in.pos
	if start >= len(in.src) {
		in.fail()
		return nil
	}
	var end int
	ok := true
	switch c := in.src[start]; c {
	case '"':
		var close int
		close, in.escaped, ok = scanString(in.src, start)
		end = close + 1
	case '{', '[':
		end, ok = in.composite(start)
	default:
		end, ok = scanLiteral(in.src, start)
	}
	if !ok {
		in.fail()
		return nil
	}
	in.pos = end
	return in.src[start:end:end]
}

// composite checks the object or array that begins at src[start] and
// returns the offset just past it; false if it is not JSON, or, in a whole
// document, if it nests deeper than MaxDepth.
func (in *inPlace) composite(start int) (end int, ok bool) {
	src := in.src
	stack := in.stack[:0]
	defer func() { in.stack = stack }()
	i := start
	for {
		// A value begins at src[i], after white space.
		i = skipSpace(src, i)
		if i >= len(src) {
			return 0, false
		}
		switch c := src[i]; c {
		case '{', '[':
			stack = append(stack, c)
			if in.whole && len(in.frames)+len(stack) > MaxDepth {
				return 0, false
			}
			i = skipSpace(src, i+1)
			if i >= len(src) {
				return 0, false
			}
			if src[i] == c+2 { // '}' is '{'+2, ']' is '['+2
				stack = stack[:len(stack)-1]
				i++
				break
			}
			if c == '{' {
				if i, ok = memberName(src, i); !ok {
					return 0, false
				}
			}
			continue
		case '"':
			close, _, ok := scanString(src, i)
			if !ok {
				return 0, false
			}
			i = close + 1
		default:
			if i, ok = scanLiteral(src, i); !ok {
				return 0, false
			}
		}
		// A value has ended at src[i]: the next comes after a comma, or
		// the objects and arrays it is in end.
		for {
			if len(stack) == 0 {
				return i, true
			}
			i = skipSpace(src, i)
			if i >= len(src) {
				return 0, false
			}
			top := stack[len(stack)-1]
			if src[i] == top+2 {
				stack = stack[:len(stack)-1]
				i++
				continue
			}
			if src[i] != ',' {
				return 0, false
			}
			i++
			if top == '{' {
				if i, ok = memberName(src, skipSpace(src, i)); !ok {
					return 0, false
				}
			}
			break
		}
	}
}

// memberName checks the name of a member and its colon, at src[i], and
// returns the offset past the colon.
func memberName(src []byte, i int) (int, bool) {
	if i >= len(src) || src[i] != '"' {
		return 0, false
	}
	close, _, ok := scanString(src, i)
	if !ok {
		return 0, false
	}
	i = skipSpace(src, close+1)
	if i >= len(src) || src[i] != ':' {
		return 0, false
	}
	return i + 1, true
}

// scanLiteral checks the number, true, false or null that begins at
// src[start] and returns the offset just past it.
func scanLiteral(src []byte, start int) (end int, ok bool) {
	word := func(w string) (int, bool) {
		if len(src)-start >= len(w) && string(src[start:start+len(w)]) == w {
			return start + len(w), true
		}
		return 0, false
	}
	switch src[start] {
	case 't':
		return word("true")
	case 'f':
		return word("false")
	case 'n':
		return word("null")
	}
	i := start
	if src[i] == '-' {
		i++
	}
	digits := func() bool {
		j := i
		for i < len(src) && '0' <= src[i] && src[i] <= '9' {
			i++
		}
		return i > j
	}
	switch {
	case i < len(src) && src[i] == '0':
		i++
	case i < len(src) && '1' <= src[i] && src[i] <= '9':
		digits()
	default:
		return 0, false
	}
	if i < len(src) && src[i] == '.' {
		i++
		if !digits() {
			return 0, false
		}
	}
	if i < len(src) && (src[i] == 'e' || src[i] == 'E') {
		i++
		if i < len(src) && (src[i] == '+' || src[i] == '-') {
			i++
		}
		if !digits() {
			return 0, false
		}
	}
	return i, true
}

// Masks for finding a byte in eight at a time.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// scanString checks the string opened by the quote at src[open] and
// returns the offset of the quote that closes it, and whether the string
// has an escape; false if it is not a JSON string of valid UTF-8, as the
// decoder would refuse it. It reads eight bytes at a time while they are
// plain ASCII, not a quote, a backslash or a control character.
func scanString(src []byte, open int) (end int, escaped, ok bool) {
	i := open + 1
	for {
		for i+8 <= len(src) {
			w := binary.LittleEndian.Uint64(src[i:])
			q, b := w^(ones*'"'), w^(ones*'\\')
			// A quote or a backslash (a byte the XOR makes zero), a
			// control character (below 0x20) or a byte over 0x7f: the
			// lowest marked is the first such byte.
			if m := ((q-ones)&^q | (b-ones)&^b | (w-ones*0x20)&^w | w) & highs; m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		for i < len(src) {
			if c := src[i]; c == '"' || c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
				break
			}
			i++
		}
		if i >= len(src) {
			return 0, escaped, false
		}
		switch c := src[i]; {
		case c == '"':
			return i, escaped, true
		case c == '\\':
			escaped = true
			if i, ok = escape(src, i); !ok {
				return 0, escaped, false
			}
		case c < 0x20:
			return 0, escaped, false
		default:
			r, n := utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && n < 2 {
				return 0, escaped, false
			}
			i += n
		}
	}
}

// escape checks the escape that begins at src[i], a backslash, and
// returns the offset after it. A \u escape of half a UTF-16 surrogate pair
// must be followed by the other half.
func escape(src []byte, i int) (int, bool) {
	if i+1 >= len(src) {
		return 0, false
	}
	switch src[i+1] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		return i + 2, true
	case 'u':
		v1, ok := hex4(src, i+2)
		if !ok {
			return 0, false
		}
		i += 6
		if !utf16.IsSurrogate(v1) {
			return i, true
		}
		if i+1 >= len(src) || src[i] != '\\' || src[i+1] != 'u' {
			return 0, false
		}
		v2, ok := hex4(src, i+2)
		if !ok || utf16.DecodeRune(v1, v2) == utf8.RuneError {
			return 0, false
		}
		return i + 6, true
	}
	return 0, false
}

// hex4 parses the four hexadecimal digits at src[i].
func hex4(src []byte, i int) (rune, bool) {
	if i+4 > len(src) {
		return 0, false
	}
	var v rune
	for _, c := range src[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		v = v<<4 | rune(c)
	}
	return v, true
}

// kindOf is the kind of the JSON value that begins with c.
func kindOf(c byte) jsontext.Kind {
	switch c {
	case '"', '{', '[', 'n', 't', 'f':
		return jsontext.Kind(c)
	}
	return '0'
}

// NewReader returns a Reader of dec.
func NewReader(dec *jsontext.Decoder) Reader { return Reader{dec: dec} }

// OK reports whether r can read on: false once the JSON itself is broken.
func (r *Reader) OK() bool { return r.fatal == nil && (r.in == nil || !r.in.bad) }

// Err returns nil if r has noted no problem, and otherwise an *InputError
// listing the problems in the order they were found (at most MaxProblems;
// see [InputErrors.Err]), the error that stopped reading, if any, last. The
// problems have paths but no positions: [Decode] finds those in the input.
func (r *Reader) Err() error {
	if r.fatal == nil {
		return r.errs.Err()
	}
	l := r.errs
	l.list = append(l.list[:len(l.list):len(l.list)], &InputError{Category: ErrSyntax, Err: r.fatal})
	if len(l.list) > MaxProblems {
		// The error that stopped reading stays, in place of the last
		// problem listed.
		l.omitted += len(l.list) - MaxProblems
		l.list = append(l.list[:MaxProblems-1:MaxProblems-1], l.list[len(l.list)-1])
	}
	return l.Err()
}

// fail stops reading at err, an error of the JSON itself.
func (r *Reader) fail(err error) {
	if r.fatal == nil && err != nil {
		r.fatal = err
	}
}

// Problem notes a problem at the value read last, of the given category
// (one of the Err variables of this package), cause and what was expected
// there.
func (r *Reader) Problem(category, err error, expected string) {
	r.errs.add(&InputError{Path: r.pointer(), Category: category, Err: err, Expected: expected})
}

// absorb notes the problems of err, the error of a value's own decoder or
// text decoder at the value read last. Paths in an *InputError are taken
// as absolute when at is false and as below the value otherwise.
func (r *Reader) absorb(err error, below bool) {
	var ie *InputError
	if !errors.As(err, &ie) {
		var syn *jsontext.SyntacticError
		if errors.As(err, &syn) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			r.fail(err)
			return
		}
		r.Problem(ErrInvalidValue, err, "")
		return
	}
	at := ""
	if below {
		at = r.pointer()
	}
	for _, p := range ie.Problems() {
		if p.Category == ErrSyntax && p.Line == 0 {
			r.fail(p.Err)
			continue
		}
		p.Path = at + p.Path
		r.errs.add(p)
	}
	r.errs.omitted += ie.Omitted
}

// kindName words the kind of a JSON value for an error.
func kindName(k jsontext.Kind) string {
	switch k {
	case 'n':
		return "null"
	case 'f', 't':
		return "a boolean"
	case '"':
		return "a string"
	case '0':
		return "a number"
	case '{':
		return "an object"
	case '[':
		return "an array"
	}
	return "a value"
}

// peek returns the kind of the next value, or 0 after noting the error of
// the JSON that stops reading.
func (r *Reader) peek() jsontext.Kind {
	if r.fatal != nil {
		return 0
	}
	if in := r.in; in != nil {
		c := in.next()
		if c == 0 {
			in.fail()
			return 0
		}
		return kindOf(c)
	}
	k := r.dec.PeekKind()
	if k == 0 {
		_, err := r.dec.ReadValue()
		r.fail(err)
		if r.fatal == nil {
			r.fail(io.ErrUnexpectedEOF)
		}
	}
	return k
}

// wrong reads the next value, of kind k, and notes that it is of the wrong
// type: what was expected is want.
func (r *Reader) wrong(k jsontext.Kind, want string) {
	if r.in != nil {
		if r.in.value() != nil {
			r.wrongType(k, want)
		}
		return
	}
	if err := r.dec.SkipValue(); err != nil {
		r.fail(err)
		return
	}
	r.wrongType(k, want)
}

// wrongType notes that the value read last, of kind k, is of the wrong
// type: what was expected is want.
func (r *Reader) wrongType(k jsontext.Kind, want string) {
	if k == 'n' && r.inObject() {
		want += ", or the member left out"
	}
	r.Problem(ErrWrongType, fmt.Errorf("found %s", kindName(k)), want)
}

// inObject reports whether the value read last is a member of an object.
func (r *Reader) inObject() bool {
	if r.in != nil {
		fs := r.in.frames
		return len(fs) > 0 && !fs[len(fs)-1].array
	}
	k, _ := r.dec.StackIndex(r.dec.StackDepth())
	return k == '{'
}

// BeginObject reads the start of an object and reports true, or, if the
// next value is not an object, reads it, notes the problem and reports
// false. After true, read the members while [Reader.More] and then call
// [Reader.End].
func (r *Reader) BeginObject() bool { return r.begin('{', "an object") }

// BeginArray reads the start of an array as [Reader.BeginObject] reads
// an object.
func (r *Reader) BeginArray() bool { return r.begin('[', "an array") }

// begin reads the next token and reports whether it begins a value of
// kind want; otherwise it reads the rest of the value, and notes that it
// is of the wrong type: what was expected is what.
func (r *Reader) begin(want jsontext.Kind, what string) bool {
	if r.fatal != nil {
		return false
	}
	if in := r.in; in != nil {
		c := in.next()
		if c == byte(want) {
			if in.whole && len(in.frames) >= MaxDepth {
				in.fail()
				return false
			}
			in.pos++
			in.frames = append(in.frames, frame{array: want == '[', index: -1})
			return true
		}
		if in.value() == nil {
			return false
		}
		r.wrongType(kindOf(c), what)
		return false
	}
	depth := r.dec.StackDepth()
	tok, err := r.dec.ReadToken()
	if err != nil {
		r.fail(err)
		return false
	}
	k := tok.Kind()
	if k == want {
		return true
	}
	for r.dec.StackDepth() > depth { // the rest of an object or array
		if _, err := r.dec.ReadToken(); err != nil {
			r.fail(err)
			return false
		}
	}
	r.wrongType(k, what)
	return false
}

// More reports whether the object or array being read has another member
// or element.
func (r *Reader) More() bool {
	if r.fatal != nil {
		return false
	}
	if in := r.in; in != nil {
		if in.bad {
			return false
		}
		f := &in.frames[len(in.frames)-1]
		c := in.next()
		closer := byte('}')
		if f.array {
			closer = ']'
		}
		switch {
		case c == closer:
			return false
		case f.more && c == ',':
			in.pos++
		case f.more || c == ',' || c == '}' || c == ']' || c == 0:
			// Not a comma after a member or element, a comma before the
			// first, the wrong end or no end.
			in.fail()
			return false
		}
		f.more = true
		if f.array {
			f.index++
		}
		return true
	}
	// The next byte that is not white space says, without the decoder's
	// work of peeking at a token: the end of the object or array, or (a
	// comma, a name or a value) more. If the decoder holds no more of the
	// input, or the bytes are not JSON, the decoder says.
scan:
	for _, c := range r.dec.UnreadBuffer() {
		switch c {
		case ' ', '\t', '\n', '\r':
		case '}', ']':
			return false
		case ',', '"', '{', '[', 't', 'f', 'n', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
			return true
		default:
			break scan
		}
	}
	switch r.dec.PeekKind() {
	case '}', ']':
		return false
	case 0:
		_, err := r.dec.ReadToken()
		r.fail(err)
		if r.fatal == nil {
			r.fail(io.ErrUnexpectedEOF)
		}
		return false
	}
	return true
}

// End reads the end of the object or array being read.
func (r *Reader) End() {
	if r.fatal != nil {
		return
	}
	if in := r.in; in != nil {
		closer := byte('}')
		if in.frames[len(in.frames)-1].array {
			closer = ']'
		}
		if in.next() != closer {
			in.fail()
			return
		}
		in.pos++
		in.frames = in.frames[:len(in.frames)-1]
		return
	}
	_, err := r.dec.ReadToken()
	r.fail(err)
}

// Name reads the name of the next member of an object and returns it,
// unescaped; the bytes are valid until the next read.
func (r *Reader) Name() []byte {
	if r.fatal != nil {
		return nil
	}
	if in := r.in; in != nil {
		name, escaped, ok := in.str()
		if !ok {
			in.fail()
			return nil
		}
		if escaped {
			// The frame keeps the name for the paths of problems: a copy,
			// not the scratch buffer the next name is unescaped into.
			name = bytes.Clone(r.unquote(in.src[in.pos-len(name)-2 : in.pos]))
		}
		if in.next() != ':' {
			in.fail()
			return nil
		}
		in.pos++
		in.frames[len(in.frames)-1].name = name
		return name
	}
	v, err := r.dec.ReadValue()
	if err != nil {
		r.fail(err)
		return nil
	}
	return r.unquote(v)
}

// unquote returns the content of v, a JSON string: a view of v if it has
// no escapes, else unescaped into r's scratch buffer.
func (r *Reader) unquote(v jsontext.Value) []byte {
	in := v[1 : len(v)-1]
	if r.in != nil && !r.in.escaped || r.in == nil && bytes.IndexByte(in, '\\') < 0 {
		return in
	}
	out, err := jsontext.AppendUnquote(r.name[:0], v)
	if err != nil {
		r.fail(err)
		return nil
	}
	r.name = out
	return out
}

// Seen records the members read of an object, one bit for each: see
// [Reader.First]. The zero Seen has none.
type Seen [2]uint64

// First reports whether the member just named, the bit-th of its object's
// members (0 to 127), is the first of its name in the object. For a
// repeat it notes the problem, reads its value and reports false.
func (r *Reader) First(seen *Seen, bit uint) bool {
	w, m := bit/64, uint64(1)<<(bit%64)
	if seen[w]&m == 0 {
		seen[w] |= m
		return true
	}
	r.duplicate()
	return false
}

func (r *Reader) duplicate() {
	r.Problem(ErrDuplicateField, errors.New("the same field appears twice"), "each field at most once")
	r.Skip()
}

// Unknown notes that the member just named is not one of known, the
// members of the object, suggesting the closest, and reads its value.
func (r *Reader) Unknown(name []byte, known []string) {
	r.errs.add(unknownMember(r.pointer(), string(name), known))
	r.Skip()
}

// unknownMember is the problem of a member name that is not one of
// known.
func unknownMember(path, name string, known []string) *InputError {
	e := &InputError{Path: path, Category: ErrUnknownField, Err: &UnknownMemberError{Name: name}}
	if best, ok := suggest.Closest(name, known); ok && best != name {
		e.Err.(*UnknownMemberError).Suggestion = best
	}
	if len(known) > 0 {
		e.Expected = "one of this object's members: " + strings.Join(known, ", ")
	}
	return e
}

// UnknownMemberError is the cause of an ErrUnknownField [InputError]: the
// member's name and, where one is close, the member that was probably
// meant.
type UnknownMemberError struct {
	Name       string // the name as the document gives it
	Suggestion string // the closest member of the object, or ""
	// Retired, for a member the object once had, says so and what became
	// of it; "" otherwise.
	Retired string
}

// Error says that the name is not a member, and which was probably meant.
func (e *UnknownMemberError) Error() string {
	if e.Retired != "" {
		return e.Retired
	}
	s := fmt.Sprintf("%q is not a field here", e.Name)
	if e.Suggestion != "" {
		s += fmt.Sprintf("; did you mean %q?", e.Suggestion)
	}
	return s
}

// RetiredMember is a member a document kind once had and has no longer.
type RetiredMember struct {
	// Name is the member's name.
	Name string
	// Replacement is the member that took its place, if any: a missing
	// replacement is not reported beside the retired member.
	Replacement string
	// Retired says so, such as `"consulted" is no longer a member of this
	// question`.
	Retired string
	// Expected says what to do instead.
	Expected string
}

// Retiring is implemented by a struct type whose JSON objects once had
// members they no longer have: [Decode] refuses such a member as unknown
// (ErrUnknownField) in the words RetiredMembers gives, so that nobody takes
// it to be read.
type Retiring interface {
	RetiredMembers() []RetiredMember
}

var retiringType = reflect.TypeFor[Retiring]()

// retired is the problem of a retired member m at path.
func retired(path string, m RetiredMember) *InputError {
	return &InputError{Path: path, Category: ErrUnknownField,
		Err:      &UnknownMemberError{Name: m.Name, Suggestion: m.Replacement, Retired: m.Retired},
		Expected: m.Expected}
}

// Skip reads the next value, whatever it is.
func (r *Reader) Skip() {
	if r.fatal != nil {
		return
	}
	if r.in != nil {
		r.in.value()
		return
	}
	r.fail(r.dec.SkipValue())
}

// scalar reads the next value if it is of kind want (or, for 't', a
// boolean) and returns it; otherwise it notes the problem (the value has
// the wrong type; what was expected is what) and returns nil.
func (r *Reader) scalar(want jsontext.Kind, what string) jsontext.Value {
	if r.fatal != nil {
		return nil
	}
	// The value is read whatever its kind, one call where peeking first
	// would be two: one of the wrong kind, read whole, is passed over.
	var v jsontext.Value
	if r.in != nil {
		if v = r.in.value(); v == nil {
			return nil
		}
	} else {
		var err error
		if v, err = r.dec.ReadValue(); err != nil {
			r.fail(err)
			return nil
		}
	}
	if k := v.Kind(); k != want && !(want == 't' && k == 'f') {
		r.wrongType(k, what)
		return nil
	}
	return v
}

// String reads a JSON string into *dst.
func (r *Reader) String(dst *string) {
	if in := r.in; in != nil && r.fatal == nil {
		content, escaped, ok := in.str()
		switch {
		case ok && escaped:
			*dst = r.string(r.unquote(in.src[in.pos-len(content)-2 : in.pos]))
			return
		case ok:
			*dst = r.string(content)
			return
		case in.bad:
			return
		}
	}
	if v := r.scalar('"', "a string"); v != nil {
		*dst = r.string(r.unquote(v))
	}
}

// Sizes of the blocks of Reader.string: the first block, the largest, and
// the longest string made in a block rather than on its own.
const (
	firstBlock = 512
	maxBlock   = 16 << 10
	maxInBlock = 1 << 10
)

// string returns b as a string. The strings of a document are made side
// by side in blocks of memory, not each on its own: a plan of a thousand
// services has ten thousand strings, and making each is most of the work
// of decoding it, and of the garbage collector's after. A block is only
// ever appended to, each string a part of it no later string overlaps, so
// that no string changes; a block lives while any of its strings does, as
// the document they make up does.
func (r *Reader) string(b []byte) string {
	n := len(b)
	switch {
	case n == 0:
		return ""
	case n > maxInBlock:
		return string(b)
	case cap(r.text)-len(r.text) < n:
		size := min(max(2*cap(r.text), firstBlock), maxBlock)
		r.text = make([]byte, 0, max(size, n))
	}
	start := len(r.text)
	r.text = append(r.text, b...)
	return unsafe.String(&r.text[start], n)
}

// Bool reads true or false into *dst.
func (r *Reader) Bool(dst *bool) {
	if v := r.scalar('t', "true or false"); v != nil {
		*dst = v[0] == 't'
	}
}

// Float reads a JSON number into *dst.
func (r *Reader) Float(dst *float64) {
	if v := r.scalar('0', "a number"); v != nil {
		if f, ok := r.float(v, 64); ok {
			*dst = f
		}
	}
}

func (r *Reader) float(v jsontext.Value, bits int) (float64, bool) {
	f, err := strconv.ParseFloat(string(v), bits)
	if err != nil {
		r.Problem(ErrInvalidValue, fmt.Errorf("%s: %w", v, strconv.ErrRange), "a number")
		return 0, false
	}
	return f, true
}

// Int reads a JSON number that is a whole number into *dst.
func (r *Reader) Int(dst *int) {
	if v := r.scalar('0', "a whole number"); v != nil {
		if n, ok := r.int(v, strconv.IntSize); ok {
			*dst = int(n)
		}
	}
}

func (r *Reader) int(v jsontext.Value, bits int) (int64, bool) {
	n, err := strconv.ParseInt(string(v), 10, bits)
	if err != nil {
		r.Problem(ErrInvalidValue, numberError(v, err), "a whole number")
		return 0, false
	}
	return n, true
}

func (r *Reader) uint(v jsontext.Value, bits int) (uint64, bool) {
	n, err := strconv.ParseUint(string(v), 10, bits)
	if err != nil {
		r.Problem(ErrInvalidValue, numberError(v, err), "a whole number of 0 or more")
		return 0, false
	}
	return n, true
}

// numberError is the cause of a number that is not a whole number of the
// size wanted: "1.5: invalid syntax", "1e400: value out of range".
func numberError(v jsontext.Value, err error) error {
	if errors.Is(err, strconv.ErrRange) {
		return fmt.Errorf("%s: %w", v, strconv.ErrRange)
	}
	return fmt.Errorf("%s: %w", v, strconv.ErrSyntax)
}

// errEmpty is the cause of an empty string where a textual value belongs.
var errEmpty = errors.New("the value is an empty string")

// Text reads a JSON string and decodes it with dst's UnmarshalText. The
// empty string is refused, as the published JSON Schemas refuse it: with
// dst's own error if UnmarshalText refuses it too, and as ErrMissing
// otherwise. An *InputError from UnmarshalText keeps its category and
// words; another error is an ErrInvalidValue problem.
func (r *Reader) Text(dst encoding.TextUnmarshaler) {
	var text []byte
	if in := r.in; in != nil && r.fatal == nil {
		content, escaped, ok := in.str()
		switch {
		case ok && escaped:
			text = r.unquote(in.src[in.pos-len(content)-2 : in.pos])
		case ok:
			text = content
		case in.bad:
			return
		}
	}
	if text == nil {
		v := r.scalar('"', "a string")
		if v == nil {
			return
		}
		if text = r.unquote(v); text == nil {
			return
		}
	}
	err := dst.UnmarshalText(text)
	if err == nil && len(text) == 0 {
		r.Problem(ErrMissing, errEmpty, "a value, or the member left out")
		return
	}
	if err != nil {
		r.absorb(err, true)
	}
}

// Value decodes the next value into the value v points to, by its Go type,
// as [Decode] does.
func (r *Reader) Value(v any) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		panic("part3: Reader.Value needs a non-nil pointer")
	}
	r.value(rv.Elem(), codecOf(rv.Type().Elem()))
}

// ReadList reads a JSON array into *dst, each element with read, into a
// slice of exactly the array's length (so that a list of a thousand
// services is not copied ten times as it grows, nor a thousand lists of
// two actions each given room for four). An empty array gives an empty
// slice, not nil. The memory comes from lb (see [ListBuffer]); a nil lb is
// a ListBuffer of ReadList's own.
func ReadList[T any](r *Reader, dst *[]T, lb *ListBuffer[T], read func(r *Reader, e *T)) {
	// Read token by token, a list of objects has each element read
	// whole by the decoder, which checks it, and then read in place from
	// its bytes: one call of the decoder for each service, not one for
	// each of its names and values. The path of the list is known only
	// before it is read.
	var list string
	tokens := r.in == nil && r.fatal == nil
	if tokens {
		list = string(r.dec.StackPointer())
	}
	if !r.BeginArray() {
		return
	}
	if lb == nil {
		lb = new(ListBuffer[T])
	}

	// The elements are read where the list will stay, in the free part of
	// the block, until they do not fit; then into the scratch buffer, and
	// copied into a slice of their own at the end.
	if len(lb.block) == cap(lb.block) {
		// Blocks grow with the lists: a plan of ten services takes
		// little memory, one of a thousand few blocks.
		lb.size = min(max(2*lb.size, minListBlock), maxListBlock)
		lb.block = make([]T, 0, lb.size)
	}
	start := len(lb.block)
	b := lb.block
	inBlock := true
	for i := 0; r.More(); i++ {
		if inBlock && len(b) == cap(b) {
			inBlock = false
			inPlace := b
			b = append(lb.scratch[:0], b[start:]...)
			clear(inPlace[start:]) // the block's free part stays zero
		}
		if len(b) < cap(b) {
			b = b[:len(b)+1] // the free part of a block or buffer is zero
		} else {
			var zero T
			b = append(b, zero)
		}
		e := &b[len(b)-1]
		if !tokens || r.dec.PeekKind() != '{' {
			read(r, e)
			continue
		}
		raw, err := r.dec.ReadValue()
		if err != nil {
			// The decoder has not moved: the element is read token by
			// token, which finds the same fault in the words it finds it
			// in reading by tokens.
			read(r, e)
			continue
		}
		r.enter(raw, list, i)
		read(r, e)
		if r.in.bad {
			// The element the decoder checked is not JSON read in place:
			// a fault of this package, reported rather than hidden.
			r.fail(errNotInPlace)
		}
		r.in = nil
	}
	r.End()
	if inBlock {
		lb.block = b
		*dst = b[start:len(b):len(b)]
		return
	}
	*dst = append(make([]T, 0, len(b)), b...)
	clear(b) // the scratch buffer keeps no value of the document
	lb.scratch = b[:0]
}

// minListBlock and maxListBlock are how many elements the blocks of a
// ListBuffer
// hold: the first, and the largest.
const (
	minListBlock = 4
	maxListBlock = 256
)

// ListBuffer is the memory [ReadList] reads lists of T into: a block that
// short lists are read into and stay in, one after another, each a slice
// of the block no later list overlaps (a thousand lists of two actions are
// thirty allocations, not a thousand); and a scratch buffer that a list
// too long for the block is read into before it is copied into a slice of
// its own, the only slice that grows. The zero ListBuffer is empty and
// ready to use.
//
// The lists read share the blocks: a ListBuffer must not be used by two
// goroutines at once. [ListBuffer.Release] lets it be used for another
// document.
type ListBuffer[T any] struct {
	block   []T
	size    int // the capacity of the last block
	scratch []T
}

// Release forgets the block of lb, which the lists of the document read
// hold, and keeps its scratch buffer, which holds nothing, so that lb can
// read another document's lists without touching the first's.
func (lb *ListBuffer[T]) Release() { lb.block, lb.size = nil, 0 }
