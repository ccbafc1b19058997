package build

import (
	"context"
	"fmt"

	"github.com/lddt/unionstats/aggregate"
	"github.com/lddt/unionstats/corrections"
	"github.com/lddt/unionstats/vocab"
)

// Summarize runs the stages of a build up to aggregation — read, apply the
// corrections, aggregate — and publishes nothing: what the review command
// lists comes from the same records as the site. Errors are those of Run.
func Summarize(ctx context.Context, cfg Config) (*aggregate.Summary, *corrections.Result, error) {
	if cfg.Province == "" {
		cfg.Province = vocab.City
	}
	province, provinceMap, err := ProvinceMap(cfg.Province)
	if err != nil {
		return nil, nil, err
	}
	corr, err := readCorrections(cfg.Corrections)
	if err != nil {
		return nil, nil, fmt.Errorf("corrections: %w", err)
	}
	x, err := Read(ctx, cfg.ReadConfig, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", cfg.CorpusName, err)
	}
	fixes, err := applyCorrections(corr, x, logger(cfg.Log))
	if err != nil {
		return nil, nil, fmt.Errorf("corrections: %w", err)
	}
	sum := aggregate.Build(aggregate.Input{
		Articles: x.Articles, Table: x.Records, Warnings: x.Warnings, Province: province, Map: &provinceMap,
	})
	return sum, fixes, nil
}
