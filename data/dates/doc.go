// Package dates is Chronomap's temporal tagger: it finds the date expressions
// of an English news text ("November 7", "Sept. 27", "late Tuesday",
// "overnight", "last week", "in the 1990s", "nearly six weeks") and resolves
// each against the article's publication date into a window of days with a
// precision.
package dates
