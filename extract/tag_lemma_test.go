package extract

import "testing"

func TestGuessBase(t *testing.T) {
	tests := []struct{ stem, want string }{
		{"labell", "label"}, // labelled
		{"dubb", "dub"},     // dubbed
		{"implicat", "implicate"},
		{"criticis", "criticise"},
		{"realiz", "realize"},
		{"arriv", "arrive"},
		{"reduc", "reduce"},
		{"argu", "argue"},
		{"staff", "staff"},   // staffed
		{"harass", "harass"}, // harassed
		{"visit", "visit"},
		{"attack", "attack"},
		{"go", "go"},
		{"wedg", "wedge"},         // wedged
		{"emerg", "emerge"},       // emerged
		{"collaps", "collapse"},   // collapsed
		{"licens", "license"},     // licensed
		{"revers", "reverse"},     // reversed
		{"pass", "pass"},          // passed
		{"warn", "warn"},          // warned
		{"hyp", "hype"},           // hyping: one syllable, one vowel, one consonant
		{"phas", "phase"},         // phased
		{"fix", "fix"},            // fixed: x never doubles
		{"show", "show"},          // showing
		{"open", "open"},          // opened: two syllables
		{"lead", "lead"},          // leading: two vowel letters
		{"injur", "injure"},       // injuring
		{"declar", "declare"},     // declared
		{"appear", "appear"},      // appeared: two vowel letters
		{"offer", "offer"},        // offered: e before r keeps no e
		{"persecut", "persecute"}, // persecuted: -ut after a consonant
		{"collud", "collude"},     // colluded
		{"sabotag", "sabotage"},   // sabotaged: one vowel and g
		{"reneg", "renege"},       // reneged
		{"debut", "debut"},        // debuted: -but keeps no e
		{"cloud", "cloud"},        // clouded: two vowels
	}
	for _, tc := range tests {
		if got := guessBase(tc.stem); got != tc.want {
			t.Errorf("guessBase(%q) = %q, want %q", tc.stem, got, tc.want)
		}
	}
}

func TestVerbLemmaFallback(t *testing.T) {
	lx := testLexicon(t)
	for w, want := range map[string]string{"labelled": "label", "criticised": "criticise", "rejected": "reject", "travelling": "travel",
		"comes": "come", "coming": "come", "passes": "pass", "fixes": "fix", "goes": "go", "hopes": "hope", "uses": "use",
		"vying": "vie", "dying": "die", "lying": "lie", "saying": "say", "flying": "fly", "trying": "try",
		"putting": "put", "cutting": "cut", "setting": "set",
		// a prefix on a verb the dictionary knows, and stems that end in a
		// consonant and l or r, which no English verb does without its e
		"mismanaged": "mismanage", "mishandled": "mishandle", "overruled": "overrule", "outmanoeuvred": "outmanoeuvre",
		"bungled": "bungle", "heckling": "heckle", "tackled": "tackle", "centred": "centre",
		"stalled": "stall", "stalling": "stall", "travelled": "travel", "patrolled": "patrol",
		"'m": "be", "'re": "be", "'ve": "have",
		"curled": "curl", "appealed": "appeal", "misled": "mislead", "reopened": "reopen", "relied": "rely", "reported": "report"} {
		if got := lx.verbLemma(w); got != want {
			t.Errorf("verbLemma(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestIrregularVerbLemma(t *testing.T) {
	// irregular forms no suffix rule restores: "protesters overran the
	// palace", "the audit has shown", "Acme repaid the loan"
	lx := testLexicon(t)
	for w, want := range map[string]string{"overran": "overrun", "overrode": "override", "overridden": "override", "wept": "weep",
		"shown": "show", "showed": "show", "proven": "prove", "sped": "speed", "shrank": "shrink", "shrunk": "shrink",
		"stung": "sting", "swollen": "swell", "underwrote": "underwrite", "repaid": "repay", "overpaid": "overpay",
		"outsold": "outsell", "outspent": "outspend", "rewrote": "rewrite", "retook": "retake", "resold": "resell",
		"overheard": "overhear", "misunderstood": "misunderstand", "flung": "fling", "trod": "tread", "forsook": "forsake",
		"befell": "befall", "undid": "undo", "overshot": "overshoot", "rethought": "rethink"} {
		if got := lx.verbLemma(w); got != want {
			t.Errorf("verbLemma(%q) = %q, want %q", w, got, want)
		}
	}
}
