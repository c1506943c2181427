package part3

import (
	"strings"
	"testing"
)

func TestCitationURL(t *testing.T) {
	const guidance = GuidanceURL + "pages/"
	tests := []struct {
		citation string
		want     string
	}{
		{"s.8(1)", "https://www.legislation.gov.uk/asp/2014/8/section/8"},
		{"s.10(7)(a)(i)", "https://www.legislation.gov.uk/asp/2014/8/section/10"},
		{"s.7(1A)", "https://www.legislation.gov.uk/asp/2014/8/section/7"},
		{"s.97(1)", "https://www.legislation.gov.uk/asp/2014/8/section/97"},
		// The guidance's pages: the introduction is page 1, section 16
		// (paras 145-147) page 11, Appendix A page 15.
		{"guidance para 1", guidance + "1/"},
		{"guidance para 34", guidance + "1/"},
		{"guidance para 35", guidance + "2/"},
		{"guidance para 101", guidance + "5/"},
		{"guidance paras 48-71", guidance + "4/"},
		{"guidance paras 120-121", guidance + "7/"},
		{"guidance para 129", guidance + "8/"},
		{"guidance para 146", guidance + "11/"},
		{"guidance para 261", guidance + "14/"},
		{"guidance appendix A criterion 3", guidance + "15/"},
		{"guidance appendix B step 10", guidance + "16/"},
		{"guidance appendix E", guidance + "19/"},
		{"Housing (Scotland) Act 2010 s.165", "https://www.legislation.gov.uk/asp/2010/17/section/165"},
		{"Coronavirus (Scotland) Act 2020 sch.6", "https://www.legislation.gov.uk/asp/2020/7/schedule/6"},
		{"Coronavirus (Scotland) Act 2020 sch.6 para 10(2)", "https://www.legislation.gov.uk/asp/2020/7/schedule/6/paragraph/10"},
		{"Children (Care, Care Experience and Services Planning) (Scotland) Act 2026 s.60", "https://www.legislation.gov.uk/asp/2026/16/section/60"},
		{"Prisons (Scotland) Act 1989", "https://www.legislation.gov.uk/ukpga/1989/45"},
		{"Data Protection Act 2018", "https://www.legislation.gov.uk/ukpga/2018/12"},
		{"Public Bodies (Joint Working) (Scotland) Act 2014 s.58", "https://www.legislation.gov.uk/asp/2014/9/section/58"},
		{"Age of Legal Capacity (Scotland) Act 1991 s.6(2)", "https://www.legislation.gov.uk/ukpga/1991/50/section/6"},
		{"Equality Act 2010 s.1", "https://www.legislation.gov.uk/ukpga/2010/15/section/1"},
		{"Courts Reform (Scotland) Act 2014", "https://www.legislation.gov.uk/asp/2014/18"},
		{"SSI 2016/255", "https://www.legislation.gov.uk/ssi/2016/255"},
		// An Act whose number the module does not know has none.
		{"Children (Scotland) Act 1995 s.19", ""},
		{"Children's Services Planning (Specified Date) (Scotland) Order 2016", ""},
	}
	for _, tt := range tests {
		t.Run(tt.citation, func(t *testing.T) {
			c, err := ParseCitation(tt.citation)
			if err != nil {
				t.Fatal(err)
			}
			if got := c.URL(); got != tt.want {
				t.Errorf("URL() = %q, want %q", got, tt.want)
			}
		})
	}
	if got := (Citation{}).URL(); got != "" {
		t.Errorf("zero Citation: URL() = %q, want none", got)
	}
}

// TestGuidancePagesCoverEveryParagraph checks that every paragraph and
// appendix of the guidance links a page of the document, in order.
func TestGuidancePagesCoverEveryParagraph(t *testing.T) {
	last := 0
	for n := 1; n <= guidanceLastPara; n++ {
		u := GuidancePara(n).URL()
		page, ok := strings.CutPrefix(u, GuidanceURL+"pages/")
		if !ok {
			t.Fatalf("para %d: URL %q", n, u)
		}
		var p int
		for _, r := range strings.TrimSuffix(page, "/") {
			p = p*10 + int(r-'0')
		}
		if p < last || p > 14 {
			t.Fatalf("para %d on page %d, after page %d", n, p, last)
		}
		last = p
	}
	for _, l := range "ABCDE" {
		if u := GuidanceAppendix(string(l)).URL(); !strings.HasPrefix(u, GuidanceURL+"pages/") {
			t.Errorf("appendix %c: URL %q", l, u)
		}
	}
}
