// Package server is the HTTP/JSON service over the module's one entry
// point, package judge, and the page a planning lead can use in a browser:
// the engine of Part 3 (sections 7 to 17) of the Children and Young People
// (Scotland) Act 2014 for the council systems that are not written in Go
// (case management, planning dashboards, low-code workflows). The command
// "part3 serve" runs it.
//
// The handlers hold no rules. Each decodes the request, calls the same
// function of package judge (or the same catalogue) as the command-line
// tool, and encodes the answer with [judge.WriteJSON], so that a JSON
// answer is the same, byte for byte, as the tool's --format json for the
// same input and build; a CSV, HTML, iCalendar or SVG answer is written by
// the library function the tool's --format csv, html, ics or svg calls,
// and is the same bytes too.
//
// The API, JSON unless the request's Accept header asks for another type
// a route offers (openapi.json, served at /v1/openapi.json, is the
// contract):
//
//	POST /v1/validate        any document kind; a plan beside reports and notices (CSV on Accept: text/csv)
//	POST /v1/review          the Appendix A review of each plan (with overview=true, as /v1/overview)
//	POST /v1/overview        the reviews and the national overview (HTML on Accept: text/html, CSV on text/csv)
//	POST /v1/calendar        a partnership's obligations, from its planning history (iCalendar on
//	                         Accept: text/calendar, the timeline on image/svg+xml)
//	GET  /v1/calendar/{council}.ics, .svg
//	                         a partnership's obligations with no history, as an iCalendar file or the timeline
//	POST /v1/diff            what changed between two documents of one kind, old then new (CSV on Accept: text/csv)
//	POST /v1/decide          duty questions
//	GET  /v1/period/{date}   the plan and reporting periods of a date
//	GET  /v1/councils[/{name}]
//	GET  /v1/duties[/{id}]
//	GET  /v1/rules
//	GET  /v1/schemas[/{kind}]
//	GET  /v1/version, /healthz, /readyz
//
// A request about one document sends the document itself as the body, with
// the as-of date in the query (?as_of=2026-11-26); the whole judgement
// context and several documents travel in an envelope ([Envelope]). The
// as-of date is required, as everywhere in the module: a request without
// one is refused (422), and none is assumed.
//
// Bad input is an RFC 9457 problem (application/problem+json) carrying what
// a [part3.InputError] says: the file, the JSON Pointer path, the line and
// column and what was expected; 400 for JSON that cannot be read, 413 for a
// body over the limit, 422 for a document or context that is well formed
// but cannot be used, 404 for an unknown route, council, duty or kind (with
// the known ones listed). A request in which some documents are bad input
// and others were judged is answered 200, each bad document with its own
// error, as the tool's JSON does.
//
// The server keeps no state between requests: any instance behind a load
// balancer gives the same answer. [Config] sets the limits a council's IT
// would ask for; [Serve] runs an [http.Server] with every timeout set and
// drains in-flight requests when its context ends.
package server
