// Package watch follows a folder of articles: it reports the articles that
// are created, written or moved in anywhere under it, the files
// article.Inputs reads from a folder (*.txt, none hidden), once each has
// gone unchanged for a while, so that an article still being written is
// not read half-way. Folders made or moved in later are followed too.
//
// It wraps github.com/fsnotify/fsnotify, which watches one folder at a
// time, and knows nothing of what the articles say.
package watch
