package graph

import "time"

// SetAdjacencyRebuildInterval sets the least time between two snapshot
// rebuilds for a test and returns a function that restores it.
func SetAdjacencyRebuildInterval(d time.Duration) (restore func()) {
	old := adjacencyRebuildInterval
	adjacencyRebuildInterval = d
	return func() { adjacencyRebuildInterval = old }
}
