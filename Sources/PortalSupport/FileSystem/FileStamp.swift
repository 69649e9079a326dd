/// What tells a changed file from an unchanged one without reading it: size, modification time and inode.
package struct FileStamp: Sendable, Hashable {
    package var size: Int
    /// Nanoseconds since 1970.
    package var modified: Int64
    package var inode: UInt64

    package init(size: Int, modified: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.inode = inode
    }
}
