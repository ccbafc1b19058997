package main

import (
	"context"
	"fmt"
	"io/fs"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// subPath is where the test server mounts the site: not the server root, so
// that an absolute link ("/assets/…") fails.
const subPath = "/sub/site/"

// pageProblems collects what a page did wrong while it loaded: console
// errors, uncaught exceptions, requests to other hosts, failed requests.
type pageProblems struct {
	host string // the test server's host:port

	mu       sync.Mutex
	problems []string
	urls     map[network.RequestID]string // for naming failed requests
}

func (p *pageProblems) add(format string, a ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.problems = append(p.problems, fmt.Sprintf(format, a...))
}

// take returns the problems collected so far and forgets them.
func (p *pageProblems) take() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := p.problems
	p.problems = nil
	return out
}

// listen is a chromedp listener; it runs on the tab's reading loop, so it
// only records.
func (p *pageProblems) listen(ev any) {
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			var args []string
			for _, a := range ev.Args {
				args = append(args, strings.Trim(string(a.Value), `"`)+a.Description)
			}
			p.add("console.%s: %s", ev.Type, strings.Join(args, " "))
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
		p.add("uncaught exception at %s:%d: %s", d.URL, d.LineNumber+1, msg)
	case *network.EventRequestWillBeSent:
		p.mu.Lock()
		if p.urls == nil {
			p.urls = map[network.RequestID]string{}
		}
		p.urls[ev.RequestID] = ev.Request.URL
		p.mu.Unlock()
		u, err := url.Parse(ev.Request.URL)
		if err != nil {
			p.add("request to unparsable URL %q", ev.Request.URL)
			return
		}
		switch u.Scheme {
		case "data", "blob", "about":
			return
		}
		if u.Host != p.host {
			p.add("request to another host: %s", ev.Request.URL)
		}
	case *network.EventResponseReceived:
		if ev.Response.Status >= 400 && !strings.HasSuffix(ev.Response.URL, "/favicon.ico") {
			p.add("HTTP %d for %s", ev.Response.Status, ev.Response.URL)
		}
	case *network.EventLoadingFailed:
		if !ev.Canceled {
			p.mu.Lock()
			u := p.urls[ev.RequestID]
			p.mu.Unlock()
			p.add("loading failed (%s): %s", ev.ErrorText, u)
		}
	}
}

// chartCheck returns, for the loaded page, one line per chart container
// (div.chart-box) that ECharts did not draw: no canvas, a zero-sized canvas,
// or a canvas with no painted pixel.
const chartCheck = `(() => {
	const bad = [];
	const boxes = document.querySelectorAll("div.chart-box");
	for (const box of boxes) {
		const c = box.querySelector("canvas");
		if (!c) { bad.push(box.id + ": no canvas"); continue; }
		if (!(c.width > 0 && c.height > 0 && c.getBoundingClientRect().width > 0)) {
			bad.push(box.id + ": canvas has no size (" + c.width + "x" + c.height + ")");
			continue;
		}
		const r = c.getBoundingClientRect(), page = document.documentElement.clientWidth;
		if (r.left < 0 || r.right > page + 1) {
			bad.push(box.id + ": does not fit the page (" + Math.round(r.left) + " to " + Math.round(r.right) + " px of " + page + ")");
			continue;
		}
		const px = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
		let painted = false;
		for (let i = 3; i < px.length; i += 4) { if (px[i] !== 0) { painted = true; break; } }
		if (!painted) bad.push(box.id + ": canvas is blank");
	}
	return {count: boxes.length, bad: bad};
})()`

type chartState struct {
	Count int      `json:"count"`
	Bad   []string `json:"bad"`
}

// pageFacts is what the test reads from every page once it has loaded.
type pageFacts struct {
	Lang        string `json:"lang"`
	ScrollWidth int    `json:"scrollWidth"`
	Title       string `json:"title"`
}

const factsScript = `({lang: document.documentElement.getAttribute("lang"), scrollWidth: document.documentElement.scrollWidth, title: document.title})`

// htmlPages lists the .html files of the site, by slash path.
func htmlPages(t *testing.T, root string) []string {
	t.Helper()
	var pages []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".html") {
			rel, _ := filepath.Rel(root, p)
			pages = append(pages, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(pages)
	return pages
}

// newBrowser starts headless Chromium with a fresh profile and returns a
// context for new tabs.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	exe := lookTool(t, "chromium", "chromium", "chromium-browser", "google-chrome", "/usr/bin/chromium")
	opts := append(slices.Clone(chromedp.DefaultExecAllocatorOptions[:]),
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx)
	t.Cleanup(cancelBrowser)
	if err := chromedp.Do(browserCtx); err != nil { // starts the browser
		t.Fatalf("start %s: %v", exe, err)
	}
	return browserCtx
}

// TestSiteInChromium loads every page of the sample site in headless Chromium,
// served from a sub-path of a local server, at a phone's width and at a
// desktop width.
func TestSiteInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Chromium")
	}
	t.Parallel()
	site := sampleSite(t)
	browserCtx := newBrowser(t)
	root, err := filepath.EvalSymlinks(site)
	if err != nil {
		t.Fatal(err)
	}

	mux := http.NewServeMux()
	mux.Handle(subPath, http.StripPrefix(subPath, http.FileServer(http.Dir(root))))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	base := srv.URL + subPath
	host := strings.TrimPrefix(srv.URL, "http://")

	pages := htmlPages(t, root)
	if n := len(pages); n < 50 {
		t.Fatalf("the sample site has only %d pages: %v", n, pages)
	}
	// Screenshots of the home page and of the first page of each kind.
	shots := map[string]bool{"index.html": true}
	for _, prefix := range []string{"nam/", "to-chuc/", "bai-viet/"} {
		for _, p := range pages {
			if strings.HasPrefix(p, prefix) {
				shots[p] = true
				break
			}
		}
	}
	if len(shots) != 4 {
		t.Fatalf("the sample site lacks a year, organisation or article page: screenshots of %v", slices.Sorted(maps.Keys(shots)))
	}

	viewports := []struct {
		name          string
		width, height int64
		mobile        bool
	}{
		{"phone-360", 360, 740, true},
		{"desktop-1280", 1280, 800, false},
	}
	artifacts := artifactsDir(t)
	for _, vp := range viewports {
		t.Run(vp.name, func(t *testing.T) {
			probs := &pageProblems{host: host}
			tabCtx, cancel := chromedp.NewContext(browserCtx, chromedp.WithListener(probs.listen))
			defer cancel()
			var emulate []chromedp.EmulateViewportOption
			if vp.mobile {
				emulate = append(emulate, chromedp.EmulateMobile, chromedp.EmulatePortrait)
			}
			if err := chromedp.Do(tabCtx, chromedp.EmulateViewport(vp.width, vp.height, emulate...)); err != nil {
				t.Fatalf("emulate %s: %v", vp.name, err)
			}
			charts := 0
			for _, p := range pages {
				shot := ""
				if shots[p] {
					shot = filepath.Join(artifacts, strings.ReplaceAll(strings.TrimSuffix(p, ".html"), "/", "_")+"-"+vp.name+".png")
				}
				facts, cs, err := loadPage(tabCtx, base+p, shot)
				for _, msg := range probs.take() {
					t.Errorf("%s: %s", p, msg)
				}
				if err != nil {
					t.Errorf("%s: %v", p, err)
					continue
				}
				if shot != "" {
					t.Logf("screenshot of %s at %d px: %s", p, vp.width, shot)
				}
				charts += cs.Count
				for _, msg := range cs.Bad {
					t.Errorf("%s: chart not drawn: %s", p, msg)
				}
				if facts.Lang != "vi" {
					t.Errorf(`%s: <html lang=%q>, want "vi"`, p, facts.Lang)
				}
				if facts.Title == "" {
					t.Errorf("%s: empty <title>", p)
				}
				if vp.mobile && facts.ScrollWidth > int(vp.width)+1 {
					t.Errorf("%s: the page is %d px wide on a %d px phone: something overflows horizontally (tables and charts must scroll inside their wrapper)", p, facts.ScrollWidth, vp.width)
				}
			}
			if charts == 0 {
				t.Error("no chart (div.chart-box) on any page: the chart check checked nothing")
			}
			checkSearch(t, tabCtx, base)
			t.Logf("%d pages, %d charts checked at %d px", len(pages), charts, vp.width)
		})
	}
}

// loadPage loads u in the tab, waits for its charts to be painted (for up to
// two seconds: ECharts paints on an animation frame), reads the page's facts
// and, if shot is not "", saves a full-page screenshot there.
func loadPage(tabCtx context.Context, u, shot string) (pageFacts, chartState, error) {
	ctx, cancel := context.WithTimeout(tabCtx, 20*time.Second)
	defer cancel()
	var (
		facts pageFacts
		cs    chartState
	)
	if err := chromedp.Do(ctx, chromedp.Navigate(u)); err != nil {
		return facts, cs, fmt.Errorf("load: %w", err)
	}
	facts, err := chromedp.Run(ctx, chromedp.Evaluate[pageFacts](factsScript))
	if err != nil {
		return facts, cs, fmt.Errorf("read the page: %w", err)
	}
	for deadline := time.Now().Add(2 * time.Second); ; {
		cs, err = chromedp.Run(ctx, chromedp.Evaluate[chartState](chartCheck))
		if err != nil {
			return facts, cs, fmt.Errorf("check the charts: %w", err)
		}
		if len(cs.Bad) == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if shot != "" {
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			return facts, cs, fmt.Errorf("screenshot: %w", err)
		}
		if err := os.WriteFile(shot, png, 0o644); err != nil {
			return facts, cs, fmt.Errorf("save the screenshot: %w", err)
		}
	}
	return facts, cs, nil
}

// checkSearch types into the home page's search box, with and without
// diacritics, and expects the unit, the year and an article it must find.
func checkSearch(t *testing.T, tabCtx context.Context, base string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tabCtx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"index.html")); err != nil {
		t.Fatalf("search: load: %v", err)
	}
	tests := []struct{ typed, want string }{
		{"ba dinh", "to-chuc/ba-dinh.html"},
		{"Ba Đình", "to-chuc/ba-dinh.html"},
		{"2023", "nam/2023.html"},
		{"tet quy mao", "bai-viet/"},
	}
	for _, tt := range tests {
		query := `(() => { const i = document.getElementById("tim"); i.value = ` + strconv.Quote(tt.typed) + `;
			i.dispatchEvent(new Event("input"));
			return [...document.querySelectorAll("#tim-ket-qua a")].map(a => a.getAttribute("href")); })()`
		hrefs, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](query))
		if err != nil {
			t.Errorf("search %q: %v", tt.typed, err)
			continue
		}
		if !slices.ContainsFunc(hrefs, func(h string) bool { return strings.HasPrefix(h, tt.want) }) {
			t.Errorf("search %q found %q, want a link to %s", tt.typed, hrefs, tt.want)
		}
	}
}
