import Foundation
import PortalSupport

/// Collects diagnostics from stages that run on several threads at once.
final class DiagnosticLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Diagnostic] = []

    func add(_ diagnostic: Diagnostic) {
        lock.withLock { entries.append(diagnostic) }
    }

    /// The problem `report` found, at `location`.
    func add(_ report: some Reportable, at location: SourceLocation?) {
        add(Diagnostic(report, at: location))
    }

    func add(contentsOf diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        lock.withLock { entries.append(contentsOf: diagnostics) }
    }

    /// Sorted by place so that output does not depend on thread scheduling.
    var all: [Diagnostic] {
        lock.withLock {
            entries.sorted { lhs, rhs in
                switch (lhs.location, rhs.location) {
                case let (l?, r?) where l != r: return l < r
                case (nil, _?): return true
                case (_?, nil): return false
                default: return MessageCatalogue.english.text(lhs.message) < MessageCatalogue.english.text(rhs.message)
                }
            }
        }
    }

    var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    var hasErrors: Bool { lock.withLock { entries.contains { $0.severity == .error } } }
}
