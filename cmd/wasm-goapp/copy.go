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

// copyModule copies what building go-app's packages needs from src to dst:
// go.mod, go.sum, LICENSE and the non-test Go files under pkg/. dst is
// emptied first.
func copyModule(src, dst string) error {
	if err := os.RemoveAll(dst); err != nil {
		return err
	}
	for _, name := range []string{"go.mod", "go.sum", "LICENSE"} {
		if err := copyFile(filepath.Join(src, name), filepath.Join(dst, name)); err != nil {
			return err
		}
	}
	return filepath.WalkDir(filepath.Join(src, "pkg"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
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
// pkg, then replaces it with patch's copy of the same name, or removes it
// when patch has none.
func applyPatch(pkg, patch string) error {
	sums, err := readSums(filepath.Join(patch, "UPSTREAM"))
	if err != nil {
		return err
	}
	for name, want := range sums {
		target := filepath.Join(pkg, name)
		b, err := os.ReadFile(target)
		if err != nil {
			return fmt.Errorf("%s: %w", target, err)
		}
		if got := sha256.Sum256(b); hex.EncodeToString(got[:]) != want {
			return fmt.Errorf("go-app's pkg/app/%s is not the file %s/%s was derived from (sha256 in %s/UPSTREAM): re-derive the copy from the new upstream, or drop it", name, patch, name, patch)
		}
		mine := filepath.Join(patch, name)
		switch _, err := os.Stat(mine); {
		case err == nil:
			err = copyFile(mine, target)
		case os.IsNotExist(err):
			err = os.Remove(target)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// readSums reads sha256sum's output, "<hex>  <file>" per line.
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
		if _, err := hex.DecodeString(sum); !ok || err != nil || len(sum) != 64 || name != filepath.Base(name) {
			return nil, fmt.Errorf("%s:%d: want \"<sha256>  <file>\", got %q", path, n, line)
		}
		sums[name] = sum
	}
	if len(sums) == 0 {
		return nil, fmt.Errorf("%s: no files listed", path)
	}
	return sums, nil
}
