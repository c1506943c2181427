package report

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/internal/schematest"
)

// TestSchemaAgreesOnNullAndEmpty holds the decoder and the published
// schema to the same answer on null and "" in each optional member of an
// annual report: both refuse null (a member with no value is left out),
// and both refuse "" where a textual value (a date, a council, an
// enumeration) belongs and accept it in free text.
func TestSchemaAgreesOnNullAndEmpty(t *testing.T) {
	files, err := filepath.Glob("testdata/*.json")
	require.NoError(t, err)
	for _, name := range append(files, "testdata/rules/base.json") {
		t.Run(name, func(t *testing.T) {
			doc, err := os.ReadFile(name)
			require.NoError(t, err)
			schematest.CheckOptional(t, Schema(), doc, func(data []byte) error { _, err := Decode(name, data); return err })
		})
	}
}

// TestSchemaID: the schema's "$id" names its file in the repository.
func TestSchemaID(t *testing.T) { schematest.CheckID(t, Schema()) }
