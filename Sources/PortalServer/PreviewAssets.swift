/// The files the preview server adds under `/__portalgen/`. They are served, never written to the site, and
/// are external files rather than inline code so that a page's Content-Security-Policy (`script-src 'self'`,
/// `style-src 'self'`) allows them.
enum PreviewAssets {
    /// The folder name no site file can use: the build never writes it, and it is checked before files.
    static let prefix = "__portalgen"
    static let scriptPath = "/__portalgen/reload.js"
    static let stylePath = "/__portalgen/overlay.css"
    static let eventsPath = "/__portalgen/events"

    /// Listens for new builds and reloads the page when the version differs from the one it was served
    /// with. It reads the version from its own tag, defines no globals, and does nothing where EventSource is
    /// missing; the browser reconnects by itself when the server restarts. A hidden tab closes its stream,
    /// because browsers allow only about six connections per server, and catches up when shown again.
    static let reloadScript = """
        (function () {
          "use strict";
          var tag = document.currentScript;
          var version = tag && tag.getAttribute("data-version");
          if (!version || typeof window.EventSource !== "function") { return; }
          var source = null;
          function disconnect() {
            if (source) { source.close(); source = null; }
          }
          function connect() {
            if (source || document.hidden) { return; }
            source = new window.EventSource("/__portalgen/events");
            source.onmessage = function (event) {
              if (event.data && event.data !== version) {
                disconnect();
                window.location.reload();
              }
            };
          }
          document.addEventListener("visibilitychange", function () {
            if (document.hidden) { disconnect(); } else { connect(); }
          });
          window.addEventListener("pagehide", disconnect);
          window.addEventListener("pageshow", connect);
          connect();
        })();

        """

    /// The error banner: fixed at the bottom, above the page, scrollable, readable in light and dark mode.
    static let overlayStyle = """
        #portalgen-build-errors {
          position: fixed; left: 0; right: 0; bottom: 0; z-index: 2147483647;
          max-height: 60vh; overflow: auto; margin: 0; padding: 0.75rem 1rem;
          background: #fff4f4; color: #3b0a0a; border-top: 4px solid #c62828;
          font: 14px/1.5 system-ui, sans-serif; box-shadow: 0 -4px 16px rgba(0, 0, 0, 0.25);
        }
        #portalgen-build-errors summary { cursor: pointer; font-weight: 600; }
        #portalgen-build-errors pre {
          margin: 0.5rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere;
          font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        }
        #portalgen-build-errors p { margin: 0.5rem 0 0; }
        @media (prefers-color-scheme: dark) {
          #portalgen-build-errors { background: #2a1212; color: #ffe5e5; }
        }

        """
}
