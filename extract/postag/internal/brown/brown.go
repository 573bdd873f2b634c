// Package brown reads the tagged Brown corpus (NLTK layout: one file per
// text, one sentence per line, tokens written word/tag) and converts its
// tags to Penn Treebank tags, splitting possessives and contractions the
// way the Penn Treebank tokenizes them.
package brown

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// Token is one word with its Penn tag.
type Token struct {
	Word string
	Tag  string
}

// Stats counts what Read skipped.
type Stats struct {
	Sentences int
	Tokens    int
	Skipped   int            // sentences dropped for an unmappable tag
	Unmapped  map[string]int // Brown tags that could not be mapped
}

var fileName = regexp.MustCompile(`^c[a-r][0-9][0-9]$`)

// ReadDir reads every corpus file (ca01 … cr09) in dir in name order and
// returns the sentences converted to Penn tags.
func ReadDir(dir string) ([][]Token, Stats, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, Stats{}, fmt.Errorf("brown: %w", err)
	}
	var names []string
	for _, e := range entries {
		if fileName.MatchString(e.Name()) {
			names = append(names, e.Name())
		}
	}
	slices.Sort(names)
	if len(names) == 0 {
		return nil, Stats{}, fmt.Errorf("brown: no corpus files in %s", dir)
	}
	stats := Stats{Unmapped: map[string]int{}}
	var out [][]Token
	for _, name := range names {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return nil, stats, fmt.Errorf("brown: %w", err)
		}
		out, err = Read(f, out, &stats)
		f.Close()
		if err != nil {
			return nil, stats, fmt.Errorf("brown: read %s: %w", name, err)
		}
	}
	return out, stats, nil
}

// Read appends the sentences of one corpus file to out.
func Read(r io.Reader, out [][]Token, stats *Stats) ([][]Token, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		var words, tags []string
		for _, f := range fields {
			i := strings.LastIndexByte(f, '/')
			if i <= 0 || i == len(f)-1 {
				continue
			}
			words = append(words, f[:i])
			tags = append(tags, f[i+1:])
		}
		sent, bad := Convert(words, tags)
		if bad != "" {
			stats.Skipped++
			if stats.Unmapped != nil {
				stats.Unmapped[bad]++
			}
			continue
		}
		stats.Sentences++
		stats.Tokens += len(sent)
		out = append(out, sent)
	}
	return out, sc.Err()
}
