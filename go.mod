module github.com/chronomap/chronomap

go 1.26.0

require (
	github.com/paulmach/orb v0.14.0
	golang.org/x/text v0.43.0
)
