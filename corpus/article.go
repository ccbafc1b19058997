package corpus

// Kind says what part of an article a paragraph is.
type Kind int

// Paragraph kinds, in the order they usually appear.
const (
	KindTitle   Kind = iota // the headline
	KindLead                // the lead paragraph
	KindBody                // a body paragraph
	KindCaption             // a photo caption sentence
)

// Paragraph is one block of Article.Text: Text[Start:End], no newline inside.
type Paragraph struct {
	Start, End int
	Kind       Kind
}

// Article is one cleaned article, ready for extraction.
//
// Text holds the title and every kept paragraph, NFC-normalized, one
// paragraph per line ("\n"-separated); page chrome, related-link lines,
// file-name captions, the signature and trailing chrome are gone.
// SourceOffset maps a byte offset in Text back to the file as read.
type Article struct {
	Doc       string // path relative to the corpus root, '/'-separated; "file.jsonl#id" for JSON Lines articles
	URL       string // source link, if the corpus gives one
	Published string // "YYYY-MM-DD" if the corpus gives a publication date, else ""
	// Stamp is the date of the marker a search tool's copy of a page opens
	// with (" date 2017-03 …", "YYYY-MM" or "YYYY-MM-DD"), else "": often
	// the date the page was crawled, not published, so only a last
	// fallback for the article's year, never its date.
	Stamp  string
	Kicker string // section label above the title, NFC, may be ""
	Title  string // headline, NFC
	// Headless says the page was cut below its headline: the title's
	// place holds the page's first paragraph, a sentence of prose, not a
	// headline.
	Headless bool
	Text     string
	Paras    []Paragraph
	// BlankAfter says the text as read ends with a blank line after its
	// last line of content (two line breaks, with nothing but spaces
	// between and after them): the page went on below its last
	// paragraph, so no cut at the excerpt's length fell inside it.
	BlankAfter bool
	// LinesAfter says a line of content stands below the last paragraph
	// in the text as read, one the cleaning dropped (an author's
	// signature, a byline, a file name): the excerpt's end fell below
	// the last paragraph, so it did not cut that paragraph either.
	LinesAfter bool
	Hash       string // hex SHA-256 of the article's bytes as read (the body for JSON Lines, with its metadata)

	offsets []offsetPoint
	srcSize int // bytes in the file as read; SourceOffset stays within it
}

// offsetPoint says that Text[text:] continues at source byte src, until the next point.
type offsetPoint struct{ text, src int }
