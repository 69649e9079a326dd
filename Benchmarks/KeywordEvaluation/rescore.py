#!/usr/bin/env python3
"""Re-ranks discovery's candidates with another scoring rule and scores the new top 80 against the gold:
ranking ideas tried in seconds, without changing the engine.

    keyword-bench /tmp/kweval/policy/content/speeches --discovery-only --assess 1000000 > /tmp/policy.assess
    python3 rescore.py --site /tmp/kweval/policy --gold gold/policy.tsv --assess /tmp/policy.assess \
        --variant base --variant period:0.5:3 --variant kl-corrected:0.5:2

It reads the ranked candidates (accepted and below the cut) of `keyword-bench --assess`, counts each one in
every speech (plain substring counts, as the evaluation does), and splits the engine's score into what it
models here (Σ log2(1 + uses in d) · log2(1 + N / speeches), the period factor over decades) and the rest
(boundary quality, length, numbered formula, quoting), which every variant keeps. `base` re-ranks with the
engine's own rule and reproduces its top 80 (policy: 34/47, 79/80). Variants:

- `base`
- `tf-saturated`: uses in a speech count as uses / (uses + 1) instead of log2(1 + uses)
- `tf-capped:K`: log2(1 + min(uses, K))
- `df-power:A`: the sum over speeches taken as its mean times speeches^A (1: the engine's sum)
- `period:W:CAP`: period factor 1 + W · min(CAP, KL) (the engine: 0.5 and 2)
- `kl-corrected:W:CAP`: KL less the bias of a sample of n speeches, (K − 1) / (2 n ln 2), K periods
- `era-balanced:LO:HI`: each speech weighs (N / K) / speeches of its period, clipped to LO…HI
- `extension-share`: a term that gave way to a shorter one (extends:) stands when it holds at least half
  of the shorter one's uses
- `container-stands`: a term that is part of a longer candidate stands again when that one does not

`--cut RULE` (repeatable) decides how many of the re-ranked terms are kept, instead of `--max-terms`; each
variant is scored with each rule, one line per pair, with the number of terms kept. Rules:

- `top:N`: the best N (the engine's `max_terms: N`)
- `relative:F:K`: the terms scoring at least F times the K-th best score (K counts from 1)
- `speeches:A:P`: the best A · speeches^P (speeches of the corpus)
- `characters:A:P`: the best A · (characters / 1000)^P
- `candidates:A:P`: the best A · (ranked candidates)^P: grows with how much the corpus has to say
- `knee`: the best up to the knee of the score curve (Kneedle: the rank farthest below the line from the
  first score to the last, scores and ranks scaled to 0…1)
- `floor:F`: the terms scoring at least F times the score of a term used once in each of `min_speeches`
  (2) speeches: the least a keyword page can hold, so F says how many such pages' worth of evidence a
  term needs (rest factors taken as 1)
- `engine`: the engine's own cut (the `accepted` rows)

A rule may end in `,max:M` or `,min:M` to bound the number of terms.
"""
import argparse
import math
import pathlib
import sys

import gold as goldfile
import kwcorpus
from explain import read_assessment


def year_of(doc):
    stem = doc.path.name[:4]
    if stem.isdigit():
        return int(stem)
    date = doc.front.get("date", "")[:4]
    return int(date) if date.isdigit() else None


class Corpus:
    def __init__(self, speeches):
        self.docs = kwcorpus.load(speeches)
        self.years = [year_of(d) for d in self.docs]
        self.characters = sum(len(d.text) for d in self.docs)
        self.decades = {}
        for y in self.years:
            if y is not None:
                self.decades[y // 10] = self.decades.get(y // 10, 0) + 1

    def uses(self, term):
        """[(speech index, uses)] for the speeches using term."""
        return [(i, c) for i, d in enumerate(self.docs) if (c := d.text.count(term))]

    def concentration(self, uses):
        """KL(decades of the term's speeches ‖ decades of all speeches), in bits."""
        per = {}
        for i, _ in uses:
            if self.years[i] is not None:
                per[self.years[i] // 10] = per.get(self.years[i] // 10, 0) + 1
        n, total = sum(per.values()), sum(self.decades.values())
        if not n:
            return 0.0
        return max(0.0, sum(c / n * math.log2((c / n) / (self.decades[k] / total)) for k, c in per.items()))


def ranked_terms(rows, variant):
    """The terms a variant ranks: the engine's ranked ones, plus those the variant's structural rule revives."""
    standing = {t for t, (status, _, _) in rows.items() if status in ("accepted", "below")}
    terms = set(standing)
    for term, (status, _, uses) in rows.items():
        if variant == "extension-share" and status.startswith("extends:"):
            shorter = rows.get(status[8:])
            if shorter and uses >= 0.5 * shorter[2]:
                terms.add(term)
        if variant == "container-stands" and status.startswith("part-of:"):
            if status[8:] in rows and status[8:] not in standing:
                terms.add(term)
    return terms


def score(corpus, term, engine_score, variant):
    uses = corpus.uses(term)
    if not uses:
        return None
    n, total = len(uses), len(corpus.docs)
    spread = sum(math.log2(1 + c) for _, c in uses)
    idf = math.log2(1 + total / n)
    kl = corpus.concentration(uses)
    period = 1 + 0.5 * min(2.0, kl) if len(corpus.decades) > 1 else 1.0
    rest = engine_score / max(1e-9, spread * idf * period)
    name, *args = variant.split(":")
    args = [float(a) for a in args]
    if name in ("base", "extension-share", "container-stands"):
        return spread * idf * period * rest
    if name == "df-power":
        return spread / n * n ** args[0] * idf * period * rest
    if name == "tf-saturated":
        return sum(c / (c + 1) for _, c in uses) * idf * period * rest
    if name == "tf-capped":
        return sum(math.log2(1 + min(c, args[0])) for _, c in uses) * idf * period * rest
    if name == "period":
        return spread * idf * (1 + args[0] * min(args[1], kl)) * rest
    if name == "kl-corrected":
        bias = (len(corpus.decades) - 1) / (2 * n * math.log(2))
        return spread * idf * (1 + args[0] * min(args[1], max(0.0, kl - bias))) * rest
    if name == "era-balanced":
        share = total / max(1, len(corpus.decades))
        def weight(i):
            y = corpus.years[i]
            return 1.0 if y is None or y // 10 not in corpus.decades else min(args[1], max(args[0], share / corpus.decades[y // 10]))
        return sum(math.log2(1 + c) * weight(i) for i, c in uses) * idf * period * rest
    raise SystemExit(f"unknown variant {variant}")


def cut(rule, scores, corpus, accepted):
    """How many of `scores` (best first) a cut rule keeps."""
    bounds = rule.split(",")
    name, *args = bounds[0].split(":")
    args = [float(a) for a in args]
    n = len(scores)
    if name == "top":
        keep = int(args[0])
    elif name == "engine":
        keep = accepted
    elif name == "relative":
        reference = scores[min(n, int(args[1])) - 1] if n else 0
        keep = sum(1 for s in scores if s >= args[0] * reference)
    elif name == "speeches":
        keep = round(args[0] * len(corpus.docs) ** args[1])
    elif name == "candidates":
        keep = round(args[0] * n ** args[1])
    elif name == "characters":
        keep = round(args[0] * (corpus.characters / 1000) ** args[1])
    elif name == "floor":
        speeches = len(corpus.docs)
        least = 2 * math.log2(2) * math.log2(1 + speeches / 2)
        keep = sum(1 for s in scores if s >= args[0] * least)
    elif name == "knee":
        keep = knee(scores)
    else:
        raise SystemExit(f"unknown cut {rule}")
    for bound in bounds[1:]:
        kind, value = bound.split(":")
        keep = min(keep, int(value)) if kind == "max" else max(keep, int(value))
    return max(0, min(n, keep))


def knee(scores):
    """Kneedle on a decreasing curve: the rank whose scaled score lies farthest below the chord."""
    n = len(scores)
    if n < 3:
        return n
    top, bottom = scores[0], scores[-1]
    span = (top - bottom) or 1
    best, where = -1.0, n
    for i, s in enumerate(scores):
        x, y = i / (n - 1), (s - bottom) / span
        gap = (1 - x) - y
        if gap > best:
            best, where = gap, i + 1
    return where


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--site", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--assess", required=True, help="keyword-bench --assess output")
    ap.add_argument("--variant", action="append", default=[])
    ap.add_argument("--max-terms", type=int, default=80)
    ap.add_argument("--show-unjudged", action="store_true")
    ap.add_argument("--cut", action="append", default=[], help="a cut rule (see above); repeatable")
    args = ap.parse_args()
    corpus = Corpus(pathlib.Path(args.site) / "content" / "speeches")
    assessed = read_assessment(pathlib.Path(args.assess).read_text(encoding="utf-8").splitlines())
    rows = {term: row[1:4] for term, row in assessed.items()}  # (status, score, uses)
    gold = goldfile.Gold(args.gold)
    applicable, _ = gold.applicable(corpus.docs)
    longer = list(gold.real)
    accepted = sum(1 for status, _, _ in rows.values() if status == "accepted")
    for variant in args.variant or ["base"]:
        scored = []
        for term in ranked_terms(rows, variant):
            value = score(corpus, term, rows[term][1], variant)
            if value is not None:
                scored.append((-value, term))
        scored.sort()
        for rule in args.cut or [f"top:{args.max_terms}"]:
            top = [t for _, t in scored[:cut(rule, [-v for v, _ in scored], corpus, accepted)]]
            found = [names[0] for names, _, _ in applicable if set(names) & set(top)]
            verdicts = [goldfile.judge(t, gold, corpus.docs, longer) for t in top]
            real = sum(1 for v, _ in verdicts if v == "real")
            label = variant if not args.cut else f"{variant} {rule}"
            print(f"{label}: {len(top)} terms, recall {len(found)}/{len(applicable)}, precision {real}/{len(top)}"
                  f" ({real / max(1, len(top)):.0%}, {sum(1 for v, _ in verdicts if v == 'unjudged')} unjudged)")
            missed = [names[0] for names, _, _ in applicable if not set(names) & set(top)]
            print("  missed: " + " ".join(missed), file=sys.stderr)
            if args.show_unjudged:
                for term, (v, _) in zip(top, verdicts):
                    if v == "unjudged":
                        print(f"  unjudged: {term}", file=sys.stderr)


if __name__ == "__main__":
    main()
