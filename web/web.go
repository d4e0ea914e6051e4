// Package web is tacitus's browser UI: a single-page application that
// reads the JSON API under /api/ and shows coded events as a searchable
// table, event details with the coded sentence highlighted, a dyad time
// series, an actor network and a world map.
//
// Everything the page needs, including the third-party chart, graph and
// map libraries (static/vendor, see its README.md and vendor.sh), is
// embedded in the binary, so the UI works without any network access.
// The page routes with the URL fragment ("#/events?actor=USA",
// "#/event/42", "#/series", "#/network", "#/map"), so the server only has
// to serve static files. The event list of the API carries no sentences,
// so the table fetches each row's event (/api/events/{id}, four at a time)
// to show its first mention's sentence with the source, verb and target
// highlighted from the API's byte offsets.
//
// Mount it beside the API (cmd/tacitus does this through api.Options.UI):
//
//	mux := http.NewServeMux()
//	mux.Handle("/api/", apiHandler)
//	mux.Handle("/", web.Handler())
package web

import (
	"embed"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

//go:embed static
var embedded embed.FS

// static is the embedded static directory as the root of the site.
var static = mustSub(embedded, "static")

// mustSub returns dir of fsys. The directory is embedded at build time, so
// a failure is a build defect, reported when the package loads.
func mustSub(fsys fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		panic("web: embedded static directory missing: " + err.Error())
	}
	return sub
}

// contentSecurityPolicy allows only the page's own scripts, styles, images
// and API calls: the UI never loads anything from another origin. Inline
// styles are allowed because the chart and graph libraries set them.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; " +
	"style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
	"connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

// Handler returns the handler that serves the UI's files: "/" is the
// page, other paths its scripts, styles and vendored libraries. It answers
// GET and HEAD only (405 otherwise) and never lists directories (404).
// Browsers may cache the vendored libraries for a day (they change only
// when vendor.sh is re-run); the page's own files are revalidated on every
// load.
func Handler() http.Handler {
	files := http.FileServerFS(static)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := path.Clean("/" + r.URL.Path)
		if name != "/" && !isFile(name) {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		if strings.HasPrefix(name, "/vendor/") {
			h.Set("Cache-Control", "public, max-age=86400")
		} else {
			h.Set("Cache-Control", "no-cache")
		}
		r2 := r.Clone(r.Context())
		r2.URL.Path = name
		files.ServeHTTP(w, r2)
	})
}

// isFile reports whether the cleaned URL path name is a regular embedded
// file (not a directory).
func isFile(name string) bool {
	st, err := fs.Stat(static, strings.TrimPrefix(name, "/"))
	return err == nil && st.Mode().IsRegular()
}
