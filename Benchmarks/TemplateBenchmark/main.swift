// Renders a realistic speech page many times on one core and reports output throughput.
//
//     swift run -c release template-bench [iterations]
//     swift run -c release template-bench --print     (shows the page instead)
//
// Without an argument it calibrates to about two seconds. MB means 1,000,000 bytes of UTF-8 output.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TemplateEngine

let templates: [String: String] = [
    "layout": """
        <!DOCTYPE html>
        <html lang="{{site.language}}">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{{$title}}{{site.title}}{{/title}}</title>
          <meta name="description" content="{{$description}}{{site.description}}{{/description}}">
          <link rel="stylesheet" href="{{root}}style.css">
        </head>
        <body>
          {{>partials/header}}
          <main id="main">
            {{$content}}
            {{/content}}
          </main>
          {{>partials/footer}}
        </body>
        </html>

        """,
    "partials/header": """
        <header class="site-header">
          <a class="site-title" href="{{root}}index.html">{{site.title}}</a>
          <p class="site-subtitle">{{site.subtitle}}</p>
          <nav class="site-nav">
            <a href="{{root}}index.html">首页</a>
            <a href="{{root}}keywords/index.html">关键词</a>
            <a href="{{root}}about/index.html">关于</a>
          </nav>
        </header>

        """,
    "partials/footer": """
        <footer class="site-footer">
          <p>{{site.title}} · {{site.description}}</p>
          <p>共 {{site.speechCount}} 篇讲话 · 生成于 {{site.generated}}</p>
        </footer>

        """,
    "partials/speech-link": """
        <a href="{{root}}speeches/{{slug}}/index.html">{{title}}</a>{{#date}} <time>{{date}}</time>{{/date}}
        """,
    "speech": """
        {{<layout}}
        {{$title}}{{speech.title}} · {{site.title}}{{/title}}
        {{$description}}{{speech.summary}}{{/description}}
        {{$content}}
        <article class="speech">
          <header>
            <h1>{{speech.title}}</h1>
            <dl class="meta">
              {{#speech.date}}
              <dt>日期</dt><dd><time datetime="{{speech.dateISO}}">{{speech.date}}</time></dd>
              {{/speech.date}}
              {{#speech.occasion}}
              <dt>场合</dt><dd>{{speech.occasion}}</dd>
              {{/speech.occasion}}
              {{#speech.speaker}}
              <dt>讲话人</dt><dd>{{speech.speaker}}</dd>
              {{/speech.speaker}}
              {{#speech.place}}
              <dt>地点</dt><dd>{{speech.place}}</dd>
              {{/speech.place}}
              {{#speech.source}}
              <dt>来源</dt><dd>{{speech.source}}</dd>
              {{/speech.source}}
            </dl>
            {{#speech.hasKeywords}}
            <ul class="keywords">
              {{#speech.keywords}}
              <li><a href="{{root}}keywords/{{slug}}/index.html" title="{{name}}（{{count}} 篇）">{{name}}</a></li>
              {{/speech.keywords}}
            </ul>
            {{/speech.hasKeywords}}
          </header>
          {{#speech.hasToc}}
          <nav class="toc" aria-label="目录">
            <ol>
              {{#speech.toc}}
              <li class="level-{{level}}"><a href="#{{anchor}}">{{text}}</a></li>
              {{/speech.toc}}
            </ol>
          </nav>
          {{/speech.hasToc}}
          <div class="speech-body">
        {{{speech.body}}}
          </div>
          {{#hasRelated}}
          <aside class="related">
            <h2>相关讲话</h2>
            <ul>
              {{#related}}
              <li>{{>partials/speech-link}}</li>
              {{/related}}
            </ul>
          </aside>
          {{/hasRelated}}
          <nav class="pager">
            {{#previous}}<a class="previous" rel="prev" href="{{root}}speeches/{{slug}}/index.html">← {{title}}</a>{{/previous}}
            {{#next}}<a class="next" rel="next" href="{{root}}speeches/{{slug}}/index.html">{{title}} →</a>{{/next}}
          </nav>
        </article>
        {{/content}}
        {{/layout}}

        """,
]

/// About 25 KB of Chinese HTML with ten headings, as the Markdown converter would produce.
func speechBody() -> String {
    let sentences = [
        "同志们，今天我们在这里召开工会工作会议，认真总结过去一年的工作，研究部署新一年的任务。",
        "工会是党联系职工群众的桥梁和纽带，必须始终坚持正确的政治方向。",
        "我们要切实维护职工的合法权益，竭诚服务职工群众，把工会建设成为职工信赖的“职工之家”。",
        "要深入开展劳动和技能竞赛，引导广大职工在推动高质量发展中建功立业。",
        "加强基层工会组织建设，扩大工会组织覆盖面，增强工会工作的吸引力和凝聚力。",
        "各级工会干部要转变作风，深入基层、深入职工，倾听职工呼声，解决职工的急难愁盼问题。",
        "我们要以“钉钉子”精神抓好各项工作的落实，确保各项目标任务如期完成。",
    ]
    var html = ""
    var sentence = 0
    for section in 1...10 {
        html += "<h2 id=\"section-\(section)\">第\(section)部分　关于做好新时期工会工作的几点意见</h2>\n"
        for _ in 0..<4 {
            html += "<p>"
            for _ in 0..<6 {
                html += sentences[sentence % sentences.count]
                sentence += 1
            }
            html += "</p>\n"
        }
    }
    return html
}

let keywords: [[String: TemplateValue]] = ["工会", "职工权益", "劳动竞赛", "基层组织", "作风建设", "高质量发展", "职工之家", "技能培训"]
    .enumerated().map { index, name in
        ["name": .string(name), "slug": .string("keyword-\(index + 1)"), "count": .int(3 + index)]
    }
let toc: [[String: TemplateValue]] = (1...10).map { section in
    ["level": 2, "anchor": .string("section-\(section)"), "text": .string("第\(section)部分　关于做好新时期工会工作的几点意见")]
}
let related: [[String: TemplateValue]] = (1...5).map { index in
    ["slug": .string("speech-\(index)"), "title": .string("在市总工会第\(index)次全体会议上的讲话"), "date": .string("199\(index)年")]
}
let context: TemplateValue = [
    "root": "../../",
    "site": [
        "title": "工会学习园地", "subtitle": "讲话与文献", "description": "工会工作讲话汇编", "language": "zh-CN",
        "speechCount": 5, "generated": "2025-01-01",
    ],
    "speech": [
        "title": "在全市工会工作会议上的讲话", "summary": "总结过去一年的工作 & 部署新一年的任务",
        "date": "1998年3月", "dateISO": "1998-03", "occasion": "全市工会工作会议", "speaker": "市总工会主席",
        "place": "市工人文化宫", "source": "《工会工作文件选编》",
        "hasKeywords": .bool(!keywords.isEmpty), "keywords": .list(keywords.map(TemplateValue.map)),
        "hasToc": .bool(!toc.isEmpty), "toc": .list(toc.map(TemplateValue.map)), "body": .string(speechBody()),
    ],
    "hasRelated": .bool(!related.isEmpty), "related": .list(related.map(TemplateValue.map)),
    "previous": ["slug": "speech-0", "title": "在职工代表大会上的讲话"],
    "next": ["slug": "speech-6", "title": "在劳动模范表彰大会上的讲话"],
]

let library: TemplateLibrary
do {
    library = try TemplateLibrary(sources: templates)
} catch {
    print(error)
    fatalError("benchmark templates do not load")
}

func renderPage() -> String {
    do {
        return try library.render("speech", context: context)
    } catch {
        fatalError("\(error)")
    }
}

let page = renderPage()
let pageBytes = page.utf8.count
let clock = ContinuousClock()

/// Renders `count` pages, each into a new string as the site build does; returns the bytes produced.
func run(_ count: Int) -> Int {
    var total = 0
    for _ in 0..<count { total &+= renderPage().utf8.count }
    return total
}

if CommandLine.arguments.contains("--print") {
    print(page, terminator: "")
    exit(0)
}

var iterations = 0
var produced = 0
let started = clock.now
if CommandLine.arguments.count > 1, let requested = Int(CommandLine.arguments[1]), requested > 0 {
    produced = run(requested)
    iterations = requested
} else {
    // Batches until about two seconds have passed, which evens out a busy machine better than a calibration run.
    while clock.now - started < .seconds(2) {
        produced &+= run(200)
        iterations += 200
    }
}
let elapsed = clock.now - started
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let megabytes = Double(produced) / 1_000_000
print("speech page: \(pageBytes) bytes of HTML (\(page.count) characters)")
print("rendered \(iterations) pages in \(format3(seconds)) s on one core")
print("\(format1(megabytes / seconds)) MB/s of output, \(format1(Double(iterations) / seconds)) pages/s")

func format1(_ value: Double) -> String {
    let tenths = (value * 10).rounded() / 10
    return String(tenths)
}

func format3(_ value: Double) -> String {
    let thousandths = (value * 1000).rounded() / 1000
    return String(thousandths)
}
