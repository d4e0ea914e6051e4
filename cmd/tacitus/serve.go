package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tacitus/api"
	"tacitus/article"
	"tacitus/extract"
	"tacitus/store"
	"tacitus/web"
)

// errEmptyToken reports a --token-file without a token.
var errEmptyToken = errors.New("the token file is empty")

// webUI returns the handler of the web UI that the server mounts at "/",
// or nil for none (a short text page is served instead).
func webUI() http.Handler { return web.Handler() }

// serveConfig is what `tacitus serve` runs with.
type serveConfig struct {
	db, addr, tokenFile string
	timeout             time.Duration
	dict                dictFlags
}

func newServeCmd() *cobra.Command {
	var cfg serveConfig
	cmd := &cobra.Command{
		Use:   "serve --db DB [--addr HOST:PORT] [--token-file F]",
		Short: "serve the coded events of a store as an HTTP JSON API (and the web UI)",
		Long: `serve answers HTTP requests for the events of a store: the JSON API
under /api/ (its OpenAPI document is /api/openapi.json) and the web UI at /.

--db is a SQLite file or a postgres:// URL, as for the other store commands.
Writes (POST /api/articles, which codes an article and stores it) need
--token-file: a file whose first line is the bearer token that clients send as
"Authorization: Bearer TOKEN". Without it every write is refused (403).

The server stops gracefully on SIGINT or SIGTERM: it stops accepting, lets
running requests finish (up to 10 seconds) and closes the store.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ready := func(addr string) {
				fmt.Fprintf(cmd.ErrOrStderr(), "tacitus: serving http://%s/ (API: /api/openapi.json)\n", addr)
			}
			return serve(cmd.Context(), cfg, cmd.ErrOrStderr(), ready)
		},
	}
	cmd.Flags().StringVar(&cfg.db, "db", store.DefaultPath, "store: SQLite file or postgres:// URL")
	cmd.Flags().StringVar(&cfg.addr, "addr", "127.0.0.1:8080", "address to listen on, HOST:PORT")
	cmd.Flags().StringVar(&cfg.tokenFile, "token-file", "", "file holding the bearer token that enables writes")
	cmd.Flags().DurationVar(&cfg.timeout, "timeout", api.DefaultTimeout, "deadline of one request")
	cfg.dict.register(cmd)
	return cmd
}

// readToken returns the first line of the token file, trimmed.
func readToken(name string) (string, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return "", fmt.Errorf("token file: %w", err)
	}
	tok, _, _ := strings.Cut(string(b), "\n")
	tok = strings.TrimSpace(tok)
	if tok == "" {
		return "", fmt.Errorf("token file %s: %w", name, errEmptyToken)
	}
	return tok, nil
}

// backgroundCoder is the extractor, loaded in the background: the models
// take from seconds to minutes to load, and reads need not wait for them.
// Until it is loaded, Article fails at once with api.ErrCoderNotReady
// (a 503 with Retry-After).
type backgroundCoder struct {
	ready chan struct{}
	x     *extract.Extractor
	err   error
}

// loadCoder starts loading the extractor.
func loadCoder(ctx context.Context, dict dictFlags, stderr io.Writer) *backgroundCoder {
	c := &backgroundCoder{ready: make(chan struct{})}
	go func() {
		defer close(c.ready)
		start := time.Now()
		c.x, c.err = dict.newExtractor(stderr, false)
		if c.err != nil {
			fmt.Fprintln(stderr, "tacitus: coder unavailable, writes will fail:", c.err)
			return
		}
		fmt.Fprintf(stderr, "tacitus: coder loaded in %s; writes enabled\n", time.Since(start).Round(time.Millisecond))
	}()
	return c
}

// Article codes a once the extractor is loaded.
func (c *backgroundCoder) Article(ctx context.Context, a article.Article) (extract.Result, error) {
	select {
	case <-c.ready:
	default:
		return extract.Result{}, api.ErrCoderNotReady
	}
	if c.err != nil {
		return extract.Result{}, fmt.Errorf("loading the coder: %w", c.err)
	}
	return c.x.Article(ctx, a)
}

// serve runs the server until ctx is done, then shuts it down gracefully.
// ready is called with the listening address once it accepts connections.
func serve(ctx context.Context, cfg serveConfig, stderr io.Writer, ready func(addr string)) error {
	opts := api.Options{Timeout: cfg.timeout, UI: webUI(), Logger: slog.New(slog.NewTextHandler(stderr, nil))}
	if cfg.tokenFile != "" {
		tok, err := readToken(cfg.tokenFile)
		if err != nil {
			return err
		}
		opts.Token, opts.Coder = tok, loadCoder(ctx, cfg.dict, stderr)
	}
	st, err := store.Open(ctx, cfg.db)
	if err != nil {
		return err
	}
	defer st.Close()

	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	srv := &http.Server{
		Handler:           api.New(st, opts),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      cfg.timeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(opts.Logger.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	if ready != nil {
		ready(ln.Addr().String())
	}
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
