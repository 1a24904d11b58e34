/// The outcomes of k issues, issue `i` having `radices[i]` options, visited as a mixed-radix
/// odometer: outcome number `Σ digits[i] · Π_{j > i} radices[j]`, the last issue turning fastest.
///
/// The enumerations of this module keep one prefix sum per issue and, after each step, recompute
/// only those from the lowest digit that changed: ``advance()`` says which that is.
struct MixedRadixCounter {
    /// The number of options of each issue (each ≥ 1 for a non-empty space).
    let radices: [Int]
    /// The current outcome's option of each issue.
    private(set) var digits: [Int]

    /// The counter at outcome 0 (every digit 0).
    init(radices: [Int]) {
        self.radices = radices
        digits = [Int](repeating: 0, count: radices.count)
    }

    /// The number of outcomes, `Π radices` (1 for no issues).
    var outcomeCount: Int { radices.reduce(1, *) }

    /// Steps to the next outcome and returns the lowest issue whose digit changed (every later
    /// digit changed too), or `nil` after the last outcome, when every digit wraps back to 0.
    ///
    /// - Complexity: O(1) amortized over a full count, O(k) at worst.
    mutating func advance() -> Int? {
        var level = radices.count - 1
        while level >= 0 {
            digits[level] += 1
            if digits[level] < radices[level] { return level }
            digits[level] = 0
            level -= 1
        }
        return nil
    }

    /// The digits (one option per issue) of outcome number `index`.
    ///
    /// - Complexity: O(k).
    func digits(of index: Int) -> [Int] {
        var choices = [Int](repeating: 0, count: radices.count), rest = index
        for i in stride(from: radices.count - 1, through: 0, by: -1) {
            choices[i] = rest % radices[i]
            rest /= radices[i]
        }
        return choices
    }
}

/// Every outcome's per-party sum of an additive table, in odometer order: row `outcome` of the
/// result holds `Σ_i table[i][digits[i]][p]` for parties `p < d`, summed left to right (issue 0
/// first), the same fold as the separable merge, so doubles round the same way.
///
/// - Parameters:
///   - table: `table[i][c]` is option `c` of issue `i`: one value per party.
///   - d: The number of parties.
///   - zero: The additive identity.
///   - add: The sum of two values.
/// - Returns: `outcomeCount · d` values, row-major; empty when some issue has no options.
/// - Complexity: O(N·d) additions amortized for N outcomes (O(N·k·d) at worst), O(N·d) memory.
func additiveOutcomeSums<V>(_ table: [[[V]]], parties d: Int, zero: V, _ add: (V, V) -> V) -> [V] {
    var counter = MixedRadixCounter(radices: table.map(\.count))
    let n = counter.outcomeCount, k = table.count
    guard n > 0 else { return [] }
    var sums = [V](repeating: zero, count: n * d)
    var prefix = [V](repeating: zero, count: (k + 1) * d)   // prefix[(i + 1)·d + p] = Σ_{j ≤ i}
    func refresh(from level: Int) {
        for i in level..<k {
            let option = table[i][counter.digits[i]]
            for p in 0..<d { prefix[(i + 1) * d + p] = add(prefix[i * d + p], option[p]) }
        }
    }
    refresh(from: 0)
    for outcome in 0..<n {
        for p in 0..<d { sums[outcome * d + p] = prefix[k * d + p] }
        if let level = counter.advance() { refresh(from: level) }
    }
    return sums
}
