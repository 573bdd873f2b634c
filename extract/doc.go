// Package extract turns English news text into schema statements: a
// pipeline of small annotators over one Document (sentences → tokens → POS
// tags → entity mentions → coreference → relations → negation/modality →
// schema mapping). It knows nothing about storage. A Pipeline is built once
// (lexicons and models load in NewPipeline) and is safe for concurrent use.
package extract
