package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// Model is a trained, read-only tagging model: a feature table of sparse
// per-tag weights and a dictionary of words that always take one tag. A
// Model is safe for concurrent use.
type Model struct {
	slots   []slot // open-addressing table of features; key 0 is empty
	mask    uint64
	entries []entry
	dict    map[string]uint8
}

// slot is one feature: its weights are entries[start : start+count]. Key
// and range share a cache line, as do a feature's entries.
type slot struct {
	key          uint64
	start, count uint32
}

type entry struct {
	weight float32
	tag    uint32
}

// Feature is one feature's non-zero weights, used to build a Model.
type Feature struct {
	Hash    uint64
	Tags    []uint8
	Weights []float32
}

// NewModel builds a Model from features and a tag dictionary.
func NewModel(features []Feature, dict map[string]uint8) (*Model, error) {
	size := 1
	for size < 2*len(features)+1 {
		size <<= 1
	}
	m := &Model{
		slots: make([]slot, size),
		mask:  uint64(size - 1),
		dict:  dict,
	}
	for _, f := range features {
		if len(f.Tags) != len(f.Weights) {
			return nil, fmt.Errorf("perceptron: bad feature %x", f.Hash)
		}
		for _, t := range f.Tags {
			if int(t) >= NumTags {
				return nil, fmt.Errorf("perceptron: feature %x: tag %d out of range", f.Hash, t)
			}
		}
		start := len(m.entries)
		for i, t := range f.Tags {
			m.entries = append(m.entries, entry{weight: f.Weights[i], tag: uint32(t)})
		}
		if err := m.insert(f.Hash, start, len(f.Tags)); err != nil {
			return nil, err
		}
	}
	for w, t := range dict {
		if int(t) >= NumTags {
			return nil, fmt.Errorf("perceptron: dictionary word %q: tag %d out of range", w, t)
		}
	}
	return m, nil
}

// Len returns the number of features in m.
func (m *Model) Len() int {
	n := 0
	for _, s := range m.slots {
		if s.key != 0 {
			n++
		}
	}
	return n
}

// DictTag returns the fixed tag of word, if it has one.
func (m *Model) DictTag(word string) (uint8, bool) {
	t, ok := m.dict[word]
	return t, ok
}

// Predict returns the best tag for token i of words given the tagging
// history before it. It does not allocate.
func (m *Model) Predict(words []string, i int, hist History) uint8 {
	if t, ok := m.dict[words[i]]; ok {
		return t
	}
	var feats [MaxFeatures]uint64
	n := Features(words, i, hist, &feats)
	var scores [NumTags]float32
	for _, h := range feats[:n] {
		j := h & m.mask
		for {
			s := &m.slots[j]
			if s.key == h {
				for _, e := range m.entries[s.start : s.start+s.count] {
					scores[e.tag] += e.weight
				}
				break
			}
			if s.key == 0 {
				break
			}
			j = (j + 1) & m.mask
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

const magic = "NGPOS1\n"

// Encode writes m in the model's binary format (little-endian): magic,
// tag list, dictionary, then features with their weights.
func (m *Model) Encode(w io.Writer) error {
	bw := bufio.NewWriter(w)
	put := func(v any) {
		_ = binary.Write(bw, binary.LittleEndian, v) // bufio.Writer reports the first error at Flush
	}
	putString := func(s string) {
		put(uint16(len(s)))
		_, _ = bw.WriteString(s)
	}
	_, _ = bw.WriteString(magic)
	put(uint16(NumTags))
	for _, t := range Tags {
		putString(t)
	}
	words := make([]string, 0, len(m.dict))
	for w := range m.dict {
		words = append(words, w)
	}
	slices.Sort(words)
	put(uint32(len(words)))
	for _, w := range words {
		putString(w)
		put(m.dict[w])
	}
	var idx []int
	for i, s := range m.slots {
		if s.key != 0 {
			idx = append(idx, i)
		}
	}
	slices.SortFunc(idx, func(a, b int) int {
		switch {
		case m.slots[a].key < m.slots[b].key:
			return -1
		case m.slots[a].key > m.slots[b].key:
			return 1
		}
		return 0
	})
	put(uint32(len(idx)))
	for _, i := range idx {
		s := m.slots[i]
		es := m.entries[s.start : s.start+s.count]
		put(s.key)
		put(uint8(s.count))
		for _, e := range es {
			put(uint8(e.tag))
		}
		for _, e := range es {
			put(math.Float32bits(e.weight))
		}
	}
	return bw.Flush()
}

// Decode reads a model written by Encode.
func Decode(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("perceptron: read model: %w", err)
	}
	d := decoder{data: data}
	if string(d.bytes(len(magic))) != magic {
		return nil, errors.New("perceptron: not a model file")
	}
	if n := int(d.u16()); d.err == nil && n != NumTags {
		return nil, fmt.Errorf("perceptron: model has %d tags, want %d", n, NumTags)
	}
	for i := 0; i < NumTags && d.err == nil; i++ {
		if t := d.str(); d.err == nil && t != Tags[i] {
			return nil, fmt.Errorf("perceptron: model tag %d is %q, want %q", i, t, Tags[i])
		}
	}
	ndict := d.u32()
	dict := make(map[string]uint8, min(ndict, 1<<20))
	for i := uint32(0); i < ndict && d.err == nil; i++ {
		w := d.str()
		dict[w] = d.u8()
	}
	nfeat := d.u32()
	if d.err != nil {
		return nil, d.err
	}
	if uint64(nfeat)*10 > uint64(len(data)) {
		return nil, fmt.Errorf("perceptron: model claims %d features in %d bytes", nfeat, len(data))
	}
	size := 1
	for size < 2*int(nfeat)+1 {
		size <<= 1
	}
	m := &Model{
		slots:   make([]slot, size),
		mask:    uint64(size - 1),
		dict:    dict,
		entries: make([]entry, 0, len(data)/5),
	}
	for i := uint32(0); i < nfeat && d.err == nil; i++ {
		h := d.u64()
		count := int(d.u8())
		tags := d.bytes(count)
		start := len(m.entries)
		for _, t := range tags {
			if int(t) >= NumTags {
				return nil, fmt.Errorf("perceptron: feature %x: tag %d out of range", h, t)
			}
			m.entries = append(m.entries, entry{tag: uint32(t)})
		}
		for k := range count {
			if d.err == nil {
				m.entries[start+k].weight = math.Float32frombits(d.u32())
			}
		}
		if err := m.insert(h, start, count); err != nil {
			return nil, err
		}
	}
	if d.err != nil {
		return nil, d.err
	}
	for w, t := range dict {
		if int(t) >= NumTags {
			return nil, fmt.Errorf("perceptron: dictionary word %q: tag %d out of range", w, t)
		}
	}
	return m, nil
}

// insert adds feature h whose weights are entries [start, start+count).
func (m *Model) insert(h uint64, start, count int) error {
	if h == 0 || count > 255 || start < 0 {
		return fmt.Errorf("perceptron: bad feature %x", h)
	}
	i := h & m.mask
	for m.slots[i].key != 0 {
		if m.slots[i].key == h {
			return fmt.Errorf("perceptron: duplicate feature %x", h)
		}
		i = (i + 1) & m.mask
	}
	m.slots[i] = slot{key: h, start: uint32(start), count: uint32(count)}
	return nil
}

// decoder reads little-endian values from data, remembering the first
// error (a truncated model).
type decoder struct {
	data []byte
	off  int
	err  error
}

func (d *decoder) bytes(n int) []byte {
	if d.err != nil || n < 0 || d.off+n > len(d.data) {
		if d.err == nil {
			d.err = errors.New("perceptron: read model: unexpected end of data")
		}
		return nil
	}
	b := d.data[d.off : d.off+n]
	d.off += n
	return b
}

func (d *decoder) u8() uint8 {
	if b := d.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (d *decoder) u16() uint16 {
	if b := d.bytes(2); b != nil {
		return binary.LittleEndian.Uint16(b)
	}
	return 0
}

func (d *decoder) u32() uint32 {
	if b := d.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (d *decoder) u64() uint64 {
	if b := d.bytes(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

func (d *decoder) str() string { return string(d.bytes(int(d.u16()))) }
