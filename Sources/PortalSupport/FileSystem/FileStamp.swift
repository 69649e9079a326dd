/// What tells a changed file from an unchanged one without reading it: size, modification time, inode and
/// status-change time. The last one catches an edit whose writer set the modification time back (`touch -r`,
/// a copy that keeps times): the system sets it on every write and no program can set it back.
package struct FileStamp: Sendable, Hashable {
    package var size: Int
    /// Nanoseconds since 1970.
    package var modified: Int64
    package var inode: UInt64
    /// Nanoseconds since 1970 (`st_ctime`).
    package var changed: Int64

    package init(size: Int, modified: Int64, inode: UInt64, changed: Int64) {
        self.size = size
        self.modified = modified
        self.inode = inode
        self.changed = changed
    }
}
