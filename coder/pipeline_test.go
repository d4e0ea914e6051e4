package coder

import (
	"testing"

	"tacitus/nlp"
	"tacitus/nlp/models"
)

// testPipeline returns tacitus's default NLP pipeline, or nil when the
// models are not built into this checkout.
func testPipeline(t testing.TB) *nlp.Pipeline {
	t.Helper()
	p, err := models.Default()
	if err != nil {
		t.Logf("NLP models not available: %v", err)
		return nil
	}
	return p
}
