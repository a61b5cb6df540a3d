package article

import "testing"

func TestWhichFilesOfAFolderAreArticles(t *testing.T) {
	tests := []struct {
		name            string
		hidden, article bool
	}{
		{"001.txt", false, true},
		{"REPORT.TXT", false, true},
		{"notes.md", false, false},
		{"txt", false, false},
		{".git", true, false},
		{".article.txt", true, false},     // a hidden file, or an editor's lock (.#article.txt)
		{".article.txt.swp", true, false}, // vim's swap file
		{"article.txt~", false, false},    // a backup
		{"#article.txt#", false, false},   // emacs's autosave
	}
	for _, tt := range tests {
		if got := Hidden(tt.name); got != tt.hidden {
			t.Errorf("Hidden(%q) = %v, want %v", tt.name, got, tt.hidden)
		}
		if got := ArticleFile(tt.name); got != tt.article {
			t.Errorf("ArticleFile(%q) = %v, want %v", tt.name, got, tt.article)
		}
	}
}
