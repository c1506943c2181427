package main

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// TestREADMEConsole runs every "console" block of the README that starts
// with "$ part3 ..." from the repository's root and checks that the block
// shows the command's output. Run with -update to rewrite the blocks.
func TestREADMEConsole(t *testing.T) {
	t.Chdir("../..")
	data, err := os.ReadFile("README.md")
	require.NoError(t, err)
	text := string(data)
	const open, fence = "```console\n", "```"
	var out strings.Builder
	rest := text
	blocks := 0
	for {
		i := strings.Index(rest, open)
		if i < 0 {
			out.WriteString(rest)
			break
		}
		body := rest[i+len(open):]
		j := strings.Index(body, fence)
		require.GreaterOrEqual(t, j, 0, "unclosed console block")
		block := body[:j]
		cmdLine, shown, _ := strings.Cut(block, "\n")
		args, ok := strings.CutPrefix(cmdLine, "$ part3 ")
		require.True(t, ok, "a console block must start with \"$ part3 \": %q", cmdLine)
		blocks++
		stdout, stderr, code := runCLI(t, "", strings.Fields(args)...)
		if stderr != "" || code == exitBadInput {
			t.Errorf("README command %q: exit %d, stderr %q", cmdLine, code, stderr)
		}
		if diff := cmp.Diff(shown, stdout); diff != "" && !*update {
			t.Errorf("README shows output for %q that the command does not give; run go test ./cmd/part3 -run TestREADMEConsole -update (-want +got):\n%s", cmdLine, diff)
		}
		out.WriteString(rest[:i+len(open)])
		out.WriteString(cmdLine + "\n" + stdout)
		rest = body[j:]
	}
	require.Positive(t, blocks, "the README shows no part3 command")
	if *update && out.String() != text {
		require.NoError(t, os.WriteFile("README.md", []byte(out.String()), 0o644))
	}
}
