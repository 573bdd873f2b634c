package postag

import (
	"bytes"
	"compress/gzip"
	_ "embed" // the model file
	"fmt"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/extract/postag/internal/perceptron"
)

//go:embed model.bin.gz
var modelData []byte

// Tags is the tag set: the Penn Treebank tags, with "(" and ")" for
// brackets. Every tag Tag returns is one of these.
var Tags = perceptron.Tags

// Tagger tags sentences with Penn Treebank part-of-speech tags. A Tagger is
// immutable and safe for concurrent use.
type Tagger struct {
	model *perceptron.Model
}

var loadModel = sync.OnceValues(func() (*perceptron.Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(modelData))
	if err != nil {
		return nil, fmt.Errorf("postag: open model: %w", err)
	}
	m, err := perceptron.Decode(zr)
	if err != nil {
		return nil, fmt.Errorf("postag: load model: %w", err)
	}
	if err := zr.Close(); err != nil {
		return nil, fmt.Errorf("postag: load model: %w", err)
	}
	return m, nil
})

// New returns a Tagger using the embedded model. The model is decoded once
// per process; later calls share it.
func New() (*Tagger, error) {
	m, err := loadModel()
	if err != nil {
		return nil, err
	}
	return &Tagger{model: m}, nil
}

// maxStack is the sentence length up to which AppendTags keeps its working
// buffers on the stack.
const maxStack = 128

// Tag returns one tag for each word of a tokenized sentence, in order;
// len(result) == len(words). Words may be any strings; empty ones are
// tagged too.
func (t *Tagger) Tag(words []string) []string {
	return t.AppendTags(make([]string, 0, len(words)), words)
}

// AppendTags appends the tags of words to dst and returns the extended
// slice. It allocates nothing when dst has room and no word needs
// rewriting (curly quotes or apostrophes, dashes) and the sentence has at
// most 128 words.
func (t *Tagger) AppendTags(dst []string, words []string) []string {
	var normBuf [maxStack]string
	var norm []string
	if len(words) <= maxStack {
		norm = normBuf[:len(words)]
	} else {
		norm = make([]string, len(words))
	}
	for i, w := range words {
		norm[i] = normalize(w)
	}
	hist := perceptron.NewHistory()
	for i := range norm {
		tag := t.model.Predict(norm, i, hist)
		if fixed, ok := symbolTag(norm[i]); ok {
			tag = fixed
		}
		dst = append(dst, perceptron.Tags[tag])
		hist.Push(tag)
	}
	return dst
}

var (
	tagDollar, _ = perceptron.TagIndex("$")
	tagHash, _   = perceptron.TagIndex("#")
	tagColon, _  = perceptron.TagIndex(":")
	tagComma, _  = perceptron.TagIndex(",")
	tagPeriod, _ = perceptron.TagIndex(".")
	tagOpen, _   = perceptron.TagIndex("(")
	tagClose, _  = perceptron.TagIndex(")")
	tagNoun, _   = perceptron.TagIndex("NN")
)

// symbolTag returns the fixed tag of punctuation and currency symbols the
// Brown corpus does not tag the Penn way.
func symbolTag(w string) (uint8, bool) {
	switch w {
	case "$", "US$", "€", "£", "¥", "C$", "A$":
		return tagDollar, true
	case "#":
		return tagHash, true
	case "%":
		return tagNoun, true
	case "--", ";", ":", "...", "…", "-":
		return tagColon, true
	case ",":
		return tagComma, true
	case ".", "?", "!":
		return tagPeriod, true
	case "(", "[", "{":
		return tagOpen, true
	case ")", "]", "}":
		return tagClose, true
	}
	return 0, false
}

// normalize rewrites typographic forms to the ASCII forms of the training
// corpus: curly quotes, curly apostrophes and dashes.
func normalize(w string) string {
	switch w {
	case "“", "«", "„":
		return "``"
	case "”", "»":
		return "''"
	case "‘":
		return "`"
	case "’":
		return "'"
	case "—", "–", "―":
		return "--"
	case "’s", "’S":
		return "'s"
	case "n’t", "N’T":
		return "n't"
	}
	if strings.ContainsRune(w, '’') {
		return strings.ReplaceAll(w, "’", "'")
	}
	return w
}
