import PortalKit
import Testing

/// The language of the messages: POSIX's order of the locale variables, then `zh…` means Chinese.
@Suite struct MessageLanguageTests {
    @Test(arguments: [
        ([:], MessageLanguage.english), (["LANG": "zh_CN.UTF-8"], .chinese), (["LANG": "zh_TW.UTF-8"], .chinese),
        (["LANG": "en_US.UTF-8"], .english), (["LANG": "C"], .english), (["LANG": "de_DE.UTF-8"], .english),
        // LC_ALL overrides LC_MESSAGES, which overrides LANG; an empty one does not count.
        (["LANG": "zh_CN.UTF-8", "LC_ALL": "C"], .english), (["LANG": "C", "LC_MESSAGES": "zh_CN.UTF-8"], .chinese),
        (["LC_MESSAGES": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"], .english), (["LC_ALL": "", "LANG": "zh_CN.UTF-8"], .chinese),
        (["LC_ALL": "zh_CN.GB18030", "LC_MESSAGES": "C"], .chinese),
        // Other variables are not about messages.
        (["LC_CTYPE": "zh_CN.UTF-8"], .english),
    ] as [([String: String], MessageLanguage)])
    func theLocaleDecides(_ environment: [String: String], _ language: MessageLanguage) {
        #expect(MessageLanguage.fromEnvironment(environment) == language)
    }

    @Test func codesAndSiteLanguages() {
        #expect(MessageLanguage(code: "zh") == .chinese)
        #expect(MessageLanguage(code: "ZH-Hans") == .chinese)
        #expect(MessageLanguage(code: "en") == .english)
        #expect(MessageLanguage(code: "fr") == nil)
        #expect(MessageLanguage.ofSite("zh-CN") == .chinese)
        #expect(MessageLanguage.ofSite("en-GB") == .english)
        #expect(MessageLanguage.ofSite("fr") == .english)
    }
}
