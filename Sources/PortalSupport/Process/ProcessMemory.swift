/// The process's memory, as the system reports it (Linux: /proc/self/status).
package enum ProcessMemory {
    /// Gives memory the allocator keeps for reuse back to the system, so a stage that frees a lot before the
    /// next one allocates a lot (the body HTML, then the search index) does not add the two up.
    package static func returnFreedMemory() {
        Platform.trimMalloc()
    }

    /// Large allocations (128 KiB and more: a page's HTML buffer, the search index's tables) get pages of
    /// their own that go back to the system when they are freed, instead of staying in the heap between small
    /// long-lived strings. glibc otherwise raises this threshold as such blocks are freed; at 10,000 speeches
    /// that held about 90 MiB of freed memory in the process through the search stage.
    package static func returnLargeBlocksWhenFreed() {
        Platform.setMallocMapThreshold(128 * 1024)
    }

    /// The most resident memory the process has used so far, in MiB (`VmHWM`); nil where unknown.
    package static var peakMiB: Int? {
        guard let bytes = FileSystem.readUntilEnd("/proc/self/status") else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kilobytes / 1024
    }
}
