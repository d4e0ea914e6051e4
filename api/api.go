package api

import (
	"context"
	"crypto/subtle"
	_ "embed"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"tacitus/article"
	"tacitus/extract"
	"tacitus/store"
)

// OpenAPI is the OpenAPI 3.1 document of the API, served at
// GET /api/openapi.json.
//
//go:embed openapi.json
var OpenAPI []byte

// Defaults of Options.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBodyBytes = 4 << 20
)

// Store is what the API needs of a store: the queries, and for
// POST /api/articles writing an article.
type Store interface {
	store.Reader
	WriteArticle(ctx context.Context, b store.ArticleBatch) error
	SeenArticle(ctx context.Context, id string) (bool, error)
}

// Coder codes one article; *extract.Extractor is one.
type Coder interface {
	Article(ctx context.Context, a article.Article) (extract.Result, error)
}

// Options configure the API handler. The zero value serves the read
// endpoints with the defaults and refuses writes.
type Options struct {
	// Token is the bearer token that write requests must present. Empty
	// disables writes: POST /api/articles answers 403.
	Token string
	// Coder codes posted articles; nil disables writes too.
	Coder Coder
	// Timeout bounds each request (context deadline); DefaultTimeout
	// when 0.
	Timeout time.Duration
	// MaxBodyBytes bounds a request body; DefaultMaxBodyBytes when 0.
	MaxBodyBytes int64
	// UI serves every path outside /api/ (the web UI); nil serves a
	// short text page pointing at the API.
	UI http.Handler
	// Logger receives server errors and panics; slog.Default() when nil.
	Logger *slog.Logger
}

// server holds the handler's state.
type server struct {
	st   Store
	opts Options
	log  *slog.Logger
}

// handlerFunc is an endpoint: it returns the data to encode, or an error.
// Data may be a *response (a status other than 200) or a streamer (a
// download that writes itself).
type handlerFunc func(r *http.Request) (any, error)

// response is data with an explicit status.
type response struct {
	status int
	body   any
}

// streamer is data that writes its own body (downloads). It must set its
// headers before writing; errors after the first byte are only logged.
type streamer interface {
	stream(ctx context.Context, w http.ResponseWriter) error
}

// New returns the HTTP handler of the API over st: the endpoints under
// /api/ (see the package documentation and openapi.json) and opts.UI at
// every other path.
func New(st Store, opts Options) http.Handler {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	s := &server{st: st, opts: opts, log: opts.Logger}
	if s.log == nil {
		s.log = slog.Default()
	}
	mux := http.NewServeMux()
	for _, rt := range []struct {
		method, path string
		h            handlerFunc
	}{
		{method: http.MethodGet, path: "/api/openapi.json", h: s.openAPI},
		{method: http.MethodGet, path: "/api/events", h: s.events},
		{method: http.MethodGet, path: "/api/events/{id}", h: s.event},
		{method: http.MethodGet, path: "/api/series", h: s.series},
		{method: http.MethodGet, path: "/api/network", h: s.network},
		{method: http.MethodGet, path: "/api/actors/top", h: s.topActors},
		{method: http.MethodGet, path: "/api/actors/unknown", h: s.unknownActors},
		{method: http.MethodGet, path: "/api/stats", h: s.stats},
		{method: http.MethodPost, path: "/api/articles", h: s.postArticle},
	} {
		mux.Handle(rt.path, s.wrap(rt.method, rt.h))
	}
	mux.Handle("/api/", s.wrap("", func(r *http.Request) (any, error) {
		return nil, &Error{Status: http.StatusNotFound, Code: CodeNotFound, Message: "no API endpoint " + r.URL.Path + " (see /api/openapi.json)"}
	}))
	ui := opts.UI
	if ui == nil {
		ui = http.HandlerFunc(placeholder)
	}
	mux.Handle("/", ui)
	return mux
}

// placeholder is the page at / when no web UI is mounted.
func placeholder(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/" {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprint(w, "tacitus API server\n\nThe API is under /api/; its OpenAPI document is /api/openapi.json.\nNo web UI is mounted.\n")
}

// wrap turns an endpoint into an http.Handler: it checks the method
// (method "" accepts any), runs h under the request deadline, recovers a
// panic as a 500 and writes the data or the error as JSON.
func (s *server) wrap(method string, h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.opts.Timeout)
		defer cancel()
		r = r.WithContext(ctx)
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.log.Error("api: panic", "path", r.URL.Path, "panic", p, "stack", string(debug.Stack()))
				s.writeError(w, r, &Error{Status: http.StatusInternalServerError, Code: CodeInternal, Message: "internal server error"})
			}
		}()
		if method != "" && r.Method != method && !(method == http.MethodGet && r.Method == http.MethodHead) {
			w.Header().Set("Allow", method)
			s.writeError(w, r, &Error{Status: http.StatusMethodNotAllowed, Code: CodeMethodNotAllowed,
				Message: fmt.Sprintf("%s is not allowed here; use %s", r.Method, method)})
			return
		}
		data, err := h(r)
		if err != nil {
			s.writeError(w, r, errorOf(err))
			return
		}
		switch d := data.(type) {
		case streamer:
			if err := d.stream(ctx, w); err != nil {
				s.log.Error("api: download failed", "path", r.URL.Path, "err", err)
			}
		case *response:
			s.writeJSON(w, d.status, d.body)
		default:
			s.writeJSON(w, http.StatusOK, d)
		}
	})
}

// writeJSON encodes v with status.
func (s *server) writeJSON(w http.ResponseWriter, status int, v any) {
	var b []byte
	if raw, ok := v.(json.RawMessage); ok {
		b = raw
	} else {
		var err error
		if b, err = json.Marshal(v); err != nil {
			s.log.Error("api: encoding a response", "err", err)
			status = http.StatusInternalServerError
			b = []byte(`{"error":{"status":500,"code":"internal","message":"internal server error"}}`)
		}
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte("\n"))
}

// writeError writes the error envelope, logging 5xx errors.
func (s *server) writeError(w http.ResponseWriter, r *http.Request, e *Error) {
	if e.Status >= 500 {
		s.log.Error("api: request failed", "method", r.Method, "path", r.URL.Path, "status", e.Status, "err", e.Err)
	}
	if e.Code == CodeUnavailable {
		w.Header().Set("Retry-After", "60")
	}
	if e.Status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="tacitus"`)
	}
	body := struct {
		Error struct {
			Status  int    `json:"status"`
			Code    string `json:"code"`
			Message string `json:"message"`
			Param   string `json:"parameter,omitempty"`
		} `json:"error"`
	}{}
	body.Error.Status, body.Error.Code, body.Error.Message, body.Error.Param = e.Status, e.Code, e.Message, e.Param
	s.writeJSON(w, e.Status, body)
}

// authorize checks that writes are enabled and that r carries the token.
func (s *server) authorize(r *http.Request) error {
	if s.opts.Token == "" || s.opts.Coder == nil {
		return &Error{Status: http.StatusForbidden, Code: CodeForbidden,
			Message: "writes are disabled on this server (start it with --token-file to enable them)"}
	}
	auth := r.Header.Get("Authorization")
	scheme, tok, ok := strings.Cut(auth, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") ||
		subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(s.opts.Token)) != 1 {
		return &Error{Status: http.StatusUnauthorized, Code: CodeUnauthorized, Message: "missing or wrong bearer token"}
	}
	return nil
}
