package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// copyModule copies what building a module's packages needs from src to
// dst: every file but tests, and none under docs, testdata or hidden
// folders. dst is emptied first.
func copyModule(src, dst string) error {
	if err := os.RemoveAll(dst); err != nil {
		return err
	}
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); path != src && (n == "docs" || n == "testdata" || strings.HasPrefix(n, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(path, "_test.go") || !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		return copyFile(path, filepath.Join(dst, rel))
	})
}

func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}

// applyPatch checks every file that patch/UPSTREAM lists against its sum in
// the copy dst of module, removes it, then adds patch's files (but UPSTREAM
// and LICENSE.*) at their paths.
func applyPatch(dst, patch, module string) error {
	sums, err := readSums(filepath.Join(patch, "UPSTREAM"))
	if err != nil {
		return err
	}
	for name, want := range sums {
		target := filepath.Join(dst, filepath.FromSlash(name))
		b, err := os.ReadFile(target)
		if err != nil {
			return fmt.Errorf("%s %s: %w", module, name, err)
		}
		if got := sha256.Sum256(b); hex.EncodeToString(got[:]) != want {
			return fmt.Errorf("%s %s is not the file %s was derived from (sha256 in %s/UPSTREAM): re-derive the copy from the new upstream, or drop it", module, name, patch, patch)
		}
		if err := os.Remove(target); err != nil {
			return err
		}
	}
	return filepath.WalkDir(patch, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if n := d.Name(); n == "UPSTREAM" || strings.HasPrefix(n, "LICENSE.") {
			return nil
		}
		rel, err := filepath.Rel(patch, path)
		if err != nil {
			return err
		}
		return copyFile(path, filepath.Join(dst, rel))
	})
}

// readSums reads sha256sum's output, "<hex>  <file>" per line, the file
// a slash-separated path inside the module.
func readSums(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	sums := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		sum, name, ok := strings.Cut(line, "  ")
		if _, err := hex.DecodeString(sum); !ok || err != nil || len(sum) != 64 || !fs.ValidPath(name) {
			return nil, fmt.Errorf("%s:%d: want \"<sha256>  <file>\", got %q", path, n, line)
		}
		sums[name] = sum
	}
	if len(sums) == 0 {
		return nil, fmt.Errorf("%s: no files listed", path)
	}
	return sums, nil
}
