#!/usr/bin/env python3
"""Lays out the evaluation sites: one portalgen site folder per test corpus, under OUT.

    python3 prepare.py --out /tmp/kweval [--union-count 300] [--big 10000] [--set max_terms=80]

Each site is OUT/<corpus>/content/ with speeches, a site.yml and a keywords.yml that has no keywords
and no discovery settings, so discovery is measured as a new user meets it (`--set NAME=VALUE`, repeatable,
writes a `discovery:` section: `--set max_terms=80` measures the fixed cut of earlier versions). Corpora:

  policy          the 52 documents of policy/ (this folder), 1953–2024, seven kinds of report
  policy-60pct    the earliest 60% of them by date (for the "addresses that last" check)
  policy-national the 16 national government work reports
  policy-eco5     the 5 ecology reports (discovery on five documents)
  policy-glossary policy/ with every gold formulation and its variants in the glossary (page exactness
                  where glossary terms overlap: 一国两制 inside 和平统一、一国两制 …)
  seeds           the five seeds of ../../../shared/seeds (read in place, copied into OUT only)
  union           ../../../shared/bench/make-corpus.py --count N, front-matter `keywords:` removed (they
                  would be keywords without discovery and hide the terms it should find)
  union-long      make-corpus.py --count N/3 --length 3000-12000
  union-big       (with --big) make-corpus.py --count BIG, for timing only

The gold file of each corpus is gold/<corpus>.tsv (policy-* share gold/policy.tsv; union-* share
gold/union.tsv).
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
SHARED = HERE.parent.parent.parent / "shared"
if not SHARED.exists():  # a worktree at /work/<name> reaches ../shared
    SHARED = HERE.parents[2].parent / "shared"

SITE_YML = "title: 关键词评测\nlanguage: zh-CN\n"
KEYWORDS_YML = "# Evaluation site: no glossary, discovery as a new user meets it.\n"


def discovery_section(settings) -> str:
    """A `discovery:` section with the NAME=VALUE settings, or nothing."""
    if not settings:
        return ""
    return "discovery:\n" + "".join(f"  {name}: {value}\n" for name, _, value in (s.partition("=") for s in settings))


def site(out: pathlib.Path, name: str, files, keywords_yml: str) -> pathlib.Path:
    root = out / name
    if root.exists():
        shutil.rmtree(root)
    speeches = root / "content" / "speeches"
    speeches.mkdir(parents=True)
    (root / "content" / "site.yml").write_text(SITE_YML, encoding="utf-8")
    (root / "content" / "keywords.yml").write_text(keywords_yml, encoding="utf-8")
    for f in files:
        shutil.copyfile(f, speeches / f.name)
    return root


def gold_glossary(gold: pathlib.Path) -> str:
    """keywords.yml listing each gold item of `gold` with its other forms as aliases."""
    lines = ["# Evaluation site: the gold formulations as a glossary, discovery on top.", "keywords:"]
    for row in gold.read_text(encoding="utf-8").splitlines():
        if not row.startswith("gold\t"):
            continue
        forms = row.split("\t")[1].split("|")
        lines.append(f"  - term: \"{forms[0]}\"")
        if len(forms) > 1:
            lines.append("    aliases: [" + ", ".join(f"\"{f}\"" for f in forms[1:]) + "]")
    return "\n".join(lines) + "\n"


def union(out: pathlib.Path, name: str, count: int, keywords_yml: str, length: str = ""):
    root = out / name
    if root.exists():
        shutil.rmtree(root)
    command = [sys.executable, str(SHARED / "bench" / "make-corpus.py"), "--count", str(count), "--out", str(root)]
    if length:
        command += ["--length", length]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    for speech in (root / "content" / "speeches").glob("*.md"):
        text = speech.read_text(encoding="utf-8")
        speech.write_text(re.sub(r"(?m)^keywords: .*\n", "", text, count=1), encoding="utf-8")
    (root / "content" / "site.yml").write_text(SITE_YML, encoding="utf-8")
    (root / "content" / "keywords.yml").write_text(keywords_yml, encoding="utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--union-count", type=int, default=300)
    ap.add_argument("--big", type=int, default=0)
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="a discovery setting")
    args = ap.parse_args()
    settings = discovery_section(args.set)
    plain = KEYWORDS_YML + settings
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    policy = sorted(p for p in (HERE / "policy").iterdir() if p.suffix in (".md", ".txt"))
    site(out, "policy", policy, plain)
    by_date = sorted(policy, key=lambda p: p.name)
    site(out, "policy-60pct", by_date[: len(by_date) * 6 // 10], plain)
    site(out, "policy-national", [p for p in policy if "guowuyuan" in p.name], plain)
    site(out, "policy-eco5", [p for p in policy if "shengtai" in p.name], plain)
    site(out, "policy-glossary", policy, gold_glossary(HERE / "gold" / "policy.tsv") + settings)
    site(out, "seeds", sorted((SHARED / "seeds").glob("*.txt")), plain)
    union(out, "union", args.union_count, plain)
    union(out, "union-long", max(5, args.union_count // 3), plain, length="3000-12000")
    if args.big:
        union(out, "union-big", args.big, plain)
    print(f"evaluation sites in {out}")


if __name__ == "__main__":
    main()
