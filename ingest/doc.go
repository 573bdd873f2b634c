// Package ingest is newsgraph's front door: it turns sources (files,
// directories, globs, stdin, HTML pages, JSON Lines corpora, URLs and
// RSS/Atom feeds) into schema.Article values, skips articles whose content
// hash the store already holds, extracts the rest in parallel and hands
// them to a single writer that stores one article per transaction.
//
// Identity: an article is known by its canonical URL or absolute path (plus
// the record id for JSON Lines) and a SHA-256 hash of its text. Re-ingesting
// an unchanged article changes nothing; a changed article replaces its own
// statements. Every input that cannot be read is reported as a Failure and
// skipped; the rest of the batch goes on.
//
// ingest calls extract (through the Extractor interface) and graph (through
// the Store interface); neither calls it. Watch runs a batch on a schedule.
package ingest
