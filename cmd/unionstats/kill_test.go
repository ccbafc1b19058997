package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/lddt/unionstats/report"
)

// asCommandEnv makes the test binary run as unionstats with the JSON array
// of arguments it holds (see TestMain).
const asCommandEnv = "UNIONSTATS_TEST_AS_COMMAND"

// TestBuildSurvivesKill kills whole builds with SIGKILL at random moments
// (seeded, so a failure can be replayed) and checks after each kill that
// the published site is still one complete generation, then that the next
// build completes.
func TestBuildSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("kills builds for several seconds; skipped with -short")
	}
	root := t.TempDir()
	out := filepath.Join(root, "site")
	mustBuild(t, "-q", "--out", out)
	checkComplete(t, out)

	corpus := filepath.Join(root, "corpus")
	copyTree(t, sampleCorpusDir(t), corpus)
	extraPath := filepath.Join(corpus, "tay-ho-kill-test.txt")
	writeExtra := func(gifts int) {
		text := fmt.Sprintf("Liên đoàn Lao động quận Tây Hồ\n\nTây Hồ trao quà Tết\n\n(LĐTĐ) Năm 2024, Liên đoàn Lao động quận Tây Hồ đã trao %d suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng.\n\nT.H\n", gifts)
		if err := os.WriteFile(extraPath, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	args, _ := json.Marshal([]string{"build", "-q", "--no-cache", "--corpus", corpus, "--out", out})
	start := func() (*exec.Cmd, chan error) {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), asCommandEnv+"="+string(args))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		return cmd, done
	}

	// One build to the end tells how long a build takes here.
	writeExtra(90)
	began := time.Now()
	if _, done := start(); <-done != nil {
		t.Fatal("the build to measure failed")
	}
	span := time.Since(began)
	checkComplete(t, out)

	rng := rand.New(rand.NewPCG(20261123, 1))
	killed := 0
	for i := range 10 {
		writeExtra(100 + i) // every build has a new site to publish
		cmd, done := start()
		delay := time.Duration(rng.Int64N(int64(span)))
		select {
		case err := <-done:
			t.Logf("run %d finished before the kill at %v (err %v)", i, delay, err)
		case <-time.After(delay):
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			<-done
			killed++
		}
		t.Run(fmt.Sprintf("after kill %d at %v", i, delay.Round(time.Millisecond)), func(t *testing.T) { checkComplete(t, out) })
	}
	if killed == 0 {
		t.Error("no build was killed: the delays are too long for this machine")
	}
	mustBuild(t, "-q", "--corpus", corpus, "--out", out)
	checkComplete(t, out)
	page, err := os.ReadFile(filepath.Join(out, "bai-viet", report.ArticleID("tay-ho-kill-test.txt")+".html"))
	if err != nil || !strings.Contains(string(page), "109") {
		t.Errorf("the build after the kills did not publish the last version of the article (err %v)", err)
	}
}
