package main

import (
	"os"
	"testing"
)

// TestMain removes the newsgraph binary the tests share (buildBinary).
func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}
