// Package perceptron is the averaged-perceptron part-of-speech model shared
// by package postag (tagging) and its training command: the tag set, the
// feature templates, training, and the binary model format.
package perceptron

// Tags is the Penn Treebank tag set the model predicts, in index order.
// Brackets are "(" and ")" rather than -LRB- and -RRB-.
var Tags = [...]string{
	"CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD",
	"NN", "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR",
	"RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ",
	"WDT", "WP", "WP$", "WRB", "$", "#", "``", "''", "(", ")", ",", ".", ":",
}

// NumTags is the number of tags.
const NumTags = len(Tags)

var tagIndex = func() map[string]uint8 {
	m := make(map[string]uint8, NumTags)
	for i, t := range Tags {
		m[t] = uint8(i)
	}
	return m
}()

// TagIndex returns the index of tag in Tags.
func TagIndex(tag string) (uint8, bool) {
	i, ok := tagIndex[tag]
	return i, ok
}
