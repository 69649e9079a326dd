import Foundation

/// A fresh folder of files for file-system tests: each file holds its own path; links point at other paths
/// of the tree (`link: target`). The caller removes it.
func temporaryTree(folders: [String], files: [String], links: [String: String] = [:]) throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("tree-\(UUID().uuidString)").path
    let manager = FileManager.default
    for folder in folders {
        try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
    }
    for file in files {
        try Data(file.utf8).write(to: URL(fileURLWithPath: root + "/" + file))
    }
    for (link, target) in links.sorted(by: { $0.key < $1.key }) {
        try manager.createSymbolicLink(atPath: root + "/" + link, withDestinationPath: root + "/" + target)
    }
    return root
}
