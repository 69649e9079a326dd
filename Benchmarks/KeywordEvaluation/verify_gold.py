#!/usr/bin/env python3
"""Checks a gold file against its corpus: every gold item occurs in at least `min_docs` documents, and
every listed non-term occurs at all (so the lists describe the text, not wishes).

    python3 verify_gold.py gold/policy.tsv policy
    python3 verify_gold.py gold/seeds.tsv ../../../shared/seeds
    python3 verify_gold.py gold/union.tsv /tmp/kweval/union/content/speeches
"""
import sys

import kwcorpus
from gold import Gold


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    gold = Gold(sys.argv[1])
    docs = kwcorpus.load(sys.argv[2])
    failures = 0
    print(f"{len(docs)} documents; gold items need {gold.min_docs} documents")
    print("docs  uses  gold item")
    for names, note in gold.items:
        frequency = len(kwcorpus.documents_with(docs, names))
        uses = sum(kwcorpus.count_names(d.text, names) for d in docs)
        flag = "" if frequency >= gold.min_docs else "   <-- too rare"
        failures += frequency < gold.min_docs
        print(f"{frequency:4}  {uses:4}  {'|'.join(names)}{flag}")
    absent = [t for t in gold.non if not kwcorpus.documents_with(docs, [t])]
    if absent:
        print("non-terms listed but absent from the text: " + ", ".join(absent))
    print(f"{len(gold.items)} gold items, {failures} too rare; {len(gold.real) - sum(len(n) for n, _ in gold.items)} "
          f"other real terms; {len(gold.non)} non-terms ({len(absent)} absent)")
    sys.exit(1 if failures or absent else 0)


if __name__ == "__main__":
    main()
