// Package api is tacitus's HTTP JSON API over a store: deduplicated events
// with their mentions, dyad time series, the actor network, actor rankings,
// store totals, and coding of posted articles.
//
// The API is specified first, as the OpenAPI 3.1 document openapi.json in
// this directory, which the server embeds and serves at GET
// /api/openapi.json; the package tests validate every response they get
// against its schemas. Paths:
//
//	GET  /api/openapi.json      this specification
//	GET  /api/events            a page of events (filters, cursor) or a download (format=csv|jsonl|parquet)
//	GET  /api/events/{id}       one event with its mentions, sentences, highlight offsets, articles
//	GET  /api/series            a dyad's events and Goldstein sum per interval and QuadClass
//	GET  /api/network           top actors of a period and the dyads among them
//	GET  /api/actors/top        actors by number of events
//	GET  /api/actors/unknown    uncoded actor texts by number of mentions
//	GET  /api/stats             store totals
//	POST /api/articles          code one article and store it (bearer token)
//
// # Design
//
// Every handler is a function from a request to (data, error). One wrapper
// (see New) checks the method, applies the request deadline, writes data as
// JSON with the right status and Content-Type, turns errors into the JSON
// error envelope {"error": {"status", "code", "message", "parameter"}} and
// recovers panics as 500s. Query parameters are parsed strictly: an unknown
// or repeated parameter, or a malformed value, is a 400 naming the parameter
// (ParseEventQuery and friends). Page sizes are capped at store.MaxLimit,
// request bodies at Options.MaxBodyBytes, and each request runs under
// Options.Timeout.
//
// Everything outside /api/ is served by Options.UI (the web UI), or by a
// short text page when there is none.
package api
