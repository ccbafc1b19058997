// Package unionstats holds what the whole project shares: the sample corpus
// compiled into the binary, so that `unionstats build` can demo without any
// input, and the measured extraction accuracy shown on the methodology page.
package unionstats

import (
	"embed"
	"io/fs"
)

//go:embed testdata/corpus
var sample embed.FS

// SampleCorpus is the embedded sample corpus (testdata/corpus).
func SampleCorpus() fs.FS {
	sub, err := fs.Sub(sample, "testdata/corpus")
	if err != nil {
		panic(err) // the path is compiled in
	}
	return sub
}

// Accuracy is the extraction accuracy last measured by `make eval`, one line
// per corpus: name, precision, recall, F1 (tab-separated).
//
//go:embed accuracy.tsv
var Accuracy string
