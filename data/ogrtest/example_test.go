package ogrtest_test

import (
	"fmt"

	"github.com/chronomap/chronomap/data/ogrtest"
)

// Summary reads what ogrinfo -al -so says, here of a CSV file of three
// events that ogrinfo -al -so -oo X_POSSIBLE_NAMES=longitude -oo
// Y_POSSIBLE_NAMES=latitude events.csv read.
func ExampleSummary() {
	info := "INFO: Open of `events.csv'\n      using driver `CSV' successful.\n\n" +
		"Layer name: events\nGeometry: Point\nFeature Count: 3\nExtent: (44.5, 39.7) - (46.9, 40.2)\n"
	fmt.Println(ogrtest.Summary(info, "events"))
	fmt.Println(ogrtest.Summary(info, "places"))
	// Output:
	// Point 3
	//  -1
}
