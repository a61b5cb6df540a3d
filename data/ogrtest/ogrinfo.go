package ogrtest

import (
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Info runs ogrinfo with args and returns what it says. It fails t when
// ogrinfo fails or warns, and skips t when ogrinfo is not on PATH.
func Info(t *testing.T, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		t.Skip("ogrinfo is not on PATH (Debian: apt-get install gdal-bin)")
	}
	b, err := exec.Command("ogrinfo", args...).CombinedOutput()
	s := string(b)
	if err != nil || strings.Contains(s, "Warning") || strings.Contains(s, "ERROR") {
		t.Errorf("ogrinfo %s: %v\n%s", strings.Join(args, " "), err, s)
	}
	return s
}

// Summary is what ogrinfo -al -so says of a layer: its geometry type and
// how many features it counts, "" and -1 when it does not say.
func Summary(info, layer string) (geometry string, features int) {
	_, block, found := strings.Cut(info, "Layer name: "+layer+"\n")
	if !found {
		return "", -1
	}
	block, _, _ = strings.Cut(block, "Layer name: ")
	geometry, features = "", -1
	if m := geometryLine.FindStringSubmatch(block); m != nil {
		geometry = m[1]
	}
	if m := countLine.FindStringSubmatch(block); m != nil {
		features, _ = strconv.Atoi(m[1])
	}
	return geometry, features
}

var (
	geometryLine = regexp.MustCompile(`(?m)^Geometry: (.+)$`)
	countLine    = regexp.MustCompile(`(?m)^Feature Count: (\d+)$`)
)
