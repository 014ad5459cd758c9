package httpx

import (
	"bytes"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Variant is one encoding of a resource: its coding, body and strong ETag,
// which differs from every other variant's (RFC 9110 §8.8.3: two
// representations that are not byte for byte the same never share a
// strong validator).
type Variant struct {
	Coding string // Identity, Brotli or Gzip
	Body   []byte
	ETag   string // quoted, e.g. `"abc-br"`
}

// Resource is what a response sends: its variants, smallest (preferred)
// first, with the headers common to all.
type Resource struct {
	ContentType  string
	CacheControl string
	ModTime      time.Time // zero: no Last-Modified
	Variants     []Variant
	// Header is added to every answer, 304 included.
	Header http.Header
}

// Codings lists the codings of r's variants.
func (r *Resource) Codings() []string {
	out := make([]string, len(r.Variants))
	for i, v := range r.Variants {
		out[i] = v.Coding
	}
	return out
}

// Serve answers req with the variant the request accepts best, following
// RFC 9110 through http.ServeContent: If-None-Match (a list of tags or
// "*", weak comparison), If-Modified-Since, If-Match, If-Unmodified-Since,
// Range and If-Range, HEAD. Vary: Accept-Encoding is sent whenever there
// is more than one variant, and 406 when the request accepts none.
func Serve(w http.ResponseWriter, req *http.Request, r *Resource) {
	h := w.Header()
	for k, vs := range r.Header {
		h[k] = vs
	}
	if len(r.Variants) > 1 {
		h.Add("Vary", "Accept-Encoding")
	}
	coding, ok := ParseAcceptEncoding(req.Header.Values("Accept-Encoding")).Choose(r.Codings())
	if !ok {
		h.Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusNotAcceptable)
		w.Write([]byte("406 not acceptable: this resource is available as " + strings.Join(r.Codings(), ", ") + "\n"))
		return
	}
	var v Variant
	for _, c := range r.Variants {
		if c.Coding == coding {
			v = c
		}
	}
	h.Set("Content-Type", r.ContentType)
	h.Set("Cache-Control", r.CacheControl)
	h.Set("ETag", v.ETag)
	if coding != Identity {
		h.Set("Content-Encoding", coding)
	}
	http.ServeContent(w, req, "", r.ModTime, bytes.NewReader(v.Body))
}

// NoneMatch reports whether an If-None-Match header (all its field values)
// matches etag, by weak comparison: "*", or a listed entity-tag with the
// same opaque tag, W/ or not (RFC 9110 §13.1.2). A request that matches
// gets 304 Not Modified for GET and HEAD. It is what http.ServeContent
// does; pages, which go-app renders, use it directly.
func NoneMatch(values []string, etag string) bool {
	want := opaque(etag)
	for _, v := range values {
		for rest := v; ; {
			rest = strings.TrimLeft(rest, " \t\r\n,")
			if rest == "" {
				break
			}
			if rest[0] == '*' {
				return true
			}
			tag, remain, ok := scanETag(rest)
			if !ok {
				break // an invalid list matches nothing from here on
			}
			if tag == want && want != "" {
				return true
			}
			rest = remain
		}
	}
	return false
}

// scanETag reads one entity-tag from the start of s: its opaque tag and
// the rest of s.
func scanETag(s string) (tag, rest string, ok bool) {
	s = strings.TrimPrefix(s, "W/")
	if len(s) < 2 || s[0] != '"' {
		return "", s, false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			return s[:i+1], s[i+1:], true
		case c == 0x21, c >= 0x23 && c <= 0x7e, c >= 0x80:
		default:
			return "", s, false
		}
	}
	return "", s, false
}

// opaque is the opaque tag of an entity-tag, without W/.
func opaque(etag string) string {
	tag, rest, ok := scanETag(etag)
	if !ok || rest != "" {
		return ""
	}
	return tag
}

// ETag is a strong entity-tag for a version and a coding: the identity
// variant's is "version", the others' "version-coding".
func ETag(version, coding string) string {
	if coding == Identity || coding == "" {
		return strconv.Quote(version)
	}
	return strconv.Quote(version + "-" + coding)
}
