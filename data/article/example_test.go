package article_test

import (
	"fmt"
	"strings"

	"github.com/chronomap/chronomap/data/article"
)

func ExampleReadArticle() {
	file := " date 2020-11-07 Clashes broke out on Sept. 27 near Shushi. The U.S. State Department called for calm.\n"
	a, err := article.ReadArticle("shushi.txt", strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Published.Format("2006-01-02"), a.BodyOffset)
	fmt.Printf("%q\n", a.Text)
	// Output:
	// 2020-11-07 17
	// "Clashes broke out on Sept. 27 near Shushi. The U.S. State Department called for calm.\n"
}

func ExampleReadArticle_errors() {
	for _, file := range []string{"", "Caf\xe9 in Baku", "date 2020-13-45 Text."} {
		_, err := article.ReadArticle("x.txt", strings.NewReader(file))
		fmt.Println(err)
	}
	// Output:
	// x.txt: empty file (no text)
	// x.txt: not UTF-8 text (invalid byte 0xE9 at offset 3)
	// x.txt: invalid date "2020-13-45" in the date header, ignored
}

func ExampleInput_Lines() {
	stdin := strings.NewReader(`{"id": "a1", "date": "2020-11-07", "text": "Shelling hit Stepanakert on Friday."}
{"id": "a2", "text": "Clashes went on."}

{"id": "a3", "date": "2020-13-01", "text": "A date that is no day."}
`)
	in := article.Input{Path: article.StdinPath, Name: article.StdinName}
	for line := range in.Lines(stdin) {
		if line.Err != nil {
			fmt.Println(line.Err)
			continue
		}
		a := line.Given
		fmt.Println(line.Path, a.Name, a.Published != nil, a.Text)
	}
	// Output:
	// stdin:1 a1 true Shelling hit Stepanakert on Friday.
	// stdin:2 a2 false Clashes went on.
	// stdin:4: "date" "2020-13-01" is no day: want one as "YYYY-MM-DD", from the year 1 to 9999
}
