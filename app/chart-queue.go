package app

import (
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A chart is drawn once its element comes near the viewport, and charts
// are drawn one per task with a turn of the browser's event loop between
// them: creating and drawing the seven charts of /charts in the task that
// loaded ECharts blocked the page for ~400 ms at 1× CPU (Lighthouse's
// mobile run counts such a task four times over). Print needs no chart:
// the stylesheet hides them and shows their tables.

// drawMargin is how far outside the viewport a chart is drawn in advance,
// so that one scrolled to is usually drawn already.
const drawMargin = "200px 0px"

// whenVisible calls draw, in the UI goroutine, once the element id is
// within drawMargin of the viewport, queued behind the other charts due;
// stop cancels it. Without IntersectionObserver draw is queued at once.
func whenVisible(ctx app.Context, id string, draw func(app.Context)) (stop func()) {
	el := app.Window().GetElementByID(id)
	io := app.Window().Get("IntersectionObserver")
	if !el.Truthy() || !io.Truthy() {
		chartDraws.add(ctx, draw)
		return func() {}
	}
	var (
		observer app.Value
		cb       app.Func
		once     sync.Once
	)
	release := func() {
		once.Do(func() {
			observer.Call("disconnect")
			cb.Release()
		})
	}
	cb = app.FuncOf(func(this app.Value, args []app.Value) any {
		entries := args[0]
		for i := 0; i < entries.Length(); i++ {
			if entries.Index(i).Get("isIntersecting").Bool() {
				// Not release: this callback is the one running.
				observer.Call("disconnect")
				chartDraws.add(ctx, draw)
				return nil
			}
		}
		return nil
	})
	observer = io.New(cb, map[string]any{"rootMargin": drawMargin})
	observer.Call("observe", el)
	return release
}

// chartQueue runs the charts due to be drawn, one per task.
type chartQueue struct {
	mu      sync.Mutex
	due     []queuedChart
	running bool
}

type queuedChart struct {
	ctx  app.Context
	draw func(app.Context)
}

var chartDraws chartQueue

func (q *chartQueue) add(ctx app.Context, draw func(app.Context)) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.due = append(q.due, queuedChart{ctx, draw})
	if !q.running {
		q.running = true
		go q.run()
	}
}

func (q *chartQueue) run() {
	for {
		yieldToBrowser()
		q.mu.Lock()
		if len(q.due) == 0 {
			q.running = false
			q.mu.Unlock()
			return
		}
		c := q.due[0]
		q.due = q.due[1:]
		q.mu.Unlock()
		done := make(chan struct{})
		c.ctx.Dispatch(func(ctx app.Context) {
			defer close(done)
			c.draw(ctx)
		})
		select {
		case <-done:
		case <-time.After(time.Second): // dismounted meanwhile: go-app runs nothing
		}
	}
}
