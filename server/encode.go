package server

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judge"
)

// encode writes v as the answer with status, encoded as every interface
// of the module encodes its answers ([judge.MarshalJSON]), so that the
// body is the command-line tool's --format json byte for byte.
func encode(w http.ResponseWriter, status int, contentType string, v any) {
	b, err := judge.MarshalJSON(v)
	if err != nil {
		// Every value the server encodes is a plain struct of the module:
		// failing to encode one is a bug, not bad input.
		http.Error(w, "internal error: the answer could not be encoded", http.StatusInternalServerError)
		return
	}
	writeBytes(w, status, contentType, b)
}

// writeBytes writes b as the answer with status and contentType.
func writeBytes(w http.ResponseWriter, status int, contentType string, b []byte) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	w.Write(b)
}

// maxPooled is the largest body buffer a server keeps for a later
// request: a plan of 1,000 services is about 650 KiB.
const maxPooled = 4 << 20

// bodyBuffer returns a buffer of length n, from the server's pool when
// one there is big enough.
func (s *server) bodyBuffer(n int) *[]byte {
	if b, ok := s.bodies.Get().(*[]byte); ok {
		if cap(*b) >= n {
			*b = (*b)[:n]
			return b
		}
		s.bodies.Put(b)
	}
	b := make([]byte, n)
	return &b
}

// putBody gives a body buffer back to the pool, once nothing refers to
// it: the request is answered.
func (s *server) putBody(b *[]byte) {
	if b != nil && cap(*b) <= maxPooled {
		s.bodies.Put(b)
	}
}

// readBody reads the request's body, at most max bytes
// ([http.MaxBytesReader]): over it is a 413 problem, a body that stops
// coming before ReadTimeout a 408, and any other failure to read a 400.
// A body of known length is read into a buffer of the server's pool,
// returned as pooled, which the caller gives back with putBody once the
// answer is written: allocating and clearing a new one for each request
// (650 KiB for a plan of 1,000 services) cost a tenth of the HTTP layer's
// time, with the runtime handing the memory back to the system between
// requests.
func (s *server) readBody(w http.ResponseWriter, r *http.Request, max int64) (data []byte, pooled *[]byte, p *Problem) {
	body := http.MaxBytesReader(w, r.Body, max)
	var err error
	if n := r.ContentLength; n > max {
		// Refused before reading a byte of it.
		err = &http.MaxBytesError{Limit: max}
	} else if n > 0 {
		// The length is known (net/http holds the body to it): read
		// into a buffer of that size, with no copy to grow one.
		pooled = s.bodyBuffer(int(n))
		data = *pooled
		_, err = io.ReadFull(body, data)
	} else {
		var buf bytes.Buffer
		_, err = buf.ReadFrom(body)
		data = buf.Bytes()
	}
	if err == nil {
		return data, pooled, nil
	}
	s.putBody(pooled)
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		p := newProblem(http.StatusRequestEntityTooLarge, fmt.Sprintf("the request body is larger than %d bytes, this service's limit", max))
		p.Category = part3.ErrTooLarge.Error()
		p.Expected = fmt.Sprintf("a body of at most %d bytes (each document at most %d bytes)", max, part3.MaxDocumentSize)
		return nil, nil, p
	case errors.Is(err, os.ErrDeadlineExceeded):
		return nil, nil, newProblem(http.StatusRequestTimeout, "the request body did not arrive in time")
	}
	return nil, nil, newProblem(http.StatusBadRequest, "the request body could not be read: "+err.Error())
}

// unmarshal decodes data into v strictly (unknown members are errors),
// for a request's envelope, and reports a failure as a *part3.InputError
// naming file, the JSON Pointer, the line and the column. Each document
// and context inside the envelope is decoded later by its own decoder,
// with the module's limits on size and depth.
func unmarshal(file string, data []byte, v any) error {
	err := json.Unmarshal(data, v, json.RejectUnknownMembers(true))
	if err == nil {
		return nil
	}
	ie := &part3.InputError{File: file, Category: part3.ErrSyntax, Err: err}
	var serr *json.SemanticError
	var syn *jsontext.SyntacticError
	switch {
	case errors.As(err, &serr):
		ie.Path = string(serr.JSONPointer)
		ie.Line, ie.Column = position(data, int(serr.ByteOffset))
		ie.Category = part3.ErrWrongType
		ie.Err = serr.Err
		if serr.Err == nil {
			ie.Err = fmt.Errorf("found %s", jsonKindWords(serr.JSONKind))
		}
		ie.Expected = envelopeExpected(ie.Path)
		if errors.Is(serr.Err, json.ErrUnknownName) {
			ie.Category = part3.ErrUnknownField
			ie.Err = fmt.Errorf("%q is not a member of a request envelope (a body without a top-level \"kind\" is read as an envelope: if it is a document, its kind is missing)", lastToken(ie.Path))
			ie.Expected = envelopeMembers
		}
	case errors.As(err, &syn):
		ie.Path = string(syn.JSONPointer)
		ie.Line, ie.Column = position(data, int(syn.ByteOffset))
		ie.Err = syn.Err
	}
	return ie
}

// envelopeExpected says what the member of an envelope at path holds.
func envelopeExpected(path string) string {
	top, rest, _ := strings.Cut(strings.TrimPrefix(path, "/"), "/")
	switch {
	case top == "documents" && rest == "":
		return "an array of documents, each a JSON object"
	case top == "documents", top == "plan":
		return "a document: a JSON object with a \"kind\" member"
	case top == "files" && rest == "":
		return "an array of file names, one for each document"
	case top == "files", top == "plan_file", top == "council":
		return "a string"
	case top == "context":
		return "a judgement context: a JSON object"
	case top == "overview":
		return "true or false"
	}
	return "a request envelope: a JSON object with " + envelopeMembers
}

// jsonKindWords names the kind of a JSON value, as the JSON library gives
// it, for a message.
func jsonKindWords(k jsontext.Kind) string {
	switch k {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case '0':
		return "a number"
	case 't', 'f':
		return "true or false"
	case 'n':
		return "null"
	}
	return "JSON " + k.String()
}

// envelopeMembers says what an envelope may hold.
const envelopeMembers = `the members of a request envelope: "context", "documents", "files", "plan", "plan_file", "overview", "council"`

// position returns the 1-based line and column of byte offset off in data.
func position(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	line = 1 + bytes.Count(data[:off], []byte("\n"))
	col = off - bytes.LastIndexByte(data[:off], '\n')
	return line, col
}

// lastToken returns the last reference token of a JSON Pointer.
func lastToken(ptr string) string {
	p := jsontext.Pointer(ptr)
	return p.LastToken()
}

// readAllLimited reads r, at most max bytes.
func readAllLimited(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, &part3.InputError{Category: part3.ErrTooLarge, Err: fmt.Errorf("more than %d bytes", max),
			Expected: fmt.Sprintf("at most %d bytes", max)}
	}
	return data, nil
}
