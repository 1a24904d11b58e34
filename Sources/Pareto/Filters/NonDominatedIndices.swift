/// Which non-dominated filtering algorithm to use.
public enum FrontierAlgorithm: String, Sendable, Hashable, CaseIterable {
    /// Picks by dimension: a linear scan for 1 objective, ``sweep2D`` for 2, ``kung3D`` for 3,
    /// ``divideAndConquer4D`` for 4, ``manyObjectives`` for 5 or more.
    case automatic
    /// Sort-and-sweep for two objectives, O(n log n), after a linear-time sample and bucket
    /// pre-filter; an exact bucket stage decides, in linear time and without sorting, every
    /// row whose bucket of the first objective holds one distinct value (so data with few
    /// distinct values of it need no sort). Two objectives only.
    case sweep2D
    /// Kung, Luccio & Preparata's sweep for three objectives with an ordered staircase,
    /// O(n log n), after linear-time pivot and grid pre-filters. Three objectives only.
    case kung3D
    /// Kung, Luccio & Preparata's divide and conquer for four objectives: halves by the first
    /// objective, merged by a sweep over the second with a staircase of the other two,
    /// O(n log n · log h) for staircases of at most h points, after the linear-time window
    /// pre-filter. Four objectives only.
    case divideAndConquer4D
    /// Sort-filter-skyline (rows by decreasing sum, Chomicki et al. 2003) over a k-d tree whose
    /// nodes keep the maxima of the accepted rows below them, after a linear-time pre-filter
    /// (pivots for three objectives, a window of strong rows for four, and for five or more
    /// up to 256 mutually non-dominated rows of largest sum from a sample); any number of
    /// objectives. On several cores the sweep runs block by block, each block's queries split
    /// across the workers, as in Chester et al.'s multi-core "Hybrid" skyline (2015). Chosen
    /// over BSkyTree's pivot lattice and over ND-trees because the node maxima prune by the
    /// accepted rows themselves and need no rebalancing (see ``NonDominatedManyObjectives``).
    /// O(n log n) plus the dominance queries, which are O(k) each in the worst case for a
    /// frontier of k points (O(n·k) in all, as for every skyline algorithm in many objectives).
    case manyObjectives
    /// The O(n²) reference, ``bruteForceNonDominatedIndices(_:senses:)``.
    case bruteForce
}

/// Returns the indices of the points that no other point dominates, in input order.
///
/// A point `a` dominates `b` when `a` is at least as good as `b` in every objective (as oriented
/// by `senses`) and strictly better in at least one. Equal points never dominate each other, so
/// every copy of a non-dominated point is reported. The empty set gives `[]`; a single point is
/// always non-dominated; with one objective the result is every copy of the best value. NaN and
/// ±infinity cannot occur: ``PointSet`` rejects them. `-0.0` and `+0.0` are equal.
///
/// Minimized objectives are handled by reading each value times its sense's sign, never by
/// copying the data: the extra memory is O(n) indices and keys.
///
/// ```swift
/// let points = try PointSet(rows: [[1, 3], [2, 2], [1, 1], [2, 2]])
/// try nonDominatedIndices(points)   // [0, 1, 3]
/// try nonDominatedIndices(points, senses: [.minimize, .maximize])   // [0]
/// ```
///
/// The fast algorithms (see ``FrontierAlgorithm``) all return exactly the rows
/// ``bruteForceNonDominatedIndices(_:senses:)`` returns.
///
/// - Parameters:
///   - points: The points to filter.
///   - senses: One sense per objective; `nil` maximizes every objective.
///   - algorithm: The algorithm; `.automatic` chooses by dimension.
///   - parallel: Whether large inputs may be split across the active processors: from 2¹⁸
///     rows with two or three objectives (2¹⁶ for three near a large frontier, below) and 2¹⁴
///     with more (a row costs more to decide in more objectives). With two objectives each processor filters, sorts and sweeps its
///     part, and the sorted part frontiers are merged in one linear sweep. With three, the
///     input is only split when a sampled pre-filter shows that most rows are dominated (on a
///     large frontier the merge would repeat most of the work); otherwise, from 2¹⁶ rows, the
///     sweep splits its grid pre-filter and cuts its sweep in two halves of `x`. With four or
///     more, each processor streams its part through the pre-filter (the window for four, the
///     sum pivots for more); the four-objective divide and conquer then solves its two halves
///     concurrently (from 2¹⁴ rows), and the sort-filter skyline builds its tree and sort
///     concurrently and splits each block of its sweep across the processors (from 2¹⁵ rows).
///     The result is the same either way.
/// - Returns: Ascending indices of the non-dominated points.
/// - Throws: ``ParetoError/wrongLength(what:expected:found:)`` when `senses` has the wrong
///   length; ``ParetoError/unsupportedDimensions(operation:dimensions:supported:)`` when
///   `algorithm` is ``FrontierAlgorithm/sweep2D``, ``FrontierAlgorithm/kung3D`` or
///   ``FrontierAlgorithm/divideAndConquer4D`` and the points have another number of objectives; ``ParetoError/invalidArgument(_:)`` for more than
///   2³¹ − 1 points.
/// - Complexity: O(n log n) for 2 and 3 objectives; O(n log n · log h) for 4 (see
///   ``FrontierAlgorithm/divideAndConquer4D``); for more, O(n log n) plus the dominance
///   queries described at ``FrontierAlgorithm/manyObjectives`` (O(n·k) in the worst case for a
///   frontier of k points). Each algorithm starts with a linear pre-filter that usually removes
///   most dominated points.
public func nonDominatedIndices(
    _ points: PointSet,
    senses: [ObjectiveSense]? = nil,
    algorithm: FrontierAlgorithm = .automatic,
    parallel: Bool = true
) throws(ParetoError) -> [Int] {
    let senses = try points.resolvedSenses(senses)
    let n = points.count, d = points.dimensions
    let chosen: FrontierAlgorithm
    switch algorithm {
    case .bruteForce: return try bruteForceNonDominatedIndices(points, senses: senses)
    case .automatic: chosen = d == 2 ? .sweep2D : d == 3 ? .kung3D : d == 4 ? .divideAndConquer4D : .manyObjectives
    case .sweep2D where d != 2:
        throw .unsupportedDimensions(operation: "the sweep2D frontier algorithm", dimensions: d, supported: "2")
    case .kung3D where d != 3:
        throw .unsupportedDimensions(operation: "the kung3D frontier algorithm", dimensions: d, supported: "3")
    case .divideAndConquer4D where d != 4:
        throw .unsupportedDimensions(operation: "the divideAndConquer4D frontier algorithm", dimensions: d, supported: "4")
    default: chosen = algorithm
    }
    guard n > 0 else { return [] }
    guard n <= Int(Int32.max) else {
        throw .invalidArgument("point set has \(n) points; non-dominated filtering supports at most \(Int32.max)")
    }
    if d == 1 && algorithm == .automatic {
        let s = senses[0].sign
        let best = points.values.lazy.map { s * $0 }.max()!
        return points.values.indices.filter { s * points.values[$0] == best }
    }
    // A row costs more to decide in more objectives, so the input is split from fewer rows.
    let perWorker = d <= 3 ? 1 << 17 : 1 << 13
    let workers = parallel ? ParallelFrontier.workerCount(rows: n, minimumRowsPerWorker: perWorker) : 1
    // Three objectives near a large frontier are not split up front, so the exact sweep may
    // use the workers from fewer rows.
    let nearFront = parallel && d == 3 ? ParallelFrontier.workerCount(rows: n, minimumRowsPerWorker: 1 << 15) : workers
    let result = points.withOrientedPoints(signs: senses.map(\.sign)) { view in
        sortedRowIndices(frontierRows(view, algorithm: chosen, workers: workers, nearFrontWorkers: nearFront), count: n)
    }
    #if PARETO_CHECK_INVARIANTS
    if n <= 4096 {
        let reference = try bruteForceNonDominatedIndices(points, senses: senses)
        precondition(result == reference, "\(chosen) disagrees with the brute-force frontier")
    }
    #endif
    return result
}

/// The non-dominated rows of `view`, in no particular order, with `algorithm` (not
/// `.automatic` or `.bruteForce`) on up to `workers` threads. With `adaptive`, three objectives
/// are not split up front, and the pre-filter of four or more (window or sum pivots) stops,
/// when the data look like a large frontier; tests turn that off to exercise the split and the
/// filter on any input. Three objectives near a large frontier then give the whole input to
/// one sweep on `nearFrontWorkers` threads (default `workers`), which splits its own passes.
func frontierRows(_ view: OrientedPoints, algorithm: FrontierAlgorithm, workers: Int, nearFrontWorkers: Int? = nil,
                  adaptive: Bool = true) -> [Int32] {
    let n = view.count
    let nearFrontWorkers = nearFrontWorkers ?? workers
    switch algorithm {
    case .sweep2D:
        if workers <= 1 { return NonDominated2D.frontier(view, RowRange(range: 0..<n)) }
        let all = RowRange(range: 0..<n)
        let filter = NonDominated2D.SampleFilter(view, sample: sampleRows(all, count: max(4096, n / 256)))
        // Each part is pre-filtered on its own thread; the exact bucket stage then splits its
        // passes over the survivors again.
        let parts = ParallelFrontier.map(rows: n, workers: workers) { range in
            filter.survivors(view, RowRange(range: range))
        }
        return NonDominated2D.exact(view, parts: parts)
    case .kung3D, .divideAndConquer4D, .manyObjectives:
        @Sendable func exact(_ view: OrientedPoints, _ rows: [Int32], workers: Int, nearFront: Bool = false) -> [Int32] {
            switch algorithm {
            case .kung3D where nearFront:
                NonDominated3D.frontier(view, rows, workers: workers, minimumSplit: 1 << 15, gridSplit: 1 << 16)
            case .kung3D: NonDominated3D.frontier(view, rows, workers: workers)
            case .divideAndConquer4D: NonDominated4D.frontier(view, rows, workers: workers)
            default: NonDominatedManyObjectives.frontier(view, rows, workers: workers)
            }
        }
        if view.dimensions >= 5 {
            // One pass per part against pivots of large sum chosen from a sample (see
            // SumPivotFilter); a part whose rows mostly survive (a concave front) passes all
            // its rows on.
            let probe = adaptive ? 4096 : Int.max
            let filter = SumPivotFilter(view, sample: sampleRows(RowRange(range: 0..<n), count: max(16384, n / 16)))
            let parts = ParallelFrontier.map(rows: n, workers: workers) { range in
                filter.survivorsOrAll(view, range, probe: probe)
            }
            return exact(view, parts.count == 1 ? parts[0] : Array(parts.joined()), workers: workers)
        }
        if view.dimensions == 4 {
            // One streaming pass per part with a window of strong rows (see WindowFilter); a
            // part whose rows mostly survive (a concave front) passes all its rows on. The
            // pass costs a few compares per row, so it is only split from 2^18 rows (below,
            // starting a thread costs about as much as the half it saves); the divide and
            // conquer after it uses the workers from 2^14 rows.
            let probe = adaptive ? 4096 : Int.max
            let passWorkers = n >= 1 << 18 || !adaptive ? workers : 1
            let parts = ParallelFrontier.map(rows: n, workers: passWorkers) { range in
                WindowFilter.survivorsOrAll(view, range, probe: probe)
            }
            return exact(view, parts.count == 1 ? parts[0] : Array(parts.joined()), workers: workers)
        }
        // Three objectives: splitting pays when the parts' frontiers are small. When the pivot
        // filter declines (most rows near the frontier, as on a concave front) the merge would
        // redo most of the work, so the whole input goes to the exact algorithm, which may split
        // its own passes.
        let all = RowRange(range: 0..<n)
        let first = PivotFilter(view, all)
        if adaptive && first == nil {
            return exact(view, (0..<Int32(truncatingIfNeeded: n)).map { $0 }, workers: nearFrontWorkers, nearFront: true)
        }
        if workers <= 1 {
            return exact(view, PivotFilter.apply(view, all, first: first), workers: workers)
        }
        let parts = ParallelFrontier.map(rows: n, workers: workers) { range in
            exact(view, PivotFilter.apply(view, RowRange(range: range)), workers: 1)
        }
        return exact(view, Array(parts.joined()), workers: workers)
    case .automatic, .bruteForce:
        preconditionFailure("frontierRows needs a concrete fast algorithm")
    }
}
