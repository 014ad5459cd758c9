package query

// The State's setters for what is not a list of facet values: the query,
// the sort, the years, the month, and the international, region and
// new-since-last-visit filters. Each returns a new State and leaves the
// one it was called on unchanged.

// Clear returns the State with no query and no filter; the view (sort and
// lane) stays.
func (s State) Clear() State { return State{Sort: s.Sort, Lane: s.Lane} }

// WithQuery returns the State with the query q, cleaned like Parse cleans
// it. Spaces are kept as typed, so that a query being typed survives a
// round trip through the URL.
func (s State) WithQuery(q string) State {
	s.Q = cleanQuery(q)
	return s
}

// WithSort returns the State with another order; an unknown one is the default.
func (s State) WithSort(o Sort) State {
	s.Sort = parseSort(string(o))
	return s
}

// WithYears returns the State with the year range [from, to]; 0 leaves a
// side open, a year outside 1900–2100 is ignored and a reversed range is
// swapped.
func (s State) WithYears(from, to int) State {
	ok := func(y int) int {
		if y < MinYear || y > MaxYear {
			return 0
		}
		return y
	}
	from, to = ok(from), ok(to)
	if from != 0 && to != 0 && from > to {
		from, to = to, from
	}
	s.From, s.To = from, to
	return s
}

// WithMonth returns the State filtered to a calendar month, 1–12, in every
// year of the year range; 0, or any other number, clears it. Events known
// only to the year are left out while a month is set.
func (s State) WithMonth(m int) State {
	s.Month = m
	s.Month = s.month()
	return s
}

// WithInternational returns the State with or without the filter that
// keeps only the events coordinated across countries.
func (s State) WithInternational(on bool) State {
	s.International = on
	return s
}

// WithRegion returns the State filtered to one region, by name ("New
// York"); "" clears it.
func (s State) WithRegion(r string) State {
	s.Region = r
	return s
}

// WithNew returns the State with or without the filter that keeps only
// the events new since the visitor's last visit.
func (s State) WithNew(on bool) State {
	s.New = on
	return s
}
