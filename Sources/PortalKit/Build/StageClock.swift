import Dispatch
import PortalSupport

/// Times the stages of a build and announces each one.
struct StageClock {
    let progress: (@Sendable (String) -> Void)?
    private let begin = DispatchTime.now().uptimeNanoseconds
    private var current: (name: String, start: UInt64)?
    private(set) var stages: [BuildReport.Stage] = []

    init(progress: (@Sendable (String) -> Void)?) {
        self.progress = progress
    }

    mutating func start(_ stage: String) {
        stop()
        progress?(stage)
        current = (stage, DispatchTime.now().uptimeNanoseconds)
    }

    mutating func stop() {
        guard let current else { return }
        stages.append(BuildReport.Stage(
            name: current.name, seconds: Double(DispatchTime.now().uptimeNanoseconds - current.start) / 1e9,
            peakMiB: ProcessMemory.peakMiB))
        self.current = nil
    }

    var total: Double { Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9 }
}
