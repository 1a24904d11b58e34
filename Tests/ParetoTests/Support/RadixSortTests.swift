import Testing
@testable import Pareto

@Suite struct RadixSortTests {
    @Test(arguments: [0, 1, 100, 5000, 70_000, 300_000])
    func radixSortMatchesTheStandardSortAndIsStable(_ n: Int) {
        var rng = SplitMix64(seed: UInt64(n))
        let doubles = (0..<n).map { _ in Double(Int.random(in: -50...50, using: &rng)) / 8 * (Bool.random(using: &rng) ? 1 : 1e-300) }
        var keys = doubles.map(orderedKey)
        var payload = (0..<n).map { Int32($0) }
        radixSort(keys: &keys, payload: &payload)
        let expected = (0..<n).sorted { doubles[$0] < doubles[$1] || (doubles[$0] == doubles[$1] && $0 < $1) }
        #expect(payload.map(Int.init) == expected)
    }

    @Test func orderedKeysFollowNumericOrder() {
        let xs: [Double] = [-.greatestFiniteMagnitude, -1, -.leastNonzeroMagnitude, -0.0, 0, .leastNonzeroMagnitude, 1, .greatestFiniteMagnitude]
        let keys = xs.map(orderedKey)
        for i in 1..<xs.count { #expect(xs[i - 1] == xs[i] ? keys[i - 1] == keys[i] : keys[i - 1] < keys[i]) }
    }
}
