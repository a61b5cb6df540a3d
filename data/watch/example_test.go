package watch_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/chronomap/chronomap/data/watch"
)

func Example() {
	root, err := os.MkdirTemp("", "news")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	news, err := watch.Start(root, watch.DefaultQuiet)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer news.Close()

	// An article arrives in a folder made after, with an editor's swap
	// file, which is no article.
	os.MkdirAll(filepath.Join(root, "2020-11"), 0o755)
	os.WriteFile(filepath.Join(root, "2020-11", "shelling.txt"), []byte("Shelling hit Stepanakert."), 0o644)
	os.WriteFile(filepath.Join(root, "2020-11", ".shelling.txt.swp"), []byte{0}, 0o644)

	select {
	case batch := <-news.Arrivals:
		for _, path := range batch {
			rel, _ := filepath.Rel(root, path)
			fmt.Println(filepath.ToSlash(rel))
		}
	case err := <-news.Errors:
		fmt.Println(err)
	}
	// Output:
	// 2020-11/shelling.txt
}
