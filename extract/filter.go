package extract

// nameFilter is a set of strings, up to some thousands, that may answer yes
// for a string not added but never no for one added: one bit of 65,536 per
// string, by a hash of its length and its first and last four bytes. Its
// 8 KB stay in the cache where a map of as many names does not, so that a
// lookup that would miss the map mostly costs a hash and one load.
type nameFilter [1 << 16 / 64]uint64

func nameBit(w string) uint32 {
	n := len(w)
	var a, b uint32
	if n >= 4 {
		a = uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
		b = uint32(w[n-4]) | uint32(w[n-3])<<8 | uint32(w[n-2])<<16 | uint32(w[n-1])<<24
	} else {
		for i := range n {
			a = a<<8 | uint32(w[i])
		}
	}
	h := a*0x9E3779B1 ^ b*0x85EBCA77 ^ uint32(n)*0xC2B2AE3D
	return (h ^ h>>16) & (1<<16 - 1)
}

func (f *nameFilter) add(w string) { b := nameBit(w); f[b/64] |= 1 << (b % 64) }

func (f *nameFilter) mayHold(w string) bool { b := nameBit(w); return f[b/64]&(1<<(b%64)) != 0 }
