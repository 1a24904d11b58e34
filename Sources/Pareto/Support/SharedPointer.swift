/// A raw pointer that the filters' worker threads share: the one type in the filters that
/// asserts `Sendable` by hand.
///
/// The compiler cannot see what memory a raw pointer reaches, so the rule is stated here and
/// kept by every use: while workers run concurrently, each element behind the pointer is either
/// only read (by any number of them) or read and written by exactly one of them. The filters'
/// parallel passes keep it by construction: they read the input and shared indices, and each
/// worker writes only its own range of an output (``ParallelFrontier/map(rows:workers:_:)``
/// joins the workers before anyone reads what they wrote).
///
/// The pointer does not own memory. It points into a ``ScratchBuffer`` (one owner, freed in
/// `deinit`) or into an array or point set that outlives every worker, and it is only used
/// inside that owner's scope.
struct SharedPointer<Element>: @unchecked Sendable {
    /// The first element.
    let base: UnsafeMutablePointer<Element>

    @inline(__always)
    init(_ base: UnsafeMutablePointer<Element>) { self.base = base }

    /// A pointer that its users only read through (the input values of an ``OrientedPoints``).
    @inline(__always)
    init(readOnly base: UnsafePointer<Element>) { self.base = UnsafeMutablePointer(mutating: base) }

    /// Element `i`.
    @inline(__always)
    subscript(i: Int) -> Element {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }

    /// The pointer `offset` elements further on.
    @inline(__always)
    static func + (pointer: SharedPointer, offset: Int) -> SharedPointer { SharedPointer(pointer.base + offset) }
}
