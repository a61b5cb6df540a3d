package dates_test

import (
	"fmt"
	"time"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/text"
)

func ExampleTag() {
	published := time.Date(2020, 11, 7, 0, 0, 0, 0, time.UTC)
	s := `Armenia reported "fierce combat" overnight. During a Nov. 7 phone call, the presidents ` +
		`discussed the fighting that broke out on September 27, in nearly six weeks of clashes, late Tuesday.`
	doc := text.Read(s)
	defer doc.Release()
	for _, e := range dates.Tag(doc, &published) {
		fmt.Printf("%-18s %s..%s precision %d\n", e.Text, e.Window.Start.Format(time.DateOnly), e.Window.End.Format(time.DateOnly), e.Window.Precision)
	}
	// Output:
	// overnight          2020-11-06..2020-11-07 precision 1
	// Nov. 7             2020-11-07..2020-11-07 precision 1
	// on September 27    2020-09-27..2020-09-27 precision 1
	// in nearly six weeks 2020-09-26..2020-11-07 precision 3
	// late Tuesday       2020-11-03..2020-11-03 precision 1
}

// Without a publication date, relative expressions stay undated.
func ExampleTag_undated() {
	doc := text.Read("Shelling resumed on Monday, as in April 2016.")
	defer doc.Release()
	for _, e := range dates.Tag(doc, nil) {
		fmt.Println(e.Text, e.Window != nil)
	}
	// Output:
	// on Monday false
	// in April 2016 true
}
