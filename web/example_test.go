package web_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"

	"tacitus/web"
)

// The UI is mounted at "/" beside the JSON API at "/api/"; the page calls
// the API on its own origin.
func ExampleHandler() {
	mux := http.NewServeMux()
	mux.Handle("/api/", http.NotFoundHandler()) // the API handler goes here
	mux.Handle("/", web.Handler())

	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	fmt.Println(rec.Code, rec.Header().Get("Content-Type"))
	// Output: 200 text/html; charset=utf-8
}
