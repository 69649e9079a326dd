import PortalSupport
import TemplateEngine

/// What a page is made of, as one number: the values its template reads and the templates themselves. Two
/// builds that give a page the same fingerprint write the same bytes, so the second need not render it.
enum PageFingerprint {
    static func of(_ context: TemplateValue, template: String, templates: UInt64) -> UInt64 {
        var hasher = StableHasher(seed: templates)
        hasher.combine(template)
        hasher.combine(hash(context))
        return hasher.finalize()
    }

    static func hash(_ value: TemplateValue) -> UInt64 {
        var hasher = StableHasher()
        switch value {
        case .null:
            hasher.combine(0 as UInt64)
        case .bool(let flag):
            hasher.combine(1 as UInt64)
            hasher.combine(flag)
        case .int(let number):
            hasher.combine(2 as UInt64)
            hasher.combine(number)
        case .double(let number):
            hasher.combine(3 as UInt64)
            hasher.combine(number.bitPattern)
        case .string(let text):
            hasher.combine(4 as UInt64)
            hasher.combine(text)
        case .list(let items):
            hasher.combine(5 as UInt64)
            for item in items { hasher.combine(hash(item)) }
            hasher.combine(items.count)
        case .map(let entries):
            // Dictionary order differs between processes: entries are combined by a sum, which ignores order.
            var sum: UInt64 = 0
            for (key, entry) in entries {
                var pair = StableHasher()
                pair.combine(key)
                pair.combine(hash(entry))
                sum &+= pair.finalize()
            }
            hasher.combine(6 as UInt64)
            hasher.combine(sum)
            hasher.combine(entries.count)
        }
        return hasher.finalize()
    }
}
