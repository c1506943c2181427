package consult_test

import (
	"testing"

	"github.com/csplanning/part3/consult"
)

func BenchmarkDecodeNotice(b *testing.B) {
	data := readTestdata(b, "notice-police-valid.json")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := consult.DecodeNotice("n.json", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNoticeCheck(b *testing.B) {
	n := loadNotice(b, "notice-police-valid.json")
	ctx := judged{Plan: dundeePlan()}
	b.ReportAllocs()
	for b.Loop() {
		if !ctx.notice(b, n).HasLegalEffect() {
			b.Fatal("no legal effect")
		}
	}
}

func BenchmarkDecodeRecord(b *testing.B) {
	data := readTestdata(b, "record-good.json")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := consult.DecodeRecord("r.json", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRecordCheck(b *testing.B) {
	r := loadRecord(b, "record-good.json")
	ctx := dundeeContext()
	b.ReportAllocs()
	for b.Loop() {
		if fs := ctx.record(b, r); len(fs) != 0 {
			b.Fatal(fs)
		}
	}
}
