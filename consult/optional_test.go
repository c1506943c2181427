package consult_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/internal/schematest"
)

// TestNoticeSchemaAgreesOnNullAndEmpty holds the decoder and the published
// schema to the same answer on null and "" in each optional member of a
// notice of disagreement: both refuse null (a member with no value is left
// out), and both refuse "" where a textual value (a date, a council, a
// provider) belongs and accept it in free text.
func TestNoticeSchemaAgreesOnNullAndEmpty(t *testing.T) {
	files, err := filepath.Glob("testdata/notice-*.json")
	require.NoError(t, err)
	for _, name := range files {
		t.Run(name, func(t *testing.T) {
			doc, err := os.ReadFile(name)
			require.NoError(t, err)
			schematest.CheckOptional(t, consult.NoticeSchema(), doc, func(data []byte) error { _, err := consult.DecodeNotice(name, data); return err })
		})
	}
}

// TestNoticeSchemaID: the schema's "$id" names its file in the repository.
func TestNoticeSchemaID(t *testing.T) { schematest.CheckID(t, consult.NoticeSchema()) }
