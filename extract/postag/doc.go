// Package postag is a fast part-of-speech tagger for English: a greedy
// averaged perceptron over Penn Treebank tags, trained on the Brown corpus
// (converted to Penn tags) and embedded in the binary. It tags tokens the
// extract tokenizer produces (clitics such as 's and n't split off).
//
// The model and its training command live in internal/; README.md gives
// the tag set, the Brown-to-Penn conversion, how to retrain, and the
// measured accuracy and speed.
package postag
