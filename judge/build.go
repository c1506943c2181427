package judge

import (
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
)

// ModulePath is the module path of this engine.
const ModulePath = "github.com/csplanning/part3"

// Build says which build of the engine made an answer: the module version
// (a tag such as "v0.1.0", or "(devel)" for a build from a clone), the
// version control revision and time it was built from where the build
// recorded them, and the Go version. JSON keys: path, version, revision,
// time, modified, go.
type Build struct {
	Path     string `json:"path"`
	Version  string `json:"version"`
	Revision string `json:"revision,omitzero"`
	Time     string `json:"time,omitzero"`
	Modified bool   `json:"modified,omitzero"`
	Go       string `json:"go"`
}

// ReadBuild returns the build of the running program, read from
// runtime/debug.ReadBuildInfo. When this module is a dependency of another
// program, its version is the one that program's go.mod requires.
func ReadBuild() Build { return readBuild() }

// readBuild reads the build once: it cannot change while the program runs.
var readBuild = sync.OnceValue(func() Build {
	b := Build{Path: ModulePath, Version: "(devel)", Go: runtime.Version()}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	switch {
	case info.Main.Path == ModulePath:
		if info.Main.Version != "" {
			b.Version = info.Main.Version
		}
	default:
		for _, d := range info.Deps {
			if d.Path == ModulePath {
				b.Version = d.Version
				if d.Replace != nil && d.Replace.Version != "" {
					b.Version = d.Replace.Version
				}
			}
		}
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			b.Revision = s.Value
		case "vcs.time":
			b.Time = s.Value
		case "vcs.modified":
			b.Modified = s.Value == "true"
		}
	}
	if info.GoVersion != "" {
		b.Go = info.GoVersion
	}
	return b
})

// String formats b on one line: "github.com/csplanning/part3 v0.1.0
// (revision 88cbf13, go1.26.8)".
func (b Build) String() string {
	var extra []string
	if b.Revision != "" {
		rev := b.Revision
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if b.Modified {
			rev += ", modified"
		}
		extra = append(extra, "revision "+rev)
	}
	extra = append(extra, b.Go)
	return b.Path + " " + b.Version + " (" + strings.Join(extra, ", ") + ")"
}
