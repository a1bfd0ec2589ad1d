module github.com/govnotice/govnotice

go 1.26.0

require (
	github.com/google/go-cmp v0.7.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.2
)

require golang.org/x/text v0.44.0

require golang.org/x/net v0.62.0
