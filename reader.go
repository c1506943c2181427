package part3

import (
	"bytes"
	"encoding"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
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
// The zero Reader is not usable; make one with [NewReader].
type Reader struct {
	dec    *jsontext.Decoder
	errs   InputErrors
	fatal  error // the error of the JSON that stopped reading, if any
	fields bool  // decode every struct by its fields, ignoring its own decoder
	name   []byte
	// text is where the strings read are made: see Reader.string.
	text []byte
}

// NewReader returns a Reader of dec.
func NewReader(dec *jsontext.Decoder) Reader { return Reader{dec: dec} }

// Decoder returns the decoder r reads from.
func (r *Reader) Decoder() *jsontext.Decoder { return r.dec }

// OK reports whether r can read on: false once the JSON itself is broken.
func (r *Reader) OK() bool { return r.fatal == nil }

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
	r.errs.add(&InputError{Path: string(r.dec.StackPointer()), Category: category, Err: err, Expected: expected})
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
		at = string(r.dec.StackPointer())
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
	_, err := r.dec.ReadToken()
	r.fail(err)
}

// Name reads the name of the next member of an object and returns it,
// unescaped; the bytes are valid until the next read.
func (r *Reader) Name() []byte {
	if r.fatal != nil {
		return nil
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
	if bytes.IndexByte(in, '\\') < 0 {
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
	r.errs.add(unknownMember(string(r.dec.StackPointer()), string(name), known))
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
	v, err := r.dec.ReadValue()
	if err != nil {
		r.fail(err)
		return nil
	}
	if k := v.Kind(); k != want && !(want == 't' && k == 'f') {
		r.wrongType(k, what)
		return nil
	}
	return v
}

// String reads a JSON string into *dst.
func (r *Reader) String(dst *string) {
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
	v := r.scalar('"', "a string")
	if v == nil {
		return
	}
	text := r.unquote(v)
	if text == nil {
		return
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
	for r.More() {
		if inBlock && len(b) == cap(b) {
			inBlock = false
			inPlace := b
			b = append(lb.scratch[:0], b[start:]...)
			clear(inPlace[start:]) // the block's free part stays zero
		}
		var zero T
		b = append(b, zero)
		read(r, &b[len(b)-1])
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
