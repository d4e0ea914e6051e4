// Package sample ships a small set of made-up news articles for trying
// tacitus out: about forty short wire stories, invented for the project
// (no outlet or corpus text), on diplomacy, protests, attacks, sanctions,
// aid and elections across many countries in 2025–2026. They are written
// in the subject–verb–object style the coder handles, with datelines
// ("NAIROBI, Kenya, March 3 (tacitus) -"), titles, dates and the invented
// sources "Sample Wire" and "Example News".
//
//	tacitus ingest --sample --db tacitus.db
//
// or, from Go, ingest.Run over sample.Articles().
package sample

import (
	"bytes"
	_ "embed"
	"io"
)

//go:embed articles.jsonl
var articles []byte

// Articles returns the sample articles as JSON Lines (one
// {"id", "date", "title", "text", "source"} object a line), the input
// format of "tacitus code" and "tacitus ingest".
func Articles() io.Reader { return bytes.NewReader(articles) }

// Name is the file name the sample is known by in reports.
const Name = "sample/articles.jsonl"
