package web

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// openAPIPath is the API's OpenAPI document, relative to this package.
const openAPIPath = "../api/openapi.json"

// TestCannedAnswersMatchOpenAPI validates every canned answer of the fake
// API against the API's OpenAPI schemas, so that the browser test drives
// the UI with the shapes the real server sends.
func TestCannedAnswersMatchOpenAPI(t *testing.T) {
	raw, err := os.ReadFile(openAPIPath)
	if err != nil {
		t.Skipf("no OpenAPI document at %s (%v): skipping the contract check", openAPIPath, err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("parsing %s: %v", openAPIPath, err)
	}
	const docURL = "file:///openapi.json"
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource(docURL, doc); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		file   string
		schema string
	}{
		{file: "events.json", schema: "EventPage"},
		{file: "events-page2.json", schema: "EventPage"},
		{file: "events-empty.json", schema: "EventPage"},
		{file: "event-101.json", schema: "EventDetail"},
		{file: "event-102.json", schema: "EventDetail"},
		{file: "event-103.json", schema: "EventDetail"},
		{file: "event-104.json", schema: "EventDetail"},
		{file: "event-105.json", schema: "EventDetail"},
		{file: "event-106.json", schema: "EventDetail"},
		{file: "series.json", schema: "Series"},
		{file: "series-empty.json", schema: "Series"},
		{file: "network.json", schema: "Network"},
		{file: "stats.json", schema: "Stats"},
		{file: "error-quad.json", schema: "Error"},
		{file: "error-not-found.json", schema: "Error"},
	}
	// The check must be able to fail: a list event carries no sentence.
	bad := `{"events": [{"id": 1, "sentence": "x"}], "next_cursor": null}`
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
	if err != nil {
		t.Fatal(err)
	}
	if sch, err := c.Compile(docURL + "#/components/schemas/EventPage"); err != nil {
		t.Fatal(err)
	} else if sch.Validate(v) == nil {
		t.Fatal("an invalid event page passed validation")
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			sch, err := c.Compile(docURL + "#/components/schemas/" + tc.schema)
			if err != nil {
				t.Fatalf("compiling schema %s: %v", tc.schema, err)
			}
			b, err := os.ReadFile(filepath.Join(apiDir, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("parsing: %v", err)
			}
			if err := sch.Validate(v); err != nil {
				t.Errorf("%s does not match schema %s: %v", tc.file, tc.schema, err)
			}
		})
	}
}
