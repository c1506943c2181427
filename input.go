package part3

import (
	"bytes"
	"encoding"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
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

// InputError reports input that cannot be read as the document it should
// be. It names the file, the JSON Pointer path of the offending value, the
// line and column where they are known, and what was expected there.
//
// errors.Is matches an InputError against its Category (one of ErrSyntax,
// ErrUnknownField, ...); errors.As finds it in a wrapped chain.
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
}

// Error formats the error on one line: "file:line:col: path: category: cause
// (expected ...)". Parts that are not known are left out.
func (e *InputError) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			fmt.Fprintf(&b, ":%d:%d", e.Line, e.Column)
		}
		b.WriteString(": ")
	} else if e.Line > 0 {
		fmt.Fprintf(&b, "line %d, column %d: ", e.Line, e.Column)
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
	return b.String()
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// Is reports whether target is e's Category.
func (e *InputError) Is(target error) bool { return target != nil && target == e.Category }

// Unwrap returns the underlying cause.
func (e *InputError) Unwrap() error { return e.Err }

// WithFile returns err with File set to file when err is, or wraps, an
// *InputError whose File is empty; other errors are wrapped in a new
// InputError. A nil err stays nil.
func WithFile(err error, file string) error {
	if err == nil {
		return nil
	}
	var ie *InputError
	if errors.As(err, &ie) {
		if ie.File == "" {
			cp := *ie
			cp.File = file
			return &cp
		}
		return err
	}
	return &InputError{File: file, Category: ErrInvalidValue, Err: err}
}

// Decode decodes the JSON document data into v strictly: an unknown field, a
// duplicate field, a value of the wrong type (a document that is null where
// v is a struct or map among them), invalid UTF-8, a byte order mark at the
// start, trailing data, a
// document over MaxDocumentSize or nesting deeper than MaxDepth is an
// *InputError naming file, the JSON Pointer path and, where known, the line
// and column. Values whose UnmarshalText or UnmarshalJSON fails (an
// impossible date, an unknown council) are ErrInvalidValue errors at their
// path, unless the method's error is itself an *InputError, whose category
// is kept.
//
// Decode does not check that required values are present, that IDs are
// unique or that references resolve; each document kind does that after
// decoding and reports it with [InputError] too.
func Decode(file string, data []byte, v any) error {
	if len(data) > MaxDocumentSize {
		return &InputError{File: file, Category: ErrTooLarge,
			Err:      fmt.Errorf("%d bytes", len(data)),
			Expected: fmt.Sprintf("at most %d bytes", MaxDocumentSize)}
	}
	if err := checkBOM(file, data); err != nil {
		return err
	}
	bound := depthBound(v)
	scanned := bound == unbounded || bound > MaxDepth
	if scanned {
		if err := tooDeep(file, data); err != nil {
			return err
		}
	}
	if doc := bytes.Trim(data, " \t\r\n"); string(doc) == "null" && isObjectTarget(v) {
		// The JSON library leaves the target as it was for a null; a
		// document is an object, so null is a value of the wrong type, as
		// an array or a string is.
		line, col := position(data, bytes.Index(data, doc))
		return &InputError{File: file, Line: line, Column: col, Category: ErrWrongType,
			Err: errors.New("found null"), Expected: "an object"}
	}
	err := json.Unmarshal(data, v, json.RejectUnknownMembers(true))
	if err == nil {
		return nil
	}
	if !scanned {
		// Too deep is reported before any other fault, whether or not
		// the depth was scanned before decoding.
		if err := tooDeep(file, data); err != nil {
			return err
		}
	}
	return convertJSONError(file, data, err)
}

// peekError is the error of PeekKind when the JSON cannot be read: too
// deep, if it is (the JSON library's own limit is far deeper than
// MaxDepth, and its error would name the whole nested path), or else the
// library's error converted.
func peekError(file string, data []byte, err error) error {
	if deep := tooDeep(file, data); deep != nil {
		return deep
	}
	return convertJSONError(file, data, err)
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

// isObjectTarget reports whether v points to a struct or a map: a value
// that a JSON object decodes into.
func isObjectTarget(v any) bool {
	t := reflect.TypeOf(v)
	if t == nil || t.Kind() != reflect.Pointer {
		return false
	}
	k := t.Elem().Kind()
	return k == reflect.Struct || k == reflect.Map
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

// convertJSONError turns an error of the JSON library into an *InputError.
func convertJSONError(file string, data []byte, err error) error {
	var ie *InputError
	if errors.As(err, &ie) && ie.Path != "" && ie.File == file {
		return ie
	}
	var serr *json.SemanticError
	if errors.As(err, &serr) {
		line, col := position(data, int(serr.ByteOffset))
		e := &InputError{File: file, Path: string(serr.JSONPointer), Line: line, Column: col}
		var inner *InputError
		switch {
		case errors.Is(serr.Err, json.ErrUnknownName):
			e.Category = ErrUnknownField
			e.Err = fmt.Errorf("%q is not a field here", lastToken(e.Path))
			e.Expected = "a field this document kind defines, as listed by its JSON Schema"
		case errors.As(serr.Err, &inner):
			// A value's own decoder reported the error; keep its category and
			// words, and place it at the path.
			cp := *inner
			cp.File, cp.Line, cp.Column = file, line, col
			if cp.Path == "" {
				cp.Path = e.Path
			} else {
				cp.Path = e.Path + cp.Path
			}
			return &cp
		case serr.Err != nil && serr.JSONKind != 0 && serr.JSONKind != '"' && isTextType(serr.GoType):
			// A number, boolean, object or array where a textual value
			// (a date, a council, an enumeration) belongs.
			e.Category = ErrWrongType
			e.Err = fmt.Errorf("found %s", kindName(serr.JSONKind))
			e.Expected = "a string"
		case serr.Err != nil:
			e.Category = ErrInvalidValue
			e.Err = serr.Err
			if serr.JSONValue != nil {
				e.Err = fmt.Errorf("%s: %w", serr.JSONValue, serr.Err)
			}
			if isNumber(serr.GoType) {
				// A number out of range, or a fraction where a whole
				// number belongs.
				e.Expected = goTypeName(serr)
			}
		default:
			e.Category = ErrWrongType
			e.Err = fmt.Errorf("found %s", kindName(serr.JSONKind))
			e.Expected = goTypeName(serr)
		}
		return e
	}
	var syn *jsontext.SyntacticError
	if errors.As(err, &syn) {
		line, col := position(data, int(syn.ByteOffset))
		e := &InputError{File: file, Path: string(syn.JSONPointer), Line: line, Column: col, Category: ErrSyntax, Err: syn.Err}
		if errors.Is(syn.Err, io.ErrUnexpectedEOF) {
			e.Expected = "a complete JSON document: the input ends before it does"
		}
		if errors.Is(syn.Err, jsontext.ErrDuplicateName) {
			e.Category = ErrDuplicateField
			e.Err = errors.New("the same field appears twice")
			e.Expected = "each field at most once"
		}
		return e
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		line, col := position(data, len(data))
		return &InputError{File: file, Line: line, Column: col, Category: ErrSyntax,
			Err: errors.New("unexpected end of input"), Expected: "a complete JSON document"}
	}
	return &InputError{File: file, Category: ErrSyntax, Err: err}
}

// isNumber reports whether t is a Go integer or floating-point type.
func isNumber(t reflect.Type) bool {
	if t == nil {
		return false
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return true
	}
	return false
}

var textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()

// isTextType reports whether values of t decode from JSON strings through
// UnmarshalText.
func isTextType(t reflect.Type) bool {
	return t != nil && (t.Implements(textUnmarshalerType) || reflect.PointerTo(t).Implements(textUnmarshalerType))
}

func lastToken(p string) string {
	i := strings.LastIndexByte(p, '/')
	tok := p[i+1:]
	return strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
}

func goTypeName(serr *json.SemanticError) string {
	if serr.GoType == nil {
		return ""
	}
	switch serr.GoType.Kind().String() {
	case "string":
		return "a string"
	case "bool":
		return "true or false"
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64":
		return "a whole number"
	case "float32", "float64":
		return "a number"
	case "slice", "array":
		return "an array"
	case "struct", "map":
		return "an object"
	}
	return "a value of type " + serr.GoType.String()
}

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
