package workshop

import (
	"crypto/rand"
	"crypto/subtle"
	"math/big"
	"strings"
	"sync"
	"time"
)

// CodeAlphabet is what generated join codes are made of: capitals and
// digits without the ones that read alike aloud or on a projector (0 O, 1 I
// L). Six of them give about 8.9 × 10⁸ codes.
const CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// CodeLength is the length of a generated join code, and the least a code
// given beyond loopback may have.
const CodeLength = 6

// Wrong codes from one address: the first few are typos and cost nothing;
// after them each try must wait twice as long as the last, and past
// lockAfter the address is locked out for lockFor. A right code forgives
// the address (a room behind one NAT shares it).
const (
	freeTries  = 3
	firstDelay = time.Second
	lastDelay  = 30 * time.Second
	lockAfter  = 12
	lockFor    = 10 * time.Minute
	// maxAddresses bounds the addresses remembered, whatever a flood of
	// them from a large network tries.
	maxAddresses = 1 << 16
)

// NewCode returns a random join code of CodeLength characters.
func NewCode() string {
	var b strings.Builder
	for range CodeLength {
		n, err := rand.Int(rand.Reader, big.NewInt(int64(len(CodeAlphabet))))
		if err != nil {
			panic("no randomness for a join code: " + err.Error()) // crypto/rand does not fail on supported systems
		}
		b.WriteByte(CodeAlphabet[n.Int64()])
	}
	return b.String()
}

// Door holds a classroom's join code and counts wrong codes per address.
// It is shared by every session and the host, who may change the code.
type Door struct {
	mu      sync.Mutex
	code    string
	strikes map[string]*strikes
	now     func() time.Time
	looked  int // codes compared, for tests and figures
}

type strikes struct {
	wrong int
	next  time.Time // no try is looked at before this
	last  time.Time // the latest wrong code
}

// NewDoor returns a door with code; an empty code lets everyone in.
func NewDoor(code string) *Door {
	return &Door{code: code, strikes: map[string]*strikes{}, now: time.Now}
}

// Code is the current join code.
func (d *Door) Code() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.code
}

// SetCode changes the join code: those who join from now on need the new one.
func (d *Door) SetCode(code string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.code = code
}

// Open reports whether a code is needed at all.
func (d *Door) Open() bool { return d.Code() == "" }

// Verdict is what a try at the door gives.
type Verdict struct {
	In     bool
	Wait   time.Duration // > 0: the try was not looked at; try again after this
	Locked bool          // the address is locked out
}

// Try checks a code typed from addr (an IP address, without the port).
func (d *Door) Try(addr, code string) Verdict {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.code == "" {
		return Verdict{In: true}
	}
	now := d.now()
	s := d.strikes[addr]
	if s != nil && now.Sub(s.last) >= lockFor {
		delete(d.strikes, addr)
		s = nil
	}
	switch {
	case s != nil && s.wrong >= lockAfter:
		return Verdict{Locked: true}
	case s != nil && now.Before(s.next):
		return Verdict{Wait: s.next.Sub(now).Round(time.Second) + time.Second}
	}
	d.looked++
	if subtle.ConstantTimeCompare([]byte(strings.ToUpper(code)), []byte(strings.ToUpper(d.code))) == 1 {
		delete(d.strikes, addr)
		return Verdict{In: true}
	}
	if s == nil {
		d.forgetSome()
		s = &strikes{}
		d.strikes[addr] = s
	}
	s.wrong++
	s.last = now
	if s.wrong > freeTries {
		s.next = now.Add(min(firstDelay<<min(s.wrong-freeTries-1, 5), lastDelay))
	}
	return Verdict{Locked: s.wrong >= lockAfter}
}

// LockedOut counts the addresses locked out now.
func (d *Door) LockedOut() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	n, now := 0, d.now()
	for _, s := range d.strikes {
		if s.wrong >= lockAfter && now.Sub(s.last) < lockFor {
			n++
		}
	}
	return n
}

// forgetSome makes room for one more address: expired ones go first, then
// any, so memory stays bounded.
func (d *Door) forgetSome() {
	if len(d.strikes) < maxAddresses {
		return
	}
	now := d.now()
	for addr, s := range d.strikes {
		if now.Sub(s.last) >= lockFor || len(d.strikes) >= maxAddresses {
			delete(d.strikes, addr)
		}
		if len(d.strikes) < maxAddresses/2 {
			return
		}
	}
}
