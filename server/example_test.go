package server_test

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"

	"github.com/go-json-experiment/json"

	"github.com/csplanning/part3/server"
)

// ExampleNew serves the engine in process, as a test or a Go program that
// embeds it would, and posts a plan to POST /v1/validate: the body is the
// document itself, and the as-of date a query parameter.
func ExampleNew() {
	srv := httptest.NewServer(server.New(server.DefaultConfig()))
	defer srv.Close()

	plan, err := os.ReadFile("../plan/testdata/breaches-2023-2026.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := http.Post(srv.URL+"/v1/validate?as_of=2026-11-26", "application/json", bytes.NewReader(plan))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer res.Body.Close()
	var answer struct {
		Results []struct {
			Kind     string `json:"kind"`
			Findings []struct {
				Rule     string   `json:"rule"`
				Severity string   `json:"severity"`
				By       []string `json:"by"`
			} `json:"findings"`
		} `json:"results"`
	}
	if err := json.UnmarshalRead(res.Body, &answer); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.StatusCode, res.Header.Get("Content-Type"))
	for _, f := range answer.Results[0].Findings {
		if f.Rule == "plan.joint-approval" {
			fmt.Println(answer.Results[0].Kind, f.Rule, f.Severity, f.By)
		}
	}

	// A document that cannot be read is a problem detail naming the JSON
	// path, never a 500.
	res, err = http.Post(srv.URL+"/v1/validate?as_of=2026-11-26", "application/json", bytes.NewReader([]byte(`{"kind": "childrens-services-plan", "period": "2023-2025"}`)))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer res.Body.Close()
	fmt.Println(res.StatusCode, res.Header.Get("Content-Type"))
	// Output:
	// 200 application/json
	// childrens-services-plan plan.joint-approval statutory [Moray Council NHS Grampian]
	// 422 application/problem+json
}
