// Package article reads news articles: a UTF-8 text file, with the
// publication date its first line may give (" date 2020-11-07"), and the
// articles of the paths a user names (files, folders of *.txt files,
// standard input), with a clear error for what cannot be read.
package article
