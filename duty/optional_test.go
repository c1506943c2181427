package duty

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/internal/schematest"
)

// TestSchemasAgreeOnNullAndEmpty holds the decoders and the published
// schemas to the same answer on null and "" in each optional member of a
// planning history and of a duty question: both refuse null (a member with
// no value is left out), and both refuse "" where a textual value (a date,
// a council, an enumeration) belongs and accept it in free text.
func TestSchemasAgreeOnNullAndEmpty(t *testing.T) {
	for pattern, kind := range map[string]struct {
		schema []byte
		decode func(file string, data []byte) error
	}{
		"history-*.json":  {HistorySchema(), func(f string, d []byte) error { _, err := DecodeHistory(f, d); return err }},
		"question-*.json": {QuestionSchema(), func(f string, d []byte) error { _, err := DecodeQuestion(f, d); return err }},
	} {
		files, err := filepath.Glob(filepath.Join("testdata", pattern))
		require.NoError(t, err)
		require.NotEmpty(t, files)
		for _, name := range files {
			t.Run(name, func(t *testing.T) {
				doc, err := os.ReadFile(name)
				require.NoError(t, err)
				schematest.CheckOptional(t, kind.schema, doc, func(data []byte) error { return kind.decode(name, data) })
			})
		}
	}
}

// TestSchemaIDs: each schema's "$id" names its file in the repository.
func TestSchemaIDs(t *testing.T) {
	schematest.CheckID(t, HistorySchema())
	schematest.CheckID(t, QuestionSchema())
}
