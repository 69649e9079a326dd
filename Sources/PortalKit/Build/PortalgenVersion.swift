/// portalgen's version: part of the build cache's key, so a new version never trusts an old cache.
public enum PortalgenVersion {
    public static let current = "0.1.0"
}
