package output

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The crash test re-executes the test binary as a helper process that
// publishes in a loop, and kills it.
const (
	helperDirEnv  = "OUTPUT_TEST_CRASH_DIR"
	helperBaseEnv = "OUTPUT_TEST_CRASH_BASE"
)

func TestMain(m *testing.M) {
	if dir := os.Getenv(helperDirEnv); dir != "" {
		base, _ := strconv.Atoi(os.Getenv(helperBaseEnv))
		if err := publishForever(dir, base); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// publishForever publishes crashFiles(base), crashFiles(base+1), … under the
// lock, saying "ready" once it holds the lock the first time. It stops after
// a while in case nobody kills it.
func publishForever(dir string, base int) error {
	ctx := context.Background()
	for i := range 100 {
		unlock, err := Lock(ctx, dir, true)
		if err != nil {
			return err
		}
		if i == 0 {
			fmt.Println("ready")
		}
		if _, err := Publish(ctx, dir, crashFiles(base+i), noSync); err != nil {
			return err
		}
		if err := unlock(); err != nil {
			return err
		}
	}
	return nil
}

// crashFiles returns version v of a 3,000-file site. Going from version v
// to v+1 changes a thirtieth of the files and leaves out some others.
func crashFiles(v int) []File {
	var files []File
	for k := range 3000 {
		if (k+v)%97 == 0 {
			continue
		}
		changed := v - ((v-k)%30+30)%30 // the last version that changed file k
		files = append(files, File{
			Path: fmt.Sprintf("d%02d/f%04d.html", k%40, k),
			Data: fmt.Appendf(nil, "file %d, version %d\n%s", k, changed, strings.Repeat("x", k%300)),
		})
	}
	return files
}

func TestPublishSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a helper process 15 times")
	}
	dir := filepath.Join(t.TempDir(), "site")
	publish(t, dir, crashFiles(0))
	rng := rand.New(rand.NewPCG(2024, 15))
	stale := 0
	for kill := range 15 {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), helperDirEnv+"="+dir, helperBaseEnv+"="+strconv.Itoa(4*kill+1))
		cmd.Stderr = os.Stderr
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if line, err := bufio.NewReader(stdout).ReadString('\n'); line != "ready\n" {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("helper said %q, %v; want ready", line, err)
		}
		time.Sleep(time.Duration(rng.IntN(250)) * time.Millisecond)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		if err := cmd.Wait(); err == nil || !strings.Contains(err.Error(), "killed") {
			t.Fatalf("helper exited before it was killed: %v", err)
		}

		checkGeneration(t, dir)
		if entries, _ := os.ReadDir(dir + ".gen"); len(entries) > 2 {
			stale++
		}
		// The lock died with the helper; the next build cleans up and succeeds.
		unlock, err := Lock(context.Background(), dir, false)
		if err != nil {
			t.Fatalf("after kill %d: %v", kill, err)
		}
		publish(t, dir, crashFiles(4*kill+4))
		if err := unlock(); err != nil {
			t.Fatal(err)
		}
		checkGeneration(t, dir)
		if names := genNames(t, dir); len(names) != 2 {
			t.Errorf("after kill %d and a Publish, site.gen holds %q, want two generations", kill, names)
		}
		if _, err := os.Lstat(dir + ".tmp-link"); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("after kill %d and a Publish, the temporary link remains: %v", kill, err)
		}
	}
	t.Logf("%d of 15 kills left a partial generation behind", stale)
}

// checkGeneration checks that dir is a symlink to a generation whose files
// are exactly those of its manifest, with the bytes it lists.
func checkGeneration(t *testing.T, dir string) {
	t.Helper()
	target, err := os.Readlink(dir)
	if err != nil || !strings.HasPrefix(target, "site.gen/") || strings.HasSuffix(target, ".tmp") {
		t.Fatalf("Readlink(%s) = %q, %v; want a generation", dir, target, err)
	}
	m, err := ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	site := readSite(t, dir)
	for path, data := range site {
		sum := sha256.Sum256([]byte(data))
		want, ok := m.Files[path]
		if !ok || want.SHA256 != hex.EncodeToString(sum[:]) || want.Size != int64(len(data)) {
			t.Errorf("%s/%s: not as in the manifest (%+v)", target, path, want)
		}
	}
	if len(site) != len(m.Files) {
		t.Errorf("%s holds %d files, its manifest lists %d", target, len(site), len(m.Files))
	}
}
