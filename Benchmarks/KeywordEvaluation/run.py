#!/usr/bin/env python3
"""Builds every evaluation site with a portalgen binary and scores it: the table of the README.

    python3 prepare.py --out /tmp/kweval
    python3 run.py --portalgen .build/release/portalgen --sites /tmp/kweval [--terms-dir DIR] [--only policy,seeds]

For each site: `portalgen build`, `portalgen keywords` (saved as keywords.txt), then evaluate.py on the
discovered keywords and every keyword page. With --terms-dir, the discovered terms are read from
DIR/<site>.txt instead (a prototype's output, one term per line); pages are still those of the build.
Every site starts without content/keywords.lock (a new user). policy-60pct is built first into
public-before/, and its lock (the addresses it published) is given to policy, as a site that grew from
60% to 100% of its speeches would have it; policy's addresses are then checked against public-before/.
"""
import argparse
import json
import pathlib
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
TEMPLATES = HERE.parent.parent / "templates"
SITES = ["policy", "policy-national", "policy-eco5", "policy-glossary", "seeds", "union", "union-long"]


def gold_of(site: str) -> pathlib.Path:
    return HERE / "gold" / ("policy.tsv" if site.startswith("policy") else "union.tsv")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--portalgen", required=True)
    ap.add_argument("--sites", required=True)
    ap.add_argument("--terms-dir")
    ap.add_argument("--only")
    args = ap.parse_args()
    portalgen = str(pathlib.Path(args.portalgen).resolve())
    sites = pathlib.Path(args.sites)
    names = args.only.split(",") if args.only else SITES
    rows = []
    for name in names:
        root = sites / name
        if not root.exists():
            continue
        common = ["--source", str(root), "--templates", str(TEMPLATES), "-q"]
        lock = root / "content" / "keywords.lock"
        lock.unlink(missing_ok=True)
        before = None
        if name == "policy" and (sites / "policy-60pct").exists():
            before = root / "public-before"
            shutil.rmtree(before, ignore_errors=True)
            # The earlier build: the first 60% of the documents, written where the later build can't touch.
            earlier = sites / "policy-60pct"
            (earlier / "content" / "keywords.lock").unlink(missing_ok=True)
            subprocess.run([portalgen, "build", "--source", str(earlier), "--templates", str(TEMPLATES),
                            "--output", str(before), "-q"], check=True)
            if (earlier / "content" / "keywords.lock").exists():
                shutil.copyfile(earlier / "content" / "keywords.lock", lock)
        shutil.rmtree(root / "public", ignore_errors=True)
        subprocess.run([portalgen, "build"] + common, check=True)
        keywords = root / "keywords.txt"
        with open(keywords, "w", encoding="utf-8") as f:
            subprocess.run([portalgen, "keywords"] + common[:-1], check=True, stdout=f)
        terms = pathlib.Path(args.terms_dir) / f"{name}.txt" if args.terms_dir else keywords
        report = root / "evaluation.json"
        command = [sys.executable, str(HERE / "evaluate.py"), "--site", str(root), "--gold", str(gold_of(name)),
                   "--terms", str(terms), "--public", str(root / "public"), "--keywords", str(keywords),
                   "--json", str(report), "--quiet"]
        if before:
            command += ["--before", str(before)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        data = json.loads(report.read_text(encoding="utf-8"))
        r, p, e = data["recall"], data["precision"], data.get("exactness", {})
        rows.append((name, data["documents"], data["terms"], f"{r['found']}/{r['gold']}",
                     f"{p['real']}/{data['terms']} ({p['strict']:.0%})", p["unjudged"],
                     f"{e.get('exact', 0)}/{e.get('pages', 0)}",
                     len(data.get("addresses", {}).get("lost", [])) if before else "-"))
    print("| corpus | docs | terms | recall | precision (real/terms) | unjudged | exact pages | lost addresses |")
    print("|---|---|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(str(c) for c in row) + " |")


if __name__ == "__main__":
    main()
