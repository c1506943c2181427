package server

import (
	"fmt"
	"mime"
	"net/http"
	"strconv"
	"strings"
)

// The media types the service answers with, beside JSON, and the
// Content-Type each is sent with.
const (
	csvType      = "text/csv; charset=utf-8"
	htmlType     = "text/html; charset=utf-8"
	calendarType = "text/calendar; charset=utf-8"
	svgType      = "image/svg+xml"
)

// Content negotiation, for the routes that can answer in more than one
// type: the request's Accept header chooses among the route's types, the
// first of which (JSON) is the default. Kept simple, and the same on every
// route:
//
//   - no Accept header, or one that names */*, gets the route's default;
//   - otherwise the type the header gives the highest q wins (a type named
//     exactly counts before type/* and */*), and of equal q the one the
//     header names first, then the route's order;
//   - a header that accepts none of the route's types (everything named is
//     another type, or has q=0) is answered 406, a problem whose known
//     member lists the types the route offers.
//
// The routes with one type (the catalogue, the operations) answer it
// whatever Accept says, as does GET /v1/calendar/{council}.ics (or .svg),
// whose type is named by its path.

// negotiate returns the media type (without parameters) of offers that
// the request's Accept header prefers, and sets Vary: Accept. It returns
// "" when the header accepts none of offers.
func negotiate(w http.ResponseWriter, r *http.Request, offers ...string) string {
	w.Header().Add("Vary", "Accept")
	header := strings.Join(r.Header.Values("Accept"), ",")
	if strings.TrimSpace(header) == "" {
		return offers[0]
	}
	ranges := parseAccept(header)
	best, bestQ, bestAt := "", 0.0, 0
	for _, offer := range offers {
		q, at, ok := acceptQ(ranges, offer)
		if !ok || q <= 0 {
			continue
		}
		if best == "" || q > bestQ || (q == bestQ && at < bestAt) {
			best, bestQ, bestAt = offer, q, at
		}
	}
	return best
}

// mediaRange is one member of an Accept header.
type mediaRange struct {
	typ, sub string
	q        float64
}

// parseAccept reads an Accept header's media ranges, in order. A member
// that is not type/subtype is left out; a q that cannot be read counts as
// 1, as if absent.
func parseAccept(header string) []mediaRange {
	var out []mediaRange
	for _, part := range strings.Split(header, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		mt, params, err := mime.ParseMediaType(part)
		if err != nil {
			// A bare "*" is sent by some old clients for */*.
			if mt, _, _ = strings.Cut(part, ";"); strings.TrimSpace(mt) != "*" {
				continue
			}
			mt = "*/*"
		}
		if mt == "*" {
			mt = "*/*"
		}
		typ, sub, ok := strings.Cut(mt, "/")
		if !ok {
			continue
		}
		q := 1.0
		if v, ok := params["q"]; ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil && f >= 0 && f <= 1 {
				q = f
			}
		}
		out = append(out, mediaRange{typ: typ, sub: sub, q: q})
	}
	return out
}

// acceptQ returns the q the ranges give media type offer, from the most
// specific range that matches it, and that range's place in the header.
func acceptQ(ranges []mediaRange, offer string) (q float64, at int, ok bool) {
	typ, sub, _ := strings.Cut(offer, "/")
	specificity := -1
	for i, r := range ranges {
		s := -1
		switch {
		case r.typ == typ && r.sub == sub:
			s = 2
		case r.typ == typ && r.sub == "*":
			s = 1
		case r.typ == "*" && r.sub == "*":
			s = 0
		}
		if s > specificity {
			specificity, q, at, ok = s, r.q, i, true
		}
	}
	return q, at, ok
}

// notAcceptable is the 406 problem of a request whose Accept header names
// none of offers; why, if not empty, says more.
func notAcceptable(r *http.Request, offers []string, why string) *Problem {
	detail := fmt.Sprintf("Accept: %s names none of the types %s answers with: %s", strings.Join(r.Header.Values("Accept"), ", "), r.URL.Path, strings.Join(offers, ", "))
	if why != "" {
		detail += "; " + why
	}
	p := newProblem(http.StatusNotAcceptable, detail)
	p.Expected = "an Accept header naming one of " + strings.Join(offers, ", ") + ", or */*, or none"
	p.Known = offers
	return p
}
