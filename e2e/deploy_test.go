//go:build !wasm

package e2e

// The deploy recipes of the README (Deploy): the static site, served the way a
// recipe says, starts a calculator that a page of another origin embeds in an
// iframe sandboxed with allow-scripts only. Such a page has an opaque origin, so
// its fetch of the wasm is a cross-origin request: without
// Access-Control-Allow-Origin on the wasm it never starts.

import (
	"bytes"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

func TestDeployRecipesStartSandboxedEmbed(t *testing.T) {
	t.Parallel()
	dist, _ := exportSite(t, pwaWebCopy(t))
	p := newPage(t)

	// Netlify and Cloudflare Pages: dist/_headers as they apply it.
	t.Run("_headers", func(t *testing.T) {
		site := httptest.NewServer(headersFileServer(t, dist))
		defer site.Close()
		checkWasmHeaders(t, site.URL, "")
		checkSandboxedEmbed(t, p.as(t), site.URL)
	})

	// nginx with the README's configuration.
	t.Run("nginx", func(t *testing.T) {
		site := startNginx(t, dist, readmeBlock(t, "#### nginx", "nginx"))
		checkWasmHeaders(t, site, "gzip")
		checkSandboxedEmbed(t, p.as(t), site)
	})

	// CloudFront cannot run here: its recipe must at least say it.
	t.Run("cloudfront", func(t *testing.T) {
		recipe := readmeSection(t, "#### S3 behind CloudFront")
		for _, want := range []string{"`/web/app.wasm`", "Access-Control-Allow-Origin: *", "Cross-Origin-Opener-Policy",
			"Cross-Origin-Resource-Policy", "Cross-Origin-Embedder-Policy", "Strict-Transport-Security"} {
			if !strings.Contains(recipe, want) {
				t.Errorf("the S3 and CloudFront recipe does not mention %s", want)
			}
		}
	})
}

// checkSandboxedEmbed opens a page of another origin that embeds site's calculator
// as the README says, but sandboxed, and waits for the calculator inside to post
// its height: it does so once the wasm runs.
func checkSandboxedEmbed(t *testing.T, p *Page, site string) {
	t.Helper()
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A consultancy</title>
<script>
window.heights = [];
window.addEventListener("message", (e) => {
  const f = document.querySelector("iframe[data-training-roi]");
  if (f && e.source === f.contentWindow && e.data && e.data.type === "training-roi:height") {
    window.heights.push({height: e.data.height, origin: e.origin});
  }
});
</script></head><body><h1>What training pays</h1>
<iframe sandbox="allow-scripts" src="%s/?embed=1&amp;mqls=500" data-training-roi title="Training ROI calculator" style="width:100%%;border:0"></iframe>
<script src="%s/web/embed.js" async></script>
</body></html>`, site, site)
	}))
	defer host.Close()
	p.do(chromedp.Navigate(host.URL))
	if err := p.poll(`window.heights.length > 0`, readyTimeout); err != nil {
		t.Fatalf("the sandboxed calculator served by %s never posted its height: %v%s", site, err, p.problemsSuffix())
	}
	first := eval[struct {
		Height float64 `json:"height"`
		Origin string  `json:"origin"`
	}](p, `window.heights[0]`)
	if first.Origin != "null" || first.Height < 200 {
		t.Errorf("first height message %+v, want a page's height from an opaque origin", first)
	}
	t.Logf("the sandboxed calculator posted its height %v", first.Height)
}

// checkWasmHeaders fetches the wasm as a sandboxed page does (Origin: null) and
// the page, and checks what the recipe sends, so that a failure says why.
func checkWasmHeaders(t *testing.T, site, encoding string) {
	t.Helper()
	// The Accept-Encoding asked for, not Go's own: the body comes as sent.
	status, h, _ := httpGet(t, site+"/web/app.wasm", "Origin: null", "Accept-Encoding: gzip, deflate")
	if status != 200 || h.Get("Content-Type") != "application/wasm" ||
		h.Get("Content-Encoding") != encoding || h.Get("Access-Control-Allow-Origin") != "*" {
		t.Errorf("/web/app.wasm: status %d, Content-Type %q, Content-Encoding %q, Access-Control-Allow-Origin %q; want 200, application/wasm, %q, *",
			status, h.Get("Content-Type"), h.Get("Content-Encoding"), h.Get("Access-Control-Allow-Origin"), encoding)
	}
	status, h, _ = httpGet(t, site+"/?mqls=500")
	if status != 200 || h.Get("Access-Control-Allow-Origin") != "" ||
		h.Get("Cross-Origin-Opener-Policy") != "same-origin" ||
		h.Get("Cross-Origin-Resource-Policy") != "cross-origin" ||
		h.Get("Cross-Origin-Embedder-Policy") != "require-corp" ||
		!strings.HasSuffix(h.Get("Content-Security-Policy"), "frame-ancestors *") {
		t.Errorf("/?mqls=500: status %d, headers %v", status, h)
	}
}

// readmeSection is the README's text from a heading line to the next heading of the
// same or a higher level.
func readmeSection(t *testing.T, heading string) string {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join(rootDir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "\n"+heading+"\n")
	if !ok {
		t.Fatalf("README.md has no %q section", heading)
	}
	level := strings.Index(heading, " ")
	var b strings.Builder
	fenced := false
	for _, line := range strings.SplitAfter(rest, "\n") {
		if strings.HasPrefix(line, "```") {
			fenced = !fenced
		}
		if i := strings.Index(line, " "); !fenced && i > 0 && i <= level && strings.Trim(line[:i], "#") == "" {
			break
		}
		b.WriteString(line)
	}
	return b.String()
}

// readmeBlock is the first fenced code block in lang of a README section.
func readmeBlock(t *testing.T, heading, lang string) string {
	t.Helper()
	_, block, ok := strings.Cut(readmeSection(t, heading), "\n```"+lang+"\n")
	if !ok {
		t.Fatalf("the README's %s section has no ```%s block", heading, lang)
	}
	block, _, _ = strings.Cut(block, "\n```")
	return block
}

// startNginx serves dir with Debian's nginx and the README's server block, on a
// free loopback port and plain HTTP, and returns its URL. It skips the test when
// nginx is not installed (make test installs it when it can).
func startNginx(t *testing.T, dir, recipe string) string {
	t.Helper()
	bin := nginxBin()
	if bin == "" {
		t.Skip("nginx is not installed, so its recipe is not checked (make test installs it as root on Debian: apt-get install nginx)")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()

	// The recipe as written, for plain HTTP on that port and for dir.
	replace := func(old, new string) {
		t.Helper()
		if !strings.Contains(recipe, old) {
			t.Fatalf("the README's nginx recipe no longer has %q, which this test adapts", old)
		}
		recipe = strings.ReplaceAll(recipe, old, new)
	}
	replace("listen 443 ssl;", "listen "+addr+";")
	replace("root /srv/trainingroi;", "root "+dir+";")
	var kept []string
	for _, line := range strings.Split(recipe, "\n") {
		if !strings.Contains(line, "ssl_certificate") {
			kept = append(kept, line)
		}
	}
	recipe = strings.Join(kept, "\n")
	const brotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"
	loadModule := "load_module " + brotliModule + ";"
	if _, err := os.Stat(brotliModule); err != nil {
		// As the README says: without the module, drop the line.
		replace("brotli_static on;", "")
		loadModule = ""
	}

	return runNginx(t, bin, addr, loadModule, recipe)
}

// nginxBin is Debian's nginx, or "" when it is not installed.
func nginxBin() string {
	bin, err := exec.LookPath("nginx")
	if err != nil {
		bin = "/usr/sbin/nginx"
	}
	if _, err := os.Stat(bin); err != nil {
		return ""
	}
	return bin
}

// runNginx runs nginx in the foreground with the recipe inside http { }, until the
// test ends, and returns its URL once it answers at addr.
func runNginx(t *testing.T, bin, addr, loadModule, recipe string) string {
	t.Helper()
	prefix := t.TempDir()
	for _, d := range []string{"logs", "tmp"} {
		if err := os.Mkdir(filepath.Join(prefix, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	conf := fmt.Sprintf(`%s
daemon off;
master_process off;
worker_processes 1;
pid %[2]s/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path %[2]s/tmp/body;
    proxy_temp_path %[2]s/tmp/proxy;
    fastcgi_temp_path %[2]s/tmp/fastcgi;
    uwsgi_temp_path %[2]s/tmp/uwsgi;
    scgi_temp_path %[2]s/tmp/scgi;
%[3]s
}
`, loadModule, prefix, recipe)
	confPath := filepath.Join(prefix, "nginx.conf")
	if err := os.WriteFile(confPath, []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(bin, "-p", prefix+"/", "-c", confPath, "-e", "stderr")
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGQUIT)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
	})
	url := "http://" + addr
	answers := func() bool {
		select {
		case err := <-exited:
			t.Fatalf("nginx exited (%v):\n%s\nconfiguration:\n%s", err, stderr.String(), conf)
		default:
		}
		res, err := http.Get(url + "/")
		if err == nil {
			res.Body.Close()
		}
		return err == nil
	}
	if !pollUntil(20*time.Second, answers) {
		t.Fatalf("nginx does not answer at %s:\n%s", url, stderr.String())
	}
	return url
}

// headersFileServer serves dir as Netlify and Cloudflare Pages do with its
// _headers file: index.html for / whatever the query, every other file as it is,
// with the headers of every rule whose path matches ("/*" matches all).
func headersFileServer(t *testing.T, dir string) http.Handler {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "_headers"))
	if err != nil {
		t.Fatal(err)
	}
	rules := parseHeaders(t, string(data))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		path := r.URL.Path
		if path == "/" {
			path = "/index.html"
		}
		f, err := os.Open(filepath.Join(dir, filepath.FromSlash(path)))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil || info.IsDir() {
			http.NotFound(w, r)
			return
		}
		for k, v := range rules.forPath(r.URL.Path) {
			w.Header()[k] = v
		}
		http.ServeContent(w, r, path, info.ModTime(), f)
	})
}
