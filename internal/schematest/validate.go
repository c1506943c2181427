package schematest

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// strictURL names strict.schema.json, the metaschema [Compile] holds every
// schema to besides the one its "$schema" names.
const strictURL = "https://github.com/csplanning/part3/internal/schematest/strict.schema.json"

// schemaURL names the schema [Compile] compiles, unless it has an "$id".
const schemaURL = "mem:///schema.json"

//go:embed strict.schema.json
var strictSchema []byte

// strict is strict.schema.json compiled, once.
var strict = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(strictSchema))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.UseLoader(noLoader{})
	if err := c.AddResource(strictURL, doc); err != nil {
		return nil, err
	}
	return c.Compile(strictURL)
})

// noLoader refuses to load anything, so that a schema can refer only to
// itself and to the metaschemas the library embeds: never to a file or to
// the network.
type noLoader struct{}

func (noLoader) Load(string) (any, error) {
	return nil, errors.New("a schema may refer only to itself and to the metaschemas")
}

// Compile compiles schema, a JSON Schema (draft 2020-12), and returns an
// error if the schema is not JSON, does not meet the metaschema its
// "$schema" names, uses a keyword draft 2020-12 does not define (a keyword
// misspelt would otherwise be passed over as an annotation), or refers to
// a schema outside itself. The schema it returns asserts "format" (a
// "date" must be a real date, as the decoders require) as well as the
// other keywords.
func Compile(schema []byte) (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema))
	if err != nil {
		return nil, fmt.Errorf("the schema is not JSON: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	c.UseLoader(noLoader{})
	if err := c.AddResource(schemaURL, doc); err != nil {
		return nil, err
	}
	s, err := c.Compile(schemaURL)
	if err != nil {
		return nil, err
	}
	meta, err := strict()
	if err != nil {
		return nil, fmt.Errorf("strict metaschema: %w", err)
	}
	if err := meta.Validate(doc); err != nil {
		return nil, fmt.Errorf("the schema uses a keyword draft 2020-12 does not define: %w", err)
	}
	return s, nil
}

// Validate checks doc, a JSON document, against schema, a JSON Schema
// (draft 2020-12) that [Compile] accepts, and returns nil or an error that
// names the JSON Pointer of every value at fault and the keyword it fails.
// A schema that Compile refuses is an error too.
func Validate(schema, doc []byte) error {
	s, err := compiled(schema)
	if err != nil {
		return err
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return fmt.Errorf("the document is not JSON: %w", err)
	}
	return s.Validate(v)
}

// cache holds the schemas Validate has compiled, by their text: tests
// validate many documents against a few schemas.
var cache sync.Map // string → compileResult

type compileResult struct {
	schema *jsonschema.Schema
	err    error
}

func compiled(schema []byte) (*jsonschema.Schema, error) {
	if r, ok := cache.Load(string(schema)); ok {
		return r.(compileResult).schema, r.(compileResult).err
	}
	s, err := Compile(schema)
	cache.Store(string(schema), compileResult{s, err})
	return s, err
}
