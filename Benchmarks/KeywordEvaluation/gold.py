"""Gold files (gold/<corpus>.tsv): what a study group would pick, other real terms, known non-terms,
and the criteria that judge a discovered term that none of the lists names."""
import math
import pathlib
import re

import kwcorpus

# Characters that begin or end no term of any domain: particles, prepositions, conjunctions, pronouns,
# adverbs and complements. Judging uses them only at an edge the lists have not already decided.
EDGE_FUNCTION = set("的了着过是在和与及等把被对为以从向将就都也又而之其这那们地得并或但还再很该此所给让使由于即则已才吗呢吧啊")
# Postpositions that end phrases such as 基础上, 条件下, 过程中, 工作里.
TRAILING_POSTPOSITION = set("上下中里来去起")
FRAGMENT_SHARE = 0.6   # a term whose occurrences lie this often inside listed longer terms is a fragment
GENERAL_SHARE = 0.6    # an unlisted term in this share of the documents (or more) is general vocabulary
GENERAL_MIN_DOCUMENTS = 10  # gold items in more than GENERAL_MAX_SPREAD of the documents of a corpus this
GENERAL_MAX_SPREAD = 0.85   # large are not expected (see Gold.applicable)


class Gold:
    def __init__(self, path):
        self.path = pathlib.Path(path)
        self.items = []          # [(forms, note)] for kind gold
        self.real = {}           # form -> note (gold forms included)
        self.non = {}            # term -> reason
        self.min_docs = 2
        for line in self.path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#min_docs"):
                self.min_docs = int(line.split("\t")[1])
                continue
            if not line.strip() or line.startswith("#"):
                continue
            kind, forms, note = (line.split("\t") + ["", ""])[:3]
            names = [f for f in forms.split("|") if f]
            if kind == "gold":
                self.items.append((names, note))
                for f in names:
                    self.real[f] = "gold"
            elif kind == "real":
                for f in names:
                    self.real.setdefault(f, note or "real")
            elif kind == "non":
                for f in names:
                    self.non[f] = note or "non"
            else:
                raise SystemExit(f"{self.path}: unknown kind `{kind}` in: {line}")

    def applicable(self, docs):
        """Gold items that occur often enough in `docs` to be expected: in `min_docs` documents, or, on a
        smaller corpus, in at least one document in twelve (never fewer than two)."""
        need = min(self.min_docs, max(2, math.ceil(len(docs) / 12)))
        result = []
        for names, note in self.items:
            frequency = len(kwcorpus.documents_with(docs, names))
            # In nearly every document of a large corpus, a term is general vocabulary there by the
            # issue's own definition (make-corpus.py's corpora repeat five seeds): not expected.
            everywhere = len(docs) >= GENERAL_MIN_DOCUMENTS and frequency > GENERAL_MAX_SPREAD * len(docs)
            if frequency >= need and not everywhere:
                result.append((names, note, frequency))
        return result, need


def judge(term, gold, docs, longer_terms):
    """(verdict, reason): verdict is "real", "non" or "unjudged"."""
    if term in gold.real:
        return "real", gold.real[term]
    if term in gold.non:
        return "non", gold.non[term]
    if term[0] in EDGE_FUNCTION or term[-1] in EDGE_FUNCTION:
        return "non", "cut (function character at an edge; criterion)"
    if len(term) >= 3 and term[-1] in TRAILING_POSTPOSITION:
        return "non", "cut (postposition at the end; criterion)"
    inside, total = fragment_share(term, docs, longer_terms)
    if total and inside / total >= FRAGMENT_SHARE:
        return "non", f"fragment ({inside} of {total} uses inside listed longer terms; criterion)"
    spread = len(kwcorpus.documents_with(docs, [term])) / max(1, len(docs))
    if spread >= GENERAL_SHARE:
        return "non", f"general (in {spread:.0%} of the documents; criterion)"
    return "unjudged", ""


def fragment_share(term, docs, longer_terms):
    """How many of `term`'s occurrences lie inside an occurrence of a listed longer term."""
    containing = [t for t in longer_terms if term in t and t != term]
    inside = total = 0
    for d in docs:
        text = d.text
        starts = [m.start() for m in re.finditer(re.escape(term), text)]
        if not starts:
            continue
        total += len(starts)
        covered = []
        for t in containing:
            for m in re.finditer(re.escape(t), text):
                covered.append((m.start(), m.end()))
        for s in starts:
            if any(a <= s and s + len(term) <= b for a, b in covered):
                inside += 1
    return inside, total
