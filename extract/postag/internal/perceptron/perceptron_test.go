package perceptron

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

func sentence(t *testing.T, s string) Sentence {
	t.Helper()
	var out Sentence
	for _, f := range strings.Fields(s) {
		i := strings.LastIndexByte(f, '/')
		tag, ok := TagIndex(f[i+1:])
		if !ok {
			t.Fatalf("bad tag in %q", f)
		}
		out.Words = append(out.Words, f[:i])
		out.Tags = append(out.Tags, tag)
	}
	return out
}

func toyCorpus(t *testing.T) []Sentence {
	var sents []Sentence
	for _, s := range []string{
		"the/DT envoy/NN met/VBD the/DT president/NN ./.",
		"the/DT minister/NN visited/VBD Moscow/NNP ./.",
		"a/DT leader/NN praised/VBD the/DT envoy/NN ./.",
		"they/PRP meet/VBP often/RB ./.",
		"Putin/NNP met/VBD Witkoff/NNP ./.",
	} {
		sents = append(sents, sentence(t, s))
	}
	return sents
}

func train(t *testing.T) *Model {
	t.Helper()
	sents := toyCorpus(t)
	tr := NewTrainer(sents, 1000, 0.97) // no dictionary: learn everything
	rng := rand.New(rand.NewPCG(1, 2))
	for range 10 {
		tr.Epoch(sents, rng)
	}
	m, err := tr.Model(0)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainLearnsCorpus(t *testing.T) {
	m := train(t)
	for _, s := range toyCorpus(t) {
		got := make([]uint8, len(s.Words))
		m.Tag(s.Words, got)
		for i := range got {
			if got[i] != s.Tags[i] {
				t.Errorf("%q: word %q tagged %s, want %s", s.Words, s.Words[i], Tags[got[i]], Tags[s.Tags[i]])
			}
		}
	}
}

func TestEncodeDecode(t *testing.T) {
	m := train(t)
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	m2, err := Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if m.Len() != m2.Len() || m.Len() == 0 {
		t.Fatalf("features: %d before, %d after", m.Len(), m2.Len())
	}
	words := strings.Fields("the president met Witkoff .")
	a, b := make([]uint8, len(words)), make([]uint8, len(words))
	m.Tag(words, a)
	m2.Tag(words, b)
	if !bytes.Equal(a, b) {
		t.Errorf("tags differ after round trip: %v vs %v", a, b)
	}
	// Every truncation and a corrupted header fail with an error.
	for _, n := range []int{0, 3, len(magic), len(magic) + 5, len(data) / 2, len(data) - 1} {
		if _, err := Decode(bytes.NewReader(data[:n])); err == nil {
			t.Errorf("Decode of %d of %d bytes succeeded, want error", n, len(data))
		}
	}
	bad := bytes.Clone(data)
	bad[0] = 'X'
	if _, err := Decode(bytes.NewReader(bad)); err == nil {
		t.Error("Decode with bad magic succeeded")
	}
}

func TestFeatures(t *testing.T) {
	words := strings.Fields("Russian President Putin met U.S. envoys in 2025 .")
	var a, b [MaxFeatures]uint64
	for i := range words {
		n := Features(words, i, History{Prev: 3, Prev2: 4}, &a)
		if n == 0 || n > MaxFeatures {
			t.Fatalf("word %d: %d features", i, n)
		}
		seen := map[uint64]bool{}
		for _, h := range a[:n] {
			if h == 0 || seen[h] {
				t.Errorf("word %q: zero or repeated feature hash %x", words[i], h)
			}
			seen[h] = true
		}
		if m := Features(words, i, History{Prev: 3, Prev2: 5}, &b); m != n || a == b {
			t.Errorf("word %q: changing prev2 tag changed nothing", words[i])
		}
	}
}

func TestSuffixPrefix(t *testing.T) {
	tests := []struct {
		w, suf3, pre1 string
	}{
		{"envoys", "oys", "e"},
		{"at", "at", "a"},
		{"", "", ""},
		{"Zürich", "ich", "Z"},
		{"für", "für", "f"},
		{"東京都", "東京都", "東"},
	}
	for _, tt := range tests {
		if got := suffix(tt.w, 3); got != tt.suf3 {
			t.Errorf("suffix(%q, 3) = %q, want %q", tt.w, got, tt.suf3)
		}
		if got := prefix(tt.w, 1); got != tt.pre1 {
			t.Errorf("prefix(%q, 1) = %q, want %q", tt.w, got, tt.pre1)
		}
	}
}
