package postag

import (
	"bytes"
	"compress/gzip"
	"testing"

	"github.com/newsgraph/newsgraph/extract/postag/internal/perceptron"
)

func BenchmarkLoadModel(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		zr, err := gzip.NewReader(bytes.NewReader(modelData))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := perceptron.Decode(zr); err != nil {
			b.Fatal(err)
		}
	}
}
