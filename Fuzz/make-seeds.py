#!/usr/bin/env python3
"""Writes the seed corpora that come from outside Fuzz/Corpus, fresh on every run, so none of them is copied
into the repository: the Mustache spec's templates, the site's own templates, the fixture sites' speeches, the
real speeches in ../shared/seeds, and generated hostile shapes (thousands of sections, aliases of a large anchor).

    Fuzz/make-seeds.py REPO SHARED OUT     # writes OUT/template, OUT/speech-text, OUT/speech-reader

The template harness splits its input at NUL bytes into several templates, each later piece named by its first
line (see Fuzz/Sources/FuzzTemplate), so a spec test with partials becomes one seed in that form.
"""
import glob
import hashlib
import json
import os
import sys


def write(folder, data):
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def joined(page, partials):
    return page + "".join("\0" + name + "\n" + text for name, text in sorted(partials.items()))


def main():
    repo, shared, out = sys.argv[1:4]
    templates = os.path.join(out, "template")
    for path in sorted(glob.glob(os.path.join(shared, "mustache-spec", "*.json"))):
        with open(path, encoding="utf-8") as f:
            spec = json.load(f)
        for test in spec.get("tests", []):
            partials = test.get("partials") or {}
            write(templates, test["template"])
            if partials:
                write(templates, joined(test["template"], partials))
    site = {}
    for root in [os.path.join(repo, "templates")] + glob.glob(os.path.join(repo, "Tests/Fixtures/*/*/templates")):
        for path in glob.glob(os.path.join(root, "**", "*.mustache"), recursive=True):
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            write(templates, text)
            if root == os.path.join(repo, "templates"):
                site[os.path.relpath(path, root)[: -len(".mustache")]] = text
    # The whole theme as one input, so that its partials and parents resolve as they do in a build.
    for page in ["speech", "home", "keyword"]:
        if page in site:
            write(templates, joined(site[page], {k: v for k, v in site.items() if k != page}))

    speeches = sorted(glob.glob(os.path.join(shared, "seeds", "*.txt")))
    fixtures = sorted(glob.glob(os.path.join(repo, "Tests/Fixtures/**/speeches/*"), recursive=True))
    content = sorted(glob.glob(os.path.join(repo, "content/speeches/*")))
    for path in speeches + fixtures + content:
        with open(path, "rb") as f:
            data = f.read()
        write(os.path.join(out, "speech-reader"), data)
        if not path.endswith(".md"):
            write(os.path.join(out, "speech-text"), data)
    write_shapes(out)
    for target in ["template", "speech-text", "speech-reader"]:
        os.makedirs(os.path.join(out, target), exist_ok=True)


def write_shapes(out):
    """Hostile shapes, too large to keep in Corpus/: speeches of thousands of sections (a heading and a
    paragraph each), as Markdown and as plain text, and front matter whose aliases repeat one large anchor."""
    for count in [500, 3000]:
        markdown = "---\ntitle: 很多小节\n---\n" + "".join(f"## 标题{i}\n\n段落{i}。\n\n" for i in range(count))
        write(os.path.join(out, "speech-reader"), markdown)
        numerals = "一二三四五六七八九十"
        text = "很多小节的讲话\n" + "".join(f"{numerals[i % 10]}、标题{i}\n段落{i}。\n" for i in range(count))
        write(os.path.join(out, "speech-text"), text)
        write(os.path.join(out, "speech-reader"), text)
    anchor = "劳模精神" * 2000
    for count in [100, 2000]:
        items = ", ".join(["*s"] * count)
        write(os.path.join(out, "speech-reader"), f"---\ntitle: 锚点\nsummary: &s {anchor}\nkeywords: [{items}]\n---\n正文。\n")


if __name__ == "__main__":
    main()
