package ingest

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/itlightning/dateparse"

	"github.com/newsgraph/newsgraph/schema"
)

// Reasons an input is skipped. Failures wrap one of these so callers and
// tests can branch with errors.Is; the message adds the detail.
var (
	ErrNotFound  = errors.New("not found")
	ErrBinary    = errors.New("binary file")
	ErrEncoding  = errors.New("invalid UTF-8")
	ErrEmpty     = errors.New("empty article")
	ErrTooLarge  = errors.New("article too large")
	ErrNoText    = errors.New("no article text")
	ErrFeed      = errors.New("broken feed")
	ErrDuplicate = errors.New("duplicate")
	ErrHTTP      = errors.New("http error")
	ErrRecord    = errors.New("bad record")
)

// sniffBytes is how much of an input is read to decide its format.
const sniffBytes = 4096

// format is the shape of an input.
type format int

const (
	formatUnknown format = iota
	formatText
	formatHTML
	formatJSONL
	formatFeed
)

// unit is one source after expansion: a file, stdin or a URL.
type unit struct {
	name  string // as shown to the user
	path  string // canonical absolute path of a file
	url   string // canonical URL
	stdin bool
}

// item is one article on its way through the batch. Either art is loaded,
// or load fetches it (feed items, fetched by a worker), or err says why the
// input was skipped.
type item struct {
	seq    int
	source string
	id     string
	art    schema.Article
	load   func(ctx context.Context) (schema.Article, error)
	err    error
}

// isURL reports whether s names an http or https resource.
func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// expand turns the command-line sources into units: files found in
// directories (recursively, skipping dot-files) and glob matches, stdin and
// URLs. Sources that name nothing become failures. A file named twice is
// kept once.
func expand(sources []string) ([]unit, []Failure) {
	var units []unit
	var fails []Failure
	seen := map[string]bool{}
	add := func(u unit) {
		key := u.path + u.url
		if u.stdin {
			key = "-"
		}
		if seen[key] {
			return
		}
		seen[key] = true
		units = append(units, u)
	}
	addPath := func(name string) error {
		info, err := os.Stat(name)
		if err != nil {
			return err
		}
		if !info.IsDir() {
			p, err := canonicalPath(name)
			if err != nil {
				return err
			}
			add(unit{name: name, path: p})
			return nil
		}
		return filepath.WalkDir(name, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				fails = append(fails, Failure{Source: p, Err: fmt.Errorf("%w: %w", ErrNotFound, unwrapPath(err))})
				return nil
			}
			if p != name && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || !(d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0) {
				return nil
			}
			cp, err := canonicalPath(p)
			if err != nil {
				fails = append(fails, Failure{Source: p, Err: fmt.Errorf("%w: %w", ErrNotFound, unwrapPath(err))})
				return nil
			}
			add(unit{name: p, path: cp})
			return nil
		})
	}
	for _, src := range sources {
		switch {
		case src == "-":
			add(unit{name: "-", stdin: true})
		case isURL(src):
			u, err := canonicalURL(src)
			if err != nil {
				fails = append(fails, Failure{Source: src, Err: fmt.Errorf("%w: %w", ErrNotFound, err)})
				continue
			}
			add(unit{name: src, url: u})
		default:
			err := addPath(src)
			if err == nil {
				continue
			}
			if errors.Is(err, fs.ErrNotExist) && strings.ContainsAny(src, "*?[") {
				matches, gerr := filepath.Glob(src)
				if gerr != nil {
					fails = append(fails, Failure{Source: src, Err: fmt.Errorf("%w: bad pattern: %w", ErrNotFound, gerr)})
					continue
				}
				if len(matches) == 0 {
					fails = append(fails, Failure{Source: src, Err: fmt.Errorf("%w: no file matches the pattern", ErrNotFound)})
					continue
				}
				for _, m := range matches {
					if err := addPath(m); err != nil {
						fails = append(fails, Failure{Source: m, Err: fmt.Errorf("%w: %w", ErrNotFound, unwrapPath(err))})
					}
				}
				continue
			}
			fails = append(fails, Failure{Source: src, Err: fmt.Errorf("%w: %w", ErrNotFound, unwrapPath(err))})
		}
	}
	return units, fails
}

// unwrapPath drops the operation and path of an *fs.PathError, which the
// failure already names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// canonicalPath returns the absolute path of name with symlinks resolved.
func canonicalPath(name string) (string, error) {
	abs, err := filepath.Abs(name)
	if err != nil {
		return "", err
	}
	p, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return "", err
	}
	return p, nil
}

// canonicalURL normalises an article URL: lower-case scheme and host, no
// fragment, no default port.
func canonicalURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("bad url: %w", err)
	}
	if u.Scheme == "" || u.Host == "" {
		return "", fmt.Errorf("bad url %q: not absolute", raw)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if (u.Scheme == "http" && u.Port() == "80") || (u.Scheme == "https" && u.Port() == "443") {
		u.Host = u.Hostname()
	}
	u.Fragment = ""
	u.RawFragment = ""
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String(), nil
}

// formatByExt guesses a file's format from its extension.
func formatByExt(name string) format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson", ".jsonlines":
		return formatJSONL
	case ".html", ".htm", ".xhtml":
		return formatHTML
	case ".rss", ".atom":
		return formatFeed
	case ".txt", ".text", ".md":
		return formatText
	}
	return formatUnknown
}

// sniff decides a format from the first bytes of an input.
func sniff(head []byte) format {
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	if len(t) == 0 {
		return formatText
	}
	if t[0] == '{' {
		i := bytes.IndexByte(t, '\n')
		if i < 0 && len(head) >= sniffBytes {
			// The first line is longer than the head: trust its start.
			if bytes.HasPrefix(bytes.TrimLeft(t[1:], " \t"), []byte(`"`)) {
				return formatJSONL
			}
		} else {
			line := t
			if i >= 0 {
				line = t[:i]
			}
			if json.Valid(bytes.TrimSpace(line)) {
				return formatJSONL
			}
		}
	}
	if t[0] == '<' {
		low := bytes.ToLower(t)
		if i := bytes.Index(low, []byte("?>")); bytes.HasPrefix(low, []byte("<?xml")) && i > 0 {
			low = bytes.TrimLeft(low[i+2:], " \t\r\n")
		}
		for _, p := range []string{"<rss", "<feed", "<rdf:rdf"} {
			if bytes.HasPrefix(low, []byte(p)) {
				return formatFeed
			}
		}
		return formatHTML
	}
	return formatText
}

// checkText rejects binary, badly encoded and empty content.
func checkText(b []byte) error {
	head := b
	if len(head) > 8000 {
		head = head[:8000]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return ErrBinary
	}
	if !utf8.Valid(b) {
		off := 0
		for off < len(b) {
			r, size := utf8.DecodeRune(b[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		return fmt.Errorf("%w at byte %d", ErrEncoding, off)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return ErrEmpty
	}
	return nil
}

// hashText returns the hex SHA-256 of an article's text.
func hashText(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// tooLarge builds the failure for an article over the limit.
func tooLarge(size, limit int64) error {
	return fmt.Errorf("%w: %d bytes, over the limit of %d (max_article_bytes)", ErrTooLarge, size, limit)
}

// finish validates an article's text and fills in its hash.
func finish(a schema.Article, limit int64) (schema.Article, error) {
	if int64(len(a.Text)) > limit {
		return a, tooLarge(int64(len(a.Text)), limit)
	}
	if err := checkText([]byte(a.Text)); err != nil {
		return a, err
	}
	a.Hash = hashText(a.Text)
	return a, nil
}

// fromHTML takes the main text, title, byline and published date out of
// an HTML page with readability.
func fromHTML(b []byte, page *url.URL, a schema.Article) (schema.Article, error) {
	if err := checkText(b); err != nil {
		return a, err
	}
	doc, err := readability.FromReader(bytes.NewReader(b), page)
	if err != nil {
		return a, fmt.Errorf("%w: readability: %w", ErrNoText, err)
	}
	if doc.Node == nil {
		return a, fmt.Errorf("%w in html", ErrNoText)
	}
	var sb strings.Builder
	if err := doc.RenderText(&sb); err != nil {
		return a, fmt.Errorf("%w in html: %w", ErrNoText, err)
	}
	text := strings.TrimSpace(sb.String())
	if text == "" {
		return a, fmt.Errorf("%w in html", ErrNoText)
	}
	a.Text = text + "\n"
	if a.Title == "" {
		a.Title = strings.TrimSpace(doc.Title())
	}
	if a.Byline == "" {
		a.Byline = strings.TrimSpace(doc.Byline())
	}
	if a.Published.IsZero() {
		if t, err := doc.PublishedTime(); err == nil {
			a.Published = t.UTC()
		}
	}
	return a, nil
}

// record is one line of a JSON Lines corpus.
type record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Byline    string `json:"byline"`
	Author    string `json:"author"`
	Text      string `json:"text"`
}

// parseTime reads a date in any common layout; the zero time if it cannot.
func parseTime(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC()
	}
	if t, err := dateparse.ParseAny(s); err == nil {
		return t.UTC()
	}
	return time.Time{}
}

// readJSONL streams a JSON Lines corpus, one article per line, calling
// emit for each article or failure. base is the identity prefix (the
// file's canonical path, or "stdin"); name is shown to the user. It
// returns early when stop is done.
func readJSONL(stop context.Context, r io.Reader, name, base string, limit int64, emit func(item)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	maxLine := 2*limit + sniffBytes
	seen := map[string]int{}
	for n := 1; ; n++ {
		if stop.Err() != nil {
			return nil
		}
		line, size, err := readLine(br, maxLine)
		if err != nil && !errors.Is(err, io.EOF) {
			emit(item{source: fmt.Sprintf("%s:%d", name, n), err: fmt.Errorf("read: %w", err)})
			return nil
		}
		last := errors.Is(err, io.EOF)
		src := fmt.Sprintf("%s:%d", name, n)
		switch {
		case size > maxLine:
			emit(item{source: src, err: tooLarge(size, limit)})
		case len(bytes.TrimSpace(line)) == 0:
		default:
			emit(jsonlItem(line, n, name, base, limit, seen))
		}
		if last {
			return nil
		}
	}
}

// readLine reads one line without its newline. A line longer than max is
// consumed and dropped: the returned size says how long it was.
func readLine(br *bufio.Reader, max int64) ([]byte, int64, error) {
	var buf []byte
	var size int64
	for {
		chunk, err := br.ReadSlice('\n')
		size += int64(len(chunk))
		if size <= max {
			buf = append(buf, chunk...)
		} else {
			buf = nil
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		buf = bytes.TrimRight(buf, "\r\n")
		if err != nil {
			return buf, size, err
		}
		return buf, size, nil
	}
}

// jsonlItem decodes one JSON Lines record into an article item.
func jsonlItem(line []byte, n int, name, base string, limit int64, seen map[string]int) item {
	src := fmt.Sprintf("%s:%d", name, n)
	if bytes.IndexByte(line, 0) >= 0 {
		return item{source: src, err: ErrBinary}
	}
	if !utf8.Valid(line) {
		return item{source: src, err: checkText(line)}
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		return item{source: src, err: fmt.Errorf("%w: invalid json: %w", ErrRecord, err)}
	}
	a := schema.Article{
		Title:     strings.TrimSpace(rec.Title),
		Byline:    strings.TrimSpace(firstNonEmpty(rec.Byline, rec.Author)),
		Published: parseTime(rec.Published),
		Text:      rec.Text,
	}
	key := ""
	switch {
	case rec.URL != "":
		u, err := canonicalURL(rec.URL)
		if err != nil {
			return item{source: src, err: fmt.Errorf("%w: %w", ErrRecord, err)}
		}
		a.ID, a.URL, a.Source = u, u, rec.URL
		key = u
	case rec.ID != "":
		a.ID = base + "#" + rec.ID
		a.Source = name + "#" + rec.ID
		key = rec.ID
	default:
		a.ID = fmt.Sprintf("%s#line-%d", base, n)
		a.Source = src
	}
	if key != "" {
		if prev, dup := seen[key]; dup {
			return item{source: src, err: fmt.Errorf("%w: id %q already on line %d", ErrDuplicate, key, prev)}
		}
		seen[key] = n
		src = a.Source
	}
	if strings.TrimSpace(rec.Text) == "" {
		return item{source: src, err: fmt.Errorf("%w: record has no text", ErrEmpty)}
	}
	a, err := finish(a, limit)
	if err != nil {
		return item{source: src, err: err}
	}
	return item{source: src, id: a.ID, art: a}
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

// countJSONL counts the non-blank lines of a JSON Lines file, for the
// progress bar's total.
func countJSONL(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	n := 0
	blank := true
	for {
		b, err := br.ReadByte()
		if err != nil {
			if !blank {
				n++
			}
			if errors.Is(err, io.EOF) {
				return n, nil
			}
			return n, err
		}
		switch b {
		case '\n':
			if !blank {
				n++
			}
			blank = true
		case ' ', '\t', '\r':
		default:
			blank = false
		}
	}
}

// ReadText reads a whole plain-text input of at most limit bytes and
// checks that it is text: not binary, valid UTF-8, not empty. Its errors
// wrap ErrTooLarge, ErrBinary, ErrEncoding or ErrEmpty.
func ReadText(r io.Reader, limit int64) (string, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return "", fmt.Errorf("read: %w", err)
	}
	if int64(len(b)) > limit {
		return "", fmt.Errorf("%w: over the limit of %d bytes (max_article_bytes)", ErrTooLarge, limit)
	}
	if err := checkText(b); err != nil {
		return "", err
	}
	return string(b), nil
}
