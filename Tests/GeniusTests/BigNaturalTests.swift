import Foundation
import Pareto
import Testing
@testable import Genius

@Suite struct BigNaturalTests {
    @Test func arithmeticAgreesWithDecimalStringsAndWords() {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<300 {
            let a = UInt64.random(in: 0...UInt64.max, using: &rng), b = UInt64.random(in: 1...UInt64.max, using: &rng)
            let (h, l) = a.multipliedFullWidth(by: b)
            let p = BigNatural(a) * BigNatural(b)
            #expect(p == BigNatural(words: [l, h]))
            let (q, r) = p.quotientAndRemainder(dividingBy: BigNatural(b))
            #expect(q == BigNatural(a) && r.isZero)
            #expect(p + BigNatural(b) - BigNatural(b) == p)
            #expect(BigNatural(decimalDigits: Substring(p.description)) == p)
            #expect((p << 70) >> 70 == p)
            #expect(p.doubleValue == Double(p.description)!)   // Swift parses decimals with correct rounding
        }
        #expect(BigNatural.power(of: 10, 30).description == "1" + String(repeating: "0", count: 30))
        #expect(BigNatural.gcd(BigNatural.power(of: 6, 40), BigNatural.power(of: 4, 30)) == BigNatural.power(of: 2, 40))
    }

    @Test func rationalsRoundToTheNearestDouble() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<300 {
            // Decimals with up to 30 significant digits, where the division is not exact.
            let digits = (0..<Int.random(in: 1...30, using: &rng)).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
            let text = "0." + digits + "e\(Int.random(in: -5...5, using: &rng))"
            #expect(ExactRational(decimal: text)!.doubleValue == Double(text)!)
            let x = Double.random(in: -1e6...1e6, using: &rng)
            #expect(ExactRational(shortestDecimalOf: x).doubleValue == x)
        }
        let third = ExactRational(1) / ExactRational(3)
        #expect(third.doubleValue == 1.0 / 3)
        #expect(ExactRational(decimal: "0.1")! + ExactRational(decimal: "0.2")! == ExactRational(decimal: "0.3")!)
        #expect(ExactRational(decimal: "-1.5E-3")!.description == "-3/2000")
        #expect(ExactRational(decimal: "1.2.3") == nil && ExactRational(decimal: "abc") == nil && ExactRational(decimal: "") == nil)
    }
}
