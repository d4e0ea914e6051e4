package api

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"tacitus/article"
	"tacitus/event"
	"tacitus/extract"
	"tacitus/nlp/segment"
	"tacitus/store"
	"tacitus/store/storetest"
)

// testToken is the bearer token of the test servers that accept writes.
const testToken = "s3cret-token"

// openStore returns a SQLite store in a temporary directory holding the
// synthetic articles of storetest.Synthesize(mentions).
func openStore(tb testing.TB, mentions int) store.Store {
	tb.Helper()
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, filepath.Join(tb.TempDir(), "api.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	var batch []store.ArticleBatch
	for b := range storetest.Synthesize(mentions) {
		batch = append(batch, b)
		if len(batch) == 500 {
			if err := st.WriteArticles(ctx, batch); err != nil {
				tb.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	if err := st.WriteArticles(ctx, batch); err != nil {
		tb.Fatal(err)
	}
	return st
}

// fakeCoder codes every article the same made-up way: each body sentence
// that holds two of the words of actors yields an event between them,
// with the verb being the word after the first actor. It stands in for
// extract.Extractor, whose models take minutes to load on a busy machine.
type fakeCoder struct{}

// fakeSegmenter splits fakeCoder's articles into sentences.
var fakeSegmenter = segment.New(segment.Options{})

// fakeActors are the words fakeCoder codes, with their codes.
var fakeActors = map[string]string{"Iran": "IRN", "Israel": "ISR", "Russia": "RUS", "Ukraine": "UKR", "Germany": "DEU"}

func (fakeCoder) Article(ctx context.Context, a article.Article) (extract.Result, error) {
	var res extract.Result
	sents := fakeSegmenter.Segment(a.Text)
	res.Sentences = len(sents)
	for i, s := range sents {
		res.Spans = append(res.Spans, extract.Span{Start: s.Start, End: s.End})
		var found []int // token indexes of actors
		for k, tok := range s.Tokens {
			if _, ok := fakeActors[tok.Text]; ok {
				found = append(found, k)
			}
		}
		if len(found) < 2 || found[0]+1 >= len(s.Tokens) {
			continue
		}
		src, verb, tgt := s.Tokens[found[0]], s.Tokens[found[0]+1], s.Tokens[found[1]]
		t := event.NewActor(tgt.Text, fakeActors[tgt.Text], tgt.Start, tgt.End)
		e := event.Event{ArticleID: a.ID, SentenceIndex: i, Sentence: a.Text[s.Start:s.End],
			Date: event.DateOf(a.Date), DatePrecision: event.Day, DateBasis: event.BasisArticle,
			Source: event.NewActor(src.Text, fakeActors[src.Text], src.Start, src.End), Target: &t,
			Verb:  event.Span{Text: verb.Text, Start: verb.Start, End: verb.End},
			CAMEO: "111", CAMEORoot: "11", QuadClass: 3, Goldstein: -2, Flags: event.Flags{}, Issues: event.List{}, Coder: "fake+000000000000"}
		if a.Date.IsZero() {
			e.Date, e.DatePrecision, e.DateBasis = "", "", ""
		}
		e.ID = e.StableID()
		res.Events = append(res.Events, e)
	}
	return res, nil
}

// newTestServer serves the API over st with writes enabled (token
// testToken, fakeCoder) unless readOnly.
func newTestServer(tb testing.TB, st Store, readOnly bool) *httptest.Server {
	tb.Helper()
	opts := Options{Token: testToken, Coder: fakeCoder{}, MaxBodyBytes: 64 << 10}
	if readOnly {
		opts = Options{}
	}
	srv := httptest.NewServer(New(st, opts))
	tb.Cleanup(srv.Close)
	return srv
}

// openAPIDoc is the parsed OpenAPI document and its schema compiler.
var openAPIDoc = sync.OnceValues(func() (map[string]any, error) {
	var doc map[string]any
	err := json.Unmarshal(OpenAPI, &doc)
	return doc, err
})

const docURL = "urn:tacitus:api:openapi.json"

var (
	compilerOnce sync.Once
	compiler     *jsonschema.Compiler
	compilerErr  error
	schemaMu     sync.Mutex
	schemaCache  = map[string]*jsonschema.Schema{}
)

// schemaAt compiles the schema at a JSON pointer of the OpenAPI document.
func schemaAt(tb testing.TB, pointer string) *jsonschema.Schema {
	tb.Helper()
	compilerOnce.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(OpenAPI))
		if err != nil {
			compilerErr = err
			return
		}
		compiler = jsonschema.NewCompiler()
		compiler.DefaultDraft(jsonschema.Draft2020)
		compilerErr = compiler.AddResource(docURL, doc)
	})
	if compilerErr != nil {
		tb.Fatalf("openapi.json: %v", compilerErr)
	}
	schemaMu.Lock()
	defer schemaMu.Unlock()
	if s, ok := schemaCache[pointer]; ok {
		return s
	}
	s, err := compiler.Compile(docURL + "#" + pointer)
	if err != nil {
		tb.Fatalf("compiling %s: %v", pointer, err)
	}
	schemaCache[pointer] = s
	return s
}

// escape escapes a JSON pointer token.
func escape(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// responsePointer finds the JSON pointer of the schema that the OpenAPI
// document gives for operation (method, path template), status and media
// type, following a $ref to components/responses. It fails the test when
// the document does not declare that response.
func responsePointer(tb testing.TB, method, path string, status int, mediaType string) string {
	tb.Helper()
	doc, err := openAPIDoc()
	if err != nil {
		tb.Fatal(err)
	}
	get := func(m any, key string) any {
		if mm, ok := m.(map[string]any); ok {
			return mm[key]
		}
		return nil
	}
	op := get(get(get(doc, "paths"), path), strings.ToLower(method))
	if op == nil {
		tb.Fatalf("openapi.json has no operation %s %s", method, path)
	}
	resp := get(get(op, "responses"), strconv.Itoa(status))
	ptr := "/paths/" + escape(path) + "/" + strings.ToLower(method) + "/responses/" + strconv.Itoa(status)
	if resp == nil {
		tb.Fatalf("openapi.json: %s %s does not declare status %d", method, path, status)
	}
	if ref, ok := get(resp, "$ref").(string); ok {
		ptr = strings.TrimPrefix(ref, "#")
		name := ptr[strings.LastIndex(ptr, "/")+1:]
		resp = get(get(get(doc, "components"), "responses"), name)
	}
	if get(get(resp, "content"), mediaType) == nil {
		tb.Fatalf("openapi.json: %s %s status %d has no %s content", method, path, status, mediaType)
	}
	return ptr + "/content/" + escape(mediaType) + "/schema"
}

// call is the result of one request.
type call struct {
	status int
	header http.Header
	body   []byte
}

// do sends a request and validates a JSON response against the OpenAPI
// document: its status must be declared for the operation opPath and its
// body must match the declared schema.
func do(tb testing.TB, srv *httptest.Server, method, opPath, url string, body io.Reader, header map[string]string) call {
	tb.Helper()
	req, err := http.NewRequest(method, srv.URL+url, body)
	if err != nil {
		tb.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	c := call{status: resp.StatusCode, header: resp.Header, body: b}
	ct := resp.Header.Get("Content-Type")
	mt, _, _ := strings.Cut(ct, ";")
	if opPath == "" {
		return c
	}
	ptr := responsePointer(tb, method, opPath, resp.StatusCode, mt)
	if mt != "application/json" {
		return c
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		tb.Fatalf("%s %s: response is not JSON: %v\n%s", method, url, err, b)
	}
	if err := schemaAt(tb, ptr).Validate(v); err != nil {
		tb.Fatalf("%s %s: status %d response does not match %s: %v\n%.2000s", method, url, resp.StatusCode, ptr, err, b)
	}
	return c
}

// get is do for a GET without body.
func get(tb testing.TB, srv *httptest.Server, opPath, url string) call {
	tb.Helper()
	return do(tb, srv, http.MethodGet, opPath, url, nil, nil)
}

// decode unmarshals a response body.
func decode[T any](tb testing.TB, c call) T {
	tb.Helper()
	var v T
	if err := json.Unmarshal(c.body, &v); err != nil {
		tb.Fatalf("decoding %s: %v", c.body, err)
	}
	return v
}

// errBody is the error envelope.
type errBody struct {
	Error struct {
		Status  int    `json:"status"`
		Code    string `json:"code"`
		Message string `json:"message"`
		Param   string `json:"parameter"`
	} `json:"error"`
}
