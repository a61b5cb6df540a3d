package text

import (
	"math/bits"
	"strings"
)

// Words and names are hashed 8 bytes at a time rather than byte by byte:
// the tokenizer loads a word as 64-bit chunks to find where it ends, and
// hashes those same chunks, lower-cased, without looking at each byte.
//
// The hash of a name of several words is built from the hashes of its
// words (JoinHash), so that a token's hash serves every name it starts and
// a phrase is extended one word at a time. The lexicon and the name filters
// hash their keys with KeyHash, the tokenizer with its chunks: the two agree.

const (
	hashSeed  = 0x243F6A8885A308D3
	hashMulA  = 0x9E3779B97F4A7C15
	hashMulB  = 0xFF51AFD7ED558CCD
	byteOnes  = 0x0101010101010101
	byteHighs = 0x8080808080808080
)

// mixChunk adds one chunk of up to 8 bytes (little-endian, zero-padded) to h.
func mixChunk(h, chunk uint64) uint64 { return bits.RotateLeft64((h^chunk)*hashMulA, 29) }

// finishHash spreads h over all 64 bits: the name table uses the low bits
// for its slot and the high bits as a tag.
func finishHash(h uint64, n int) uint64 {
	h ^= uint64(n)
	h ^= h >> 33
	h *= hashMulB
	h ^= h >> 29
	return h
}

// WordHash is the hash of a folded word (no spaces).
func WordHash(w string) uint64 {
	h := uint64(hashSeed)
	n := len(w)
	for ; len(w) >= 8; w = w[8:] {
		h = mixChunk(h, load64(w))
	}
	if len(w) > 0 {
		var chunk uint64
		for i := len(w) - 1; i >= 0; i-- {
			chunk = chunk<<8 | uint64(w[i])
		}
		h = mixChunk(h, chunk)
	}
	return finishHash(h, n)
}

// JoinHash is the hash of a key followed by a space and a word, from the
// key's hash and the word's.
func JoinHash(key, word uint64) uint64 { return finishHash(key*hashMulA^word, 1) }

// KeyHash is the hash of a folded key whose words are separated by single
// spaces ("nagorno karabakh").
func KeyHash(key string) uint64 { return KeyPrefixHashes(key, nil) }

// KeyPrefixHashes returns KeyHash(key), passing visit, if not nil, the hash
// of each of its word prefixes and of itself ("nagorno", "nagorno karabakh").
func KeyPrefixHashes(key string, visit func(uint64)) uint64 {
	var h uint64
	for n := 0; ; n++ {
		end := strings.IndexByte(key, ' ')
		if end < 0 {
			end = len(key)
		}
		if w := WordHash(key[:end]); n == 0 {
			h = w
		} else {
			h = JoinHash(h, w)
		}
		if visit != nil {
			visit(h)
		}
		if end == len(key) {
			return h
		}
		key = key[end+1:]
	}
}

// load64 reads the first 8 bytes of s as a little-endian number; the
// compiler makes it one load.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// byteHasher hashes a word given byte by byte, as WordHash would hash the
// whole: for the words the tokenizer cannot take 8 bytes at a time.
type byteHasher struct {
	h, chunk uint64
	n        int // bytes added
}

func newByteHasher() byteHasher { return byteHasher{h: hashSeed} }

func (b *byteHasher) add(c byte) {
	b.chunk |= uint64(c) << (8 * (b.n & 7))
	b.n++
	if b.n&7 == 0 {
		b.h = mixChunk(b.h, b.chunk)
		b.chunk = 0
	}
}

func (b *byteHasher) sum() uint64 {
	h := b.h
	if b.n&7 != 0 {
		h = mixChunk(h, b.chunk)
	}
	return finishHash(h, b.n)
}
