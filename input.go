package part3

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/csplanning/part3/internal/words"
)

// MaxDocumentSize is the largest document, in bytes, that [Decode] reads:
// 8 MiB. A plan of 1,000 services with their actions is well under 2 MiB.
const MaxDocumentSize = 8 << 20

// MaxDepth is the deepest nesting of JSON objects and arrays that [Decode]
// accepts. No document kind of this module nests deeper than 8; 32 leaves
// room for growth and refuses input built to exhaust a parser.
const MaxDepth = 32

// Categories of bad input. An [InputError] matches exactly one of them with
// [errors.Is].
var (
	// ErrSyntax: the input is not well-formed JSON (including truncated JSON
	// and invalid UTF-8).
	ErrSyntax = errors.New("not well-formed JSON")
	// ErrTooLarge: the input is larger than MaxDocumentSize.
	ErrTooLarge = errors.New("document too large")
	// ErrTooDeep: objects and arrays nest deeper than MaxDepth. The error
	// gives the line and column of the first bracket too deep; its Path is
	// the whole document, since the scan that finds it reads no names.
	ErrTooDeep = errors.New("nesting too deep")
	// ErrUnknownField: an object has a member the document kind does not
	// define.
	ErrUnknownField = errors.New("unknown field")
	// ErrDuplicateField: an object has the same member twice.
	ErrDuplicateField = errors.New("duplicate field")
	// ErrWrongType: a value has the wrong JSON type, such as a number where
	// text was expected.
	ErrWrongType = errors.New("wrong type")
	// ErrInvalidValue: a value of the right JSON type is not acceptable, such
	// as an impossible date, an unknown council or an unknown enum value.
	ErrInvalidValue = errors.New("invalid value")
	// ErrMissing: a required value is absent or empty.
	ErrMissing = errors.New("missing value")
	// ErrDuplicateID: two items of one list share an ID.
	ErrDuplicateID = errors.New("duplicate ID")
	// ErrDanglingReference: a reference names an ID that does not exist.
	ErrDanglingReference = errors.New("dangling reference")
	// ErrWrongKind: the document's kind field is absent or names another
	// kind of document.
	ErrWrongKind = errors.New("wrong document kind")
)

// MaxProblems is the most problems an [InputError] lists: the first, and
// up to MaxProblems-1 in its More; Omitted counts the rest.
const MaxProblems = 20

// InputError reports input that cannot be read as the document it should
// be. It names the file, the JSON Pointer path of the offending value, the
// line and column where they are known, and what was expected there.
//
// A document may have more than one problem: the decoders report them all
// at once, in document order, as one InputError for the first with the
// others in More (at most [MaxProblems] in all; Omitted counts the rest).
// [InputError.Problems] lists them.
//
// errors.Is matches an InputError against the Category (one of ErrSyntax,
// ErrUnknownField, ...) of each of its problems; errors.As finds it in a
// wrapped chain, and gives the first problem's fields.
type InputError struct {
	// File is the file name as the caller gave it; "" when not known. The
	// command-line tool uses "-" for standard input.
	File string
	// Path is a JSON Pointer to the offending value; "" is the whole document.
	Path string
	// Line and Column are the 1-based position of the error in the input;
	// 0 when not known.
	Line, Column int
	// Category is the kind of bad input, one of the Err variables of this
	// package.
	Category error
	// Expected says, in plain words, what was expected at Path.
	Expected string
	// Err is the underlying cause, if any.
	Err error
	// More are the other problems of the same document, in document order
	// after this one; none has More of its own. It is nil when this is the
	// only problem found.
	More []*InputError
	// Omitted is how many more problems were found than are listed, beyond
	// MaxProblems.
	Omitted int
}

// Error formats the first problem on one line: "file:line:col: path:
// category: cause (expected ...)", parts that are not known left out,
// followed by "(and N more problems)" when there are others. Each of
// [InputError.Problems] formats one problem.
func (e *InputError) Error() string {
	var b strings.Builder
	e.format(&b)
	if n := len(e.More) + e.Omitted; n > 0 {
		fmt.Fprintf(&b, " (and %s)", words.Count(n, "more problem", "more problems"))
	}
	return b.String()
}

// format writes the one-line form of e alone.
func (e *InputError) format(b *strings.Builder) {
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			fmt.Fprintf(b, ":%d:%d", e.Line, e.Column)
		}
		b.WriteString(": ")
	} else if e.Line > 0 {
		fmt.Fprintf(b, "line %d, column %d: ", e.Line, e.Column)
	}
	path := e.Path
	if path == "" {
		path = "/"
	}
	b.WriteString(path)
	b.WriteString(": ")
	if e.Category != nil {
		b.WriteString(e.Category.Error())
	} else {
		b.WriteString("bad input")
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(oneLine(e.Err.Error()))
	}
	if e.Expected != "" {
		b.WriteString(" (expected ")
		b.WriteString(e.Expected)
		b.WriteString(")")
	}
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// Problems returns every problem e lists, in document order: e itself
// first (as a copy without More and Omitted, so that its Error is its own
// line), then each of More. Omitted says how many more were found.
func (e *InputError) Problems() []*InputError {
	first := *e
	first.More, first.Omitted = nil, 0
	return append([]*InputError{&first}, e.More...)
}

// Is reports whether target is e's Category. (errors.Is also matches the
// categories of the problems in More, which Unwrap returns.)
func (e *InputError) Is(target error) bool { return target != nil && target == e.Category }

// Unwrap returns the underlying cause, if any, and the other problems of
// More.
func (e *InputError) Unwrap() []error {
	out := make([]error, 0, 1+len(e.More))
	if e.Err != nil {
		out = append(out, e.Err)
	}
	for _, m := range e.More {
		out = append(out, m)
	}
	return out
}

// InputErrors collects the problems of one document, so that a check can
// report each problem it finds and go on: [InputErrors.Add] adds them and
// [InputErrors.Err] returns them as one *InputError. The zero value is
// empty and ready to use.
type InputErrors struct {
	list    []*InputError
	omitted int
	// undecoded are the paths of the problems of decoding, for the check
	// DecodeAndCheck calls.
	undecoded []string
}

// maxKept is how many problems InputErrors holds; it counts the rest
// without keeping them, so that a document with a problem in every value
// costs no more than a few of them.
const maxKept = 50 * MaxProblems

// Add adds the problems of err: each problem of an *InputError (found in
// err with errors.As), or err itself, which is not one, as a problem of
// category ErrInvalidValue. A nil err adds nothing.
func (l *InputErrors) Add(err error) {
	if err == nil {
		return
	}
	var ie *InputError
	if !errors.As(err, &ie) {
		l.add(&InputError{Category: ErrInvalidValue, Err: err})
		return
	}
	if len(ie.More) == 0 && ie.Omitted == 0 {
		l.add(ie)
		return
	}
	for _, p := range ie.Problems() {
		l.add(p)
	}
	l.omitted += ie.Omitted
}

func (l *InputErrors) add(e *InputError) {
	if len(l.list) >= maxKept {
		l.omitted++
		return
	}
	l.list = append(l.list, e)
}

// Undecoded reports whether decoding found a problem at path, at a value
// that holds it or at a value inside it, when l is the list
// [DecodeAndCheck] gives its check: the value there may not be what the
// document says (a list that did not decode is empty), and a check that
// refers to it, such as one that resolves references to the IDs of a
// list, would report what follows from that problem. It is false for
// every path of a list made otherwise.
func (l *InputErrors) Undecoded(path string) bool {
	for _, u := range l.undecoded {
		if u == path || under(u, path) || under(path, u) {
			return true
		}
	}
	return false
}

// Len returns how many problems l holds, those over the limit it only
// counts included.
func (l *InputErrors) Len() int { return len(l.list) + l.omitted }

// Err returns nil if l holds no problem, or else the first problem as an
// *InputError with the next MaxProblems-1 in its More and the number of
// the rest in Omitted. Problems are in the order they were added.
func (l *InputErrors) Err() error {
	if len(l.list) == 0 && l.omitted == 0 {
		return nil
	}
	if len(l.list) == 0 {
		return &InputError{Category: ErrInvalidValue, Omitted: l.omitted}
	}
	kept := l.list[:min(len(l.list), MaxProblems)]
	first := *kept[0]
	first.More = nil
	if len(kept) > 1 {
		first.More = make([]*InputError, len(kept)-1)
		for i, p := range kept[1:] {
			cp := *p
			cp.More, cp.Omitted = nil, 0
			first.More[i] = &cp
		}
	}
	first.Omitted = len(l.list) - len(kept) + l.omitted
	return &first
}

// WithFile returns err with File set to file in each of its problems when
// err is, or wraps, an *InputError whose File is empty; other errors are
// wrapped in a new InputError. A nil err stays nil.
func WithFile(err error, file string) error {
	if err == nil {
		return nil
	}
	var ie *InputError
	if !errors.As(err, &ie) {
		return &InputError{File: file, Category: ErrInvalidValue, Err: err}
	}
	if ie.File != "" {
		return err
	}
	return ie.each(func(p *InputError) { p.File = file })
}

// WithPath returns err with prefix put before the path of each of its
// problems, when err is, or wraps, an *InputError: the problems of a part
// of a document, checked on its own, placed in the whole. Another error
// becomes an ErrInvalidValue InputError at prefix. A nil err stays nil.
func WithPath(err error, prefix string) error {
	if err == nil {
		return nil
	}
	var ie *InputError
	if !errors.As(err, &ie) {
		return &InputError{Path: prefix, Category: ErrInvalidValue, Err: err}
	}
	return ie.each(func(p *InputError) { p.Path = prefix + p.Path })
}

// Explain returns err with the words of some of its unknown members
// replaced: explain is called with a copy of each ErrUnknownField problem
// of err, and changes its Err and Expected where the member is one the
// document kind once had, reporting whether it did. Errors that are not an
// *InputError, and those with no problem explain changes, are returned as
// they are. Decoders call it to say what replaced a retired member.
func Explain(err error, explain func(p *InputError) bool) error {
	var ie *InputError
	if !errors.As(err, &ie) {
		return err
	}
	changed := false
	out := ie.each(func(p *InputError) {
		if p.Category == ErrUnknownField && explain(p) {
			changed = true
		}
	})
	if !changed {
		return err
	}
	return out
}

// each returns a copy of e with f applied to a copy of each problem.
func (e *InputError) each(f func(p *InputError)) *InputError {
	first := *e
	f(&first)
	if len(e.More) > 0 {
		first.More = make([]*InputError, len(e.More))
		for i, m := range e.More {
			cp := *m
			f(&cp)
			first.More[i] = &cp
		}
	}
	return &first
}

// Decode decodes the JSON document data into v, a non-nil pointer,
// strictly, and reports every problem it finds, not only the first: an
// unknown field (naming the members the object has, and the one probably
// meant), a duplicate field, a value of the wrong type (null among them:
// leave out a member that has no value), an empty string where a textual
// value belongs, invalid UTF-8, a byte order mark at the start, trailing
// data, a document over MaxDocumentSize or nesting deeper than MaxDepth.
// Values whose UnmarshalText fails (an impossible date, an unknown
// council) are ErrInvalidValue problems at their path, unless the method's
// error is itself an *InputError, whose category and words are kept.
//
// The error is an *InputError listing the problems in document order, each
// with file, its JSON Pointer path, and its line and column. A document
// that is not JSON, too large or too deep has that one problem; problems
// found before a syntax error are listed before it.
//
// A type with its own UnmarshalJSONFrom method decodes itself; one that
// reads with a [Reader] reports its problems as the rest of the document
// does.
//
// Decode does not check that required values are present, that IDs are
// unique or that references resolve; each document kind does that after
// decoding, with [DecodeAndCheck].
func Decode(file string, data []byte, v any) error {
	return decode(file, data, v, nil, false)
}

// DecodeAndCheck decodes data into v as [Decode] does and then, unless the
// document could not be read as a whole (it is not JSON, too large or too
// deep, or not an object), calls check to add to a list the problems that
// decoding cannot see, such as a required value missing, an ID used twice
// or a reference that resolves to nothing, with paths but no positions.
//
// The problems of both are reported together, as one *InputError, in
// document order, each with its line and column: a problem check finds
// at a path is placed at the value there, or at the object that lacks
// it. A problem check reports at a value that did not decode, or inside
// it, or at a value that holds one, is left out, as what follows from the
// problem decoding reported; at the same path and of the same category,
// check's words replace decoding's.
func DecodeAndCheck(file string, data []byte, v any, check func(*InputErrors)) error {
	return decode(file, data, v, check, false)
}

// DecodeReflective decodes as [Decode] does, but decodes each struct by
// its fields even where the struct has its own UnmarshalJSONFrom or
// UnmarshalJSON method. It is for tests that hold a hand-written decoder
// to the decoding of its fields: both must give the same value, or the
// same problems.
func DecodeReflective(file string, data []byte, v any) error {
	return decode(file, data, v, nil, true)
}

func decode(file string, data []byte, v any, check func(*InputErrors), fields bool) error {
	if len(data) > MaxDocumentSize {
		return &InputError{File: file, Category: ErrTooLarge,
			Err:      fmt.Errorf("%d bytes", len(data)),
			Expected: fmt.Sprintf("at most %d bytes", MaxDocumentSize)}
	}
	if err := checkBOM(file, data); err != nil {
		return err
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &InputError{File: file, Category: ErrInvalidValue,
			Err: fmt.Errorf("cannot decode into %T", v), Expected: "a non-nil pointer to decode into"}
	}
	bound := depthBound(v)
	scanned := bound == unbounded || bound > MaxDepth
	if scanned {
		if err := tooDeep(file, data); err != nil {
			return err
		}
	}
	if !fields {
		if r, ok := readWhole(data, rv.Elem()); ok {
			return r.report(file, data, check, scanned)
		}
		// The document is not JSON, or too deep: the decoder, reading it
		// again, says where and why.
	}
	r := Reader{dec: jsontext.NewDecoder(bytes.NewBuffer(data), jsontext.AllowDuplicateNames(true)), fields: fields}
	r.value(rv.Elem(), codecOf(rv.Type().Elem()))
	if r.fatal == nil {
		// Nothing may follow the document.
		if _, err := r.dec.ReadToken(); err != io.EOF {
			if err == nil {
				err = fmt.Errorf("invalid data after top-level value")
				r.fatal = &trailing{err: err, offset: int(r.dec.InputOffset()) - 1}
			} else {
				r.fail(err)
			}
		}
	}
	return r.report(file, data, check, scanned)
}

// Readable is implemented by a type that reads itself with a [Reader],
// sharing the Reader of the document it is part of, its problems and the
// memory its strings are made in. A Readable type also implements
// UnmarshalJSONFrom, for other decoders, and [DepthBounded].
type Readable interface {
	ReadJSON(r *Reader)
}

// readWhole reads data into v, settable, in place: from its bytes,
// checking the JSON as it goes, without the work of a decoder. It reports
// false if data is not JSON or nests deeper than MaxDepth: the decoder,
// reading it again token by token, then says where and why.
func readWhole(data []byte, v reflect.Value) (*Reader, bool) {
	r := new(Reader)
	in := &r.inBuf
	in.src, in.whole = data, true
	r.in = in
	r.value(v, codecOf(v.Type()))
	in.skipSpace()
	if r.fatal != nil || in.bad || in.pos < len(in.src) {
		return nil, false
	}
	return r, true
}

// report returns the problems r noted reading data, with those check
// finds (see [DecodeAndCheck]), each with its position; scanned says
// whether data's depth was checked before reading.
func (r *Reader) report(file string, data []byte, check func(*InputErrors), scanned bool) error {
	if r.fatal == nil && r.errs.Len() == 0 && check == nil {
		return nil
	}
	if (r.fatal != nil || r.errs.Len() > 0) && !scanned {
		// Too deep is reported before any other fault, whether or not
		// the depth was scanned before decoding.
		if err := tooDeep(file, data); err != nil {
			return err
		}
	}
	problems := r.errs
	whole := r.fatal != nil
	for _, p := range problems.list {
		if p.Path == "" {
			whole = true // the document is not an object
		}
	}
	if check != nil && !whole {
		c := InputErrors{undecoded: make([]string, len(problems.list))}
		for i, p := range problems.list {
			c.undecoded[i] = p.Path
		}
		check(&c)
		problems = merge(problems, c)
	}
	if problems.Len() == 0 && r.fatal == nil {
		return nil
	}
	ps := problems.list
	known := make([]int, len(ps), len(ps)+1)
	for i, p := range ps {
		known[i] = -1
		if p.File != "" && p.File != file {
			known[i] = 0 // a problem of another file, a document it names, keeps its place there
		}
	}
	if r.fatal != nil {
		fe, off := convertJSONError(file, data, r.fatal)
		ps = append(ps, fe)
		known = append(known, max(off, 0))
	}
	offsets := locate(data, ps, known)
	sortProblems(ps, offsets)
	for _, p := range ps {
		if p.File == "" {
			p.File = file
		}
	}
	out := InputErrors{list: ps, omitted: problems.omitted}
	return out.Err()
}

// trailing is the error of data after the document.
type trailing struct {
	err    error
	offset int
}

func (t *trailing) Error() string { return t.err.Error() }

// merge returns the problems of decoding, d, with those of check, c,
// less those that follow from a problem of d (see [DecodeAndCheck]).
func merge(d, c InputErrors) InputErrors {
	if c.Len() == 0 {
		return d
	}
	out := InputErrors{list: slices.Clone(d.list), omitted: d.omitted + c.omitted}
	for _, p := range c.list {
		keep := true
		for i, q := range d.list {
			switch {
			case p.Path == q.Path && p.Category == q.Category:
				out.list[i] = p // check's words
				keep = false
			case p.Path == q.Path, under(p.Path, q.Path), under(q.Path, p.Path),
				p.Category == ErrMissing && suggests(q, p.Path):
				keep = false
			}
			if !keep {
				break
			}
		}
		if keep {
			out.add(p)
		}
	}
	return out
}

// under reports whether path is inside the value at ancestor.
func under(path, ancestor string) bool {
	return len(path) > len(ancestor) && strings.HasPrefix(path, ancestor) && path[len(ancestor)] == '/'
}

// suggests reports whether q is an unknown member whose suggestion is the
// member at path: a misspelling of a member check finds missing.
func suggests(q *InputError, path string) bool {
	var um *UnknownMemberError
	if q.Category != ErrUnknownField || !errors.As(q.Err, &um) || um.Suggestion == "" {
		return false
	}
	i := strings.LastIndexByte(q.Path, '/')
	return i >= 0 && q.Path[:i]+"/"+escapeToken(um.Suggestion) == path
}

// peekError is the error of PeekKind when the JSON cannot be read: too
// deep, if it is (the JSON library's own limit is far deeper than
// MaxDepth, and its error would name the whole nested path), or else the
// library's error converted.
func peekError(file string, data []byte, err error) error {
	if deep := tooDeep(file, data); deep != nil {
		return deep
	}
	e, _ := convertJSONError(file, data, err)
	return e
}

// tooDeep returns an ErrTooDeep *InputError at the first bracket of data
// nested deeper than MaxDepth, or nil.
func tooDeep(file string, data []byte) error {
	off, ok := checkDepth(data)
	if ok {
		return nil
	}
	line, col := position(data, off)
	return &InputError{File: file, Line: line, Column: col, Category: ErrTooDeep,
		Expected: fmt.Sprintf("objects and arrays nested at most %d deep", MaxDepth)}
}

// ReadAll reads at most MaxDocumentSize bytes from r, and an ErrTooLarge
// *InputError naming file if there is more.
func ReadAll(file string, r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxDocumentSize+1))
	if err != nil {
		return nil, &InputError{File: file, Category: ErrSyntax, Err: err, Expected: "a readable file"}
	}
	if len(data) > MaxDocumentSize {
		return nil, &InputError{File: file, Category: ErrTooLarge,
			Err:      fmt.Errorf("more than %d bytes", MaxDocumentSize),
			Expected: fmt.Sprintf("at most %d bytes", MaxDocumentSize)}
	}
	return data, nil
}

// PeekKind returns the value of the top-level "kind" member of a JSON
// object without decoding the rest. It is an *InputError if data is not a
// JSON object or has no string "kind"; the kind's value is not checked.
func PeekKind(file string, data []byte) (string, error) {
	if len(data) > MaxDocumentSize {
		return "", &InputError{File: file, Category: ErrTooLarge,
			Expected: fmt.Sprintf("at most %d bytes", MaxDocumentSize)}
	}
	if err := checkBOM(file, data); err != nil {
		return "", err
	}
	dec := jsontext.NewDecoder(bytes.NewReader(data))
	tok, err := dec.ReadToken()
	if err != nil {
		return "", peekError(file, data, err)
	}
	if tok.Kind() != '{' {
		return "", &InputError{File: file, Line: 1, Column: 1, Category: ErrWrongType,
			Err: fmt.Errorf("found %s", kindName(tok.Kind())), Expected: "a JSON object with a \"kind\" member"}
	}
	for dec.PeekKind() != '}' {
		name, err := dec.ReadToken()
		if err != nil {
			return "", peekError(file, data, err)
		}
		if name.String() == "kind" {
			off := int(dec.InputOffset())
			val, err := dec.ReadToken()
			if err != nil {
				return "", peekError(file, data, err)
			}
			if val.Kind() != '"' {
				line, col := position(data, off)
				return "", &InputError{File: file, Path: "/kind", Line: line, Column: col, Category: ErrWrongType,
					Err: fmt.Errorf("found %s", kindName(val.Kind())), Expected: "a string naming the document kind"}
			}
			return val.String(), nil
		}
		if err := dec.SkipValue(); err != nil {
			return "", peekError(file, data, err)
		}
	}
	return "", &InputError{File: file, Path: "/kind", Category: ErrWrongKind,
		Err: errors.New("the document has no \"kind\" member"), Expected: "a \"kind\" member naming the document kind"}
}

// bom is the UTF-8 encoding of U+FEFF, the byte order mark.
var bom = []byte("\ufeff")

// checkBOM returns an ErrSyntax *InputError if data starts with a byte order
// mark. RFC 8259 s.8.1 forbids writing one before a JSON text and lets a
// parser either refuse or ignore it; decoding is strict, and an editor does
// not show the mark, so the error names it.
func checkBOM(file string, data []byte) error {
	if !bytes.HasPrefix(data, bom) {
		return nil
	}
	return &InputError{File: file, Line: 1, Column: 1, Category: ErrSyntax,
		Err:      errors.New("the file starts with a byte order mark (U+FEFF)"),
		Expected: "JSON saved as UTF-8 without a byte order mark, as RFC 8259 s.8.1 requires"}
}

// convertJSONError turns an error of the JSON itself (a syntax error,
// the end of the input, data after the document) into an ErrSyntax
// *InputError with its path and position, and returns the byte offset of
// the position too.
func convertJSONError(file string, data []byte, err error) (*InputError, int) {
	var t *trailing
	if errors.As(err, &t) {
		line, col := position(data, t.offset)
		return &InputError{File: file, Line: line, Column: col, Category: ErrSyntax, Err: t.err}, t.offset
	}
	var syn *jsontext.SyntacticError
	if errors.As(err, &syn) {
		off := int(syn.ByteOffset)
		line, col := position(data, off)
		e := &InputError{File: file, Path: string(syn.JSONPointer), Line: line, Column: col, Category: ErrSyntax, Err: syn.Err}
		if errors.Is(syn.Err, io.ErrUnexpectedEOF) {
			e.Expected = "a complete JSON document: the input ends before it does"
		}
		if errors.Is(syn.Err, jsontext.ErrDuplicateName) {
			e.Category = ErrDuplicateField
			e.Err = errors.New("the same field appears twice")
			e.Expected = "each field at most once"
		}
		return e, off
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		line, col := position(data, len(data))
		return &InputError{File: file, Line: line, Column: col, Category: ErrSyntax,
			Err: errors.New("unexpected end of input"), Expected: "a complete JSON document"}, len(data)
	}
	return &InputError{File: file, Category: ErrSyntax, Err: err}, -1
}

// position returns the 1-based line and column (in characters) of byte
// offset off in data.
func position(data []byte, off int) (line, col int) {
	if off < 0 {
		off = 0
	}
	if off > len(data) {
		off = len(data)
	}
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	col = 1 + utf8.RuneCount(data[start:off])
	return line, col
}
