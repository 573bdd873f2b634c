//go:build linux

package graph

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// fileRSS returns the process's resident file-backed and shared memory
// in bytes (the third field of /proc/self/statm), or 0 when unknown.
func fileRSS() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return 0
	}
	pages, err := strconv.ParseInt(f[2], 10, 64)
	if err != nil {
		return 0
	}
	return pages * int64(os.Getpagesize())
}

// releaseMapped drops the process's page-table entries for the read-only
// shared mappings of the store's bolt file and returns how many bytes of
// address space it advised. The caller holds the read lock.
func (s *Store) releaseMapped() (int64, error) {
	if s.kind != kindBolt {
		return 0, nil
	}
	file := filepath.Join(s.cfg.Store, "indexes.bolt")
	var st unix.Stat_t
	if err := unix.Stat(file, &st); err != nil {
		return 0, fmt.Errorf("graph: release mapped store: %w", err)
	}
	if abs, err := filepath.Abs(file); err == nil {
		file = abs
	}
	if real, err := filepath.EvalSymlinks(file); err == nil {
		file = real
	}
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return 0, fmt.Errorf("graph: release mapped store: %w", err)
	}
	var released int64
	sc := bufio.NewScanner(bytes.NewReader(maps))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		start, end, ok := fileMapping(sc.Text(), file, uint64(st.Dev), st.Ino)
		if !ok {
			continue
		}
		if _, _, errno := unix.Syscall(unix.SYS_MADVISE, start, end-start, unix.MADV_DONTNEED); errno != 0 {
			return released, fmt.Errorf("graph: release mapped store: madvise: %w", errno)
		}
		released += int64(end - start)
	}
	if err := sc.Err(); err != nil {
		return released, fmt.Errorf("graph: release mapped store: %w", err)
	}
	return released, nil
}

// fileMapping parses one line of /proc/self/maps and returns its address
// range when it is a read-only shared mapping of the file with device dev
// and inode ino, or of the file at path (on overlay file systems the
// kernel shows the underlying file's device and inode).
//
//	7f2c5a000000-7f2c6c000000 r--s 00000000 fd:00 1234567 /path/indexes.bolt
func fileMapping(line, path string, dev, ino uint64) (start, end uintptr, ok bool) {
	f := strings.Fields(line)
	if len(f) < 6 || f[1] != "r--s" {
		return 0, 0, false
	}
	if !sameDevIno(f[3], f[4], dev, ino) && strings.Join(f[5:], " ") != path {
		return 0, 0, false
	}
	lo, hi, found := strings.Cut(f[0], "-")
	if !found {
		return 0, 0, false
	}
	a, err1 := strconv.ParseUint(lo, 16, 64)
	b, err2 := strconv.ParseUint(hi, 16, 64)
	if err1 != nil || err2 != nil || b <= a {
		return 0, 0, false
	}
	return uintptr(a), uintptr(b), true
}

// sameDevIno reports whether a maps line's device ("fd:00", hex) and
// inode fields name the file with device dev and inode ino.
func sameDevIno(devField, inoField string, dev, ino uint64) bool {
	if n, err := strconv.ParseUint(inoField, 10, 64); err != nil || n != ino {
		return false
	}
	maj, min, found := strings.Cut(devField, ":")
	if !found {
		return false
	}
	ma, err1 := strconv.ParseUint(maj, 16, 32)
	mi, err2 := strconv.ParseUint(min, 16, 32)
	return err1 == nil && err2 == nil && uint32(ma) == unix.Major(dev) && uint32(mi) == unix.Minor(dev)
}
