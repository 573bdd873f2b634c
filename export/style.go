package export

import (
	"math"
	"strconv"

	"github.com/newsgraph/newsgraph/schema"
)

// typeColors fill nodes by entity type in pictures, DOT and GEXF viz.
var typeColors = map[schema.EntityType]string{
	schema.Person:       "#8ecae6",
	schema.Organization: "#ffb703",
	schema.Country:      "#b5e48c",
	schema.Location:     "#cdb4db",
	schema.Weapon:       "#f4978e",
	schema.Product:      "#e9c46a",
	schema.Document:     "#d9d9d9",
	schema.Event:        "#90e0ef",
	schema.Thing:        "#eeeeee",
}

// NodeColor returns the fill colour ("#rrggbb") for entities of type t.
func NodeColor(t schema.EntityType) string {
	if c, ok := typeColors[t]; ok {
		return c
	}
	return "#eeeeee"
}

// classColors colour edges by influence class: cooperation green,
// conflict red (material darker than verbal), roles grey.
var classColors = map[string]string{
	schema.VerbalCooperation:   "#52b788",
	schema.MaterialCooperation: "#1b7a43",
	schema.VerbalConflict:      "#e5383b",
	schema.MaterialConflict:    "#9d0208",
	schema.RoleClass:           "#8d99ae",
	schema.NeutralClass:        "#5c677d",
}

// EdgeColor returns the stroke colour ("#rrggbb") for edges of class c.
func EdgeColor(class string) string {
	if c, ok := classColors[class]; ok {
		return c
	}
	return "#5c677d"
}

// EdgeWidth returns the stroke width for an edge backed by evidence
// statements: 1 for one statement, growing with the logarithm, at most 6.
func EdgeWidth(evidence int) float64 {
	if evidence <= 1 {
		return 1
	}
	return math.Min(6, 1+1.5*math.Log2(float64(evidence)))
}

// rgb splits "#rrggbb" into its components.
func rgb(hex string) (r, g, b int) {
	v, err := strconv.ParseUint(hex[1:], 16, 32)
	if err != nil || len(hex) != 7 {
		return 0, 0, 0
	}
	return int(v >> 16 & 0xff), int(v >> 8 & 0xff), int(v & 0xff)
}
