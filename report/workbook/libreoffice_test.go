package workbook

import (
	"context"
	"encoding/csv"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// office returns the LibreOffice binary on PATH, or "".
func office() string {
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// digits keeps the digits of a shown number, so that "2,015", "2.015" and
// "2 015" compare equal whatever the locale's separators.
func digits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// shown is how a number cell displays v: two decimals for a fraction.
func shown(t *testing.T, v string) string {
	t.Helper()
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		t.Fatal(err)
	}
	if f == math.Trunc(f) {
		return strconv.FormatFloat(f, 'f', 0, 64)
	}
	return strconv.FormatFloat(f, 'f', 2, 64)
}

// TestLibreOffice opens every book with LibreOffice, converting its first
// sheet (Tổng hợp) to CSV, and checks the sums of the units' figures.
func TestLibreOffice(t *testing.T) {
	soffice := office()
	if soffice == "" {
		const msg = "soffice not found on PATH; `make test` installs libreoffice-calc-nogui"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	if testing.Short() {
		t.Skip("starts LibreOffice")
	}
	books, err := Build(fixture(), testConfig)
	if err != nil {
		t.Fatal(err)
	}
	in, out := t.TempDir(), t.TempDir()
	args := []string{"--headless", "--convert-to", `csv:Text - txt - csv (StarCalc):44,34,76,1`, "--outdir", out}
	for _, b := range books {
		path := filepath.Join(in, b.Path)
		if err := os.WriteFile(path, data(t, b), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, path)
	}
	profile, err := os.MkdirTemp("", "lo-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(profile) })
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	args = append([]string{"-env:UserInstallation=file://" + filepath.ToSlash(profile)}, args...)
	if msg, err := exec.CommandContext(ctx, soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", soffice, err, msg)
	}

	s := fixture()
	tests := []struct {
		book string
		year int
	}{
		{AllYearsName, 0},
		{"bao-cao-2021.xlsx", 2021},
		{"bao-cao-2022.xlsx", 2022},
	}
	for _, tt := range tests {
		t.Run(tt.book, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(out, strings.TrimSuffix(tt.book, ".xlsx")+".csv"))
			if err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
			if err != nil {
				t.Fatalf("csv: %v", err)
			}
			if len(rows) < 3 || !strings.HasPrefix(rows[0][0], "Báo cáo tổng hợp") {
				t.Fatalf("not the Tổng hợp sheet: %q", rows)
			}
			sum := slices.Index(rows[1], colSum)
			if sum < 0 {
				t.Fatalf("no column %q in %q", colSum, rows[1])
			}
			want := expectTotals(sumCells(s.UnitSums), tt.year)
			seen := 0
			for _, row := range rows[2:] {
				if len(row) <= sum || row[sum] == "" {
					continue
				}
				seen++
				year, measure := row[0], row[2]+" ("+row[3]+")"
				exp, ok := want[atoi(t, year)][measure]
				if got := digits(row[sum]); !ok || got != digits(shown(t, exp)) {
					t.Errorf("%s %s: shown %q, want %q", year, measure, row[sum], exp)
				}
			}
			n := 0
			for _, m := range want {
				n += len(m)
			}
			if seen != n {
				t.Errorf("%d sums shown, want %d", seen, n)
			}
		})
	}
}
