#!/usr/bin/env python3
"""Scores keyword discovery and keyword pages against a gold file (stdlib only).

    evaluate.py --site /tmp/kweval/policy --gold gold/policy.tsv \
        [--terms FILE] [--public DIR] [--keywords FILE] [--before OLD_PUBLIC] [--json FILE] [--quiet]

--terms     the discovered terms: the output of `portalgen keywords` (rows with origin `discovered`),
            of `portalgen keywords --suggest` (`- term: …` lines), or one term per line (a prototype's
            output; a first column before a tab). Default: the discovered keywords of --public's pages.
--public    a built site; every page under keywords/ is checked for exactness.
--keywords  the output of `portalgen keywords`, to check that its counts agree with the pages.
--before    the public/ folder of an earlier build: every keyword address published there must still
            answer (a page or a redirect page) in --public.

Measures
  recall      gold items found (any of an item's forms is a discovered term, exactly), over the gold
              items that occur in enough documents of this corpus (see gold.Gold.applicable).
  precision   discovered terms judged real: in the gold file's gold or real lists; non-terms are those
              in its non list or caught by the criteria in gold.py (a function character at an edge, a
              fragment of listed longer terms, general vocabulary in 60% of the documents or more).
              Terms none of these decide are printed as unjudged and counted as not real.
  exactness   a keyword page is exact when it lists exactly the speeches whose text contains its term
              or an alias (plain substring search, whatever longer keyword covers the same characters;
              plus speeches naming it in front matter `keywords:`), each with the number of
              occurrences of the term and its aliases (leftmost-longest among them only).
"""
import argparse
import html
import json
import pathlib
import re
import sys
import urllib.parse

import kwcorpus
from gold import Gold, judge

PAGE_TITLE = re.compile(r'<h1 id="keyword-title">(.*?)</h1>', re.S)
ALIAS = re.compile(r'<span class="alias">(.*?)</span>')
USE = re.compile(r'<a href="[^"]*?speeches/([^/"]+)/index\.html[^"]*">[^<]*</a><span class="count">(\d+) 次</span>')
USE_LIST = re.compile(r'<ol class="use-list">(.*?)</ol>', re.S)
STATS = re.compile(r'<p class="stats">在 <strong>(\d+)</strong> 篇讲话中出现 <strong>(\d+)</strong> 次')
KICKER_DISCOVERED = "从讲话中发现"
REFRESH = re.compile(r'<meta http-equiv="refresh"', re.I)


def read_terms(path):
    text = pathlib.Path(path).read_text(encoding="utf-8")
    if text.startswith("mentions  speeches  origin"):
        terms = []
        for line in text.splitlines()[1:]:
            fields = line.split()
            if len(fields) >= 4 and fields[2] == "discovered":
                terms.append(fields[3])
        return terms
    if "  - term: " in text:
        return [m.group(1) for m in re.finditer(r"^\s*- term: (\S+)", text, re.M)]
    return [line.split("\t")[0].strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def read_pages(public):
    """{slug: page} for every keyword page of a built site; redirect pages are marked."""
    pages = {}
    root = pathlib.Path(public) / "keywords"
    for page in sorted(root.glob("*/index.html")):
        source = page.read_text(encoding="utf-8")
        slug = page.parent.name
        if REFRESH.search(source) and not PAGE_TITLE.search(source):
            pages[slug] = {"redirect": True}
            continue
        title = PAGE_TITLE.search(source)
        if not title:
            continue
        # A keyword's speeches are paged: index.html, then page/2/index.html, page/3/index.html …
        later = sorted(page.parent.glob("page/*/index.html"), key=lambda p: int(p.parent.name))
        uses = {}
        for listing in [source] + [p.read_text(encoding="utf-8") for p in later]:
            uses_html = USE_LIST.search(listing)
            for m in USE.finditer(uses_html.group(1) if uses_html else ""):
                uses[html.unescape(m.group(1))] = uses.get(html.unescape(m.group(1)), 0) + int(m.group(2))
        stats = STATS.search(source)
        pages[slug] = {
            "redirect": False, "term": html.unescape(title.group(1).strip()),
            "aliases": [html.unescape(a) for a in ALIAS.findall(source)], "uses": uses,
            "discovered": KICKER_DISCOVERED in source,
            "speeches": int(stats.group(1)) if stats else None, "mentions": int(stats.group(2)) if stats else None,
        }
    return pages


def exactness(pages, docs):
    by_slug = {d.slug: d for d in docs}
    results = []
    for slug, page in pages.items():
        if page["redirect"]:
            continue
        names = [page["term"]] + page["aliases"]
        expected = {}
        for d in docs:
            count = kwcorpus.count_names(d.text, names)
            if count or page["term"] in d.keywords:
                expected[d.slug] = count
        listed = page["uses"]
        missing = sorted(set(expected) - set(listed))
        extra = sorted(set(listed) - set(expected))
        miscounted = sorted(s for s in set(expected) & set(listed) if expected[s] != listed[s]
                            and not (expected[s] == 0 and page["term"] in by_slug[s].keywords))
        header = (page["speeches"], page["mentions"]) == (len(listed), sum(listed.values()))
        results.append({"slug": slug, "term": page["term"], "exact": not (missing or extra or miscounted) and header,
                        "missing": missing, "extra": extra, "miscounted": miscounted, "expected": len(expected),
                        "listed": len(listed), "header_agrees": header,
                        "expected_uses": sum(expected.values()), "listed_uses": sum(listed.values())})
    return results


def agreement(keywords_output, pages):
    """Rows of `portalgen keywords` whose counts differ from the keyword page's."""
    by_term = {p["term"]: p for p in pages.values() if not p["redirect"]}
    rows = []
    for line in pathlib.Path(keywords_output).read_text(encoding="utf-8").splitlines()[1:]:
        fields = line.split()
        if len(fields) < 4 or not fields[0].isdigit():
            continue
        term = fields[3]
        page = by_term.get(term)
        if page is None:
            rows.append((term, "no page"))
        elif (int(fields[0]), int(fields[1])) != (page["mentions"], page["speeches"]):
            rows.append((term, f"keywords says {fields[0]} in {fields[1]}, page {page['mentions']} in {page['speeches']}"))
    return rows


SPEECH_KEYWORD = re.compile(r'<li><a href="\.\./\.\./keywords/([^/"]+)/index\.html">[^<]*'
                            r'<span class="count">(\d+)<span class="visually-hidden">次</span>')


def speech_page_agreement(public, pages):
    """(counts checked, differences): each keyword a speech page lists with its count, against that speech's
    row on the keyword's pages."""
    checked, differences = 0, []
    for speech in sorted((pathlib.Path(public) / "speeches").glob("*/index.html")):
        slug = speech.parent.name
        for keyword, count in SPEECH_KEYWORD.findall(speech.read_text(encoding="utf-8")):
            keyword = urllib.parse.unquote(html.unescape(keyword))
            checked += 1
            listed = pages.get(keyword, {}).get("uses", {}).get(slug)
            if listed != int(count):
                differences.append(f"{slug} {keyword}: speech page {count}, keyword page {listed}")
    return checked, differences


def lost_addresses(before, after):
    old = {p.parent.name for p in (pathlib.Path(before) / "keywords").glob("*/index.html")}
    new = {p.parent.name for p in (pathlib.Path(after) / "keywords").glob("*/index.html")}
    return sorted(old - new)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--site", required=True, help="the evaluation site (its content/speeches is the corpus)")
    ap.add_argument("--gold", required=True)
    ap.add_argument("--terms")
    ap.add_argument("--public")
    ap.add_argument("--keywords")
    ap.add_argument("--before")
    ap.add_argument("--json")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()

    docs = kwcorpus.load(pathlib.Path(args.site) / "content" / "speeches")
    gold = Gold(args.gold)
    pages = read_pages(args.public) if args.public else {}
    if args.terms:
        terms = read_terms(args.terms)
    elif pages:
        terms = [p["term"] for p in pages.values() if not p["redirect"] and p["discovered"]]
    else:
        raise SystemExit("give --terms or --public")
    report = {"corpus": str(args.site), "documents": len(docs), "terms": len(terms)}
    out = [f"{len(docs)} documents, {len(terms)} discovered terms"]

    applicable, need = gold.applicable(docs)
    found, missed = [], []
    discovered = set(terms)
    for names, note, frequency in applicable:
        (found if discovered & set(names) else missed).append((names, frequency))
    report["recall"] = {"found": len(found), "gold": len(applicable), "min_docs": need,
                        "missed": ["|".join(n) for n, _ in missed]}
    out.append(f"recall     {len(found)}/{len(applicable)} gold items in >= {need} documents"
               + (f" ({len(found) / len(applicable):.0%})" if applicable else ""))
    if missed and not args.quiet:
        out.append("  missed: " + ", ".join(f"{n[0]} ({f} docs)" for n, f in missed))

    longer = [t for t in gold.real]
    verdicts = {"real": [], "non": [], "unjudged": []}
    for term in terms:
        verdict, reason = judge(term, gold, docs, longer)
        verdicts[verdict].append((term, reason))
    real, non, unjudged = (len(verdicts[k]) for k in ("real", "non", "unjudged"))
    total = max(1, len(terms))
    report["precision"] = {"real": real, "non": non, "unjudged": unjudged, "strict": real / total,
                           "judged": real / max(1, real + non),
                           "non_terms": [f"{t} ({r})" for t, r in verdicts["non"]],
                           "unjudged_terms": [t for t, _ in verdicts["unjudged"]]}
    out.append(f"precision  {real}/{len(terms)} real ({real / total:.0%}); {non} non-terms, {unjudged} unjudged"
               f" (judged only: {real / max(1, real + non):.0%})")
    if not args.quiet:
        for t, r in verdicts["non"]:
            out.append(f"  non-term  {t}  — {r}")
        for t, _ in verdicts["unjudged"]:
            out.append(f"  unjudged  {t}  ({len(kwcorpus.documents_with(docs, [t]))} docs)")

    if pages:
        results = exactness(pages, docs)
        exact = sum(r["exact"] for r in results)
        report["exactness"] = {"exact": exact, "pages": len(results),
                               "inexact": [r for r in results if not r["exact"]]}
        out.append(f"exactness  {exact}/{len(results)} keyword pages exact")
        if not args.quiet:
            for r in results:
                if r["exact"]:
                    continue
                detail = [f"lists {r['listed']} of {r['expected']} speeches, {r['listed_uses']} of {r['expected_uses']} uses"]
                if r["missing"]:
                    detail.append(f"missing {', '.join(r['missing'][:4])}{' …' if len(r['missing']) > 4 else ''}")
                if r["extra"]:
                    detail.append(f"extra {', '.join(r['extra'][:4])}{' …' if len(r['extra']) > 4 else ''}")
                if r["miscounted"]:
                    detail.append(f"{len(r['miscounted'])} counts differ")
                if not r["header_agrees"]:
                    detail.append("header totals differ from the list")
                out.append(f"  inexact   {r['term']}: " + "; ".join(detail))
    if args.keywords and pages:
        rows = agreement(args.keywords, pages)
        report["agreement"] = rows
        out.append(f"agreement  {len(rows)} rows of `portalgen keywords` differ from their pages")
        for term, why in rows[: 0 if args.quiet else 20]:
            out.append(f"  {term}: {why}")
    if pages:
        checked, differences = speech_page_agreement(args.public, pages)
        report["speech_pages"] = {"checked": checked, "differ": differences}
        out.append(f"speeches   {len(differences)} of {checked} keyword counts on speech pages differ from the keyword pages")
        for line in differences[: 0 if args.quiet else 20]:
            out.append(f"  {line}")
    if args.before and args.public:
        lost = lost_addresses(args.before, args.public)
        report["addresses"] = {"lost": lost}
        out.append(f"addresses  {len(lost)} keyword addresses of the earlier build lost"
                   + (": " + ", ".join(lost[:12]) + (" …" if len(lost) > 12 else "") if lost else ""))
    print("\n".join(out))
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
