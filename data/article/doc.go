// Package article reads news articles: a UTF-8 text file, with the
// publication date its first line may give (" date 2020-11-07"), and the
// articles of the paths a user names (files, folders of *.txt files,
// standard input), with a clear error for what cannot be read. A file of
// JSON Lines holds an article a line, {"id", "date", "text"}, read as its
// lines are wanted, each bad line named by its number (lines.go).
package article
