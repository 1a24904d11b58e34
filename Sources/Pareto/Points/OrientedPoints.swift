/// A read-only view of a row-major point buffer in which every objective is turned into one to
/// maximize by multiplying with its sense's sign (`+1` or `-1`).
///
/// The filters in this module read points through this view instead of building a normalized
/// copy, so their memory stays at the input plus O(n) indices. The view does not own its
/// buffers: it is only valid inside the `withOrientedPoints` closure that made it. It is
/// `Sendable` so that the filters' worker threads can read it (it never writes; see
/// ``SharedPointer``).
struct OrientedPoints: Sendable {
    private let storedValues: SharedPointer<Double>
    private let storedSigns: SharedPointer<Double>
    /// Number of rows.
    let count: Int
    /// Number of objectives per row.
    let dimensions: Int

    init(values: UnsafePointer<Double>, signs: UnsafePointer<Double>, count: Int, dimensions: Int) {
        storedValues = SharedPointer(readOnly: values)
        storedSigns = SharedPointer(readOnly: signs)
        self.count = count
        self.dimensions = dimensions
    }

    /// The raw values, row-major.
    var values: UnsafePointer<Double> {
        @inline(__always) get { UnsafePointer(storedValues.base) }
    }

    /// The sign of each objective, `dimensions` of them.
    var signs: UnsafePointer<Double> {
        @inline(__always) get { UnsafePointer(storedSigns.base) }
    }

    /// Objective `j` of row `i`, oriented for maximization.
    @inline(__always)
    func value(_ i: Int, _ j: Int) -> Double {
        signs[j] * values[i &* dimensions &+ j]
    }

    /// Whether row `a` dominates row `b`: at least as good everywhere, strictly better somewhere
    /// (``DominanceKernel/dominates(dimensions:_:)``).
    @inline(__always)
    func dominates(_ a: Int, _ b: Int) -> Bool {
        let pa = values + a &* dimensions, pb = values + b &* dimensions, s = signs
        return DominanceKernel.dominates(dimensions: dimensions) { j in
            DominanceKernel.order(s[j] * pa[j], s[j] * pb[j])
        }
    }

    /// Whether row `a` is at least as good as row `b` in every objective (weak dominance; equal
    /// rows weakly dominate each other; ``DominanceKernel/covers(dimensions:_:)``).
    @inline(__always)
    func weaklyDominates(_ a: Int, _ b: Int) -> Bool {
        let pa = values + a &* dimensions, pb = values + b &* dimensions, s = signs
        return DominanceKernel.covers(dimensions: dimensions) { j in
            DominanceKernel.order(s[j] * pa[j], s[j] * pb[j])
        }
    }
}

extension PointSet {
    /// Calls `body` with an oriented view of the points under `signs` (one per objective).
    func withOrientedPoints<R>(signs: [Double], _ body: (OrientedPoints) -> R) -> R {
        precondition(signs.count == dimensions, "one sign per objective is required")
        return values.withUnsafeBufferPointer { v in
            signs.withUnsafeBufferPointer { s in
                // An empty array may have no base address; any non-null pointer works when no
                // element is ever read.
                let dummy = UnsafePointer<Double>(bitPattern: MemoryLayout<Double>.alignment)!
                return body(OrientedPoints(
                    values: v.baseAddress ?? dummy, signs: s.baseAddress!,
                    count: count, dimensions: dimensions))
            }
        }
    }
}
