package server

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/pb33f/libopenapi"
	validator "github.com/pb33f/libopenapi-validator"
	verrors "github.com/pb33f/libopenapi-validator/errors"

	goldenfile "github.com/csplanning/part3/internal/golden"
	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/scenarios"
)

// TestMain runs the tests, then the contract test: every request the
// tests made in-process, and every answer, is checked against
// openapi.json with a real OpenAPI validator. An answer must always match
// the contract; a request must when it was answered 2xx (the tests send
// bad requests on purpose, which the contract rightly refuses).
func TestMain(m *testing.M) {
	code := m.Run()
	if code == 0 && !testing.Short() {
		if err := checkContract(); err != nil {
			fmt.Fprintln(os.Stderr, "FAIL: contract:", err)
			code = 1
		}
	}
	os.Exit(code)
}

// checkContract validates the recorded exchanges against openapi.json.
func checkContract() error {
	v, err := contractValidator()
	if err != nil {
		return err
	}
	var failures []string
	checked, outside := 0, 0
	for _, x := range exchanges {
		req := httptest.NewRequest(x.method, "http://127.0.0.1:8080"+x.target, bytes.NewReader(x.reqBody))
		req.Header = x.reqHeader.Clone()
		res := &http.Response{StatusCode: x.status, Header: x.respHeader.Clone(), Body: io.NopCloser(bytes.NewReader(x.respBody)), Request: req}
		if _, errs := v.ValidateHttpRequest(req); outsideContract(errs) {
			// A route or method the API does not have: the answer must be
			// 404 or 405 as a problem (the tests decode it strictly), or
			// a CORS preflight, which is the browser's protocol.
			if x.status != http.StatusNotFound && x.status != http.StatusMethodNotAllowed && x.method != http.MethodOptions {
				failures = append(failures, fmt.Sprintf("%s %s is not in openapi.json, yet was answered %d", x.method, x.target, x.status))
			}
			outside++
			continue
		}
		req = httptest.NewRequest(x.method, "http://127.0.0.1:8080"+x.target, bytes.NewReader(x.reqBody))
		req.Header = x.reqHeader.Clone()
		res.Request = req
		if ok, errs := v.ValidateHttpResponse(req, res); !ok {
			failures = append(failures, fmt.Sprintf("answer %d to %s %s: %s", x.status, x.method, x.target, errText(errs)))
		}
		if x.status < 300 {
			req := httptest.NewRequest(x.method, "http://127.0.0.1:8080"+x.target, bytes.NewReader(x.reqBody))
			req.Header = x.reqHeader.Clone()
			if ok, errs := v.ValidateHttpRequest(req); !ok {
				failures = append(failures, fmt.Sprintf("request %s %s (answered %d): %s", x.method, x.target, x.status, errText(errs)))
			}
		}
		checked++
	}
	if len(failures) > 0 {
		return fmt.Errorf("%d of %d exchanges do not match openapi.json:\n  %s", len(failures), checked, strings.Join(failures, "\n  "))
	}
	fmt.Printf("contract: %d requests and answers match openapi.json; %d to routes it does not have were answered 404, 405 or as a CORS preflight\n", checked, outside)
	return nil
}

// outsideContract reports whether a request's validation errors say its
// path or method is not in the contract at all.
func outsideContract(errs []*verrors.ValidationError) bool {
	for _, e := range errs {
		if e.ValidationType == "path" && (e.ValidationSubType == "missing" || e.ValidationSubType == "missingOperation") {
			return true
		}
	}
	return false
}

func contractValidator() (validator.Validator, error) {
	doc, err := libopenapi.NewDocument(openAPI)
	if err != nil {
		return nil, err
	}
	v, errs := validator.NewValidator(doc)
	if len(errs) > 0 {
		return nil, fmt.Errorf("openapi.json: %v", errs)
	}
	return v, nil
}

func errText(errs any) string {
	b, _ := json.Marshal(errs)
	s := string(b)
	if len(s) > 2000 {
		s = s[:2000] + "..."
	}
	return s
}

// TestOpenAPIDocumentIsValid checks openapi.json against the OpenAPI 3.1
// specification's own schema.
func TestOpenAPIDocumentIsValid(t *testing.T) {
	v, err := contractValidator()
	must(t, err)
	if ok, errs := v.ValidateDocument(); !ok {
		t.Fatalf("openapi.json is not a valid OpenAPI document: %s", errText(errs))
	}
}

// TestOpenAPIIsGenerated checks that openapi.json is openapi/skeleton.json
// with the document kinds' JSON Schemas (part3 schema KIND) placed in its
// components, so that the contract cannot drift from the schemas; with
// -update it writes openapi.json.
func TestOpenAPIIsGenerated(t *testing.T) {
	got, err := generateOpenAPI()
	must(t, err)
	goldenfile.Check(t, "openapi.json", string(got))
}

// generateOpenAPI returns openapi.json: the skeleton, with each kind's
// JSON Schema as a component named by the kind, its $defs as components
// named KIND.DEF (its references rewritten to match), and the judgement
// context once more, without its required kind, for an envelope.
func generateOpenAPI() ([]byte, error) {
	skel, err := os.ReadFile("openapi/skeleton.json")
	if err != nil {
		return nil, err
	}
	var doc map[string]any
	if err := json.Unmarshal(skel, &doc); err != nil {
		return nil, err
	}
	schemas := doc["components"].(map[string]any)["schemas"].(map[string]any)
	for _, k := range schemaKinds() {
		if k.name == scenarios.Kind {
			continue // files of scenarios are run by part3 test, not sent here
		}
		var s map[string]any
		if err := json.Unmarshal(k.schema(), &s); err != nil {
			return nil, fmt.Errorf("%s: %w", k.name, err)
		}
		defs, _ := s["$defs"].(map[string]any)
		delete(s, "$defs")
		delete(s, "$id")
		delete(s, "$schema")
		rewriteRefs(s, k.name)
		schemas[k.name] = s
		for name, d := range defs {
			rewriteRefs(d, k.name)
			schemas[k.name+"."+name] = d
		}
	}
	ctx, err := clone(schemas["judgement-context"])
	if err != nil {
		return nil, err
	}
	c := ctx.(map[string]any)
	var required []any
	for _, r := range c["required"].([]any) {
		if r != "kind" {
			required = append(required, r)
		}
	}
	c["required"] = required
	c["description"] = "A judgement context (kind judgement-context) in an envelope, where its kind may be left out."
	schemas["judgement-context-in-envelope"] = c
	return judge.MarshalJSON(doc)
}

// rewriteRefs rewrites, in place, references to a schema's own $defs as
// references to the components generateOpenAPI makes of them.
func rewriteRefs(v any, kind string) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if s, ok := x.(string); ok && k == "$ref" && strings.HasPrefix(s, "#/$defs/") {
				v[k] = "#/components/schemas/" + kind + "." + strings.TrimPrefix(s, "#/$defs/")
				continue
			}
			rewriteRefs(x, kind)
		}
	case []any:
		for _, x := range v {
			rewriteRefs(x, kind)
		}
	}
}

func clone(v any) (any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var out any
	return out, json.Unmarshal(b, &out)
}
