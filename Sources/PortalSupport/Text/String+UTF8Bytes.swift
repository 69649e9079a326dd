extension String {
    /// Calls `body` with the string's UTF-8 bytes in contiguous memory: the string's own storage when it has
    /// one (every native Swift string), else a copy. The scanners that work on UTF-8 offsets start here.
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        return try Array(utf8).withUnsafeBufferPointer(body)
    }
}
