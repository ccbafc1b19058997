package report

// File is one output file of the site: Path is '/'-separated and relative
// to the site root ("index.html", "bai-viet/0a1b2c3d4e5f.html").
type File struct {
	Path string
	Data []byte
}
