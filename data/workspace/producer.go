package workspace

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
)

// Running is the identity of the program running, which its Publish
// stamps the published layers with: the same rules of extraction, merging
// and editing, and so the same events from the same articles, layers and
// edits, have the same identity.
//
// A build from a clean checkout names its source: the module's version
// and commit, and the versions of the modules it uses. Any other build (a
// checkout with changes, a test binary, a build without version control)
// is named by the SHA-256 of its executable, so that a rule changed and
// rebuilt is a program of its own; reading it takes a fraction of a
// second, once.
var Running = sync.OnceValue(func() string {
	if id, ok := cleanBuild(); ok {
		return id
	}
	if id, err := executableHash(); err == nil {
		return id
	}
	return "" // an identity unknown: never current (see stampOf)
})

// cleanBuild is the identity of a build from a committed checkout, false
// for any other build.
func cleanBuild() (string, bool) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "", false
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	if settings["vcs.revision"] == "" || settings["vcs.modified"] != "false" {
		return "", false
	}
	parts := []string{info.Main.Path + "@" + info.Main.Version, settings["vcs.revision"], info.GoVersion}
	for _, d := range info.Deps {
		parts = append(parts, d.Path+"@"+d.Version+" "+d.Sum)
	}
	sort.Strings(parts[3:])
	sum := sha256.Sum256([]byte(strings.Join(parts, "\n")))
	return "build " + hex.EncodeToString(sum[:]), true
}

// executableHash is the SHA-256 of the program's executable.
func executableHash() (string, error) {
	path, err := os.Executable()
	if err != nil {
		return "", err
	}
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return "executable " + hex.EncodeToString(h.Sum(nil)), nil
}
