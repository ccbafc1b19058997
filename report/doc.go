// Package report renders the aggregated statistics (aggregate.Summary) as a
// static Vietnamese website and as open data.
//
// Site returns every page and asset of the site as a File; OpenData returns
// the records as metrics.jsonl and metrics.csv. Neither touches the disk: the
// publish stage writes the files. All links inside the site are relative, so
// it can be served from any sub-path or opened from the file system, and the
// output bytes depend only on the Summary and the Config.
package report
