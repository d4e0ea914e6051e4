// Package ingest loads news into a tacitus store: it reads articles from
// files, directories, globs or standard input in any of the formats tacitus
// knows (JSON Lines, plain text, HTML pages, RSS/Atom feeds, WARC archives),
// codes them on several workers with an extract.Extractor, and writes the
// articles, their sentence spans and their events to a store.Writer in
// batched transactions.
//
// # Idempotent and resumable
//
// An article whose id is already stored is skipped ("seen"). An article
// whose text is already stored under another id, exactly (store.TextHash)
// or nearly (store.Simhash within store.NearDuplicateDistance), is not
// coded again: it is recorded as a syndicated copy (Writer.AddSyndicated),
// so that the events of the original count it in NumArticles and
// NumSources. Copies within one run are found too: the run keeps the text
// hashes and simhashes of the articles it has queued.
//
// Articles are written in input order, Options.BatchSize to a transaction,
// and copies after the batch that holds their original. Writing overlaps
// coding: one goroutine writes a batch while the workers code the next.
// A run that is killed at any point loses only the articles of batches
// not yet committed, which are then not stored at all; running the same
// command again skips every stored article and codes the rest, so that
// nothing is lost or stored twice.
//
// # What is not coded
//
// Bad records (invalid JSON, empty or binary text, unreadable HTML, feeds
// or archives) are reported as *article.RecordError with the file, the
// line or record number and the reason, counted, and skipped. Articles
// that are not in English are skipped and reported with ErrNotEnglish
// (see CheckLanguage for the test). A file that cannot be opened is
// counted as unreadable and the run goes on.
package ingest
