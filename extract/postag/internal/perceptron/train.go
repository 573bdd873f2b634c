package perceptron

import (
	"math"
	"math/rand/v2"
	"slices"
)

// Sentence is one training sentence: words and their tag indexes.
type Sentence struct {
	Words []string
	Tags  []uint8
}

type weight struct {
	tag   uint8
	w     float64
	total float64 // sum of w over updates, for averaging
	stamp int     // update count when w last changed
}

// Trainer learns an averaged perceptron. It is not safe for concurrent use.
type Trainer struct {
	feats map[uint64][]weight
	dict  map[string]uint8
	now   int
}

// NewTrainer returns a Trainer whose tag dictionary holds the words seen
// at least minCount times in sents with one tag at least ratio of the time.
func NewTrainer(sents []Sentence, minCount int, ratio float64) *Trainer {
	counts := map[string]*[NumTags]int{}
	for _, s := range sents {
		for i, w := range s.Words {
			c := counts[w]
			if c == nil {
				c = new([NumTags]int)
				counts[w] = c
			}
			c[s.Tags[i]]++
		}
	}
	dict := map[string]uint8{}
	for w, c := range counts {
		total, best := 0, 0
		for t, n := range c {
			total += n
			if n > c[best] {
				best = t
			}
		}
		if total >= minCount && float64(c[best]) >= ratio*float64(total) {
			dict[w] = uint8(best)
		}
	}
	return &Trainer{feats: map[uint64][]weight{}, dict: dict}
}

func (tr *Trainer) predict(feats []uint64) uint8 {
	var scores [NumTags]float64
	for _, h := range feats {
		for _, w := range tr.feats[h] {
			scores[w.tag] += w.w
		}
	}
	best := 0
	for t := 1; t < NumTags; t++ {
		if scores[t] > scores[best] {
			best = t
		}
	}
	return uint8(best)
}

func (tr *Trainer) update(h uint64, tag uint8, v float64) {
	ws := tr.feats[h]
	for i := range ws {
		if ws[i].tag == tag {
			w := &ws[i]
			w.total += float64(tr.now-w.stamp) * w.w
			w.stamp = tr.now
			w.w += v
			return
		}
	}
	tr.feats[h] = append(ws, weight{tag: tag, w: v, stamp: tr.now})
}

// Epoch trains one pass over sents in an order shuffled by rng and returns
// the fraction of tokens tagged correctly before each update.
func (tr *Trainer) Epoch(sents []Sentence, rng *rand.Rand) float64 {
	order := rng.Perm(len(sents))
	var feats [MaxFeatures]uint64
	correct, total := 0, 0
	for _, si := range order {
		s := sents[si]
		hist := NewHistory()
		for i := range s.Words {
			truth := s.Tags[i]
			guess, ok := tr.dict[s.Words[i]]
			if !ok {
				n := Features(s.Words, i, hist, &feats)
				tr.now++
				guess = tr.predict(feats[:n])
				if guess != truth {
					for _, h := range feats[:n] {
						tr.update(h, truth, 1)
						tr.update(h, guess, -1)
					}
				}
			}
			if guess == truth {
				correct++
			}
			total++
			hist.Push(guess)
		}
	}
	if total == 0 {
		return 0
	}
	return float64(correct) / float64(total)
}

// Model returns the averaged model, dropping weights whose magnitude is
// below minWeight.
func (tr *Trainer) Model(minWeight float64) (*Model, error) {
	keys := make([]uint64, 0, len(tr.feats))
	for h := range tr.feats {
		keys = append(keys, h)
	}
	slices.Sort(keys)
	var features []Feature
	for _, h := range keys {
		var f Feature
		for _, w := range tr.feats[h] {
			total := w.total + float64(tr.now-w.stamp)*w.w
			avg := total / float64(max(tr.now, 1))
			if math.Abs(avg) < minWeight {
				continue
			}
			f.Tags = append(f.Tags, w.tag)
			f.Weights = append(f.Weights, float32(avg))
		}
		if len(f.Tags) > 0 {
			f.Hash = h
			features = append(features, f)
		}
	}
	return NewModel(features, tr.dict)
}

// Tag tags words with m, left to right, writing tag indexes into out
// (len(out) must be at least len(words)).
func (m *Model) Tag(words []string, out []uint8) {
	hist := NewHistory()
	for i := range words {
		t := m.Predict(words, i, hist)
		out[i] = t
		hist.Push(t)
	}
}
