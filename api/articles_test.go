package api

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"tacitus/article"
	"tacitus/extract"
)

// postBody is a made-up article that fakeCoder codes into two events.
const postBody = `{"id": "post-1", "date": "2024-03-05", "title": "A made-up story", "source": "Test Wire",
 "url": "https://news.example/post-1",
 "text": "Iran accused Israel of a raid near the border. Officials said nothing more. Russia warned Ukraine about the café deal."}`

func TestPostArticle(t *testing.T) {
	st := openStore(t, 200)
	srv := newTestServer(t, st, false)
	readOnly := newTestServer(t, st, true)
	auth := map[string]string{"Authorization": "Bearer " + testToken, "Content-Type": "application/json"}
	tests := []struct {
		name    string
		read    bool // use the read-only server
		header  map[string]string
		body    string
		status  int
		errCode string
	}{
		{name: "writes disabled", read: true, header: auth, body: postBody, status: 403, errCode: CodeForbidden},
		{name: "no token", header: map[string]string{"Content-Type": "application/json"}, body: postBody, status: 401, errCode: CodeUnauthorized},
		{name: "wrong token", header: map[string]string{"Authorization": "Bearer nope"}, body: postBody, status: 401, errCode: CodeUnauthorized},
		{name: "basic auth", header: map[string]string{"Authorization": "Basic " + testToken}, body: postBody, status: 401, errCode: CodeUnauthorized},
		{name: "not JSON", header: auth, body: `{"text": `, status: 400, errCode: CodeInvalidBody},
		{name: "JSON array", header: auth, body: `[{"text": "x"}]`, status: 400, errCode: CodeInvalidBody},
		{name: "empty text", header: auth, body: `{"id": "x", "text": "  "}`, status: 400, errCode: CodeInvalidBody},
		{name: "wrong content type", header: map[string]string{"Authorization": "Bearer " + testToken, "Content-Type": "text/plain"}, body: postBody, status: 415, errCode: CodeUnsupportedType},
		{name: "too large", header: auth, body: `{"text": "` + strings.Repeat("a", 70<<10) + `"}`, status: 413, errCode: CodeTooLarge},
		{name: "coded and stored", header: auth, body: postBody, status: 201},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := srv
			if tc.read {
				s = readOnly
			}
			c := do(t, s, http.MethodPost, "/api/articles", "/api/articles", strings.NewReader(tc.body), tc.header)
			if c.status != tc.status {
				t.Fatalf("status %d, want %d: %s", c.status, tc.status, c.body)
			}
			if tc.status >= 400 {
				if e := decode[errBody](t, c); e.Error.Code != tc.errCode {
					t.Fatalf("error %+v, want code %s", e.Error, tc.errCode)
				}
				return
			}
			got := decode[CodedArticle](t, c)
			if got.ArticleID != "post-1" || len(got.Events) != 2 || got.Replaced {
				t.Fatalf("coded %+v", got)
			}
		})
	}

	// The stored events are found by full-text search, with highlights.
	p := decode[EventPage](t, get(t, srv, "/api/events", "/api/events?q=raid&source=IRN"))
	if len(p.Events) != 1 || p.Events[0].Target == nil || p.Events[0].Target.Code != "ISR" {
		t.Fatalf("search found %+v", p.Events)
	}
	d := decode[EventDetail](t, get(t, srv, "/api/events/{id}", fmt.Sprintf("/api/events/%d", p.Events[0].ID)))
	if len(d.Mentions) != 1 {
		t.Fatalf("%d mentions", len(d.Mentions))
	}
	m := d.Mentions[0]
	h := m.Highlights
	if m.Sentence.Text != "Iran accused Israel of a raid near the border." || h.Source == nil || h.Source.Text != "Iran" ||
		h.Verb == nil || h.Verb.Text != "accused" || h.Target == nil || h.Target.Text != "Israel" || h.Target.Start != 13 {
		t.Fatalf("mention %+v", m)
	}
	if m.Article.URL == nil || *m.Article.URL != "https://news.example/post-1" {
		t.Fatalf("article %+v", m.Article)
	}
	checkHighlights(t, d.Mentions)

	// UTF-16 offsets differ from byte offsets after "é".
	p = decode[EventPage](t, get(t, srv, "/api/events", "/api/events?source=RUS&target=UKR&from=2024-03-05&to=2024-03-05"))
	if len(p.Events) != 1 {
		t.Fatalf("%d RUS→UKR events", len(p.Events))
	}

	// Posting again replaces the article.
	c := do(t, srv, http.MethodPost, "/api/articles", "/api/articles", strings.NewReader(postBody), auth)
	if got := decode[CodedArticle](t, c); c.status != 201 || !got.Replaced {
		t.Fatalf("repost: status %d, %+v", c.status, got)
	}
}

func TestParseArticle(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		wantID  string // "" for a 16-digit stable id
		wantErr bool
	}{
		{name: "numeric id", body: `{"id": 42, "text": "Some text."}`, wantID: "42"},
		{name: "pretty printed", body: "{\n  \"id\": \"a\",\n  \"text\": \"Line one.\\nLine two.\"\n}", wantID: "a"},
		{name: "no id", body: `{"text": "Some text."}`},
		{name: "null", body: `null`, wantErr: true},
		{name: "two objects", body: `{"text": "a"} {"text": "b"}`, wantErr: true},
		{name: "no text", body: `{"id": "a"}`, wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseArticle([]byte(tc.body))
			if (err != nil) != tc.wantErr {
				t.Fatalf("error %v, want error %v", err, tc.wantErr)
			}
			switch {
			case err != nil:
			case tc.wantID != "" && a.ID != tc.wantID:
				t.Errorf("id %q, want %q", a.ID, tc.wantID)
			case tc.wantID == "" && len(a.ID) != 16:
				t.Errorf("id %q, want a stable 16-digit id", a.ID)
			}
		})
	}
}

// loadingCoder is a Coder whose models are still loading.
type loadingCoder struct{}

func (loadingCoder) Article(context.Context, article.Article) (extract.Result, error) {
	return extract.Result{}, fmt.Errorf("models: %w", ErrCoderNotReady)
}

func TestPostArticleCoderLoading(t *testing.T) {
	srv := httptest.NewServer(New(openStore(t, 10), Options{Token: testToken, Coder: loadingCoder{}}))
	defer srv.Close()
	c := do(t, srv, http.MethodPost, "/api/articles", "/api/articles", strings.NewReader(postBody),
		map[string]string{"Authorization": "Bearer " + testToken})
	if e := decode[errBody](t, c); c.status != 503 || e.Error.Code != CodeUnavailable || c.header.Get("Retry-After") == "" {
		t.Fatalf("status %d, error %+v, Retry-After %q", c.status, e.Error, c.header.Get("Retry-After"))
	}
}
