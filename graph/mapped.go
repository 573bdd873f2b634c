package graph

import "time"

// Bolt reads its file through a read-only shared memory map, so a read of
// the whole store (a dump, the actor-graph view) leaves every page it
// touched resident in the process, and more: the kernel maps the cached
// neighbours of a faulting page with it (fault-around, 64 KB and more), so
// one popular actor's quads, scattered over the log, map most of a 300 MB
// store file at once. Those pages belong to the kernel's page cache and
// are never written by the process, but they count in its resident
// memory. A pager keeps the process's file-backed resident memory near
// mappedBudget during such a read: every pageEvery quads it reads the
// process's resident file pages and, past the budget, drops the
// page-table entries of the bolt mapping (madvise MADV_DONTNEED, see
// releaseMapped in mapped_linux.go).
//
// This is safe for this mapping and only for it: bolt maps the file
// PROT_READ and MAP_SHARED and writes through the file descriptor, so the
// mapping holds no private or dirty page. MADV_DONTNEED on a shared file
// mapping discards nothing: the pages stay in the page cache (and in the
// file), and the next access maps them again with a minor fault, showing
// the same bytes. Only read-only shared mappings of the bolt file ("r--s"
// in /proc/self/maps) are touched, and only under the read lock, so that
// no write of this process can move bolt's mapping (bolt remaps only when
// a write grows the file) and let another mapping take its address range.

// mappedBudget is the file-backed resident memory (bolt's mapping plus the
// pages of the program itself) above which a pager releases the bolt
// mapping.
var mappedBudget int64 = 64 << 20

// pageEvery is how many quads a pager lets pass between two looks at the
// resident memory: a quad read faults in at most a few pages (the quad,
// its values), each mapping at most a fault-around window.
const pageEvery = 32

// pageInterval is the least time between two looks at the resident
// memory between reads (checkUnlocked): reading /proc/self/statm costs
// about 15 µs.
const pageInterval = 500 * time.Microsecond

// pager releases bolt's mapping as a long read goes; a nil pager (other
// stores) does nothing.
type pager struct {
	s    *Store
	n    int
	last time.Time // last look at the resident memory
}

// newPager returns a pager for a long read of s, nil unless s is bolt.
func (s *Store) newPager() *pager {
	if s.kind != kindBolt {
		return nil
	}
	return &pager{s: s}
}

// tick counts one quad read and, every pageEvery quads, releases the
// mapping when the process's file-backed resident memory is past the
// budget. The caller holds the store's read lock.
func (p *pager) tick() {
	if p == nil {
		return
	}
	p.n++
	if p.n%pageEvery != 0 {
		return
	}
	p.check()
}

// check releases the mapping when the process's file-backed resident
// memory is past the budget. The caller holds the store's read lock.
func (p *pager) check() {
	if p == nil {
		return
	}
	p.last = time.Now()
	if fileRSS() <= mappedBudget {
		return
	}
	// best effort: a failure only leaves the pages resident
	_, _ = p.s.releaseMapped()
}

// checkUnlocked is check between two reads, for a caller that does not
// hold the read lock; it looks at most every pageInterval.
func (p *pager) checkUnlocked() {
	if p == nil || time.Since(p.last) < pageInterval {
		return
	}
	defer p.s.rlock()()
	p.check()
}
