// Package docs carries the documentation files the server publishes: the
// JSON Schema of an event record, served at /api/v1/schema/event.json.
package docs

import _ "embed"

// EventSchema is schema/event.schema.json.
//
//go:embed schema/event.schema.json
var EventSchema []byte
