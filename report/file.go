package report

import "github.com/lddt/unionstats/output"

// File is one output file of the site, as the publish stage takes it: Path
// is '/'-separated and relative to the site root ("index.html",
// "bai-viet/0a1b2c3d4e5f.html"). Its bytes are in Data, or, for the many
// article pages, the large open-data files and the workbooks, written on
// demand by Write (then Data is nil), so that the publish stage renders them
// a few at a time instead of holding them all. Key identifies what a Write
// file is made of (see Config.Version): the publish stage keeps a published
// file under the same key unrendered.
type File = output.File
