package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"tacitus/article"
	"tacitus/event"
	"tacitus/store"
)

func (s *server) postArticle(r *http.Request) (any, error) {
	if err := s.authorize(r); err != nil {
		return nil, err
	}
	if err := noParams(r.URL.Query()); err != nil {
		return nil, err
	}
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
			return nil, &Error{Status: http.StatusUnsupportedMediaType, Code: CodeUnsupportedType,
				Message: fmt.Sprintf("the body must be application/json, not %q", ct)}
		}
	}
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, s.opts.MaxBodyBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, &Error{Status: http.StatusRequestEntityTooLarge, Code: CodeTooLarge,
				Message: fmt.Sprintf("the body is larger than %d bytes", s.opts.MaxBodyBytes)}
		}
		return nil, &Error{Status: http.StatusBadRequest, Code: CodeInvalidBody, Message: "reading the body failed", Err: err}
	}
	a, err := ParseArticle(body)
	if err != nil {
		return nil, &Error{Status: http.StatusBadRequest, Code: CodeInvalidBody, Message: err.Error(), Err: err}
	}
	ctx := r.Context()
	res, err := s.opts.Coder.Article(ctx, a)
	if err != nil {
		return nil, fmt.Errorf("api: coding article %q: %w", a.ID, err)
	}
	b, dropped := store.BatchOf(a, res.Spans, res.Events)
	if len(dropped) > 0 {
		// The coder's records and the text disagree: a defect, not
		// a bad request.
		return nil, fmt.Errorf("api: article %q: %w", a.ID, errors.Join(dropped...))
	}
	seen, err := s.st.SeenArticle(ctx, a.ID)
	if err != nil {
		return nil, err
	}
	if err := s.st.WriteArticle(ctx, b); err != nil {
		if errors.Is(err, store.ErrInvalidBatch) {
			return nil, &Error{Status: http.StatusBadRequest, Code: CodeInvalidBody, Message: err.Error(), Err: err}
		}
		return nil, err
	}
	out := CodedArticle{ArticleID: a.ID, Replaced: seen, Sentences: res.Sentences, Events: res.Events, Warnings: []string{}}
	if out.Events == nil {
		out.Events = []event.Event{}
	}
	for _, w := range res.Warnings {
		out.Warnings = append(out.Warnings, w.Error())
	}
	return &response{status: http.StatusCreated, body: out}, nil
}

// ParseArticle reads one article record, a JSON object as in the JSON
// Lines input of `tacitus code` (see package article), with the same rules:
// "text" required, "id" a string or a number (a stable hash when absent),
// "date" parsed by article.ParseDate (a bad date is dropped). The error
// wraps article.ErrJSON, ErrEmptyText, ErrBinary, ...
func ParseArticle(body []byte) (article.Article, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(body, &obj); err != nil || obj == nil {
		return article.Article{}, fmt.Errorf("%w: the body must be one JSON object", article.ErrJSON)
	}
	var line bytes.Buffer
	if err := json.Compact(&line, body); err != nil {
		return article.Article{}, fmt.Errorf("%w: %v", article.ErrJSON, err)
	}
	var (
		got    article.Article
		n      int
		reject error
	)
	_, err := article.ReadJSONL(&line, "body", article.Options{MaxRecordBytes: line.Len() + 1},
		func(a article.Article) error { got, n = a, n+1; return nil },
		func(e *article.RecordError) {
			if e.Severity == article.Rejected && reject == nil {
				reject = e
			}
		})
	switch {
	case err != nil:
		return article.Article{}, err
	case reject != nil:
		return article.Article{}, reject
	case n != 1:
		return article.Article{}, fmt.Errorf("%w: the body must be one article", article.ErrJSON)
	}
	return got, nil
}
