package geo

// lookup returns the places of a folded key whose keyHash is h, as
// Gazetteer.Lookup does, from the hash the tokenizer computed.
func (a *analysis) lookup(key string, h uint64) []*Place { return a.g.LookupHashed(key, h) }

// lookupWord returns the places named by the word of token i alone.
func (a *analysis) lookupWord(i int) []*Place { return a.lookup(a.folded(i), a.toks[i].hash) }
