package service

import "github.com/go-json-experiment/json"

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v, json.Deterministic(true)) }
