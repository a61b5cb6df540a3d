package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/geojson"
	"github.com/chronomap/chronomap/seeds"
)

// jsonlCorpus is n articles as JSON Lines, the sample articles over and
// over, each with an id and a date of its own, with a blank line now and
// then as a tool writing them might leave.
func jsonlCorpus(t *testing.T, n int) []string {
	t.Helper()
	articles, err := seeds.Articles()
	if err != nil {
		t.Fatal(err)
	}
	first := time.Date(2020, 9, 27, 0, 0, 0, 0, time.UTC)
	var lines []string
	for i := range n {
		a := articles[i%len(articles)]
		line, err := json.Marshal(map[string]string{
			"id":   fmt.Sprintf("article-%03d", i),
			"date": first.AddDate(0, 0, i).Format(time.DateOnly),
			"text": a.Text,
		})
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(line))
		if i%7 == 3 {
			lines = append(lines, "")
		}
	}
	return lines
}

// extractProcess runs the built command on stdin, as a pipeline's step
// does, and returns its output; it fails the test on any error output.
func extractProcess(t *testing.T, stdin string, args ...string) string {
	cmd := exec.Command(binary(t), append([]string{"extract"}, args...)...)
	cmd.Stdin = strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		t.Errorf("chronomap extract %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stdout.String()
}

// TestExtractJSONLinesInShards runs four processes on four shards of a
// corpus at once, as GNU parallel --pipe --keep-order does, and checks that
// their outputs, put end to end in the shards' order, are one process's
// output on the whole corpus, byte for byte.
func TestExtractJSONLinesInShards(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	lines := jsonlCorpus(t, 48)
	whole := extractProcess(t, strings.Join(lines, "\n")+"\n", "--format", "jsonl", "-")

	const shards = 4
	outputs := make([]string, shards)
	var wg sync.WaitGroup
	for i := range shards {
		shard := lines[i*len(lines)/shards : (i+1)*len(lines)/shards]
		wg.Go(func() { outputs[i] = extractProcess(t, strings.Join(shard, "\n")+"\n", "--format", "jsonl", "-") })
	}
	wg.Wait()
	if merged := strings.Join(outputs, ""); merged != whole {
		t.Errorf("the shards' outputs put together (%d bytes) are not the whole's (%d bytes)", len(merged), len(whole))
	}

	// The lines are features of the events layer, which read back.
	features := strings.Split(strings.TrimSuffix(whole, "\n"), "\n")
	collection := `{"type":"FeatureCollection","features":[` + strings.Join(features, ",") + "]}"
	events, err := geojson.Import("the lines", strings.NewReader(collection))
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != len(features) || len(events) < 48 {
		t.Fatalf("%d events read back of %d lines; want one a line, and some for each article", len(events), len(features))
	}
	var sources []string
	for _, ev := range events {
		if !slices.Contains(sources, ev.Source) {
			sources = append(sources, ev.Source)
		}
	}
	if !slices.IsSorted(sources) || sources[0] != "article-000" || sources[len(sources)-1] != "article-047" {
		t.Errorf("sources %v, want the articles' ids in their order", sources)
	}
}

// TestExtractJSONLinesAreTheFiles checks that the sample articles as JSON
// Lines, each line's id the file's name and its date the file's date line,
// give the features of the files, byte for byte.
func TestExtractJSONLinesAreTheFiles(t *testing.T) {
	articles, err := seeds.Articles()
	if err != nil {
		t.Fatal(err)
	}
	var lines strings.Builder
	for _, a := range articles {
		line := map[string]any{"id": a.Name, "text": a.Text}
		if a.Published != nil {
			line["date"] = a.Published.Format(time.DateOnly)
		}
		b, err := json.Marshal(line)
		if err != nil {
			t.Fatal(err)
		}
		lines.Write(append(b, '\n'))
	}
	for _, layer := range []string{"events", "places"} {
		_, files, _ := chronomap(t, "", "extract", "--format", "jsonl", "--layer", layer, "seeds")
		code, fromLines, errOut := chronomap(t, lines.String(), "extract", "--format", "jsonl", "--layer", layer, "-")
		if code != 0 || errOut != "" || fromLines != files || files == "" {
			t.Errorf("%s: exit %d, stderr %q; the lines gave\n%s\nthe files\n%s", layer, code, errOut, fromLines, files)
		}
	}
}

// TestExtractJSONLinesStreams writes standard input a line at a time through
// a pipe, and reads each article's features before the next line is
// written: the command is a pipeline's step, not a batch that waits for the
// end of its input.
func TestExtractJSONLinesStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	cmd := exec.Command(binary(t), "extract", "--format", "jsonl", "-")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := bufio.NewReader(stdout)
	for _, id := range []string{"first", "second"} {
		fmt.Fprintf(stdin, `{"id": %q, "date": "2020-10-05", "text": "Azerbaijani forces shelled Stepanakert on Monday, Armenia said."}`+"\n", id)
		read := make(chan string, 1)
		go func() {
			line, _ := lines.ReadString('\n')
			read <- line
		}()
		select {
		case line := <-read:
			if !strings.Contains(line, `"source":"`+id+`"`) || !strings.Contains(line, `"event_date":"2020-10-05"`) {
				t.Fatalf("the %s article gave %q", id, line)
			}
		case <-time.After(time.Minute):
			t.Fatalf("no feature of the %s article while the input stays open", id)
		}
	}
	stdin.Close()
	if rest, _ := io.ReadAll(lines); len(rest) > 0 {
		t.Errorf("after the input closed, more came: %q", rest)
	}
	if err := cmd.Wait(); err != nil || stderr.Len() > 0 {
		t.Errorf("exit: %v\n%s", err, stderr.String())
	}
}

func TestExtractJSONLinesGoesOnPastBadLines(t *testing.T) {
	stdin := strings.Join([]string{
		`{"id": "good-1", "text": "Azerbaijani forces shelled Stepanakert on Monday, Armenia said."}`,
		`{"id": "no-text"}`,
		``,
		`{"id": "bad-date", "date": "2020-10-32", "text": "Shelling hit Ganja."}`,
		"{\"id\": \"latin1\", \"text\": \"Caf\xe9 in Baku.\"}",
		`not json`,
		`{"id": "good-2", "date": "2020-10-06", "text": "Drones struck Ganja on Sunday."}`,
	}, "\n")
	code, out, errOut := chronomap(t, stdin, "extract", "--format", "jsonl", "--date", "2020-10-05", "-")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	wantErr := []string{
		`chronomap: stdin:2: no "text"`,
		`chronomap: stdin:4: "date" "2020-10-32" is no day: want one as "YYYY-MM-DD", from the year 1 to 9999`,
		`chronomap: stdin:5: not UTF-8 text (invalid byte 0xE9 at offset 29)`,
		`chronomap: stdin:6: not JSON: invalid character 'o' in literal null (expecting 'u')`,
		`chronomap: 4 of 6 articles could not be read; the others were written`,
	}
	if got := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n"); !slices.Equal(got, wantErr) {
		t.Errorf("stderr\n%s\nwant\n%s", errOut, strings.Join(wantErr, "\n"))
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var f struct{ Properties map[string]any }
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("not a feature: %q", line)
		}
		got = append(got, fmt.Sprint(f.Properties["source"], " ", f.Properties["doc_date"]))
	}
	if want := []string{"good-1 2020-10-05", "good-2 2020-10-06"}; !slices.Equal(got, want) {
		t.Errorf("features of %q, want %q: --date for a line without a date, the line's own for the other", got, want)
	}
}

// TestExtractReadsJSONLinesByName checks which inputs hold JSON Lines: files
// named *.jsonl or *.ndjson in any format, *.txt files never, and the others,
// standard input among them, in the jsonl format alone.
func TestExtractReadsJSONLinesByName(t *testing.T) {
	dir := t.TempDir()
	line := `{"id": "from-lines", "text": "Azerbaijani forces shelled Stepanakert on Monday, Armenia said."}` + "\n"
	text := "Azerbaijani forces shelled Stepanakert on Monday, Armenia said.\n"
	files := map[string]string{"news.jsonl": line, "news.ndjson": line, "part-00000": line, "article.txt": text, "article": text}
	for name, content := range files {
		os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644)
	}
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  string // the source of the features
	}{
		{"a .jsonl file in geojson", []string{"news.jsonl"}, "", "from-lines"},
		{"a .ndjson file in geojson", []string{"news.ndjson"}, "", "from-lines"},
		{"a .jsonl file to a GeoJSON file", []string{"news.jsonl", "-o", filepath.Join(dir, "out.geojson")}, "", "from-lines"},
		{"a .txt file in jsonl", []string{"--format", "jsonl", "article.txt"}, "", "article.txt"},
		{"a .txt file to a .jsonl file", []string{"-o", filepath.Join(dir, "out.jsonl"), "article.txt"}, "", "article.txt"},
		{"a file of another name in jsonl", []string{"--format", "jsonl", "part-00000"}, "", "from-lines"},
		{"a file of another name to a .jsonl file", []string{"-o", filepath.Join(dir, "out.jsonl"), "part-00000"}, "", "from-lines"},
		{"a file of another name in geojson", []string{"article"}, "", "article"},
		{"standard input in jsonl", []string{"--format", "jsonl", "-"}, line, "from-lines"},
		{"standard input in geojson", []string{"-"}, text, "stdin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			for i, a := range args {
				if _, ok := files[a]; ok {
					args = slices.Clone(args)
					args[i] = filepath.Join(dir, a)
				}
			}
			code, out, errOut := chronomap(t, tt.stdin, append([]string{"extract"}, args...)...)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			if i := slices.Index(args, "-o"); i >= 0 {
				b, err := os.ReadFile(args[i+1])
				if err != nil {
					t.Fatal(err)
				}
				out = string(b)
			}
			if !strings.Contains(out, `"source":"`+tt.want+`"`) {
				t.Errorf("output %.200q, want features of %s", out, tt.want)
			}
		})
	}
}

// TestExtractWritesEachFormat checks what each format writes of the same
// article, to standard output and to a file.
func TestExtractWritesEachFormat(t *testing.T) {
	dir := t.TempDir()
	stdin := `{"id": "a1", "date": "2020-10-05", "text": "Azerbaijani forces shelled Stepanakert on Monday, Armenia said."}` + "\n"
	tests := []struct {
		name   string
		args   []string
		starts string // the output's start
		lines  int
	}{
		{"geojson", []string{"--format", "geojson"}, `{"type":"FeatureCollection","features":[` + "\n", 3},
		{"jsonl", []string{"--format", "jsonl"}, `{"type":"Feature",`, 1},
		{"jsonl of places", []string{"--format", "jsonl", "--layer", "places"}, `{"type":"Feature",`, 2},
		{"jsonl to a file", []string{"-o", filepath.Join(dir, "events.ndjson")}, `{"type":"Feature",`, 1},
		{"jsonl to standard output named -", []string{"--format", "jsonl", "-o", "-"}, `{"type":"Feature",`, 1},
		{"csv", []string{"--format", "csv"}, "\ufeffevent_id_cnty,event_date,", 2},
		{"csv to a file", []string{"-o", filepath.Join(dir, "events.csv")}, "\ufeffevent_id_cnty,event_date,", 2},
		{"kml", []string{"--format", "kml"}, `<?xml version="1.0" encoding="UTF-8"?>` + "\n<kml ", -1},
		{"gpkg", []string{"-o", filepath.Join(dir, "events.gpkg")}, "SQLite format 3\x00", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"extract", "--format", "jsonl", "-"}, tt.args...)
			if !slices.Contains(tt.args, "--format") {
				args = append([]string{"extract", "-"}, tt.args...) // stdin holds JSON Lines by the -o file's name
			}
			code, out, errOut := chronomap(t, stdin, args...)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			if i := slices.Index(tt.args, "-o"); i >= 0 && tt.args[i+1] != "-" {
				b, err := os.ReadFile(tt.args[i+1])
				if err != nil || out != "" {
					t.Fatalf("%v; standard output %q", err, out)
				}
				out = string(b)
			}
			if !strings.HasPrefix(out, tt.starts) {
				t.Errorf("output starts %.60q, want %q", out, tt.starts)
			}
			if n := strings.Count(out, "\n"); tt.lines >= 0 && n != tt.lines {
				t.Errorf("%d lines, want %d:\n%s", n, tt.lines, out)
			}
		})
	}
}

// TestExtractJSONLinesOfNothing checks that empty JSON Lines, as a
// pipeline's shard may be, give an empty output and success.
func TestExtractJSONLinesOfNothing(t *testing.T) {
	for _, stdin := range []string{"", "\n\n"} {
		code, out, errOut := chronomap(t, stdin, "extract", "--format", "jsonl", "-")
		if code != 0 || out != "" || errOut != "" {
			t.Errorf("stdin %q: exit %d, stdout %q, stderr %q; want 0 and nothing", stdin, code, out, errOut)
		}
	}
}
