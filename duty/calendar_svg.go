package duty

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/csplanning/part3/period"
)

// The timeline's geometry, in SVG user units.
const (
	svgWidth     = 1040
	svgLabelW    = 300 // the column of lane labels
	svgRight     = 20  // the margin after the timeline
	svgTop       = 58  // the top of the plan periods' band
	svgBandH     = 26  // the height of the plan periods' band
	svgLaneH     = 34  // the height of a lane
	svgMark      = 7   // the half-size of a mark
	svgLegendRow = 22
)

// svgLanes are the timeline's lanes, one for each duty of the calendar,
// in order, with a short label; the lane's citation follows the label.
var svgLanes = []struct{ duty, label string }{
	{dutyPrepare.ID, "Plan prepared before its period"},
	{dutyMinisters.ID, "Copy to the Scottish Ministers"},
	{dutyOSP.ID, "Copies to other service providers"},
	{dutyPublish.ID, "Plan published"},
	{dutyReview.ID, "Plan kept under review"},
	{dutyReport.ID, "Annual report published"},
	{reviewWindowID, "Scottish Government's review"},
}

// svgStyle is how a status is drawn: its shape, its fill and stroke, and
// its words in the legend. The shapes differ as well as the colours, and
// the fills differ in lightness, so that the picture reads when printed in
// grey.
type svgStyle struct {
	class, words, shape, fill, stroke string
}

var svgStyles = []svgStyle{
	{"met", "met", "circle", "#1a9850", "#000000"},
	{"due", "due (not yet late)", "ring", "#ffffff", "#2166ac"},
	{"late-statutory", "late (statutory)", "square", "#b2182b", "#000000"},
	{"late-guidance", "late (guidance)", "diamond", "#f46d43", "#000000"},
	{"late-practice", "late (practice)", "triangle", "#fee090", "#000000"},
	{"not-recorded", "not recorded", "cross", "none", "#555555"},
	{"ongoing", "ongoing (continuing duty)", "bar-dots", "url(#dots)", "#4d4d4d"},
	{"information", "for information", "bar-hatch", "url(#hatch)", "#4d4d4d"},
}

func styleOf(o Obligation) svgStyle {
	class := o.Status.String()
	if o.Status == Late {
		class = "late-" + o.Severity.String()
	}
	for _, s := range svgStyles {
		if s.class == class {
			return s
		}
	}
	return svgStyles[1]
}

// WriteSVG draws the calendar as a timeline, a self-contained SVG image:
// the plan periods from 1 April 2017 to the end of the last period the
// calendar lists (the one after the as-of date's), a lane for each duty
// labelled with its provision, and each obligation as a mark on the day
// it falls due ([Obligation.Due]; a continuing duty and an information
// item as a bar over their span), its shape and colour saying its status:
// met, due, late by severity (statutory, guidance, practice) or not
// recorded. A dashed line marks the as-of date.
//
// The picture is accessible and prints in grey: it has role="img", a
// <title> and a <desc> summing up the statuses, a <title> on every mark
// giving the obligation in words, its status and its provision, shapes
// that differ as well as colours, and a legend. It is deterministic: the
// same calendar gives the same bytes. It loads nothing and runs no script.
func (c Calendar) WriteSVG(w io.Writer) error {
	bw := bufio.NewWriter(w)
	first := period.FirstPeriodStart()
	last := first
	for _, o := range c.Obligations {
		for _, d := range []period.Date{o.PlanPeriod.End(), o.Until, o.Arises} {
			if o.PlanPeriod.IsValid() && d.After(last) {
				last = d
			}
		}
		if d, ok := o.Due(); ok && d.After(last) {
			last = d
		}
	}
	if p, err := period.PlanPeriodOf(c.AsOf); err == nil && p.Next().End().After(last) {
		last = p.Next().End()
	}
	span := float64(first.DaysUntil(last.AddDays(1)))
	x0, x1 := float64(svgLabelW), float64(svgWidth-svgRight)
	x := func(d period.Date) float64 {
		return x0 + (x1-x0)*float64(first.DaysUntil(d))/span
	}

	// The lanes the calendar uses, in order.
	var lanes []int
	for i, l := range svgLanes {
		if slices.ContainsFunc(c.Obligations, func(o Obligation) bool { return o.Duty == l.duty }) {
			lanes = append(lanes, i)
		}
	}
	laneTop := svgTop + svgBandH + 10
	height := laneTop + len(lanes)*svgLaneH + 30 + ((len(svgStyles)+1)/2)*svgLegendRow + 20

	names := make([]string, len(c.JointPlanners))
	for i, b := range c.JointPlanners {
		names[i] = b.Name
	}
	title := fmt.Sprintf("Part 3 obligations of %s, as of %s", joinNames(names), c.AsOf)

	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p(`<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-labelledby="timeline-title timeline-desc" font-family="Arial, Helvetica, sans-serif" font-size="12">`+"\n",
		svgWidth, height, svgWidth, height)
	p("<title id=\"timeline-title\">%s</title>\n", esc(title))
	p("<desc id=\"timeline-desc\">%s</desc>\n", esc(c.svgSummary(first, last)))
	p(`<defs>
<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#d9d9d9"/><line x1="0" y1="0" x2="0" y2="6" stroke="#4d4d4d" stroke-width="2"/></pattern>
<pattern id="dots" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#f0f0f0"/><circle cx="3" cy="3" r="1.3" fill="#4d4d4d"/></pattern>
</defs>
`)
	p("<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", svgWidth, height)
	p("<text x=\"10\" y=\"24\" font-size=\"16\" font-weight=\"bold\">%s</text>\n", esc(title))
	p("<text x=\"10\" y=\"44\" fill=\"#333333\">%s</text>\n", esc("Each mark is an obligation on the day it falls due, its shape and colour its status; hover or read the text alternative for its words."))

	// The plan periods, and a tick at each 1 April.
	p("<g class=\"periods\">\n")
	for pp, err := period.PlanPeriodOf(first); err == nil && !pp.Start().After(last); pp = pp.Next() {
		fill := "#e8e8e8"
		if pp.Index()%2 == 0 {
			fill = "#f7f7f7"
		}
		a, b := x(pp.Start()), x(pp.End().AddDays(1))
		p("<g><title>%s</title><rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" stroke=\"#999999\"/>",
			esc(fmt.Sprintf("Plan period %s: %s to %s", pp, pp.Start(), pp.End())), a, svgTop, b-a, svgBandH, fill)
		p("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-weight=\"bold\">%s</text></g>\n", (a+b)/2, svgTop+17, esc(pp.String()))
		p("<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" opacity=\"0.45\"/>\n", a, laneTop, b-a, len(lanes)*svgLaneH, fill)
	}
	for d := first; !d.After(last); d = d.AddYears(1) {
		p("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#bbbbbb\"/>\n", x(d), laneTop, x(d), laneTop+len(lanes)*svgLaneH)
	}
	p("</g>\n")

	// The lanes.
	p("<g class=\"lanes\">\n")
	for row, i := range lanes {
		l := svgLanes[i]
		y := laneTop + row*svgLaneH
		cite := Obligation{Duty: l.duty}.Citation()
		p("<line x1=\"10\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#cccccc\"/>\n", y+svgLaneH, svgWidth-svgRight, y+svgLaneH)
		p("<text x=\"10\" y=\"%d\">%s <tspan fill=\"#333333\">(%s)</tspan></text>\n", y+svgLaneH/2+4, esc(l.label), esc(cite.String()))
	}
	p("</g>\n")

	// The as-of line.
	ax := x(c.AsOf)
	p("<g class=\"as-of\"><title>%s</title><line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000000\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>",
		esc("As of "+c.AsOf.String()), ax, svgTop-6, ax, laneTop+len(lanes)*svgLaneH)
	p("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">as of %s</text></g>\n", ax, svgTop-9, esc(c.AsOf.String()))

	// The marks.
	p("<g class=\"marks\">\n")
	for _, o := range c.Obligations {
		row := slices.IndexFunc(lanes, func(i int) bool { return svgLanes[i].duty == o.Duty })
		if row < 0 {
			continue
		}
		cy := float64(laneTop + row*svgLaneH + svgLaneH/2)
		s := styleOf(o)
		label := fmt.Sprintf("%s: %s [%s]", o.StatusWords(), o.Describe(c.AsOf), o.Citation())
		switch {
		case o.Kind == Continuing || o.Kind == Information:
			if !o.Arises.IsValid() || !o.Until.IsValid() {
				continue
			}
			a, b := x(o.Arises), x(o.Until.AddDays(1))
			p("<g class=\"mark %s\"><title>%s</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\" stroke=\"%s\"/></g>\n",
				s.class, esc(label), a, cy-svgMark, max(b-a, 2), 2*svgMark, s.fill, s.stroke)
		default:
			d, ok := o.Due()
			if !ok {
				continue
			}
			p("<g class=\"mark %s\"><title>%s</title>%s</g>\n", s.class, esc(label), shape(s, x(d), cy, svgMark))
		}
	}
	p("</g>\n")

	// The legend.
	ly := laneTop + len(lanes)*svgLaneH + 30
	p("<g class=\"legend\">\n<text x=\"10\" y=\"%d\" font-weight=\"bold\">Status on %s</text>\n", ly, esc(c.AsOf.String()))
	for i, s := range svgStyles {
		lx := 20 + (i%2)*300
		cy := float64(ly + 16 + (i/2)*svgLegendRow)
		p("<g>%s<text x=\"%d\" y=\"%.1f\">%s</text></g>\n", shape(s, float64(lx), cy, svgMark), lx+16, cy+4, esc(s.words))
	}
	p("</g>\n</svg>\n")
	return bw.Flush()
}

// shape draws a status's mark centred on (cx, cy), of half-size r.
func shape(s svgStyle, cx, cy float64, r int) string {
	f := float64(r)
	switch s.shape {
	case "circle":
		return fmt.Sprintf(`<circle cx="%.1f" cy="%.1f" r="%d" fill="%s" stroke="%s"/>`, cx, cy, r, s.fill, s.stroke)
	case "ring":
		return fmt.Sprintf(`<circle cx="%.1f" cy="%.1f" r="%d" fill="%s" stroke="%s" stroke-width="2.5"/>`, cx, cy, r-1, s.fill, s.stroke)
	case "square":
		return fmt.Sprintf(`<rect x="%.1f" y="%.1f" width="%d" height="%d" fill="%s" stroke="%s"/>`, cx-f, cy-f, 2*r, 2*r, s.fill, s.stroke)
	case "diamond":
		return fmt.Sprintf(`<polygon points="%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f" fill="%s" stroke="%s"/>`,
			cx, cy-f-1, cx+f+1, cy, cx, cy+f+1, cx-f-1, cy, s.fill, s.stroke)
	case "triangle":
		return fmt.Sprintf(`<polygon points="%.1f,%.1f %.1f,%.1f %.1f,%.1f" fill="%s" stroke="%s"/>`,
			cx, cy-f-1, cx+f+1, cy+f, cx-f-1, cy+f, s.fill, s.stroke)
	case "cross":
		return fmt.Sprintf(`<path d="M%.1f %.1fL%.1f %.1fM%.1f %.1fL%.1f %.1f" stroke="%s" stroke-width="2.5" fill="none"/>`,
			cx-f, cy-f, cx+f, cy+f, cx-f, cy+f, cx+f, cy-f, s.stroke)
	}
	// A bar, in the legend.
	return fmt.Sprintf(`<rect x="%.1f" y="%.1f" width="%d" height="%d" fill="%s" stroke="%s"/>`, cx-f, cy-f, 2*r, 2*r, s.fill, s.stroke)
}

// svgSummary sums up the calendar in words, for the picture's <desc>.
func (c Calendar) svgSummary(first, last period.Date) string {
	counts := map[string]int{}
	for _, o := range c.Obligations {
		counts[styleOf(o).class]++
	}
	var parts []string
	for _, s := range svgStyles {
		if n := counts[s.class]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, s.words))
		}
	}
	late := counts["late-statutory"]
	summary := fmt.Sprintf("A timeline of %d obligations under Part 3 from %s to %s: %s.", len(c.Obligations), first, last, strings.Join(parts, ", "))
	if late > 0 {
		summary += fmt.Sprintf(" %d late in law (statutory).", late)
	}
	return summary
}

// esc escapes text for XML character data and attribute values.
func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
