// Package assets holds the files LaborLens serves as they are (the wasm
// binary, scripts, styles, icons, the dataset), each compressed once with
// brotli and gzip, and serves them by Accept-Encoding with strong ETags.
package assets

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/laborlens/laborlens/internal/httpx"
)

// Asset is one file with its precompressed variants.
type Asset struct {
	Name        string // URL path, e.g. /web/app.wasm
	ContentType string
	Body        []byte
	Brotli      []byte // nil when compression does not pay
	Gzip        []byte
	ETag        string    // strong, of the identity body; each encoding has its own (see variants)
	ModTime     time.Time // for Last-Modified; zero: none
}

// Store is a set of assets keyed by URL path. It is built once and then
// only read, so it is safe for concurrent use.
type Store struct {
	assets  map[string]*Asset
	modTime time.Time
}

// NewStore returns an empty store. Its assets are last modified when it is
// made (the server starts), to the second, for If-Modified-Since.
func NewStore() *Store {
	return &Store{assets: map[string]*Asset{}, modTime: time.Now().UTC().Truncate(time.Second)}
}

// compressible reports whether a file is worth compressing: text, code,
// wasm and the binary-encoded dataset; not images that are compressed already.
func compressible(name string) bool {
	switch path.Ext(name) {
	case ".wasm", ".js", ".css", ".json", ".svg", ".webmanifest", ".bin", ".txt", ".html", ".xml":
		return true
	}
	return false
}

// Add stores body under name, compressing it now. br and gz, when not nil,
// are precompressed variants made at build time and used as they are.
func (s *Store) Add(name string, body, br, gz []byte) {
	ctype := contentType(name)
	a := &Asset{Name: name, ContentType: ctype, Body: body}
	sum := sha256.Sum256(body)
	a.ETag = `"` + hex.EncodeToString(sum[:12]) + `"`
	if compressible(name) && len(body) > 512 {
		memo := br == nil && gz == nil && len(body) >= memoMin
		if memo {
			if v, ok := compressed.Load(sum); ok {
				br, gz = v.([2][]byte)[0], v.([2][]byte)[1]
			}
		}
		if br == nil {
			br = Brotli(body, brotliLevel(len(body)))
		}
		if gz == nil {
			gz = Gzip(body)
		}
		if memo {
			compressed.Store(sum, [2][]byte{br, gz})
		}
		if len(br) < len(body) {
			a.Brotli = br
		}
		if len(gz) < len(body) {
			a.Gzip = gz
		}
	}
	a.ModTime = s.modTime
	s.assets[name] = a
}

// compressed remembers, by the SHA-256 of a body, the brotli and gzip
// variants Add made of it, for bodies of memoMin bytes or more: a process
// that builds several stores from the same dataset (the server's tests, a
// static export) compresses each large file once. The store keeps the same
// slices, so a single server holds no extra copy.
var compressed sync.Map // [sha256.Size]byte -> [2][]byte{brotli, gzip}

const memoMin = 64 << 10

// brotliLevel trades start-up time for size: the largest files are
// precompressed at build time at the best level anyway.
func brotliLevel(n int) int {
	if n > 4<<20 {
		return 6
	}
	return brotli.BestCompression
}

// AddFS adds every file of fsys under prefix, using the file.br and file.gz
// siblings it finds as precompressed variants. Directories named in skip
// are left out.
func (s *Store) AddFS(fsys fs.FS, prefix string, skip ...string) error {
	return fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if slices.Contains(skip, p) {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		if strings.HasSuffix(p, ".br") || strings.HasSuffix(p, ".gz") {
			return nil
		}
		body, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		br, _ := fs.ReadFile(fsys, p+".br")
		gz, _ := fs.ReadFile(fsys, p+".gz")
		s.Add(path.Join(prefix, p), body, br, gz)
		return nil
	})
}

// Get returns the asset stored under name.
func (s *Store) Get(name string) (*Asset, bool) {
	a, ok := s.assets[name]
	return a, ok
}

// Names lists the stored names, sorted.
func (s *Store) Names() []string {
	names := make([]string, 0, len(s.assets))
	for n := range s.assets {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Hash is a digest of every asset's name and content: a version that changes
// exactly when something served changes.
func (s *Store) Hash() string {
	h := sha256.New()
	for _, n := range s.Names() {
		h.Write([]byte(n))
		h.Write([]byte(s.assets[n].ETag))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// UncompressedLengthHeader carries the size of the uncompressed body, so
// go-app's loader can show progress while a compressed wasm arrives.
const UncompressedLengthHeader = "X-Uncompressed-Content-Length"

// Serve writes a in the encoding the request accepts best, by the rules
// of internal/httpx: an ETag per encoding, Vary: Accept-Encoding,
// conditional and range requests, 406 when no encoding is acceptable.
// cacheControl is sent as it is.
func (a *Asset) Serve(w http.ResponseWriter, r *http.Request, cacheControl string) {
	httpx.Serve(w, r, &httpx.Resource{
		ContentType:  a.ContentType,
		CacheControl: cacheControl,
		ModTime:      a.ModTime,
		Variants:     a.variants(),
		Header:       http.Header{UncompressedLengthHeader: {strconv.Itoa(len(a.Body))}},
	})
}

// variants lists a's encodings, smallest first, each with its own ETag.
func (a *Asset) variants() []httpx.Variant {
	var vs []httpx.Variant
	version := strings.Trim(a.ETag, `"`)
	if a.Brotli != nil {
		vs = append(vs, httpx.Variant{Coding: httpx.Brotli, Body: a.Brotli, ETag: httpx.ETag(version, httpx.Brotli)})
	}
	if a.Gzip != nil {
		vs = append(vs, httpx.Variant{Coding: httpx.Gzip, Body: a.Gzip, ETag: httpx.ETag(version, httpx.Gzip)})
	}
	return append(vs, httpx.Variant{Coding: httpx.Identity, Body: a.Body, ETag: a.ETag})
}

func contentType(name string) string {
	switch path.Ext(name) {
	case ".wasm":
		return "application/wasm"
	case ".js":
		return "application/javascript"
	case ".webmanifest":
		return "application/manifest+json"
	case ".json":
		return "application/json"
	case ".bin":
		return "application/octet-stream"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

// Brotli compresses b at the given quality (0 to 11). A body larger than
// brotli's default 4 MB window (app.wasm is 12 MB) gets the largest window
// browsers decode, 16 MB: 0.7% smaller for the wasm, and nothing changes
// for smaller bodies.
func Brotli(b []byte, quality int) []byte {
	lgwin := 0 // the default, 22
	if len(b) > 1<<22 {
		lgwin = maxBrowserWindow
	}
	return BrotliWindow(b, quality, lgwin)
}

// BrotliWindow compresses b at the given quality with a window of 2^lgwin
// bytes (10 to 24; 0 for the default, 22).
func BrotliWindow(b []byte, quality, lgwin int) []byte {
	var buf bytes.Buffer
	w := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: quality, LGWin: lgwin})
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// maxBrowserWindow is the largest brotli window (log2 bytes) of RFC 7932
// without the large-window extension, which browsers do not support.
const maxBrowserWindow = 24

// Gzip compresses b at the best level.
func Gzip(b []byte) []byte {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}
