package scenarios

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/internal/schematest"
)

// TestSchemaAgreesOnNullAndEmpty holds the decoder and the published
// schema to the same answer on null and "" in each optional member of a
// scenario file: both refuse null (a member with no value is left out),
// and both refuse "" where a textual value (a date, a council, an
// enumeration) belongs and accept it in free text.
func TestSchemaAgreesOnNullAndEmpty(t *testing.T) {
	files, err := Files(".")
	require.NoError(t, err)
	for _, name := range files {
		t.Run(name, func(t *testing.T) {
			doc, err := os.ReadFile(name)
			require.NoError(t, err)
			schematest.CheckOptional(t, Schema(), doc, func(data []byte) error { _, err := Decode(name, data, os.ReadFile); return err })
		})
	}
}

// TestSchemaID: the schema's "$id" names its file in the repository.
func TestSchemaID(t *testing.T) { schematest.CheckID(t, Schema()) }
