import PortalSupport

/// Content-addressed names for index files: twelve hex digits of the content's hash, so a file's URL changes
/// exactly when its bytes do and browsers may cache it forever. Identical content shares one name; the rare
/// collision of different content moves on to the next free name, in input order, so builds stay reproducible.
struct SearchContentNames {
    private var taken: [String: [UInt8]] = [:]

    /// The name for `bytes` under `prefix`, and whether it is new (so the caller writes the file once).
    mutating func name(for bytes: [UInt8], prefix: String) -> (String, Bool) {
        var hash = StableHasher.hash(bytes: bytes)
        while true {
            let name = StableHasher.hex(hash, digits: 12)
            let key = prefix + name
            guard let existing = taken[key] else {
                taken[key] = bytes
                return (name, true)
            }
            if existing == bytes { return (name, false) }
            hash &+= 1
        }
    }
}
