package web

import (
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"strings"
	"testing"
)

func TestHandler(t *testing.T) {
	tests := []struct {
		name        string
		method      string
		path        string
		wantStatus  int
		wantType    string // Content-Type prefix
		wantBody    string // substring
		wantCaching string
	}{
		{name: "page", method: http.MethodGet, path: "/", wantStatus: http.StatusOK, wantType: "text/html", wantBody: `<script src="app.js">`, wantCaching: "no-cache"},
		{name: "head page", method: http.MethodHead, path: "/", wantStatus: http.StatusOK, wantType: "text/html", wantCaching: "no-cache"},
		{name: "script", method: http.MethodGet, path: "/app.js", wantStatus: http.StatusOK, wantType: "text/javascript", wantBody: "function highlight(", wantCaching: "no-cache"},
		{name: "style", method: http.MethodGet, path: "/app.css", wantStatus: http.StatusOK, wantType: "text/css", wantBody: "mark.hl-verb"},
		{name: "vendored echarts", method: http.MethodGet, path: "/vendor/echarts.min.js", wantStatus: http.StatusOK, wantType: "text/javascript", wantCaching: "public, max-age=86400"},
		{name: "vendored cytoscape", method: http.MethodGet, path: "/vendor/cytoscape.min.js", wantStatus: http.StatusOK, wantType: "text/javascript"},
		{name: "world topology", method: http.MethodGet, path: "/vendor/countries-110m.json", wantStatus: http.StatusOK, wantType: "application/json", wantBody: `"Topology"`},
		{name: "unclean path", method: http.MethodGet, path: "/vendor/../app.css", wantStatus: http.StatusOK, wantType: "text/css"},
		{name: "missing file", method: http.MethodGet, path: "/nope.js", wantStatus: http.StatusNotFound},
		{name: "no directory listing", method: http.MethodGet, path: "/vendor/", wantStatus: http.StatusNotFound},
		{name: "api is not ours", method: http.MethodGet, path: "/api/events", wantStatus: http.StatusNotFound},
		{name: "post", method: http.MethodPost, path: "/", wantStatus: http.StatusMethodNotAllowed},
	}
	h := Handler()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(tc.method, "http://tacitus.test"+tc.path, nil)
			req.URL.Path = tc.path // keep "..": httptest cleans nothing, but be explicit
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			res := rec.Result()
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != tc.wantStatus {
				t.Fatalf("status = %d, want %d (body %.200q)", res.StatusCode, tc.wantStatus, body)
			}
			if tc.wantStatus != http.StatusOK {
				if tc.wantStatus == http.StatusMethodNotAllowed && res.Header.Get("Allow") != "GET, HEAD" {
					t.Errorf("Allow = %q, want GET, HEAD", res.Header.Get("Allow"))
				}
				return
			}
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, tc.wantType) {
				t.Errorf("Content-Type = %q, want %q…", ct, tc.wantType)
			}
			if !strings.Contains(string(body), tc.wantBody) {
				t.Errorf("body does not contain %q", tc.wantBody)
			}
			if tc.method == http.MethodHead && len(body) != 0 {
				t.Errorf("HEAD answered %d body bytes", len(body))
			}
			if tc.wantCaching != "" && res.Header.Get("Cache-Control") != tc.wantCaching {
				t.Errorf("Cache-Control = %q, want %q", res.Header.Get("Cache-Control"), tc.wantCaching)
			}
			if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
				t.Errorf("Content-Security-Policy = %q, want default-src 'self'", csp)
			}
		})
	}
}

// TestOffline checks that the page and its scripts name no other origin:
// every asset is embedded, so the UI works without network access.
func TestOffline(t *testing.T) {
	for _, name := range []string{"index.html", "app.js", "app.css"} {
		b, err := fs.ReadFile(static, name)
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"http://", "https://", "//cdn", "@import"} {
			if strings.Contains(string(b), bad) {
				t.Errorf("%s contains %q: assets must be embedded", name, bad)
			}
		}
	}
}

// TestVendored checks that every script the page loads is embedded and
// that each vendored library ships with its licence.
func TestVendored(t *testing.T) {
	page, err := fs.ReadFile(static, "index.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range []string{"vendor/echarts.min.js", "vendor/cytoscape.min.js", "vendor/topojson-client.min.js", "app.js"} {
		if !strings.Contains(string(page), `src="`+src+`"`) {
			t.Errorf("index.html does not load %s", src)
		}
		if _, err := fs.Stat(static, src); err != nil {
			t.Errorf("%s is not embedded: %v", src, err)
		}
	}
	for _, lib := range []string{"echarts", "cytoscape", "topojson-client", "world-atlas"} {
		if _, err := fs.Stat(static, path.Join("vendor", lib+".LICENSE")); err != nil {
			t.Errorf("licence of %s missing: %v", lib, err)
		}
	}
	var total int64
	err = fs.WalkDir(static, "vendor", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		total += info.Size()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if const3MB := int64(3 << 20); total > const3MB {
		t.Errorf("vendored assets are %d bytes, over the 3 MiB budget", total)
	}
}

// TestVendorScript checks that vendor.sh and the vendor README name the
// same package versions.
func TestVendorScript(t *testing.T) {
	script, err := os.ReadFile("vendor.sh")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := fs.ReadFile(static, "vendor/README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, pin := range []struct{ pkg, version string }{
		{pkg: "ECHARTS", version: "6.1.0"},
		{pkg: "CYTOSCAPE", version: "3.35.0"},
		{pkg: "WORLD_ATLAS", version: "2.0.2"},
		{pkg: "TOPOJSON_CLIENT", version: "3.1.0"},
	} {
		if !strings.Contains(string(script), pin.pkg+"="+pin.version+"\n") {
			t.Errorf("vendor.sh does not pin %s=%s", pin.pkg, pin.version)
		}
		if !strings.Contains(string(readme), "| "+pin.version+" |") {
			t.Errorf("vendor/README.md does not list version %s", pin.version)
		}
	}
}

// FuzzHandler checks that no request path makes the handler panic, serve
// a directory or answer anything but 200, 301 (index.html's canonical
// redirect), 404 or 405.
func FuzzHandler(f *testing.F) {
	for _, seed := range []string{"/", "/app.js", "/vendor/", "/../../etc/passwd", "/vendor/%2e%2e/app.js", "//x", "/index.html"} {
		f.Add(seed)
	}
	h := Handler()
	f.Fuzz(func(t *testing.T, p string) {
		req := httptest.NewRequest(http.MethodGet, "http://tacitus.test/", nil)
		req.URL.Path = p
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case http.StatusOK, http.StatusMovedPermanently, http.StatusNotFound, http.StatusMethodNotAllowed:
		default:
			t.Fatalf("path %q: status %d", p, rec.Code)
		}
		if rec.Code == http.StatusOK && strings.Contains(rec.Body.String(), "<pre>\n<a href=") {
			t.Fatalf("path %q: directory listing", p)
		}
	})
}

func BenchmarkHandlerScript(b *testing.B) {
	h := Handler()
	req := httptest.NewRequest(http.MethodGet, "http://tacitus.test/app.js", nil)
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}
