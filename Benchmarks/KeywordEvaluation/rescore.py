#!/usr/bin/env python3
"""Re-ranks discovery's candidates with another scoring rule and scores the new top 80, or the terms each `--cut` rule keeps, against the gold:
ranking ideas tried in seconds, without changing the engine.

    keyword-bench /tmp/kweval/policy/content/speeches --discovery-only --assess 1000000 > /tmp/policy.assess
    python3 rescore.py --site /tmp/kweval/policy --gold gold/policy.tsv --assess /tmp/policy.assess \
        --variant base --variant period:0.5:3 --variant kl-corrected:0.5:2

It reads the ranked candidates (accepted and below the cut) of `keyword-bench --assess`, counts each one in
every speech (plain substring counts, as the evaluation does), and splits the engine's score into what it
models here (Σ log2(1 + uses in d) · log2(1 + N / speeches), the period factor over decades) and the rest
(boundary quality, length, numbered formula, quoting), which every variant keeps. `base` re-ranks with the
engine's own rule and reproduces its ranking (with `--cut engine`, its keywords). Variants:

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

Longer and shorter terms (issue 15c; README "Longer and shorter terms"):

- `extension-stands:F:B`: a term that gave way to a shorter one it extends after (extends:) stands beside it
  when it holds at least F of the shorter one's uses (its own formulation, not a rare qualification: 人民代表大会
  |制度) and is a whole word at its end: no one character follows it in more than B of its uses (碳达峰碳中|和 is cut), and is no join of the shorter with another ranked term that overlaps it
  (服务职工 + 职工群众 = 服务职工群众: both pages list its uses). The engine's `container_share` (0.5) and
  `edge_bound_share` (0.8) are the natural values
- `core-stands`: a term that gave way to a ranked longer one adding characters before it (国家|粮食安全)
  stands again when a ranked term also extends it after (粮食安全|党政同责): the common core of terms on
  both sides
- `modifier-stands:S`: a term that gave way to a ranked longer one adding a word before it (国家|粮食安全), where
  that one holds less than S of the added word's uses (a modifier or governing word used with many heads),
  stands again, unless longer candidates adding characters before it hold three quarters of its uses
  (`nested_share`: 经济/政治/科技|体制改革)

Signals tried for telling a society-wide formulation from a sector's narrow term (issue 15k; README):

- `top-capped`: the speech using a term most counts as the second one does (one report cannot carry it)
- `dominance:A`: times (1 − share of its uses in its top speech)^A
- `katz:A`: times (1 − P(uses ≥ 2 | used))^A, Katz's within-speech burstiness
- `run-density:W:S`: times 1 + W · speeches / (speeches from its first to its last in date order + S)
- `local-density:W:K[:1]`: times 1 + W · the mean share, over its dated speeches, of the K speeches before
  and after each (in date order) that use it too; with `:1` only the excess over its share of all speeches
- `local-density-rel:W:F`: the same with K = F · dated speeches
- `docsim:W`: times 1 + W · (1 − mean cosine similarity of its speeches over the ranked terms)
- `neighbours:W`: times 1 + W · (1 − mean Jaccard overlap, between its speeches, of the ranked terms
  beside it in a paragraph)
- `edge:W:E`: times 1 + W · (share of its uses in the first and last E of a speech − 2E)
- `closing:W:K`: times 1 + W · share of its speeches using it in their last K paragraphs
- `figures:W`: times 1 + W · (1 − share of its sentences stating a figure)
- `kinds-oracle:W`, `kinds-share-oracle:W`: analysis only, on `policy`: the kinds of report using it (read
  from the file names, which discovery does not see), over all kinds or over its speeches

Admission by period (issue 15e; README "Admission by period"): the ranking and the cut stay; besides the
kept terms, a term below the cut is admitted when it is among the best of its own time. A term's score in a
window of dated speeches is its score with the sum over all its speeches replaced by the sum over those in
the window (idf, boundary quality, length and the period factors stay those of the whole corpus, so a word
used in every speech of every era does not qualify). Variants, each `base`'s ranking plus the admitted terms
(best global score first, at most CAP of them); off when no more than W speeches are dated:

- `era-admit:W:K:CAP`: windows of W consecutive dated speeches (in date order) starting at every place;
  a term is admitted when it ranks among the K best ranked candidates of some window
- `era-centred:W:K:CAP`: one window per term, the W dated speeches centred on the median place of its
  speeches; admitted when among the K best there
- `era-quota:W:K:CAP`: windows of W consecutive dated speeches, tiled without overlap; each window admits
  its K best candidates not kept already (a quota per window)
- `decade-quota:K:CAP`: the same with decades (the engine's PeriodScale) as windows
- `era-admit-local:W:K:CAP`: as `era-admit`, the window's score without the period factors (spread ·
  idf · boundary quality · length only)
- `era-cut:W:F:CAP`: the engine's automatic cut within each window of W consecutive dated speeches (every
  place): a term is admitted when its window score is at least F times the window's tenth best
- `era-cut-centred:W:F:CAP`: the same in the one window centred on the term's speeches (as `era-centred`)
- `…:S` after CAP (any of them): the admitted term must also use at least S of the window's speeches

`--era-ranks W` prints (stderr), for every gold item below the cut, its place among the terms below the cut
in the window of W dated speeches centred on its speeches (0: the best of them), and the terms below the cut
ahead of it there: how many of its own time's terms a rule must admit to reach it.

`--diff` lists, per variant, the terms it brings into the kept terms and those it drops, against base under the
same cut rule (gold items starred,
non-terms with their verdict).

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
import re
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

    def order(self):
        """Position of each dated speech in date order (None: undated)."""
        if not hasattr(self, "_order"):
            dated = sorted((y, i) for i, y in enumerate(self.years) if y is not None)
            self._order = [None] * len(self.docs)
            for rank, (_, i) in enumerate(dated):
                self._order[i] = rank
        return self._order

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


def fixed_right_share(corpus, term):
    """The largest share of `term`'s uses that one Chinese character follows."""
    counts, total = {}, 0
    for d in corpus.docs:
        text = d.text
        for m in re.finditer(re.escape(term), text):
            at = m.end()
            total += 1
            if 0 <= at < len(text) and "\u4e00" <= text[at] <= "\u9fff":
                counts[text[at]] = counts.get(text[at], 0) + 1
    return max(counts.values(), default=0) / max(1, total)


def stands_beside_shorter(corpus, term, shorter, uses, shorter_uses, share, bound, standing):
    """`extension-stands`: whether a longer term holding `uses` of `shorter`'s uses stands beside it."""
    # One that adds characters before would have taken the shorter term's uses at this share (the engine's
    # `standsBeside`): only terms that add characters after stand beside a shorter one.
    if uses < share * shorter_uses or not term.startswith(shorter):
        return False
    if any(term[start:] in standing for start in range(1, len(shorter))):
        return False
    return fixed_right_share(corpus, term) <= bound


def ranked_terms(rows, variant, corpus=None):
    """The terms a variant ranks: the engine's ranked ones, plus those the variant's structural rule revives."""
    standing = {t for t, (status, _, _) in rows.items() if status in ("accepted", "below")}
    terms = set(standing)
    name, *args = variant.split(":")
    for term, (status, _, uses) in rows.items():
        if name == "extension-stands" and status.startswith("extends:") and status[8:] in rows:
            if stands_beside_shorter(corpus, term, status[8:], uses, rows[status[8:]][2], float(args[0]), float(args[1]),
                                    standing):
                terms.add(term)
        if name == "modifier-stands" and status.startswith("part-of:") and status[8:] in standing:
            longer = status[8:]
            added = longer[: len(longer) - len(term)]
            if longer.endswith(term) and added.isalnum() and corpus is not None:
                added_uses = sum(d.text.count(added) for d in corpus.docs)
                before = [c for c in rows if c.endswith(term) and c != term]
                nested = sum(1 for d in corpus.docs for m in re.finditer(re.escape(term), d.text)
                             if any(d.text.startswith(c, m.end() - len(c)) for c in before))
                if rows[longer][2] < float(args[0]) * added_uses and nested < 0.75 * uses:
                    terms.add(term)
        if variant == "core-stands" and status.startswith("part-of:") and status[8:] in standing:
            if status[8:].endswith(term) and any(t.startswith(term) and t != term for t in standing):
                terms.add(term)
        if variant == "extension-share" and status.startswith("extends:"):
            shorter = rows.get(status[8:])
            if shorter and uses >= 0.5 * shorter[2]:
                terms.add(term)
        if variant == "container-stands" and status.startswith("part-of:"):
            if status[8:] in rows and status[8:] not in standing:
                terms.add(term)
    return terms


def similarity(corpus, vocabulary):
    """Cosine similarity of every two speeches over the ranked terms (log2(1 + uses) · IDF)."""
    if getattr(corpus, "_similarity", None) is None:
        total = len(corpus.docs)
        vectors = [{} for _ in corpus.docs]
        for term in vocabulary:
            uses = corpus.uses(term)
            idf = math.log2(1 + total / max(1, len(uses)))
            for i, c in uses:
                vectors[i][term] = math.log2(1 + c) * idf
        norms = [math.sqrt(sum(v * v for v in vec.values())) or 1 for vec in vectors]
        corpus._similarity = [[sum(w * vectors[b].get(t, 0) for t, w in vectors[a].items()) / (norms[a] * norms[b])
                               for b in range(total)] for a in range(total)]
    return corpus._similarity


def neighbour_sets(corpus, vocabulary):
    """Per speech, per paragraph (line): the set of `vocabulary` terms it contains."""
    if getattr(corpus, "_paragraphs", None) is None:
        corpus._paragraphs = [[(line, {t for t in vocabulary if t in line}) for line in d.text.split("\n") if line.strip()]
                              for d in corpus.docs]
    return corpus._paragraphs


SENTENCE = re.compile(r"[^。！？；\n]+")
FIGURE = re.compile(r"[0-9０-９]|百分之|[一二三四五六七八九十两][十百千万亿]")


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
    if name in ("base", "extension-share", "container-stands", "extension-stands", "core-stands",
                "modifier-stands") or name in ADMISSION:
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
    counts = sorted((c for _, c in uses), reverse=True)
    if name == "top-capped":
        capped = counts[1] if len(counts) > 1 else counts[0]
        return (spread - math.log2(1 + counts[0]) + math.log2(1 + capped)) * idf * period * rest
    if name == "dominance":
        return spread * idf * period * rest * (1 - counts[0] / sum(counts)) ** args[0]
    if name == "katz":
        return spread * idf * period * rest * (1 - sum(1 for c in counts if c >= 2) / len(counts)) ** args[0]
    if name == "run-density":
        positions = sorted(p for i, _ in uses if (p := corpus.order()[i]) is not None)
        if len(positions) < 2:
            return spread * idf * period * rest
        density = len(positions) / (positions[-1] - positions[0] + 1 + args[1])
        return spread * idf * period * rest * (1 + args[0] * density)
    if name in ("local-density", "local-density-rel"):
        order = corpus.order()
        positions = sorted(p for i, _ in uses if (p := order[i]) is not None)
        dated = sum(1 for p in order if p is not None)
        k = int(args[1]) if name == "local-density" else max(1, round(args[1] * dated))
        if dated <= 2 * k + 1:  # every speech is every other's contemporary (as the engine's contemporary_weight)
            return spread * idf * period * rest
        used = set(positions)
        shares = []
        for p in positions:
            around = [q for q in range(p - k, p + k + 1) if q != p and 0 <= q < dated]
            shares.append(sum(1 for q in around if q in used) / len(around))
        local = sum(shares) / len(shares) if shares else 0
        if len(args) > 2 and args[2]:  # only what exceeds the share of all dated speeches using the term
            local = max(0.0, local - (len(positions) - 1) / max(1, dated - 1))
        return spread * idf * period * rest * (1 + args[0] * local)
    if name == "docsim":
        sim = corpus._similarity
        pairs = [sim[a][b] for x, (a, _) in enumerate(uses) for b, _ in uses[x + 1:]]
        mean = sum(pairs) / len(pairs) if pairs else 1.0
        return spread * idf * period * rest * (1 + args[0] * (1 - mean))
    if name == "kinds-oracle":  # analysis only: the file name's kind of report, which discovery does not know
        kinds = {corpus.docs[i].path.stem[11:] for i, _ in uses}
        every = {d.path.stem[11:] for d in corpus.docs}
        return spread * idf * period * rest * (1 + args[0] * (len(kinds) - 1) / max(1, len(every) - 1))
    if name == "kinds-share-oracle":  # analysis only: kinds of report over speeches
        kinds = {corpus.docs[i].path.stem[11:] for i, _ in uses}
        every = {d.path.stem[11:] for d in corpus.docs}
        return spread * idf * period * rest * (1 + args[0] * len(kinds) / min(len(uses), len(every)))
    if name == "edge":
        # the share of uses in the first and last `args[1]` of each speech's text, against that share of text
        inside = every = 0
        for i, _ in uses:
            text = corpus.docs[i].text
            for match in re.finditer(re.escape(term), text):
                at = match.start() / len(text)
                inside += at < args[1] or at > 1 - args[1]
                every += 1
        return spread * idf * period * rest * (1 + args[0] * (inside / every - 2 * args[1]))
    if name == "neighbours":
        # how different the terms beside it (same paragraph) are from one speech to another: 1 − mean Jaccard
        sets = []
        for i, _ in uses:
            beside = set()
            for line, terms in corpus._paragraphs[i]:
                if term in line:
                    beside |= {t for t in terms if term not in t and t not in term}
            sets.append(beside)
        pairs = [len(a & b) / len(a | b) for x, a in enumerate(sets) for b in sets[x + 1:] if a | b]
        overlap = sum(pairs) / len(pairs) if pairs else 1.0
        return spread * idf * period * rest * (1 + args[0] * (1 - overlap))
    if name == "figures":
        # the share of its sentences that state a figure (the term's own characters left out)
        sentences = [s for i, _ in uses for s in SENTENCE.findall(corpus.docs[i].text) if term in s]
        with_figure = sum(1 for s in sentences if FIGURE.search(s.replace(term, "")))
        return spread * idf * period * rest * (1 + args[0] * (1 - with_figure / max(1, len(sentences))))
    if name == "closing":
        # the share of its speeches whose last `args[1]` paragraphs (lines) use it: where reports state aims
        k = int(args[1])
        closing = sum(1 for i, _ in uses
                      if any(term in line for line in [l for l in corpus.docs[i].text.split("\n") if l.strip()][-k:]))
        return spread * idf * period * rest * (1 + args[0] * closing / len(uses))
    raise SystemExit(f"unknown variant {variant}")

ADMISSION = ("era-admit", "era-centred", "era-quota", "decade-quota", "era-admit-local", "era-cut", "era-cut-centred")


class EraScores:
    """The ranked candidates' scores within windows of dated speeches: each term's score with its sum over
    speeches restricted to the window (idf and the other factors those of the whole corpus)."""

    def __init__(self, corpus, scored, without_period=False):
        order = corpus.order()
        self.speeches = [i for _, i in sorted((p, i) for i, p in enumerate(order) if p is not None)]
        self.order = order
        self.weights, self.factor = {}, {}
        for value, term in scored:
            uses = dict(corpus.uses(term))
            spread = sum(math.log2(1 + c) for c in uses.values())
            if not spread:
                continue
            self.weights[term] = {i: math.log2(1 + c) for i, c in uses.items()}
            self.factor[term] = -value / spread
            if without_period and len(corpus.decades) > 1:  # the contemporaries' share stays in the factor
                self.factor[term] /= 1 + 0.5 * min(2.0, corpus.concentration(list(uses.items())))

    def ranking(self, window, least=1, among=None):
        """[(score, term)] best first, of the terms (of `among`, if given) using at least `least` of `window`."""
        inside = set(window)
        local = []
        for term, w in self.weights.items():
            if among is not None and term not in among:
                continue
            used = [i for i in w if i in inside]
            if len(used) >= least:
                local.append((self.factor[term] * sum(w[i] for i in used), term))
        local.sort(key=lambda pair: (-pair[0], pair[1]))
        return local

    def centred(self, term, width):
        """The window of `width` dated speeches centred on the median place of the term's speeches."""
        places = sorted(self.order[i] for i in self.weights[term] if self.order[i] is not None)
        if not places:
            return None
        start = min(max(0, places[len(places) // 2] - width // 2), len(self.speeches) - width)
        return self.speeches[start:start + width]


def admission_windows(corpus, speeches, name, width):
    """The windows of an admission variant: lists of speech indices in date order ([] when it is off)."""
    if name == "decade-quota":
        groups = {}
        for i in speeches:
            groups.setdefault(corpus.years[i] // 10, []).append(i)
        return [g for _, g in sorted(groups.items())] if len(groups) > 1 else []
    if len(speeches) <= width:  # every speech is every other's contemporary
        return []
    if name == "era-quota":
        return [speeches[a:a + width] for a in range(0, len(speeches), width)]
    return [speeches[a:a + width] for a in range(0, len(speeches) - width + 1)]


def era_scores(corpus, scored, variant):
    """The window scores an admission variant reads, made once per variant for all its cut rules."""
    return EraScores(corpus, scored, without_period=variant.split(":")[0] == "era-admit-local")


def admitted(corpus, scored, kept, variant, era):
    """The terms below the cut an admission variant adds (best global score first): see the docstring."""
    name, *args = variant.split(":")
    width = 0 if name == "decade-quota" else int(args.pop(0))
    k, cap = float(args[0]), int(args[1])
    least = int(args[2]) if len(args) > 2 else 1
    windows = admission_windows(corpus, era.speeches, name, width)
    if not windows:
        return []
    kept_set = set(kept)

    def admits(window):
        """The terms of `window` the variant admits there (kept ones included, removed below)."""
        local = era.ranking(window, least)
        if name.startswith("era-cut"):
            reference = local[min(len(local), 10) - 1][0] if local else 0
            return {t for v, t in local if v >= k * reference}
        if name in ("era-quota", "decade-quota"):
            return set([t for _, t in local if t not in kept_set][:int(k)])
        return {t for _, t in local[:int(k)]}

    chosen = set()
    if name in ("era-centred", "era-cut-centred"):
        cache = {}
        for term in era.weights:
            window = None if term in kept_set else era.centred(term, width)
            if window:
                key = tuple(window)
                if key not in cache:
                    cache[key] = admits(window)
                if term in cache[key]:
                    chosen.add(term)
    else:
        for window in windows:
            chosen |= admits(window)
    return [t for _, t in scored if t in chosen and t not in kept_set][:cap]


def era_ranks(corpus, scored, kept, width, gold_names):
    """{gold item below the cut: (its place among the terms below the cut in its centred window, that
    window's first year, the terms below the cut ahead of it there)}: see `--era-ranks`."""
    era = EraScores(corpus, scored)
    if len(era.speeches) <= width:
        return {}
    kept_set = set(kept)
    below = {t for t in era.weights if t not in kept_set}
    found = {}
    for term in gold_names:
        if term in below and (window := era.centred(term, width)):
            ahead = [t for _, t in era.ranking(window, among=below)]
            ahead = ahead[:ahead.index(term)]
            found[term] = (len(ahead), corpus.years[window[0]], ahead)
    return found


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
    ap.add_argument("--diff", action="store_true", help="list the terms each variant brings in and drops, against base")
    ap.add_argument("--show-unjudged", action="store_true", help="list the unjudged kept terms (stderr)")
    ap.add_argument("--cut", action="append", default=[], help="a cut rule (see above); repeatable")
    ap.add_argument("--era-ranks", type=int, metavar="W", help="gold items' places in their own time (see above)")
    args = ap.parse_args()
    corpus = Corpus(pathlib.Path(args.site) / "content" / "speeches")
    assessed = read_assessment(pathlib.Path(args.assess).read_text(encoding="utf-8").splitlines())
    rows = {term: row[1:4] for term, row in assessed.items()}  # (status, score, uses)
    gold = goldfile.Gold(args.gold)
    applicable, _ = gold.applicable(corpus.docs)
    longer = list(gold.real)
    base_tops = {}
    accepted = sum(1 for status, _, _ in rows.values() if status == "accepted")
    gold_names = {name for names, _, _ in applicable for name in names}

    def tag(term, verdict):
        return term + ("*" if term in gold_names else "" if verdict == "real" else f"({verdict})")

    for variant in (["base"] + [v for v in args.variant if v != "base"]) if args.diff else (args.variant or ["base"]):
        scored = []
        if variant.startswith("neighbours"):
            standing = sorted(ranked_terms(rows, "base"), key=lambda t: -rows[t][1])
            neighbour_sets(corpus, standing[:3 * args.max_terms])
        if variant.startswith("docsim"):
            similarity(corpus, sorted(ranked_terms(rows, "base")))
        for term in ranked_terms(rows, variant, corpus):
            value = score(corpus, term, rows[term][1], variant)
            if value is not None:
                scored.append((-value, term))
        scored.sort()
        era = era_scores(corpus, scored, variant) if variant.split(":")[0] in ADMISSION else None
        for rule in args.cut or [f"top:{args.max_terms}"]:
            top = [t for _, t in scored[:cut(rule, [-v for v, _ in scored], corpus, accepted)]]
            if era is not None:
                top += admitted(corpus, scored, top, variant, era)
            found = [names[0] for names, _, _ in applicable if set(names) & set(top)]
            verdicts = [goldfile.judge(t, gold, corpus.docs, longer) for t in top]
            real = sum(1 for v, _ in verdicts if v == "real")
            label = variant if not args.cut else f"{variant} {rule}"
            print(f"{label}: {len(top)} terms, recall {len(found)}/{len(applicable)}, precision {real}/{len(top)}"
                  f" ({real / max(1, len(top)):.0%}, {sum(1 for v, _ in verdicts if v == 'unjudged')} unjudged)")
            if args.diff:
                base_top = base_tops.setdefault(rule, top)
                if base_top is not top:
                    judged = {t: v for t, (v, _) in zip(top, verdicts)}
                    print("  in:  " + " ".join(tag(t, judged[t]) for t in top if t not in base_top))
                    print("  out: " + " ".join(tag(t, goldfile.judge(t, gold, corpus.docs, longer)[0])
                                               for t in base_top if t not in top))
            missed = [names[0] for names, _, _ in applicable if not set(names) & set(top)]
            if args.era_ranks and variant == "base":
                for term, (place, year, before) in sorted(era_ranks(corpus, scored, top, args.era_ranks, gold_names).items(),
                                                         key=lambda item: item[1][0]):
                    print(f"  {term}: {place} below the cut ahead of it in its {args.era_ranks} speeches from {year}: "
                          + " ".join(tag(t, goldfile.judge(t, gold, corpus.docs, longer)[0]) for t in before), file=sys.stderr)
            print("  missed: " + " ".join(missed), file=sys.stderr)
            if args.show_unjudged:
                for term, (v, _) in zip(top, verdicts):
                    if v == "unjudged":
                        print(f"  unjudged: {term}", file=sys.stderr)


if __name__ == "__main__":
    main()
