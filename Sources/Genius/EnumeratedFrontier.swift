import Pareto

/// The frontier of an additive problem by enumerating every outcome.
///
/// `contributions[issue][value][party]`, the same table the separable method takes. Sums run in
/// issue order from 0 (prefix sums along an odometer, which is the same left fold). Identical
/// utility vectors are grouped; the first outcome in enumeration order (the lowest mixed-radix
/// index, issue 0 most significant) represents each group. Entries are sorted by utilities.
///
/// - Complexity: O(N·(k + p)) for N outcomes, k issues and p parties, plus the non-dominated
///   filter on N points; O(N·p) memory.
func enumeratedFrontier(contributions: [[[Double]]], parties: Int) throws(ParetoError) -> [NegotiationFrontier.Entry] {
    let radices = contributions.map(\.count)
    precondition(radices.reduce(1.0) { $0 * Double($1) } <= Double(negotiationFrontierEnumerationLimit),
                 "too many outcomes to enumerate")
    let n = radices.reduce(1, *)
    guard n > 0 else { return [] }
    let k = radices.count

    // Utilities of every outcome, row-major, outcome index in mixed radix (issue 0 most significant).
    var utilities = [Double](repeating: 0, count: n * parties)
    var digits = [Int](repeating: 0, count: k)
    // prefix[(i + 1) * parties + p] = Σ_{j ≤ i} contributions[j][digits[j]][p]
    var prefix = [Double](repeating: 0, count: (k + 1) * parties)
    func refresh(from level: Int) {
        for i in level..<k {
            for p in 0..<parties {
                prefix[(i + 1) * parties + p] = prefix[i * parties + p] + contributions[i][digits[i]][p]
            }
        }
    }
    refresh(from: 0)
    for outcome in 0..<n {
        for p in 0..<parties { utilities[outcome * parties + p] = prefix[k * parties + p] }
        // Advance the odometer: the last issue fastest.
        var level = k - 1
        while level >= 0 {
            digits[level] += 1
            if digits[level] < radices[level] { break }
            digits[level] = 0
            level -= 1
        }
        if level >= 0 { refresh(from: level) }
    }

    let points = try PointSet(dimensions: parties, values: utilities)
    let front = try nonDominatedIndices(points)

    // Group identical utility vectors; the first (lowest) outcome index represents the group.
    var groupOf: [[UInt64]: Int] = [:]
    var representatives: [Int] = [], counts: [Double] = []
    for index in front.sorted() {
        let key = (0..<parties).map { (utilities[index * parties + $0] + 0.0).bitPattern }
        if let g = groupOf[key] {
            counts[g] += 1
        } else {
            groupOf[key] = representatives.count
            representatives.append(index)
            counts.append(1)
        }
    }
    var entries = zip(representatives, counts).map { index, count in
        var choices = [Int](repeating: 0, count: k), rest = index
        for i in stride(from: k - 1, through: 0, by: -1) {
            choices[i] = rest % radices[i]
            rest /= radices[i]
        }
        return NegotiationFrontier.Entry(
            choices: choices, utilities: Array(utilities[index * parties ..< (index + 1) * parties]), multiplicity: count)
    }
    entries.sort { $0.utilities.lexicographicallyPrecedes($1.utilities) }
    return entries
}
