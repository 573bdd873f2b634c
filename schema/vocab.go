package schema

// Influence classes: CAMEO QuadClass names plus the non-event classes.
const (
	VerbalCooperation   = "verbal-cooperation"
	MaterialCooperation = "material-cooperation"
	VerbalConflict      = "verbal-conflict"
	MaterialConflict    = "material-conflict"
	RoleClass           = "role"    // envoy of, president of, works for
	NeutralClass        = "neutral" // statements, open triples without an event class
)

// Direction says which way influence flows along a predicate's edge.
type Direction string

// The directions a predicate can have.
const (
	Forward     Direction = "forward"   // subject influences object (advise, threaten)
	Backward    Direction = "backward"  // object influences subject (aide of, works for)
	Symmetric   Direction = "symmetric" // both ways (meet, negotiate)
	NoInfluence Direction = "none"
)

// Predicate is one entry of the predicate vocabulary.
type Predicate struct {
	Lemma     string    `json:"lemma"`
	Class     string    `json:"class"`
	Cameo     string    `json:"cameo"` // root code "01".."20", "" for roles
	Goldstein float64   `json:"goldstein"`
	Direction Direction `json:"direction"`
	Role      bool      `json:"role"`
}
