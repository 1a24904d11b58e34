/// A small, fast, seedable pseudo-random generator (Steele, Lea & Flood 2014, "SplitMix").
///
/// Use it wherever results must be repeatable: seeded tests, benchmark data, sampling for plots.
/// It is not cryptographically secure.
///
/// ```swift
/// var rng = SplitMix64(seed: 42)
/// let x = Double.random(in: 0..<1, using: &rng)   // the same value on every run
/// ```
package struct SplitMix64: RandomNumberGenerator, Sendable {
    @usableFromInline var state: UInt64

    /// Creates a generator whose sequence is determined by `seed`.
    @inlinable
    package init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    @inlinable
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
