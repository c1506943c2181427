package plan

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/internal/schematest"
)

// TestSchemaAgreesOnNullAndEmpty holds the decoder and the published
// schema to the same answer on null and "" in each optional member of a
// plan: both refuse null (a member with no value is left out), and both
// refuse "" where a textual value (a date, a council, an enumeration)
// belongs and accept it in free text.
func TestSchemaAgreesOnNullAndEmpty(t *testing.T) {
	for _, name := range []string{"rules/base.json", "fife-2023-2026.json", "tayside-2023-2026.json"} {
		t.Run(name, func(t *testing.T) {
			doc, err := os.ReadFile(filepath.Join("testdata", name))
			require.NoError(t, err)
			schematest.CheckOptional(t, Schema(), doc, func(data []byte) error { _, err := Decode(name, data); return err })
		})
	}
}

// TestSchemaID: the schema's "$id" names its file in the repository.
func TestSchemaID(t *testing.T) { schematest.CheckID(t, Schema()) }

// TestSchemaDateAgreesWithParseDate holds the schema's dates to
// period.ParseDate: year 0000 is no year of either.
func TestSchemaDateAgreesWithParseDate(t *testing.T) {
	for _, date := range []string{"0000-01-01", "0001-01-01", "0999-12-31", "9999-12-31", "2023-02-30", "2024-02-29", "2026-4-01", "+2026-04-01"} {
		data := edit(t, "rules/base.json", change{"/publication/prepared", date})
		_, errDecode := Decode("plan.json", data)
		errSchema := schematest.Validate(Schema(), data)
		if (errDecode == nil) != (errSchema == nil) {
			t.Errorf("%s: the decoder says %v; the schema says %v", date, errDecode, errSchema)
		}
	}
}
