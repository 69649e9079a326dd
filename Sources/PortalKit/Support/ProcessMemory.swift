#if canImport(Glibc)
import Glibc
#endif

/// The process's memory, as the system reports it (Linux: /proc/self/status).
enum ProcessMemory {
    /// Gives memory the allocator keeps for reuse back to the system, so a stage that frees a lot before the
    /// next one allocates a lot (the body HTML, then the search index) does not add the two up.
    static func returnFreedMemory() {
        // glibc's `malloc_trim`, which Swift's Glibc module does not expose (it lives in malloc.h).
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
    }

    /// The most resident memory the process has used so far, in MiB (`VmHWM`); nil where unknown.
    static var peakMiB: Int? {
        guard let bytes = FileSystem.readProcFile("/proc/self/status") else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kilobytes / 1024
    }
}

extension BuildReport.Stage: CustomStringConvertible {
    /// `  render: 5114 ms, peak 480 MiB`
    public var description: String {
        "  \(name): \(Int(seconds * 1000)) ms" + (peakMiB.map { ", peak \($0) MiB" } ?? "")
    }
}
