package extract

import (
	"testing"
	"testing/fstest"
)

// TestDigestFS: the digest changes with any file's bytes or name, and only
// with them.
func TestDigestFS(t *testing.T) {
	base := fstest.MapFS{
		"lexicon/qualifiers.tsv": {Data: []byte("hơn\tmore_than\n")},
		"lexicon/units.tsv":      {Data: []byte("đoàn viên\tmember\n")},
	}
	tests := []struct {
		name string
		fsys fstest.MapFS
		same bool
	}{
		{"same files", fstest.MapFS{
			"lexicon/qualifiers.tsv": {Data: []byte("hơn\tmore_than\n")},
			"lexicon/units.tsv":      {Data: []byte("đoàn viên\tmember\n")},
		}, true},
		{"an entry changed", fstest.MapFS{
			"lexicon/qualifiers.tsv": {Data: []byte("trên\tmore_than\n")},
			"lexicon/units.tsv":      {Data: []byte("đoàn viên\tmember\n")},
		}, false},
		{"a file renamed", fstest.MapFS{
			"lexicon/qualifier.tsv": {Data: []byte("hơn\tmore_than\n")},
			"lexicon/units.tsv":     {Data: []byte("đoàn viên\tmember\n")},
		}, false},
		{"bytes moved between files", fstest.MapFS{
			"lexicon/qualifiers.tsv": {Data: []byte("hơn\tmore_than\nđoàn viên\tmember\n")},
			"lexicon/units.tsv":      {Data: []byte("")},
		}, false},
		{"a file added", fstest.MapFS{
			"lexicon/qualifiers.tsv": {Data: []byte("hơn\tmore_than\n")},
			"lexicon/units.tsv":      {Data: []byte("đoàn viên\tmember\n")},
			"lexicon/skip.tsv":       {Data: []byte("mới\n")},
		}, false},
	}
	want := digestFS(base)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := digestFS(tt.fsys); (got == want) != tt.same {
				t.Errorf("digest equal = %v, want %v", got == want, tt.same)
			}
		})
	}
	if v := Version(); len(v) != 64 || v != digestFS(lexiconFS) {
		t.Errorf("Version() = %q, want the digest of the compiled-in lexicons", v)
	}
}
