extension UnsafePointer<CChar> {
    /// The length in bytes of the NUL-terminated string this points at (the C library's `strlen`).
    package var cStringLength: Int { Platform.length(of: self) }
}
