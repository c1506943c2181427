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
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/internal/schematest"
	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
	"github.com/csplanning/part3/scenarios"
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
	for _, k := range schemaKinds() {
		stdout, _, _ := runCLI(t, "", "schema", k.name)
		require.Equal(t, strings.TrimSpace(string(k.schema())), strings.TrimSpace(stdout), k.name)
	}
	// Every kind package judge knows, and the scenario files.
	want := []string{"scenarios"}
	for _, k := range judge.Kinds() {
		want = append(want, k.Name)
	}
	require.ElementsMatch(t, want, schemaKindNames())
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
			// The schema's file in the repository, as GitHub serves it raw
			// (each package's tests check that the file is there).
			id, _ := v["$id"].(string)
			require.True(t, strings.HasPrefix(id, "https://raw.githubusercontent.com/csplanning/part3/main/") && strings.HasSuffix(id, "/schema/"+name+".schema.json"), "$id %q", id)
			_, err := schematest.Compile([]byte(stdout))
			require.NoError(t, err)
		})
	}
}

// decoders are the decoders of the kinds "part3 schema" knows.
var decoders = map[string]func(file string, data []byte) (any, error){
	plan.Kind:          func(file string, data []byte) (any, error) { return plan.Decode(file, data) },
	report.Kind:        func(file string, data []byte) (any, error) { return report.Decode(file, data) },
	consult.NoticeKind: func(file string, data []byte) (any, error) { return consult.DecodeNotice(file, data) },
	duty.HistoryKind:   func(file string, data []byte) (any, error) { return duty.DecodeHistory(file, data) },
	duty.QuestionKind:  func(file string, data []byte) (any, error) { return duty.DecodeQuestion(file, data) },
	judgement.Kind:     func(file string, data []byte) (any, error) { return judgement.Decode(file, data) },
	scenarios.Kind:     func(file string, data []byte) (any, error) { return scenarios.Decode(file, data, os.ReadFile) },
}

// TestSchemasAcceptWhatTheDecodersAccept checks every sample document of
// the module of a kind "part3 schema" knows: if the kind's decoder accepts
// it, its schema must too. The decoders check more than a schema can
// express, so a document the decoder refuses may meet the schema.
func TestSchemasAcceptWhatTheDecodersAccept(t *testing.T) {
	schemas := map[string]func() []byte{}
	for _, k := range schemaKinds() {
		require.Contains(t, decoders, k.name, "the test knows no decoder of kind %s", k.name)
		schemas[k.name] = k.schema
	}
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
		schema, ok := schemas[head.Kind]
		if !ok {
			continue
		}
		if _, err := decoders[head.Kind](file, data); err != nil {
			continue
		}
		checked[head.Kind]++
		if err := schematest.Validate(schema(), data); err != nil {
			t.Errorf("%s: the decoder accepts it; the schema does not: %v", file, err)
		}
	}
	for name := range schemas {
		require.NotZero(t, checked[name], "no sample of kind %s that the decoder accepts", name)
	}
	t.Logf("samples checked: %v", checked)
}

// TestSchemaHelpNamesEveryKind checks that "part3 schema -h" names every
// kind the command knows, and the commands that read them.
func TestSchemaHelpNamesEveryKind(t *testing.T) {
	stdout, _, code := runCLI(t, "", "schema", "-h")
	require.Equal(t, exitOK, code)
	help := strings.Join(strings.Fields(stdout), " ")
	for _, name := range schemaKindNames() {
		require.Contains(t, help, name)
	}
	for _, reader := range []string{`"part3 validate"`, `"part3 review"`, `"part3 calendar --history"`, `"part3 decide"`, `"part3 test"`, "--context"} {
		require.Contains(t, help, reader)
	}
}

func TestSchemaUsage(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantStderr string
	}{
		{"no kind", []string{"schema"}, "schema: expected one KIND, one of annual-report, childrens-services-plan, duty-question, judgement-context, notice-of-disagreement, planning-history, scenarios"},
		{"two kinds", []string{"schema", "notice-of-disagreement", "notice-of-disagreement"}, "schema: expected one KIND"},
		{"unknown kind", []string{"schema", "notice"}, `schema: unknown document kind "notice"; known kinds: annual-report, childrens-services-plan, duty-question, judgement-context, notice-of-disagreement, planning-history, scenarios`},
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
