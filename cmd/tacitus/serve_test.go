package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tacitus/api"
	"tacitus/store"
)

func TestServe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cfg := serveConfig{db: filepath.Join(t.TempDir(), "serve.db"), addr: "127.0.0.1:0", timeout: api.DefaultTimeout}
	addrc := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- serve(ctx, cfg, io.Discard, func(a string) { addrc <- a }) }()
	var addr string
	select {
	case addr = <-addrc:
	case err := <-done:
		t.Fatalf("serve ended early: %v", err)
	case <-time.After(time.Minute):
		t.Fatal("server did not start")
	}
	tests := []struct {
		name   string
		method string
		path   string
		status int
		want   string // a substring of the body
	}{
		{name: "stats of an empty store", method: "GET", path: "/api/stats", status: 200, want: `"events":0`},
		{name: "openapi", method: "GET", path: "/api/openapi.json", status: 200, want: `"openapi": "3.1.0"`},
		{name: "writes disabled without token file", method: "POST", path: "/api/articles", status: 403, want: `"code":"forbidden"`},
		{name: "web UI or placeholder at /", method: "GET", path: "/", status: 200, want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, err := http.NewRequest(tc.method, "http://"+addr+tc.path, strings.NewReader(`{"text":"x"}`))
			if err != nil {
				t.Fatal(err)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tc.status || !strings.Contains(string(b), tc.want) {
				t.Fatalf("status %d body %.300s; want %d with %q", resp.StatusCode, b, tc.status, tc.want)
			}
			if strings.HasPrefix(tc.path, "/api/") && !json.Valid(b) {
				t.Fatalf("not JSON: %.300s", b)
			}
		})
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("shutdown: %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("server did not shut down")
	}
}

func TestServeFlags(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(empty, []byte(" \n"), 0o600); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "good")
	if err := os.WriteFile(good, []byte("tok123\nignored\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		file    string
		want    string
		wantErr error
	}{
		{name: "token on the first line", file: good, want: "tok123"},
		{name: "empty token file", file: empty, wantErr: errEmptyToken},
		{name: "missing token file", file: filepath.Join(dir, "nope"), wantErr: os.ErrNotExist},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readToken(tc.file)
			if !errors.Is(err, tc.wantErr) || got != tc.want {
				t.Fatalf("readToken = %q, %v; want %q, %v", got, err, tc.want, tc.wantErr)
			}
		})
	}
	t.Run("db defaults to the working directory's store", func(t *testing.T) {
		f := newServeCmd().Flags().Lookup("db")
		if f == nil || f.DefValue != store.DefaultPath {
			t.Fatalf("--db flag = %+v, want default %q", f, store.DefaultPath)
		}
	})

}
