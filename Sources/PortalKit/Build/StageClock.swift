import Dispatch
import PortalSupport

/// Times the stages of a build and announces each one.
struct StageClock {
    let progress: (@Sendable (BuildStage) -> Void)?
    private let begin = DispatchTime.now().uptimeNanoseconds
    private var current: (stage: BuildStage, start: UInt64)?
    private(set) var stages: [BuildReport.Stage] = []

    init(progress: (@Sendable (BuildStage) -> Void)?) {
        self.progress = progress
    }

    mutating func start(_ stage: BuildStage) {
        stop()
        progress?(stage)
        current = (stage, DispatchTime.now().uptimeNanoseconds)
    }

    mutating func stop() {
        guard let current else { return }
        stages.append(BuildReport.Stage(
            stage: current.stage, seconds: Double(DispatchTime.now().uptimeNanoseconds - current.start) / 1e9,
            peakMiB: ProcessMemory.peakMiB))
        self.current = nil
    }

    var total: Double { Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9 }
}
