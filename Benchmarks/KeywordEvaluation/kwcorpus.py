"""Reading a corpus the way portalgen counts keywords, and counting terms in it (stdlib only).

A document is a speech file (`.md` with front matter, or `.txt`). Its text is the body: front matter
removed, Markdown backslash escapes undone (`\\*\\*省` is `**省`) and heading marks dropped, the same
text portalgen's keyword stage reads; for `.txt`, without the title line (a first line that reads as a
title: at most 40 characters, not ending in punctuation), which portalgen shows as the speech's title
rather than as its text (the other header lines stay in the text). Terms are found by plain substring
search.
"""
import pathlib
import re

SPEECH_SUFFIXES = (".md", ".markdown", ".txt")
HEADING = re.compile(r"^#{1,6} ", re.M)
ESCAPE = re.compile(r"\\(.)")


class Document:
    def __init__(self, path: pathlib.Path):
        self.path = path
        self.slug = path.stem
        raw = path.read_text(encoding="utf-8-sig")
        self.front = {}
        body = raw
        if path.suffix != ".txt" and raw.startswith("---\n"):
            end = raw.find("\n---\n", 4)
            if end > 0:
                for line in raw[4:end].splitlines():
                    key, _, value = line.partition(":")
                    self.front[key.strip()] = value.strip()
                body = raw[end + 5:]
        if path.suffix != ".txt":
            body = ESCAPE.sub(r"\1", HEADING.sub("", body))
        else:
            lines = body.lstrip("\n").split("\n")
            first = lines[0].strip()
            if first and len(first) <= 40 and first[-1] not in "：:。！？；，,.!?;":
                body = "\n".join(lines[1:])
        self.text = body
        self.slug = self.front.get("slug") or path.stem
        keywords = self.front.get("keywords", "")
        self.keywords = [k.strip() for k in keywords.strip("[]").split(",") if k.strip()] if keywords else []


def load(folder) -> list:
    """The speeches of `folder` (a site's content/speeches, or a folder of speech files), by name."""
    folder = pathlib.Path(folder)
    return [Document(p) for p in sorted(folder.iterdir()) if p.suffix in SPEECH_SUFFIXES]


def count_names(text: str, names) -> int:
    """Occurrences of any of `names` in `text`, leftmost-longest and not overlapping each other: what a
    keyword page should count for a keyword whose term and aliases are `names`."""
    names = sorted({n for n in names if n}, key=len, reverse=True)
    if not names:
        return 0
    pattern = re.compile("|".join(re.escape(n) for n in names))
    return sum(1 for _ in pattern.finditer(text))


def documents_with(docs, names) -> set:
    return {d.slug for d in docs if any(n in d.text for n in names)}
