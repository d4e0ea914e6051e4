package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"

	"tacitus/api"
	"tacitus/store"
)

// Serve the API over a store and ask for a page of events.
func ExampleNew() {
	dir, _ := os.MkdirTemp("", "tacitus-example-")
	defer os.RemoveAll(dir)
	st, err := store.OpenSQLite(context.Background(), filepath.Join(dir, "events.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()

	// Writes stay disabled: no Token, no Coder.
	srv := httptest.NewServer(api.New(st, api.Options{}))
	defer srv.Close()

	resp, err := http.Get(srv.URL + "/api/events?actor=USA*&from=2024-01-01&to=2024-01-31")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	var page api.EventPage
	if err := json.NewDecoder(resp.Body).Decode(&page); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.StatusCode, resp.Header.Get("Content-Type"), len(page.Events), page.NextCursor == nil)

	bad, err := http.Get(srv.URL + "/api/events?limit=5000")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer bad.Body.Close()
	var e struct {
		Error struct{ Parameter, Message string }
	}
	json.NewDecoder(bad.Body).Decode(&e)
	fmt.Println(bad.StatusCode, e.Error.Parameter+":", e.Error.Message)
	// Output:
	// 200 application/json 0 true
	// 400 limit: "5000" is not an integer from 1 to 1000
}
