package format

import (
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

func TestDates(t *testing.T) {
	for raw, want := range map[string][3]string{
		"2023-05-31": {"31 May 2023", "31 May 2023", "May 2023"},
		"2022-04-02": {"2 April 2022", "2 Apr 2022", "April 2022"},
		"2022-09":    {"September 2022", "Sep 2022", "September 2022"},
		"2021":       {"2021", "2021", "Month not known"},
	} {
		d, err := dataset.ParseDate(raw)
		if err != nil {
			t.Fatal(err)
		}
		if got := [3]string{Date(d), ShortDate(d), MonthYear(d)}; got != want {
			t.Errorf("%s: got %q, want %q", raw, got, want)
		}
	}
	if Date(dataset.Date{}) != "" || Month(0) != "" || Month(13) != "" || MonthAbbr(12) != "Dec" {
		t.Error("edge cases")
	}
	e := &dataset.Event{}
	e.Date, _ = dataset.ParseDate("2024-12-19")
	e.EndDate, _ = dataset.ParseDate("2024-12-24")
	if got := DateRange(e); got != "19 December 2024 – 24 December 2024" {
		t.Errorf("DateRange = %q", got)
	}
}

func TestPlaces(t *testing.T) {
	for _, c := range []struct {
		e    dataset.Event
		want string
	}{
		{dataset.Event{Place: "Bessemer, Alabama", Countries: []string{"US"}}, "Bessemer, Alabama"},
		{dataset.Event{Countries: []string{"DE", "PL"}}, "Germany, Poland"},
		{dataset.Event{International: true}, "International"},
		{dataset.Event{Countries: []string{"XX"}}, "XX"},
	} {
		if got := Place(&c.e); got != c.want {
			t.Errorf("Place(%+v) = %q, want %q", c.e, got, c.want)
		}
	}
}

func TestPlaceLine(t *testing.T) {
	for _, c := range []struct {
		e    dataset.Event
		want string
	}{
		{dataset.Event{Place: "Bessemer, Alabama", Countries: []string{"US"}}, "Bessemer, Alabama · United States"},
		{dataset.Event{Countries: []string{"DE"}}, "Germany"},
		{dataset.Event{Place: "online"}, "online"},
	} {
		if got := PlaceLine(&c.e); got != c.want {
			t.Errorf("PlaceLine(%+v) = %q, want %q", c.e, got, c.want)
		}
	}
}
