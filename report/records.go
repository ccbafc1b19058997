package report

import (
	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/report/internal/digest"
)

// RecordDigests holds the digest of every field of each record of a
// Summary. The keys of the article pages, the open data and the workbooks
// all read records: made once (DigestRecords) and given to each
// (Config.Records, workbook.Config.Records), a record is hashed whole once
// per build instead of once per key that reads it.
type RecordDigests = digest.Records

// DigestRecords digests the records of s (Packed while aggregate.Build
// runs, else Records), on every CPU.
func DigestRecords(s *aggregate.Summary) *RecordDigests {
	if s.Packed != nil {
		return digest.NewRecordsOf(s.Packed.Len(), s.Packed.At)
	}
	return digest.NewRecords(s.Records)
}
