package query

import (
	"fmt"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

func TestPrintOutcomes(t *testing.T) {
	d, err := dataset.ParseFile("../embed/dataset.json")
	if err != nil {
		t.Fatal(err)
	}
	counts := map[Outcome]int{}
	for i := range d.Events {
		e := &d.Events[i]
		o := OutcomeOf(e)
		counts[o]++
		if o != Unrecorded {
			fmt.Printf("%-8s %q\n", o, e.Outcome)
		}
	}
	fmt.Println(counts)
}
