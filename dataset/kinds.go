package dataset

// KindInfo describes an event kind for people: its label and a one-line
// definition, as shown on /about and in filters.
type KindInfo struct {
	Kind       Kind
	Label      string // e.g. "Union election"
	Definition string // one sentence
}

// OrgKindInfo describes an organization kind.
type OrgKindInfo struct {
	Kind       OrgKind
	Label      string
	Definition string
}

// FacilityTypeInfo describes a facility type.
type FacilityTypeInfo struct {
	Type       FacilityType
	Label      string
	Definition string
}

var kinds = []KindInfo{
	{Strike, "Strike", "Workers stop work together, for hours or days, to press their demands."},
	{Walkout, "Walkout", "Workers leave their posts together during a shift, often briefly and without notice."},
	{UnionElection, "Union election", "Workers vote on whether a union will represent them, or the result of such a vote is announced or challenged."},
	{UnionDrive, "Union drive", "Workers campaign to form or join a union, e.g. by filing for an election or asking for recognition."},
	{Boycott, "Boycott or pledge", "People refuse, or pledge to refuse, to buy from, work for or do business with Amazon."},
	{Petition, "Petition", "Workers or supporters gather signatures behind a set of demands."},
	{OpenLetter, "Open letter", "A letter to Amazon or the public is published with its signers named or counted."},
	{Protest, "Protest", "A rally, march, picket or demonstration that is not itself a stoppage of work."},
	{Lawsuit, "Lawsuit", "A case is filed in a court or tribunal, or a court rules in one."},
	{RegulatoryAction, "Regulatory action", "A labor board, inspectorate or other agency files a complaint, investigates, fines or orders."},
	{Legislation, "Legislation", "A bill, law, hearing or resolution in a legislature that bears on Amazon's workers."},
	{ShareholderAction, "Shareholder action", "Shareholders file or vote on a resolution, or investors press Amazon on labor."},
	{CampaignKind, "Campaign", "A coordinated effort is launched or announced as such, e.g. a day of action across countries."},
	{Report, "Report", "A study, survey or investigation of Amazon's working conditions is published."},
	{Other, "Other", "A dated, sourced event about organizing at Amazon that fits none of the kinds above."},
}

var orgKinds = []OrgKindInfo{
	{Union, "Union", "A trade union or labor union."},
	{WorkerGroup, "Worker group", "A group of workers organizing outside a formal union, e.g. Amazonians United."},
	{AdvocacyGroup, "Advocacy group", "A group campaigning on labor, climate, consumer or civil rights issues."},
	{Coalition, "Coalition", "An alliance of unions and groups acting together, e.g. Make Amazon Pay."},
	{NGO, "NGO", "A non-governmental organization, charity or research institute."},
	{Regulator, "Regulator", "A government agency that enforces labor, safety or competition law, e.g. the NLRB."},
	{Court, "Court", "A court or tribunal."},
	{Legislature, "Legislature", "A parliament, congress, council or one of its committees."},
	{Company, "Company", "A business: Amazon, its subsidiaries, contractors or investors."},
	{Media, "Media", "A newspaper, broadcaster or other publisher."},
	{OtherOrg, "Other", "Any other organization."},
}

var facilityTypes = []FacilityTypeInfo{
	{FulfillmentCenter, "Fulfillment center", "A large warehouse where customer orders are stored, picked and packed."},
	{SortCenter, "Sort center", "A site where packed orders are sorted by destination."},
	{DeliveryStation, "Delivery station", "A last-mile site where packages are loaded onto delivery routes."},
	{AirHub, "Air hub", "An air cargo hub of Amazon Air."},
	{Office, "Office", "A corporate office."},
	{DataCenter, "Data center", "An Amazon Web Services data center."},
	{Store, "Store", "A shop, e.g. Whole Foods Market or Amazon Fresh."},
	{OtherFacility, "Other", "Any other site."},
}

// Kinds lists the event kinds in the order of their constants.
func Kinds() []KindInfo { return append([]KindInfo(nil), kinds...) }

// OrgKinds lists the organization kinds in the order of their constants.
func OrgKinds() []OrgKindInfo { return append([]OrgKindInfo(nil), orgKinds...) }

// FacilityTypes lists the facility types in the order of their constants.
func FacilityTypes() []FacilityTypeInfo { return append([]FacilityTypeInfo(nil), facilityTypes...) }

// Known reports whether k is one of the kinds.
func (k Kind) Known() bool {
	_, ok := k.info()
	return ok
}

// Label is the kind's name for people, e.g. "Union election"; for an
// unknown kind it is the kind itself.
func (k Kind) Label() string {
	if i, ok := k.info(); ok {
		return i.Label
	}
	return string(k)
}

// Definition is the one-line definition of the kind, "" if unknown.
func (k Kind) Definition() string {
	i, _ := k.info()
	return i.Definition
}

func (k Kind) info() (KindInfo, bool) {
	for _, i := range kinds {
		if i.Kind == k {
			return i, true
		}
	}
	return KindInfo{}, false
}

// Known reports whether k is one of the organization kinds.
func (k OrgKind) Known() bool {
	_, ok := k.info()
	return ok
}

// Label is the kind's name for people, e.g. "Worker group".
func (k OrgKind) Label() string {
	if i, ok := k.info(); ok {
		return i.Label
	}
	return string(k)
}

func (k OrgKind) info() (OrgKindInfo, bool) {
	for _, i := range orgKinds {
		if i.Kind == k {
			return i, true
		}
	}
	return OrgKindInfo{}, false
}

// Known reports whether t is one of the facility types.
func (t FacilityType) Known() bool {
	_, ok := t.info()
	return ok
}

// Label is the type's name for people, e.g. "Fulfillment center".
func (t FacilityType) Label() string {
	if i, ok := t.info(); ok {
		return i.Label
	}
	return string(t)
}

func (t FacilityType) info() (FacilityTypeInfo, bool) {
	for _, i := range facilityTypes {
		if i.Type == t {
			return i, true
		}
	}
	return FacilityTypeInfo{}, false
}

func kindNames() []string {
	s := make([]string, len(kinds))
	for i, k := range kinds {
		s[i] = string(k.Kind)
	}
	return s
}

func orgKindNames() []string {
	s := make([]string, len(orgKinds))
	for i, k := range orgKinds {
		s[i] = string(k.Kind)
	}
	return s
}

func facilityTypeNames() []string {
	s := make([]string, len(facilityTypes))
	for i, t := range facilityTypes {
		s[i] = string(t.Type)
	}
	return s
}
