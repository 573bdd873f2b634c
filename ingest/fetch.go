package ingest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/newsgraph/newsgraph/schema"
)

// feedSizeFactor lets a feed document be this many times larger than one
// article.
const feedSizeFactor = 4

// fetched is one HTTP response body.
type fetched struct {
	body  []byte
	ctype string   // media type without parameters
	final *url.URL // URL after redirects
}

// fetch GETs raw, failing on a non-2xx status or a body over limit bytes.
func (in *Ingester) fetch(ctx context.Context, raw string, limit int64) (fetched, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, raw, nil)
	if err != nil {
		return fetched{}, fmt.Errorf("%w: %w", ErrHTTP, err)
	}
	req.Header.Set("User-Agent", in.cfg.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	resp, err := in.client.Do(req)
	if err != nil {
		return fetched{}, fmt.Errorf("%w: %w", ErrHTTP, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fetched{}, fmt.Errorf("%w: %s", ErrHTTP, resp.Status)
	}
	if resp.ContentLength > limit {
		return fetched{}, tooLarge(resp.ContentLength, limit)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return fetched{}, fmt.Errorf("%w: read body: %w", ErrHTTP, err)
	}
	if int64(len(body)) > limit {
		return fetched{}, fmt.Errorf("%w: body over %d bytes (max_article_bytes)", ErrTooLarge, limit)
	}
	ctype, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	return fetched{body: body, ctype: ctype, final: resp.Request.URL}, nil
}

// formatOf decides what a response holds from its media type, falling
// back to its first bytes.
func formatOf(f fetched) format {
	switch {
	case strings.Contains(f.ctype, "rss"), strings.Contains(f.ctype, "atom"):
		return formatFeed
	case f.ctype == "text/html", f.ctype == "application/xhtml+xml":
		return formatHTML
	case f.ctype == "text/plain":
		return formatText
	case strings.Contains(f.ctype, "ndjson"), strings.Contains(f.ctype, "jsonl"):
		return formatJSONL
	}
	head := f.body
	if len(head) > sniffBytes {
		head = head[:sniffBytes]
	}
	return sniff(head)
}

// readURL fetches a URL unit: a page becomes one article, a feed one item
// per entry (each page fetched later by a worker).
func (in *Ingester) readURL(stop, ctx context.Context, u unit, emit func(item)) {
	f, err := in.fetch(ctx, u.url, feedSizeFactor*in.cfg.MaxArticleBytes)
	if err != nil {
		emit(item{source: u.name, err: err})
		return
	}
	switch formatOf(f) {
	case formatFeed:
		in.readFeed(stop, f.body, u.name, f.final, emit)
	case formatJSONL:
		if err := readJSONL(stop, bytes.NewReader(f.body), u.name, u.url, in.cfg.MaxArticleBytes, emit); err != nil {
			emit(item{source: u.name, err: err})
		}
	default:
		emit(in.pageItem(f, u.name, schema.Article{ID: u.url, URL: u.url, Source: u.name}))
	}
}

// pageItem turns a fetched page into an article item.
func (in *Ingester) pageItem(f fetched, name string, a schema.Article) item {
	if int64(len(f.body)) > in.cfg.MaxArticleBytes {
		return item{source: name, err: tooLarge(int64(len(f.body)), in.cfg.MaxArticleBytes)}
	}
	var err error
	if formatOf(f) == formatHTML {
		a, err = fromHTML(f.body, f.final, a)
	} else {
		if err = checkText(f.body); err == nil {
			a.Text = string(f.body)
		}
	}
	if err == nil {
		a, err = finish(a, in.cfg.MaxArticleBytes)
	}
	if err != nil {
		return item{source: name, err: err}
	}
	return item{source: name, id: a.ID, art: a}
}

// readFeed parses an RSS, Atom or JSON feed and emits one item per entry.
// An entry with a link is fetched by a worker; one without a link is taken
// from the feed's own content. Entries repeating a GUID are failures.
func (in *Ingester) readFeed(stop context.Context, body []byte, name string, base *url.URL, emit func(item)) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		emit(item{source: name, err: fmt.Errorf("%w: %w", ErrFeed, err)})
		return
	}
	if len(feed.Items) == 0 {
		in.log.Info("feed has no entries", "source", name)
	}
	guids := map[string]int{}
	for i, e := range feed.Items {
		if stop.Err() != nil {
			return
		}
		src := fmt.Sprintf("%s#item-%d", name, i+1)
		guid := strings.TrimSpace(firstNonEmpty(e.GUID, e.Link))
		if guid != "" {
			if prev, dup := guids[guid]; dup {
				emit(item{source: src, err: fmt.Errorf("%w: guid %q already used by item %d", ErrDuplicate, guid, prev)})
				continue
			}
			guids[guid] = i + 1
		}
		meta := schema.Article{Title: strings.TrimSpace(e.Title)}
		if e.PublishedParsed != nil {
			meta.Published = e.PublishedParsed.UTC()
		} else if e.UpdatedParsed != nil {
			meta.Published = e.UpdatedParsed.UTC()
		}
		if len(e.Authors) > 0 && e.Authors[0] != nil {
			meta.Byline = e.Authors[0].Name
		}
		link := strings.TrimSpace(e.Link)
		if link != "" && base != nil {
			if ref, err := base.Parse(link); err == nil {
				link = ref.String()
			}
		}
		if link == "" || !isURL(link) {
			content := firstNonEmpty(e.Content, e.Description)
			if content == "" || guid == "" {
				emit(item{source: src, err: fmt.Errorf("%w: feed entry has neither link nor content", ErrNoText)})
				continue
			}
			feedID := name
			if base != nil {
				feedID = base.String()
			}
			meta.ID = feedID + "#" + guid
			meta.Source = src
			emit(in.pageItem(fetched{body: []byte(content), ctype: "text/html", final: base}, src, meta))
			continue
		}
		id, err := canonicalURL(link)
		if err != nil {
			emit(item{source: src, err: fmt.Errorf("%w: %w", ErrRecord, err)})
			continue
		}
		meta.ID, meta.URL, meta.Source = id, id, link
		emit(item{source: link, id: id, load: func(ctx context.Context) (schema.Article, error) {
			f, err := in.fetch(ctx, link, in.cfg.MaxArticleBytes)
			if err != nil {
				return meta, err
			}
			it := in.pageItem(f, link, meta)
			return it.art, it.err
		}})
	}
}
