// Package graphtest is the conformance suite every newsgraph store backend
// (memory, bolt, PostgreSQL) must pass, and the hand-built fixtures it
// uses: an extraction of the seed article (Witkoff, Ushakov, Putin, Trump)
// that other packages may reuse in their tests.
package graphtest

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/schema"
)

// SeedSource is the source name of the seed article fixture.
const SeedSource = "testdata/putin-tomahawk-call.txt"

// seedSentences are sentences of the seed article the fixture's
// statements cite.
var seedSentences = []string{
	"WASHINGTON — Russian dictator Vladimir Putin threatened President Trump not to send Tomahawk missiles to Ukraine in a phone call set in motion by White House special envoy Steve Witkoff ahead of a high-stakes meeting with Ukrainian President Volodymyr Zelensky.",
	"The critical Putin-Trump call came after Witkoff suggested to Yuri Ushakov, Russia’s top foreign policy aide, that Putin ingratiate himself with the US president by stroking his ego on achieving the Gaza cease-fire deal about a week before, according to a transcript published by Bloomberg of an Oct. 14 call between the US envoy and Kremlin chief foreign policy advisor.",
	"A readout of the Oct. 16 call from Russia says Putin indeed congratulated Trump about his “successful efforts” in Gaza.",
	"Witkoff did not tell the Kremlin to threaten Trump — and made no mention Tomahawks in the exchange, but said he believed Russia was ready to make a peace deal.",
	"Putin was able to use the call to successfully talk Trump out of sending the long-range weapons — after Witkoff coached Ushakov on what Putin should tell the US president.",
	"Witkoff then told Ushakov to ensure that Putin did not mention his intent to demand Ukraine give up land.",
	"“This story proves one thing: Special Envoy Witkoff talks to officials in both Russia and Ukraine nearly every day to achieve peace, which is exactly what President Trump appointed him to do,” White House communications director Steven Cheung said.",
}

// SeedText is the fixture's article text: its sentences joined by newlines.
var SeedText = strings.Join(seedSentences, "\n")

// SeedArticle returns the seed article's metadata with a hash of SeedText.
func SeedArticle() schema.Article {
	sum := sha256.Sum256([]byte(SeedText))
	return schema.Article{
		ID:        SeedSource,
		Source:    SeedSource,
		URL:       "https://nypost.com/2025/11/25/us-news/putin-threatened-trump-over-tomahawks/",
		Title:     "Putin threatened Trump not to send Tomahawks in call set up by Witkoff",
		Published: time.Date(2025, 11, 25, 12, 0, 0, 0, time.UTC),
		Hash:      hex.EncodeToString(sum[:]),
		Ingested:  time.Date(2025, 11, 26, 8, 30, 0, 0, time.UTC),
	}
}

// SeedExtraction returns a hand-built extraction of the seed article:
// the entities with their aliases and the statements an extractor should
// find, including one negated and one hypothetical statement.
func SeedExtraction() *schema.Extraction {
	x := &schema.Extraction{Entities: []schema.Entity{
		{Name: "Vladimir Putin", Type: schema.Person, Aliases: []string{"Putin", "Russian dictator Vladimir Putin", "your boss"}},
		{Name: "Donald Trump", Type: schema.Person, Aliases: []string{"Trump", "President Trump", "Mr. Trump", "the US president"}},
		{Name: "Steve Witkoff", Type: schema.Person, Aliases: []string{"Witkoff", "Steve", "Special Envoy Witkoff", "White House special envoy Steve Witkoff", "the US envoy", "Trump’s envoy"}},
		{Name: "Yuri Ushakov", Type: schema.Person, Aliases: []string{"Ushakov", "Yuri", "Russia’s top foreign policy aide", "the Russian"}},
		{Name: "Volodymyr Zelensky", Type: schema.Person, Aliases: []string{"Zelensky", "Ukrainian President Volodymyr Zelensky"}},
		{Name: "Steven Cheung", Type: schema.Person, Aliases: []string{"Cheung", "White House communications director Steven Cheung"}},
		{Name: "Russia", Type: schema.Country, Aliases: []string{"Moscow", "the Kremlin", "Kremlin"}},
		{Name: "Ukraine", Type: schema.Country, Aliases: []string{"the country", "Kyiv"}},
		{Name: "United States", Type: schema.Country, Aliases: []string{"US", "the US", "White House", "Washington"}},
		{Name: "Bloomberg", Type: schema.Organization},
		{Name: "Tomahawk missile", Type: schema.Weapon, Aliases: []string{"Tomahawk missiles", "Tomahawks", "the long-range weapons"}},
		{Name: "transcript", Type: schema.Thing, Aliases: []string{"a transcript"}},
	}}
	add := func(sent int, subj string, st schema.EntityType, pred, predText string, obj string, ot schema.EntityType, cameo string, neg bool, mod schema.Modality, conf float64) {
		text := seedSentences[sent]
		start := strings.Index(SeedText, text)
		x.Statements = append(x.Statements, schema.Statement{
			Subject: subj, SubjectType: st, SubjectText: subj, Predicate: pred, PredicateText: predText,
			Object: obj, ObjectType: ot, ObjectText: obj, Negated: neg, Modality: mod, Cameo: cameo,
			Confidence: conf, Sentence: sent, SentenceText: text, Span: schema.Span{start, start + len(text)},
			Source: SeedSource,
		})
	}
	P, C, O := schema.Person, schema.Country, schema.Organization
	add(0, "Vladimir Putin", P, "threaten", "threatened", "Donald Trump", P, "13", false, schema.Asserted, 0.9)
	add(0, "Donald Trump", P, "send", "to send", "Tomahawk missile", schema.Weapon, "", false, schema.Hypothetical, 0.6)
	add(1, "Steve Witkoff", P, "suggest", "suggested to", "Yuri Ushakov", P, "02", false, schema.Asserted, 0.9)
	add(1, "Bloomberg", O, "publish", "published", "transcript", schema.Thing, "", false, schema.Asserted, 0.5)
	add(2, "Vladimir Putin", P, "congratulate", "congratulated", "Donald Trump", P, "05", false, schema.Reported, 0.85)
	add(3, "Steve Witkoff", P, "tell", "did not tell", "Russia", C, "", true, schema.Asserted, 0.8)
	add(4, "Vladimir Putin", P, "persuade", "talk out of", "Donald Trump", P, "03", false, schema.Asserted, 0.7)
	add(4, "Steve Witkoff", P, "advise", "coached", "Yuri Ushakov", P, "02", false, schema.Asserted, 0.8)
	add(5, "Steve Witkoff", P, "tell", "told", "Yuri Ushakov", P, "", false, schema.Asserted, 0.8)
	add(6, "Donald Trump", P, "appoint", "appointed", "Steve Witkoff", P, "", false, schema.Reported, 0.7)
	x.Statements[len(x.Statements)-1].Role = true
	return x
}
