// Package period holds the dates of Part 3 of the Children and Young People
// (Scotland) Act 2014: civil calendar dates ([Date]), the three-year plan
// periods of section 8(1) and the one-year reporting periods of section
// 13(1).
package period
