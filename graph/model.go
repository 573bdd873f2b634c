package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// The graph model (docs/model.md). Every IRI lives under the "ng:" scheme;
// every quad carries its article's IRI as label, so an article's quads are
// exactly the quads labelled with it.
const (
	nsEntity    = "ng:entity/"  // ng:entity/<type>/<slug>
	nsArticle   = "ng:article/" // ng:article/<key>
	nsStatement = "ng:stmt/"    // ng:stmt/<key>/<n>
	nsPredicate = "ng:p/"       // ng:p/<lemma, spaces as _>
	nsType      = "ng:"         // ng:Person, ng:Article, ...
)

// Predicates of the model.
var (
	predType = quad.IRI("rdf:type")

	// entity
	predName  = quad.IRI("ng:name")
	predAlias = quad.IRI("ng:alias")

	// article
	predID         = quad.IRI("ng:id")
	predSource     = quad.IRI("ng:source")
	predURL        = quad.IRI("ng:url")
	predTitle      = quad.IRI("ng:title")
	predByline     = quad.IRI("ng:byline")
	predPublished  = quad.IRI("ng:published")
	predHash       = quad.IRI("ng:hash")
	predIngested   = quad.IRI("ng:ingested")
	predStatements = quad.IRI("ng:statements")
	predMentions   = quad.IRI("ng:mentions")
	predManifest   = quad.IRI("ng:manifest")

	// statement
	predSubject    = quad.IRI("ng:subject")
	predPredicate  = quad.IRI("ng:predicate")
	predObject     = quad.IRI("ng:object")
	predSentence   = quad.IRI("ng:sentence")
	predSpan       = quad.IRI("ng:span")
	predConfidence = quad.IRI("ng:confidence")
	predModality   = quad.IRI("ng:modality")
	predNegated    = quad.IRI("ng:negated")
	predCameo      = quad.IRI("ng:cameo")
	predClass      = quad.IRI("ng:class")

	typeArticle = quad.IRI(nsType + "Article")
)

// typeIRI returns the class IRI of entity type t, e.g. <ng:Person>.
func typeIRI(t schema.EntityType) quad.IRI { return quad.IRI(nsType + string(t)) }

// PredicateIRI returns the IRI of the direct edges for lemma, e.g.
// "suggest" → "<ng:p/suggest>", "envoy of" → "<ng:p/envoy_of>", in the
// form Gizmo's Out and In accept.
func PredicateIRI(lemma string) string { return predicateIRI(lemma).String() }

func predicateIRI(lemma string) quad.IRI {
	l := strings.ToLower(strings.TrimSpace(lemma))
	l = strings.Join(strings.Fields(l), "_")
	return quad.IRI(nsPredicate + url.PathEscape(l))
}

// lemmaOf inverts predicateIRI; ok is false for IRIs that are not
// direct-edge predicates.
func lemmaOf(v quad.Value) (string, bool) {
	iri, ok := v.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), nsPredicate) {
		return "", false
	}
	l, err := url.PathUnescape(string(iri)[len(nsPredicate):])
	if err != nil {
		return "", false
	}
	return strings.ReplaceAll(l, "_", " "), true
}

// articleKey is the stable short key of an article ID.
func articleKey(id string) string {
	h := sha256.Sum256([]byte(id))
	return hex.EncodeToString(h[:8])
}

// ArticleIRI returns the IRI of the article node for article ID id, in
// the "<ng:article/...>" form Gizmo accepts.
func ArticleIRI(id string) string { return articleIRI(id).String() }

func articleIRI(id string) quad.IRI { return quad.IRI(nsArticle + articleKey(id)) }

func statementIRI(article quad.IRI, n int) quad.IRI {
	return quad.IRI(nsStatement + strings.TrimPrefix(string(article), nsArticle) + "/" + strconv.Itoa(n))
}

// EntityIRI returns the IRI an entity of type t named name gets when first
// seen, e.g. "<ng:entity/person/steve-witkoff>". An entity merged into an
// existing one keeps the existing IRI: use Resolve to find it.
func EntityIRI(t schema.EntityType, name string) string { return entityIRI(t, name).String() }

func entityIRI(t schema.EntityType, name string) quad.IRI {
	if t == "" {
		t = schema.Thing
	}
	return quad.IRI(nsEntity + strings.ToLower(string(t)) + "/" + slug(name))
}

// EntityTypeOf reads the entity type out of an entity node id, as
// schema.Edge.SubjectID and ObjectID carry it ("ng:entity/person/x" or
// "<ng:entity/person/x>").
func EntityTypeOf(id string) (schema.EntityType, bool) {
	return entityType(quad.IRI(strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">")))
}

// entityType reads the entity type out of an entity IRI.
func entityType(iri quad.IRI) (schema.EntityType, bool) {
	rest, ok := strings.CutPrefix(string(iri), nsEntity)
	if !ok {
		return "", false
	}
	t, _, ok := strings.Cut(rest, "/")
	if !ok || t == "" {
		return "", false
	}
	return schema.EntityType(strings.ToUpper(t[:1]) + t[1:]), true
}

// entitySlug returns the slug part of an entity IRI.
func entitySlug(iri quad.IRI) string {
	rest := strings.TrimPrefix(string(iri), nsEntity)
	_, s, _ := strings.Cut(rest, "/")
	return s
}

func isEntity(v quad.Value) bool {
	iri, ok := v.(quad.IRI)
	return ok && strings.HasPrefix(string(iri), nsEntity)
}

// slug turns a name into the lower-case, dash-separated IRI segment:
// letters and digits of any script are kept, everything else separates.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(foldPunct(name)) {
		switch {
		case r == '\'' || r == '.':
			// "O'Brien" → obrien, "U.S." → us
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	if b.Len() == 0 {
		sum := sha256.Sum256([]byte(name))
		return "x" + hex.EncodeToString(sum[:4])
	}
	return b.String()
}

// foldPunct maps typographic quotes and dashes to their ASCII forms.
func foldPunct(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u2018', '\u2019', '\u02bc', '`', '\u00b4':
			return '\''
		case '\u201c', '\u201d':
			return '"'
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
			return '-'
		case '\u00a0':
			return ' '
		}
		return r
	}, s)
}

// aliasKey normalises a surface form into the key stored as ng:alias and
// matched by Resolve: typographic punctuation folded, periods dropped,
// lower case, a leading "the" removed, spaces collapsed.
func aliasKey(s string) string {
	s = strings.ToLower(foldPunct(s))
	s = strings.ReplaceAll(s, ".", "")
	f := strings.Fields(s)
	if len(f) > 1 && f[0] == "the" {
		f = f[1:]
	}
	for i := range f {
		f[i] = strings.Trim(f[i], ",;:!?\"()[]")
	}
	return strings.TrimSpace(strings.Join(f, " "))
}

// literal values: the model uses plain strings only, so that every dump
// format (N-Quads, PQuads, JSON-LD) round-trips them exactly.
// Invalid UTF-8 is replaced, as no dump format could carry it.
func str(s string) quad.Value { return quad.String(strings.ToValidUTF8(s, "\uFFFD")) }

func timeString(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func parseTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

func spanString(sp schema.Span) string { return fmt.Sprintf("%d-%d", sp[0], sp[1]) }

func parseSpan(s string) schema.Span {
	a, b, _ := strings.Cut(s, "-")
	x, _ := strconv.Atoi(a)
	y, _ := strconv.Atoi(b)
	return schema.Span{x, y}
}

// valueString returns the text of a literal or IRI value.
func valueString(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.IRI:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	}
	return quad.StringOf(v)
}

// statementClass is the influence class stored on a statement: the CAMEO
// class of its code when it has one (see classOf), else the vocabulary's
// class for its predicate, else "neutral".
func (s *Store) statementClass(st schema.Statement) string {
	c := classOf(st)
	if c != schema.NeutralClass || st.Cameo != "" || s.vocab == nil {
		return c
	}
	if p, ok := s.vocab(st.Predicate); ok && p.Class != "" {
		return p.Class
	}
	return c
}

// classOf derives a statement's influence class: role relations are
// "role"; otherwise the CAMEO root code's QuadClass (01–05 verbal
// cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20
// material conflict); otherwise "neutral".
func classOf(st schema.Statement) string {
	if st.Role {
		return schema.RoleClass
	}
	root := st.Cameo
	if len(root) > 2 {
		root = root[:2]
	}
	n, err := strconv.Atoi(root)
	switch {
	case err != nil || n < 1 || n > 20:
		return schema.NeutralClass
	case n <= 5:
		return schema.VerbalCooperation
	case n <= 8:
		return schema.MaterialCooperation
	case n <= 13:
		return schema.VerbalConflict
	}
	return schema.MaterialConflict
}
