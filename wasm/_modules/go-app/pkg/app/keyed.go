// Not in go-app v10.1.11 (MIT, see LICENSE.go-app): children that name
// themselves keep their identity when their list changes. Used only in
// the browser build (cmd/wasm-modules); node.go's updateHTML calls it.

package app

import (
	"reflect"

	"github.com/maxence-charriere/go-app/v10/pkg/errors"
)

// keyer is a component that names itself among its siblings: when every
// child of an element, before and after an update, is a keyer of one
// type with a key of its own, the update matches children by key rather
// than by position. A child whose key stays is updated in place (go-app
// compares its exported fields and leaves it alone when they are equal)
// and moved only when the children around it do not keep their order;
// the others are mounted or removed. By position, a list whose items
// shift by one rewrites every item.
type keyer interface {
	Composer
	Key() string
}

// keyedIndex returns the place of each old child by its key, and whether
// old and new are keyed lists (see keyer). Lists of one item or none are
// left to the positional update, which is as good for them.
func keyedIndex(old, new []UI) (map[string]int, bool) {
	if len(old) < 2 || len(new) < 2 {
		return nil, false
	}
	t := reflect.TypeOf(old[0])
	place, ok := places(old, t)
	if !ok {
		return nil, false
	}
	if _, ok := places(new, t); !ok {
		return nil, false
	}
	return place, true
}

// places returns the place of each child of list by its key, if every
// child is a keyer of type t with a key of its own.
func places(list []UI, t reflect.Type) (map[string]int, bool) {
	place := make(map[string]int, len(list))
	for i, c := range list {
		key, ok := keyOf(c, t, place)
		if !ok {
			return nil, false
		}
		place[key] = i
	}
	return place, true
}

// keyOf returns the key of c, a keyer of type t whose key is not empty
// and not among taken.
func keyOf(c UI, t reflect.Type, taken map[string]int) (string, bool) {
	k, ok := c.(keyer)
	if !ok || reflect.TypeOf(c) != t {
		return "", false
	}
	key := k.Key()
	_, dup := taken[key]
	return key, key != "" && !dup
}

// updateKeyed updates the children of v, keyed lists (see keyer), to
// newChildren: the children whose keys stay are updated and keep their
// DOM nodes, the longest run of them that kept its order stays where it
// is, the others move, and the rest is removed or mounted.
func (m nodeManager) updateKeyed(ctx Context, v HTML, children, newChildren []UI, place map[string]int) ([]UI, error) {
	out := make([]UI, len(newChildren))
	from := make([]int, len(newChildren)) // the old place of each new child, -1 for a new one
	kept := make([]bool, len(children))
	for i, nc := range newChildren {
		from[i] = -1
		j, ok := place[nc.(keyer).Key()]
		if !ok || !m.CanUpdate(children[j], nc) {
			continue
		}
		c, err := m.Update(ctx, children[j], nc)
		if err != nil {
			return nil, errors.New("updating keyed child failed").
				WithTag("type", reflect.TypeOf(v)).
				WithTag("tag", v.Tag()).
				WithTag("index", i).
				Wrap(err)
		}
		out[i], from[i], kept[j] = c, j, true
	}
	for j, c := range children {
		if !kept[j] {
			v.JSValue().removeChild(c)
			m.Dismount(c)
		}
	}
	stay := increasing(from)
	next := Null() // the node the child at i goes before; null: the end
	for i := len(out) - 1; i >= 0; i-- {
		switch {
		case out[i] == nil:
			c, err := m.Mount(ctx, v.depth()+1, newChildren[i])
			if err != nil {
				return nil, errors.New("mounting keyed child failed").
					WithTag("type", reflect.TypeOf(v)).
					WithTag("tag", v.Tag()).
					WithTag("index", i).
					Wrap(err)
			}
			out[i] = c.setParent(v)
			v.JSValue().Call("insertBefore", out[i], next)
		case !stay[i]:
			v.JSValue().Call("insertBefore", out[i], next)
		}
		next = out[i].JSValue()
	}
	return out, nil
}

// increasing marks the places of a longest strictly increasing
// subsequence of the non-negative values of from: the kept children
// whose nodes need not move.
func increasing(from []int) []bool {
	var tails []int // tails[k]: the place in from ending the best run of length k+1
	prev := make([]int, len(from))
	for i, f := range from {
		prev[i] = -1
		if f < 0 {
			continue
		}
		lo, hi := 0, len(tails)
		for lo < hi {
			mid := (lo + hi) / 2
			if from[tails[mid]] < f {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		if lo > 0 {
			prev[i] = tails[lo-1]
		}
		if lo == len(tails) {
			tails = append(tails, i)
		} else {
			tails[lo] = i
		}
	}
	stay := make([]bool, len(from))
	if len(tails) > 0 {
		for i := tails[len(tails)-1]; i >= 0; i = prev[i] {
			stay[i] = true
		}
	}
	return stay
}
