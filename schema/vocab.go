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

// Classes returns every influence class in a fixed order: the four CAMEO
// QuadClasses (1 to 4), then RoleClass and NeutralClass.
func Classes() []string {
	return []string{VerbalCooperation, MaterialCooperation, VerbalConflict, MaterialConflict, RoleClass, NeutralClass}
}

// QuadClassName returns the influence class of CAMEO QuadClass q (1 verbal
// cooperation, 2 material cooperation, 3 verbal conflict, 4 material
// conflict), or "" when q is out of range.
func QuadClassName(q int) string {
	switch q {
	case 1:
		return VerbalCooperation
	case 2:
		return MaterialCooperation
	case 3:
		return VerbalConflict
	case 4:
		return MaterialConflict
	}
	return ""
}

// Direction says which way influence flows along a predicate's edge.
type Direction string

// The directions a predicate can have.
const (
	Forward     Direction = "forward"   // subject influences object (advise, threaten)
	Backward    Direction = "backward"  // object influences subject (aide of, works for)
	Symmetric   Direction = "symmetric" // both ways (meet, negotiate)
	NoInfluence Direction = "none"
)

// Valid reports whether d is one of the four directions.
func (d Direction) Valid() bool {
	switch d {
	case Forward, Backward, Symmetric, NoInfluence:
		return true
	}
	return false
}

// Predicate is one entry of the predicate vocabulary.
type Predicate struct {
	Lemma     string    `json:"lemma"`
	Class     string    `json:"class"`
	Cameo     string    `json:"cameo"` // root code "01".."20", "" for roles
	Goldstein float64   `json:"goldstein"`
	Direction Direction `json:"direction"`
	Role      bool      `json:"role"`
	// Code is the CAMEO code the entry was assigned ("042", "1246"); its
	// first two digits are Cameo and Goldstein is its value. "" for roles.
	Code string `json:"code,omitempty"`
}
