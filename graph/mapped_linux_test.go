//go:build linux

package graph

import (
	"testing"

	"golang.org/x/sys/unix"
)

func TestFileMapping(t *testing.T) {
	const path = "/tmp/s.db/indexes.bolt"
	dev := unix.Mkdev(0xfd, 0x01)
	tests := []struct {
		name, line string
		ok         bool
		start, end uintptr
	}{
		{"read-only shared mapping of the file", "7f2c5a000000-7f2c6c000000 r--s 00000000 fd:01 1234 " + path, true, 0x7f2c5a000000, 0x7f2c6c000000},
		{"same file seen through another path", "7f2c5a000000-7f2c5a001000 r--s 00000000 fd:01 1234 /elsewhere/indexes.bolt", true, 0x7f2c5a000000, 0x7f2c5a001000},
		{"same path, other device and inode (overlay)", "1000-3000 r--s 00000000 00:2a 99 " + path, true, 0x1000, 0x3000},
		{"writable shared mapping", "1000-3000 rw-s 00000000 fd:01 1234 " + path, false, 0, 0},
		{"private mapping", "1000-3000 r--p 00000000 fd:01 1234 " + path, false, 0, 0},
		{"other inode", "1000-3000 r--s 00000000 fd:01 1235 /tmp/other.db", false, 0, 0},
		{"other device", "1000-3000 r--s 00000000 fd:02 1234 /tmp/other.db", false, 0, 0},
		{"anonymous", "1000-3000 r--s 00000000 00:00 0 ", false, 0, 0},
		{"path with a space", "1000-3000 r--s 00000000 00:2a 99 /tmp/my store/indexes.bolt", false, 0, 0},
		{"empty range", "3000-3000 r--s 00000000 fd:01 1234 " + path, false, 0, 0},
		{"garbage", "not a maps line", false, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start, end, ok := fileMapping(tt.line, path, dev, 1234)
			if ok != tt.ok || start != tt.start || end != tt.end {
				t.Errorf("fileMapping(%q) = %#x, %#x, %v; want %#x, %#x, %v", tt.line, start, end, ok, tt.start, tt.end, tt.ok)
			}
		})
	}
}
