#if canImport(Glibc)
import Glibc
#endif

/// Asks the kernel to back a large, not yet touched buffer with transparent huge pages, so
/// that filling it costs one page fault per 2 MiB instead of one per 4 KiB. A no-op on other
/// systems and for buffers under 4 MiB; the advice is only a hint.
func adviseHugePages(_ base: UnsafeMutableRawPointer, byteCount: Int) {
    #if os(Linux)
    let hugePage = 2 << 20
    guard byteCount >= 2 * hugePage else { return }
    let start = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
    let end = (Int(bitPattern: base) + byteCount) & ~(hugePage - 1)
    if end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) {
        _ = madvise(aligned, end - start, MADV_HUGEPAGE)
    }
    #endif
}
