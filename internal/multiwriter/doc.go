// Package multiwriter holds the end-to-end tests of several newsgraph
// processes sharing one PostgreSQL store: concurrent `newsgraph ingest`
// runs on different (and overlapping) slices of a corpus must leave exactly
// what one process ingesting their union leaves, and `newsgraph serve`
// must keep answering while another process ingests.
//
// The tests build the newsgraph binary and need a PostgreSQL server whose
// URL (a role allowed to CREATE DATABASE) is in NEWSGRAPH_TEST_POSTGRES.
// Without it they skip, except under CI=true, where they fail.
package multiwriter
