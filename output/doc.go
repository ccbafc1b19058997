// Package output is the only stage that writes to disk. It takes the files
// the report stage rendered ([File]: a relative path and its bytes) and
// publishes them as a site, and it keeps the state that makes a build
// incremental: a lock against concurrent builds and the extraction cache.
//
// # Site layout
//
// For a site directory dir (say /srv/unionstats/site) Publish keeps, in the
// parent directory:
//
//	site            symlink to site.gen/<n>: the current generation
//	site.gen/<n>    the current generation, a complete site
//	site.gen/<n-1>  the previous generation, kept one more run for readers
//	                that resolved the symlink before it moved
//	site.gen/<m>.tmp  a generation being assembled (removed if stale)
//	site.tmp-link   the next symlink, about to be renamed over site
//	site.lock       the build lock (see [Lock]), holding the holder's PID
//
// Each generation holds a .manifest.json listing every file with its
// SHA-256 and size (see [Manifest]). Publish hashes the new bytes and
// compares them with the manifest of the current generation: a file whose
// bytes did not change is hard-linked from the current generation, so it
// keeps its inode and modification time; any other file is written. The new
// generation is assembled under a .tmp name, renamed into place, and made
// current by renaming a new symlink over dir, which is atomic: a reader, or a
// crash at any moment, sees either the complete old site or the complete new
// one. Leftovers of a crashed run (a .tmp generation, a generation newer than
// the current one, a stale site.tmp-link) are removed by the next Publish.
// When nothing changed, Publish leaves the current generation as it is.
//
// A File may come as a Write function instead of bytes (the many article
// pages, the large open-data files): Publish renders it into the new
// generation, a few at a time, hashing it on the way, and links the old
// file instead if the bytes turn out the same. A Write file with a Key that
// the current manifest holds for its path is linked without being rendered
// at all: the key stands for the inputs the caller made it from.
// Generations share unchanged files through hard links, so a published file
// must never be edited in place.
//
// If dir is a plain directory (an older layout, or one made by hand),
// Publish migrates it: the new generation is built beside it, linking the
// files whose bytes did not change, and the directory and the new symlink
// are swapped with renameat2(RENAME_EXCHANGE), so readers again see one
// complete site or the other; the old directory becomes generation 0, the
// previous generation. On a file system that cannot exchange atomically,
// Publish refuses with an error asking the operator to move the directory
// away. A symlink at dir that does not point into dir.gen is never replaced.
//
// Callers hold [Lock] around Publish: Publish itself assumes it is the only
// writer of dir.
//
// # Extraction cache
//
// [OpenCache] indexes a single file mapping each article (its Doc) to the
// size, modification time and hash it had when extracted, and an opaque
// payload, the caller's encoded extraction result, which [Cache.Get] reads
// from the file when asked and checks against its CRC-32C. The file starts
// with a magic string and holds batches, each with the extractor version
// and a CRC-32C of its header; a missing, corrupt or other-version cache
// loads as empty, with a warning for the last two. [Cache.Save] appends a
// batch of what changed, or replaces the file atomically with one of every
// entry when the payloads out of use would outweigh those in use; a batch
// cut short by a crash is ignored, with a warning.
//
// The package targets Linux: it uses flock(2), syncfs(2) and renameat2(2).
package output
