package part3

import (
	"strconv"
	"strings"
)

// The addresses of the official texts a citation links to.
const (
	// legislationSite is where the official texts of the Acts of the
	// Scottish and UK Parliaments and of Scottish statutory instruments
	// are published (The National Archives).
	legislationSite = "https://www.legislation.gov.uk/"
	// thisActPath is the path of the Children and Young People (Scotland)
	// Act 2014 (2014 asp 8) on legislationSite.
	thisActPath = "asp/2014/8"
	// GuidanceURL is the address of the statutory guidance on Part 3, 2nd
	// edition (2020), as the Scottish Government publishes it on gov.scot.
	// The document is split into web pages, GuidanceURL + "pages/N/".
	GuidanceURL = "https://www.gov.scot/publications/children-young-people-scotland-act-2014-statutory-guidance-part-3-childrens-services-planning-second-edition-2020/"
)

// legislationPaths are the paths on legislation.gov.uk of the other Acts
// the module cites, by short title: the type (asp for an Act of the
// Scottish Parliament, ukpga for a UK Public General Act), the year and
// the number. Each was checked against a published copy of the Act's
// pages on legislation.gov.uk (or, for the Equality Act 2010, its chapter
// number as printed on the Act). An Act not listed has no URL: a number
// is never guessed.
var legislationPaths = map[string]string{
	"Housing (Scotland) Act 2010":                                                "asp/2010/17",
	"Coronavirus (Scotland) Act 2020":                                            "asp/2020/7",
	"Children (Care, Care Experience and Services Planning) (Scotland) Act 2026": "asp/2026/16",
	"Public Bodies (Joint Working) (Scotland) Act 2014":                          "asp/2014/9",
	"Courts Reform (Scotland) Act 2014":                                          "asp/2014/18",
	"Prisons (Scotland) Act 1989":                                                "ukpga/1989/45",
	"Age of Legal Capacity (Scotland) Act 1991":                                  "ukpga/1991/50",
	"Data Protection Act 2018":                                                   "ukpga/2018/12",
	"Equality Act 2010":                                                          "ukpga/2010/15",
}

// guidancePages are the web pages of the statutory guidance on gov.scot,
// in order, each with the first paragraph on it: the page for a chapter of
// the printed document (the introduction, each of sections 7 to 17,
// enforcement, and links with other plans), then one page for each of
// Appendices A to E. Page 1 (paragraphs 1 to 34), page 11 (section 16,
// paragraphs 145 to 147) and page 20 (the footnotes, after the five
// appendices) were checked against published copies of the pages; the
// others follow the document's contents in the same order.
var guidancePages = []int{1, 35, 40, 48, 75, 113, 120, 123, 134, 142, 145, 148, 150, 152}

// guidanceAppendixPage is the page of Appendix A; Appendices B to E
// follow it, one page each.
const guidanceAppendixPage = 15

// URL returns the address of the official text c cites, or "" where the
// module knows none:
//
//   - a provision of the Act: its section on legislation.gov.uk, such as
//     https://www.legislation.gov.uk/asp/2014/8/section/10 for
//     s.10(7)(a)(i) (legislation.gov.uk gives each section a page; the
//     subsection is the citation's to say);
//   - a paragraph of the statutory guidance, or an appendix: the page of
//     the guidance on gov.scot that holds it ([GuidanceURL] + "pages/N/");
//     a run of paragraphs links the page of its first;
//   - other legislation: the Act on legislation.gov.uk, with its section
//     or schedule where the citation names one, for the Acts whose year
//     and number the module knows (an Act it does not know has no URL);
//     a Scottish statutory instrument ("SSI 2016/255"):
//     https://www.legislation.gov.uk/ssi/2016/255.
//
// The zero Citation has no URL.
func (c Citation) URL() string {
	switch c.kind {
	case citeAct:
		return legislationSite + thisActPath + provisionPath(c.ref)
	case citeGuidancePara:
		first, _ := paraRange(c.ref)
		page := 0
		for i, p := range guidancePages {
			if first >= p {
				page = i + 1
			}
		}
		return GuidanceURL + "pages/" + strconv.Itoa(page) + "/"
	case citeGuidanceAppendix:
		return GuidanceURL + "pages/" + strconv.Itoa(guidanceAppendixPage+int(c.ref[0]-'A')) + "/"
	case citeOther:
		if rest, ok := strings.CutPrefix(c.instrument, "SSI "); ok {
			return legislationSite + "ssi/" + rest
		}
		path, ok := legislationPaths[c.instrument]
		if !ok {
			return ""
		}
		return legislationSite + path + provisionPath(strings.TrimPrefix(c.ref, "s."))
	}
	return ""
}

// provisionPath returns the path on legislation.gov.uk of a provision,
// given as it follows "s." ("10(7)(a)(i)") or as "sch.N" or "sch.N para
// REF": "/section/10", "/schedule/6", "/schedule/1/paragraph/10"; "" for
// the whole Act.
func provisionPath(ref string) string {
	if ref == "" {
		return ""
	}
	if rest, ok := strings.CutPrefix(ref, "sch."); ok {
		num, para, hasPara := strings.Cut(rest, " para ")
		p := "/schedule/" + num
		if hasPara {
			head, _, _ := strings.Cut(para, "(")
			p += "/paragraph/" + head
		}
		return p
	}
	head, _, _ := strings.Cut(ref, "(")
	return "/section/" + head
}
