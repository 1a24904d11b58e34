/// The reference O(n²·d) non-dominated filter: compares every pair of points.
///
/// Every fast algorithm in this module is tested against this one. It is public so that users
/// can check results on their own data, but it is far too slow for large inputs.
///
/// - Parameters:
///   - points: The points to filter.
///   - senses: One sense per objective; `nil` maximizes all.
/// - Returns: The indices of the non-dominated points, ascending. Duplicates of a non-dominated
///   point are all returned.
/// - Complexity: O(n²·d).
public func bruteForceNonDominatedIndices(
    _ points: PointSet, senses: [ObjectiveSense]? = nil
) throws(ParetoError) -> [Int] {
    let senses = try points.resolvedSenses(senses)
    let n = points.count, d = points.dimensions
    let signs = senses.map(\.sign)
    return points.values.withUnsafeBufferPointer { v in
        var result: [Int] = []
        outer: for i in 0..<n {
            for k in 0..<n where k != i {
                let dominated = DominanceKernel.dominates(dimensions: d) { j in
                    DominanceKernel.order(signs[j] * v[k * d + j], signs[j] * v[i * d + j])
                }
                if dominated { continue outer }
            }
            result.append(i)
        }
        return result
    }
}
