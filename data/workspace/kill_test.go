package workspace

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/edit"
)

// writerEnv names the workspace a child test process writes until killed.
const writerEnv = "CHRONOMAP_TEST_WORKSPACE_WRITER"

// TestMain runs, in the child, the writer that TestKilledWriterLeavesTheWorkspaceWhole kills.
func TestMain(m *testing.M) {
	if path := os.Getenv(writerEnv); path != "" {
		writeUntilKilled(path)
		return
	}
	os.Exit(m.Run())
}

// articleText is article i's text: long enough that a commit takes a
// while, and checkable.
func articleText(i int) string {
	return strings.Repeat("Shelling hit Barda "+strconv.Itoa(i)+". ", 2000)
}

func writeUntilKilled(path string) {
	w, err := Open(path)
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	for i := 0; ; i++ {
		a := Stored{Path: fmt.Sprintf("/news/%d.txt", i), Article: article.Article{Name: fmt.Sprintf("%d.txt", i), Text: articleText(i)}}
		if err := w.AddArticles([]Stored{a}); err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		if _, err := w.SaveEdit(edit.Edit{Kind: edit.Annotate, Event: a.Path, After: edit.Value{Note: strconv.Itoa(i)}}); err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		fmt.Println(i + 1) // articles committed
	}
}

func TestKilledWriterLeavesTheWorkspaceWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills a writer process")
	}
	path := filepath.Join(t.TempDir(), "work.gpkg")
	w, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	child := exec.Command(os.Args[0], "-test.run=^$")
	child.Env = append(os.Environ(), writerEnv+"="+path)
	out, _ := child.StdoutPipe()
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(out)
	committed := 0
	for committed < 30 && lines.Scan() {
		if n, err := strconv.Atoi(lines.Text()); err == nil {
			committed = n
		} else {
			t.Fatalf("writer: %s", lines.Text())
		}
	}
	child.Process.Kill() // SIGKILL: no deferred call, no cleanup
	child.Wait()

	w = reopen(t, path, "the killed writer's lock outlived it")
	articles, err := w.Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(articles) < committed {
		t.Errorf("%d articles, but %d were committed", len(articles), committed)
	}
	for i, a := range articles {
		if a.Article.Text != articleText(i) {
			t.Fatalf("article %d is not whole", i)
		}
	}
	log, _ := w.Edits()
	if n := len(log.InForce()); n != len(articles) && n != len(articles)-1 {
		t.Errorf("%d edits for %d articles: each article's edit comes right after it", n, len(articles))
	}
	db, _ := sql.Open("sqlite", path)
	defer db.Close()
	var check string
	db.QueryRow("PRAGMA integrity_check").Scan(&check)
	if check != "ok" {
		t.Errorf("integrity_check: %s", check)
	}
	if _, err := db.Exec("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"); err != nil {
		t.Errorf("the full-text index: %v", err)
	}
}
