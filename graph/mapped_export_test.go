package graph

// ReleaseMapped exposes releaseMapped to the tests of package graph_test,
// under the read lock.
func (s *Store) ReleaseMapped() (int64, error) {
	defer s.rlock()()
	return s.releaseMapped()
}

// SetMappedBudget sets the file-backed resident memory past which long
// reads release bolt's mapping; the returned function restores it.
func SetMappedBudget(n int64) (restore func()) {
	old := mappedBudget
	mappedBudget = n
	return func() { mappedBudget = old }
}
