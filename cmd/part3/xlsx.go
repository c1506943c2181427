package main

import (
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/report"
)

// writeXLSX writes tables as an Excel workbook (Office Open XML), a sheet
// per table in order, for the national reviewers' spreadsheets: the header
// row bold and frozen, with a filter; numeric columns as numbers, the rest
// as text (never as formulas); and a column named url as links. The
// workbook's created and modified dates are asOf, so that the same tables
// give the same file. excelize, which writes it, is used by this command
// only, so that a program that embeds the library packages never compiles
// it.
func writeXLSX(w io.Writer, tables []report.Table, asOf period.Date) error {
	f := excelize.NewFile()
	defer f.Close()
	stamp := fmt.Sprintf("%sT00:00:00Z", asOf)
	if err := f.SetDocProps(&excelize.DocProperties{
		Title:    "National overview of children's services plans",
		Creator:  "part3",
		Created:  stamp,
		Modified: stamp,
	}); err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	for i, t := range tables {
		name := t.Name
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(name); err != nil {
			return err
		}
		header := make([]any, len(t.Header))
		for c, h := range t.Header {
			header[c] = h
		}
		if err := f.SetSheetRow(name, "A1", &header); err != nil {
			return err
		}
		if err := f.SetRowStyle(name, 1, 1, bold); err != nil {
			return err
		}
		for r, row := range t.Rows {
			cells := make([]any, len(row))
			for c, v := range row {
				cells[c] = v
				if c < len(t.Numeric) && t.Numeric[c] && v != "" {
					if n, err := strconv.Atoi(v); err == nil {
						cells[c] = n
					}
				}
			}
			ref, _ := excelize.CoordinatesToCellName(1, r+2)
			if err := f.SetSheetRow(name, ref, &cells); err != nil {
				return err
			}
			for c, h := range t.Header {
				if h == "url" && c < len(row) && row[c] != "" {
					cell, _ := excelize.CoordinatesToCellName(c+1, r+2)
					if err := f.SetCellHyperLink(name, cell, row[c], "External"); err != nil {
						return err
					}
				}
			}
		}
		last, _ := excelize.CoordinatesToCellName(max(len(t.Header), 1), max(len(t.Rows)+1, 2))
		if err := f.AutoFilter(name, "A1:"+last, nil); err != nil {
			return err
		}
		if err := f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	_, err = f.WriteTo(w)
	return err
}
