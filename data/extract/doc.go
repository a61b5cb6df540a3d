// Package extract finds the events news articles report: it reads an
// article once (data/text), has its places resolved (geo/toponym) and its
// dates tagged (data/dates), and applies the rules of how news tells what
// happened: trigger words, the places they govern, dates, actors, claims,
// denials and counts of the dead and wounded. Batch runs it over many
// articles in parallel.
package extract
