package server

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/go-json-experiment/json"
)

// The browser test drives headless Chromium against the server on a real
// listener: it uploads sample documents through the page's form, with
// JavaScript off as a reader might have it, checks the findings shown,
// and runs axe-core in the page for WCAG 2.2 AA.
//
// It needs Chromium (PART3_CHROMIUM, or chromium on the PATH) and
// axe-core's axe.min.js (PART3_AXE, the file; npm install axe-core puts it
// in node_modules/axe-core/axe.min.js). Without them it is skipped, unless
// PART3_BROWSER_TEST=require, which .ci/run sets after installing both:
// then it fails. With PART3_SCREENSHOTS=DIR it also writes the page's
// screenshots there (the README's are in docs/).

func browserTools(t *testing.T) (chromium, axe string) {
	t.Helper()
	required := os.Getenv("PART3_BROWSER_TEST") == "require"
	missing := func(format string, args ...any) {
		t.Helper()
		if required {
			t.Fatalf(format+" (PART3_BROWSER_TEST=require)", args...)
		}
		t.Skipf(format+"; set PART3_BROWSER_TEST=require to make this a failure", args...)
	}
	if testing.Short() {
		missing("the browser test is not run with -short")
	}
	chromium = os.Getenv("PART3_CHROMIUM")
	if chromium == "" {
		for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
			if p, err := exec.LookPath(name); err == nil {
				chromium = p
				break
			}
		}
	}
	if chromium == "" {
		missing("no Chromium: install Debian's chromium or set PART3_CHROMIUM")
	}
	axe = os.Getenv("PART3_AXE")
	if axe == "" {
		missing("no axe-core: set PART3_AXE to axe.min.js (npm install axe-core)")
	}
	if _, err := os.Stat(axe); err != nil {
		missing("PART3_AXE: %v", err)
	}
	return chromium, axe
}

// browser starts headless Chromium with the flags this machine needs (no
// sandbox as root, no GPU, no background networking).
func browser(t *testing.T, chromium string) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("starting %s: %v", chromium, err)
	}
	return ctx
}

// axeResult is the part of axe-core's results the test reads.
type axeResult struct {
	Violations []struct {
		ID     string `json:"id"`
		Impact string `json:"impact"`
		Help   string `json:"help"`
		Nodes  []struct {
			Target []any  `json:"target"`
			HTML   string `json:"html"`
		} `json:"nodes"`
	} `json:"violations"`
	Passes []struct {
		ID string `json:"id"`
	} `json:"passes"`
}

// checkAxe injects axe-core into the page and fails the test on any
// violation of WCAG 2.0, 2.1 and 2.2 at levels A and AA.
func checkAxe(t *testing.T, ctx context.Context, axeJS, what string) {
	t.Helper()
	if _, err := chromedp.Call(ctx, page.SetBypassCSP, page.SetBypassCSPParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](axeJS)); err != nil {
		t.Fatalf("injecting axe-core: %v", err)
	}
	res, err := chromedp.Run(ctx, chromedp.Evaluate[axeResult](
		`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}, iframes: false})`,
		chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("running axe-core: %v", err)
	}
	for _, v := range res.Violations {
		var nodes []string
		for _, n := range v.Nodes {
			nodes = append(nodes, fmt.Sprintf("%v %s", n.Target, n.HTML))
		}
		t.Errorf("%s: WCAG violation %s (%s): %s\n    %s", what, v.ID, v.Impact, v.Help, strings.Join(nodes, "\n    "))
	}
	if len(res.Passes) < 10 {
		t.Errorf("%s: axe-core passed only %d rules: did it run?", what, len(res.Passes))
	}
	t.Logf("%s: axe-core: %d rules passed, %d violations", what, len(res.Passes), len(res.Violations))
}

// screenshot writes a screenshot of the element sel, or of the whole page
// for "", to PART3_SCREENSHOTS/name, when that is set.
func screenshot(t *testing.T, ctx context.Context, name, sel string) {
	t.Helper()
	dir := os.Getenv("PART3_SCREENSHOTS")
	if dir == "" {
		return
	}
	shot := chromedp.FullScreenshot(100)
	if sel != "" {
		shot = chromedp.Screenshot(chromedp.CSS(sel))
	}
	png, err := chromedp.Run(ctx, shot)
	must(t, err)
	must(t, os.WriteFile(filepath.Join(dir, name), png, 0o644))
}

func abs(t *testing.T, path string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join(root, path))
	must(t, err)
	return p
}

func TestBrowser(t *testing.T) {
	chromium, axePath := browserTools(t)
	axeJS, err := os.ReadFile(axePath)
	must(t, err)
	r := start(t, Config{})
	ctx := browser(t, chromium)
	run := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
		defer cancel()
		if err := chromedp.Do(tctx, steps...); err != nil {
			t.Fatal(err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		must(t, err)
		return s
	}
	scripts := func(off bool) {
		t.Helper()
		if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: off}); err != nil {
			t.Fatal(err)
		}
	}

	t.Run("the form", func(t *testing.T) {
		run(chromedp.Navigate(r.url+"/"), chromedp.WaitVisible(chromedp.ID("documents")))
		checkAxe(t, ctx, string(axeJS), "the form")
	})

	t.Run("a plan's findings, with JavaScript off", func(t *testing.T) {
		scripts(true)
		run(chromedp.Navigate(r.url+"/"),
			chromedp.WaitVisible(chromedp.ID("documents")),
			chromedp.SetUploadFiles(chromedp.ID("documents"), []string{abs(t, "plan/testdata/highland-2021-2023.json")}),
			chromedp.SetValue(chromedp.ID("as_of"), "2026-11-26"),
			chromedp.Click(chromedp.ID("review")),
			chromedp.Click(chromedp.CSS("button[type=submit]")),
			chromedp.WaitVisible(chromedp.ID("results")),
		)
		scripts(false)
		main := text("main")
		for _, want := range []string{"Findings as of 2026-11-26", "highland-2021-2023.json", "1 statutory, 2 guidance, 2 practice",
			"s.8(1) at /publication/prepared", "plan.prepared-before-period", "guidance paras 48-71 at /aims/prevention",
			"plan.title-matches-period", "Appendix A review"} {
			if !strings.Contains(main, want) {
				t.Errorf("the page does not show %q:\n%s", want, main)
			}
		}
		checkAxe(t, ctx, string(axeJS), "the findings")
		screenshot(t, ctx, "page-findings.png", "")
	})

	t.Run("a notice against its plan", func(t *testing.T) {
		run(chromedp.Navigate(r.url+"/"),
			chromedp.WaitVisible(chromedp.ID("documents")),
			chromedp.SetUploadFiles(chromedp.ID("documents"), []string{abs(t, "consult/testdata/notice-unpublished.json"), abs(t, "report/testdata/fife-2023-2024-early.json")}),
			chromedp.SetUploadFiles(chromedp.ID("plan"), []string{abs(t, "plan/testdata/fife-2023-2026.json")}),
			chromedp.SetValue(chromedp.ID("as_of"), "2026-11-26"),
			chromedp.Click(chromedp.CSS("button[type=submit]")),
			chromedp.WaitVisible(chromedp.ID("results")),
		)
		main := text("main")
		for _, want := range []string{"Legal effect of the notice", "None: the notice does not meet s.10(8) (see the conditions below, which are no breach by anyone)", "Condition", "Reporting periods of the plan"} {
			if !strings.Contains(main, want) {
				t.Errorf("the page does not show %q", want)
			}
		}
		checkAxe(t, ctx, string(axeJS), "a notice and a report against the plan")
	})

	t.Run("a planning history's timeline, and its calendar file", func(t *testing.T) {
		// The page's own Content-Security-Policy in force (checkAxe lifts
		// it), for the download below.
		if _, err := chromedp.Call(ctx, page.SetBypassCSP, page.SetBypassCSPParams{Enabled: false}); err != nil {
			t.Fatal(err)
		}
		scripts(true)
		run(chromedp.Navigate(r.url+"/"),
			chromedp.WaitVisible(chromedp.ID("documents")),
			chromedp.SetUploadFiles(chromedp.ID("documents"), []string{abs(t, "duty/testdata/history-fife.json")}),
			chromedp.SetValue(chromedp.ID("as_of"), "2026-11-26"),
			chromedp.Click(chromedp.CSS("button[type=submit]")),
			chromedp.WaitVisible(chromedp.ID("doc-1-timeline")),
		)
		scripts(false)
		// The link downloads the calendar file, under the page's policy:
		// its data: address is not blocked.
		dir := t.TempDir()
		if _, err := chromedp.Call(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
			t.Fatal(err)
		}
		run(chromedp.Click(chromedp.CSS("#doc-1-timeline a[download]")))
		path := filepath.Join(dir, "fife-part3-obligations-2026-11-26.ics")
		var ics []byte
		var err error
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
			if ics, err = os.ReadFile(path); err == nil && strings.HasSuffix(string(ics), "END:VCALENDAR\r\n") {
				break
			}
		}
		if !strings.HasPrefix(string(ics), "BEGIN:VCALENDAR\r\n") || !strings.Contains(string(ics), "SUMMARY:") {
			t.Errorf("the download gave %d bytes (%v):\n%s", len(ics), err, firstLines(ics, 10))
		}
		// The picture is drawn at its size, inline, and named by its
		// title and description.
		box, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(() => { const r = document.querySelector("#doc-1-timeline svg").getBoundingClientRect(); return [r.width, r.height]; })()`))
		must(t, err)
		if len(box) != 2 || box[0] < 900 || box[1] < 300 {
			t.Errorf("the timeline is drawn %v px", box)
		}
		name, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const s = document.querySelector("#doc-1-timeline svg"); return s.getAttribute("role") + ": " + s.getAttribute("aria-labelledby").split(" ").map(id => document.getElementById(id).textContent).join(" / "); })()`))
		must(t, err)
		if !strings.HasPrefix(name, "img: Part 3 obligations of Fife Council and NHS Fife, as of 2026-11-26 / A timeline of ") {
			t.Errorf("the timeline is announced as %q", name)
		}
		if timeline := text("#doc-1-timeline"); !strings.Contains(timeline, "Download the obligations as a calendar file (fife-part3-obligations-2026-11-26.ics)") {
			t.Errorf("the timeline's section says:\n%s", timeline)
		}
		checkAxe(t, ctx, string(axeJS), "the timeline of a planning history")
		// The link has the focus since the click: not in the picture.
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.activeElement.blur()`)); err != nil {
			t.Fatal(err)
		}
		screenshot(t, ctx, "page-calendar.png", "#doc-1-timeline")
	})

	t.Run("the national overview", func(t *testing.T) {
		run(chromedp.Navigate(r.url+"/"),
			chromedp.WaitVisible(chromedp.ID("documents")),
			chromedp.SetUploadFiles(chromedp.ID("documents"), []string{abs(t, "plan/testdata/fife-2023-2026.json"),
				abs(t, "plan/testdata/tayside-2023-2026.json"), abs(t, "plan/testdata/highland-2021-2023.json"), abs(t, "plan/testdata/breaches-2023-2026.json")}),
			chromedp.SetValue(chromedp.ID("as_of"), "2026-11-26"),
			chromedp.Click(chromedp.ID("overview")),
			chromedp.Click(chromedp.CSS("button[type=submit]")),
			chromedp.WaitVisible(chromedp.ID("overview-title")),
		)
		checkAxe(t, ctx, string(axeJS), "the page with the overview")
		screenshot(t, ctx, "page-overview.png", `section[aria-labelledby="overview-title"]`)

		// The overview itself, package report's page, in the frame: axe
		// runs on it as a page of its own.
		doc, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("iframe").srcdoc`))
		must(t, err)
		if !strings.Contains(doc, "National overview of children's services plans") {
			t.Fatalf("the frame holds:\n%s", firstLines([]byte(doc), 20))
		}
		run(chromedp.Navigate("about:blank"))
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.open(); document.write(%s); document.close()`, jsString(doc)))); err != nil {
			t.Fatal(err)
		}
		checkAxe(t, ctx, string(axeJS), "the overview in the frame")
	})
}

// jsString returns s as a JavaScript string literal.
func jsString(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}
