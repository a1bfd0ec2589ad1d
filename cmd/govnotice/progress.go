package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// autoProgressMin is the batch size from which progress is shown without
// --progress when standard error is a terminal.
const autoProgressMin = 50

// progressInterval is how often the progress line is redrawn.
const progressInterval = 250 * time.Millisecond

// isTerminal reports whether v, a standard stream, is a terminal (a character device), the one
// case where a line that redraws itself is welcome.
func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// A progress draws a single line on standard error, redrawn in place with a
// carriage return: inputs done out of the total, pages per second and the
// time left. Messages about inputs go through it, so they never interleave
// with the line. Its methods are safe for concurrent use; it draws nothing
// until run is called.
type progress struct {
	w   io.Writer
	now func() time.Time

	mu      sync.Mutex
	start   time.Time
	done    int  // inputs emitted
	total   int  // inputs counted so far
	counted bool // total is final
	least   int  // draw only once total reaches least (automatic progress)
	width   int  // length of the line on screen, 0 when none
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w, now: time.Now}
	p.start = p.now()
	return p
}

// count adds to the total; final says the total is complete.
func (p *progress) count(n int, final bool) {
	p.mu.Lock()
	p.total += n
	p.counted = p.counted || final
	p.mu.Unlock()
}

// advance records one more input done.
func (p *progress) advance() {
	p.mu.Lock()
	p.done++
	p.mu.Unlock()
}

// finish makes the total the number done, which is what it is once every
// input has been emitted, whatever the counting walk saw.
func (p *progress) finish() {
	p.mu.Lock()
	p.total, p.counted = p.done, true
	p.mu.Unlock()
}

// printf writes a message, taking the progress line away first; the next
// draw puts it back below the message.
func (p *progress) printf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.erase()
	fmt.Fprintf(p.w, format, args...)
}

// run redraws the line until stop is closed, then draws it a last time and
// ends it with a newline.
func (p *progress) run(stop <-chan struct{}) {
	t := time.NewTicker(progressInterval)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			p.draw()
		case <-stop:
			p.mu.Lock()
			defer p.mu.Unlock()
			if p.total >= p.least && p.total > 0 {
				p.drawLocked()
				fmt.Fprintln(p.w)
				p.width = 0
			}
			return
		}
	}
}

func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.total >= p.least {
		p.drawLocked()
	}
}

func (p *progress) drawLocked() {
	line := p.line()
	pad := ""
	if n := p.width - len(line); n > 0 {
		pad = strings.Repeat(" ", n)
	}
	fmt.Fprintf(p.w, "\r%s%s", line, pad)
	p.width = len(line)
}

// erase blanks the line on screen, if any, and returns to its start.
func (p *progress) erase() {
	if p.width > 0 {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.width))
		p.width = 0
	}
}

// line is the text of the progress line, in ASCII so its length is its
// width: "1200/10000 files, 800 pages/s, 0:11 left".
func (p *progress) line() string {
	elapsed := p.now().Sub(p.start)
	var b strings.Builder
	fmt.Fprintf(&b, "%d/%d", p.done, p.total)
	if !p.counted {
		b.WriteString("+")
	}
	b.WriteString(" files")
	if elapsed < time.Second/10 || p.done == 0 {
		return b.String()
	}
	rate := float64(p.done) / elapsed.Seconds()
	fmt.Fprintf(&b, ", %.0f pages/s", rate)
	if p.counted {
		left := time.Duration(float64(p.total-p.done) / rate * float64(time.Second))
		fmt.Fprintf(&b, ", %s left", clock(left))
	}
	return b.String()
}

// clock formats d as m:ss or h:mm:ss, rounded up to the second.
func clock(d time.Duration) string {
	s := int((d + time.Second - 1) / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
