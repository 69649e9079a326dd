#!/usr/bin/env python3
"""Says, for every gold item a site's discovery misses, why: ranked below the cut, part of a longer
candidate, an extension of a shorter one, general vocabulary, or never a candidate.

    swift build -c release --product keyword-bench
    python3 explain.py --bench .build/release/keyword-bench --site /tmp/kweval/policy --gold gold/policy.tsv

It runs `keyword-bench <site>/content/speeches --discovery-only --assess N`, which prints every candidate
with the status discovery gave it (the ranked ones first), or reads that output from --assess FILE.
keyword-bench reads the speeches as plain text with the default settings (the automatic cut), as the
evaluation sites do (its plain text differs from the build's only in details such as a .txt file's title
line), so the ranks are those of `portalgen keywords --suggest` within a few places.
"""
import argparse
import pathlib
import re
import subprocess
from collections import Counter

import gold as goldfile
import kwcorpus


def read_assessment(lines):
    """{term: (rank, status, score, uses, speeches)} from keyword-bench --assess output."""
    rows = {}
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 6 and parts[0].isdigit():
            rows[parts[1]] = (int(parts[0]), parts[2], float(parts[3]), int(parts[4]), int(parts[5]))
    return rows


def neighbours(form, docs):
    """Uses, speeches and the most frequent characters on each side of `form`: what counting saw."""
    left, right, uses, speeches = Counter(), Counter(), 0, 0
    for doc in docs:
        found = [m.start() for m in re.finditer(re.escape(form), doc.text)]
        speeches += bool(found)
        uses += len(found)
        for start in found:
            end = start + len(form)
            left[doc.text[start - 1] if start > 0 else "^"] += 1
            right[doc.text[end] if end < len(doc.text) else "$"] += 1
    def side(counter):
        return " ".join(f"{c}×{n}" for c, n in counter.most_common(3))
    return f"{form}: {uses} uses in {speeches} speeches, before it {side(left)}; after it {side(right)}"


def cause(forms, rows, cut_score, docs):
    """One line: the best-placed form of a gold item and what discovery made of it."""
    placed = [(rows[f][0], f) for f in forms if f in rows]
    if not placed:
        # Counting needs min_count uses in min_speeches speeches, and a varied neighbour on each side.
        return ("never a candidate (no form passed counting: uses, boundary variety, cohesion or an edge "
                "test): " + "; ".join(neighbours(f, docs) for f in forms))
    notes = []
    for _, form in sorted(placed):
        rank, status, score, uses, speeches = rows[form]
        where = f"{form}: {uses} uses in {speeches} speeches, score {score:g}"
        if status == "accepted":
            return f"found ({where}, rank {rank})"
        if status == "below":
            notes.append(f"{where}, rank {rank}: below the cut (the last accepted term scores {cut_score:g})")
        elif status == "general":
            notes.append(f"{where}: general vocabulary")
        elif status.startswith("part-of:"):
            notes.append(f"{where}: part of the longer candidate {status[8:]}")
        elif status.startswith("extends:"):
            notes.append(f"{where}: gives way to the shorter term {status[8:]}")
        else:
            notes.append(f"{where}: {status}")
    return "; ".join(notes)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--site", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--bench", help="the keyword-bench binary")
    ap.add_argument("--assess", help="keyword-bench --assess output, instead of running it")
    ap.add_argument("--all", action="store_true", help="list the gold items found too")
    args = ap.parse_args()
    speeches = pathlib.Path(args.site) / "content" / "speeches"
    if args.assess:
        lines = pathlib.Path(args.assess).read_text(encoding="utf-8").splitlines()
    elif args.bench:
        lines = subprocess.run([args.bench, str(speeches), "--discovery-only", "--assess", "1000000"],
                               check=True, capture_output=True, text=True).stdout.splitlines()
    else:
        raise SystemExit("give --bench or --assess")
    rows = read_assessment(lines)
    accepted = [row[2] for row in rows.values() if row[1] == "accepted"]
    cut_score = min(accepted) if accepted else 0
    docs = kwcorpus.load(speeches)
    applicable, need = goldfile.Gold(args.gold).applicable(docs)
    found = 0
    for forms, _, frequency in applicable:
        line = cause(forms, rows, cut_score, docs)
        found += line.startswith("found")
        if args.all or not line.startswith("found"):
            print(f"{forms[0]} ({frequency} docs): {line}")
    print(f"{found}/{len(applicable)} gold items found (in >= {need} documents)")


if __name__ == "__main__":
    main()
