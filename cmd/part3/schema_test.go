package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/internal/schematest"
)

func TestSchemaGolden(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "schema", "notice-of-disagreement")
	require.Equal(t, exitOK, code, stderr)
	golden(t, "schema-notice-of-disagreement.golden", stdout)
	require.Equal(t, strings.TrimSpace(string(consult.NoticeSchema())), strings.TrimSpace(stdout))
	var v map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &v), "the schema is not JSON")
}

func TestSchemaEveryKind(t *testing.T) {
	for _, name := range schemaKindNames() {
		stdout, stderr, code := runCLI(t, "", "schema", name)
		require.Equal(t, exitOK, code, stderr)
		var v map[string]any
		require.NoError(t, json.Unmarshal([]byte(stdout), &v), "schema of %s is not JSON", name)
		require.Equal(t, map[string]any{"const": name}, v["properties"].(map[string]any)["kind"], "schema of %s", name)
	}
	for name, k := range schemaOnly {
		stdout, _, _ := runCLI(t, "", "schema", name)
		require.Equal(t, strings.TrimSpace(string(k.schema())), strings.TrimSpace(stdout), name)
	}
}

// TestSchemaEveryKindIsDraft2020 checks that the schema "part3 schema"
// prints for each kind is a JSON Schema that meets the draft 2020-12
// metaschema and uses no keyword draft 2020-12 does not define, so that a
// misspelt keyword or a mistyped value in a schema fails here rather than
// in the hands of whoever validates a document with it.
func TestSchemaEveryKindIsDraft2020(t *testing.T) {
	for _, name := range schemaKindNames() {
		t.Run(name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", "schema", name)
			require.Equal(t, exitOK, code, stderr)
			var v map[string]any
			require.NoError(t, json.Unmarshal([]byte(stdout), &v))
			require.Equal(t, "https://json-schema.org/draft/2020-12/schema", v["$schema"])
			require.Equal(t, "https://github.com/csplanning/part3/schema/"+name+".schema.json", v["$id"])
			_, err := schematest.Compile([]byte(stdout))
			require.NoError(t, err)
		})
	}
}

// TestSchemasAcceptWhatTheDecodersAccept checks every sample document of
// the module whose kind "part3 validate" judges: if the kind's decoder
// accepts it, its schema must too. The decoders check more than a schema
// can express, so a document the decoder refuses may meet the schema.
func TestSchemasAcceptWhatTheDecodersAccept(t *testing.T) {
	var files []string
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() != ".." && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if !d.IsDir() && filepath.Ext(path) == ".json" && strings.Contains(filepath.ToSlash(path), "/testdata/") {
			files = append(files, path)
		}
		return nil
	})
	require.NoError(t, err)
	checked := map[string]int{}
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		var head struct {
			Kind string `json:"kind"`
		}
		if json.Unmarshal(data, &head) != nil {
			continue
		}
		k, ok := kinds[head.Kind]
		if !ok {
			continue
		}
		if _, err := k.decode(file, data); err != nil {
			continue
		}
		checked[k.name]++
		if err := schematest.Validate(k.schema(), data); err != nil {
			t.Errorf("%s: the decoder accepts it; the schema does not: %v", file, err)
		}
	}
	for name := range kinds {
		require.NotZero(t, checked[name], "no sample of kind %s that the decoder accepts", name)
	}
	t.Logf("samples checked: %v", checked)
}

// TestSchemaHelpNamesEveryKind checks that "part3 schema -h" names every
// kind the command knows, and for each kind that "part3 validate" does not
// judge, what reads it.
func TestSchemaHelpNamesEveryKind(t *testing.T) {
	stdout, _, code := runCLI(t, "", "schema", "-h")
	require.Equal(t, exitOK, code)
	help := strings.Join(strings.Fields(stdout), " ")
	for _, name := range schemaKindNames() {
		require.Contains(t, help, name)
	}
	for name, k := range schemaOnly {
		if strings.HasPrefix(k.readBy, "part3 ") {
			require.Contains(t, help, `"`+k.readBy+`"`, name)
		}
	}
}

func TestSchemaUsage(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantStderr string
	}{
		{"no kind", []string{"schema"}, "schema: expected one KIND, one of annual-report, childrens-services-plan, duty-question, notice-of-disagreement, planning-history, scenarios"},
		{"two kinds", []string{"schema", "notice-of-disagreement", "notice-of-disagreement"}, "schema: expected one KIND"},
		{"unknown kind", []string{"schema", "notice"}, `schema: unknown document kind "notice"; known kinds: annual-report, childrens-services-plan, duty-question, notice-of-disagreement, planning-history, scenarios`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", tt.args...)
			require.Equal(t, exitBadInput, code)
			require.Empty(t, stdout)
			require.Contains(t, stderr, tt.wantStderr)
			golden(t, "schema-usage-"+strings.ReplaceAll(tt.name, " ", "-")+".golden", stderr)
		})
	}
}
