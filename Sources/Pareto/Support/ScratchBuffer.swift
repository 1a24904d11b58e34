/// A heap buffer of plain values with exactly one owner: the scratch memory of the filters.
///
/// The buffer cannot be copied (`~Copyable`), so no copy can free it twice, and `deinit` frees
/// it when its owner goes out of scope, on every path, early returns included. Code that needs
/// raw speed reads and writes through ``base``, and worker threads share it through
/// ``shared`` (see ``SharedPointer`` for the sharing rule); neither outlives the buffer.
///
/// Elements are `BitwiseCopyable`, so there is nothing to deinitialize; a buffer made with
/// ``init(uninitializedCount:)`` must be written before it is read.
struct ScratchBuffer<Element: BitwiseCopyable & Sendable>: ~Copyable, Sendable {
    /// The memory, shareable with worker threads.
    let shared: SharedPointer<Element>
    /// Number of elements.
    let count: Int

    /// A buffer of `count` elements (at least one is allocated), not yet written.
    init(uninitializedCount count: Int) {
        precondition(count >= 0, "a buffer cannot have a negative size")
        shared = SharedPointer(.allocate(capacity: Swift.max(1, count)))
        self.count = count
    }

    /// A buffer of `count` copies of `value`.
    init(repeating value: Element, count: Int) {
        self.init(uninitializedCount: count)
        shared.base.initialize(repeating: value, count: count)
    }

    /// A buffer holding the elements of `source`, in order.
    init(copying source: [Element]) {
        self.init(uninitializedCount: source.count)
        source.withUnsafeBufferPointer { if let from = $0.baseAddress { shared.base.update(from: from, count: $0.count) } }
    }

    deinit { shared.base.deallocate() }

    /// The first element.
    var base: UnsafeMutablePointer<Element> {
        @inline(__always) get { shared.base }
    }

    /// The elements as a buffer pointer (valid while this buffer lives).
    var buffer: UnsafeMutableBufferPointer<Element> {
        @inline(__always) get { UnsafeMutableBufferPointer(start: shared.base, count: count) }
    }

    /// Element `i`.
    @inline(__always)
    subscript(i: Int) -> Element {
        get { shared.base[i] }
        nonmutating set { shared.base[i] = newValue }
    }
}
