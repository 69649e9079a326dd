#!/usr/bin/env python3
"""Writes the policy corpus (../policy/*.md, *.txt) from the hand-written material beside this file.

    python3 compose.py            # rewrites ../policy/ (deterministic: seed 15)

The documents are invented. Each is assembled from sentence patterns written for its topic and era
(sentences_*.py), with words from lexicon.py; see README.md beside this file for why and how.
"""
import pathlib
import random
import sys

from documents import DOCUMENTS, TOPIC_MIX
from engine import Expander
from headings import HEADINGS
from lexicon import LEXICONS
from variation import vary
from sentences_econ import ECON, THEORY
from sentences_clauses import CLAUSES, GENERIC_CLAUSES
from sentences_general import CLOSING, GENERAL, OPENING
from sentences_sectors import AGRI, ECO, EDU, HEALTH, SCI
from sentences_state import CONGRESS, LAW, LIFE, UNITY

POOLS = {"econ": ECON, "theory": THEORY, "agri": AGRI, "sci": SCI, "edu": EDU, "health": HEALTH,
         "eco": ECO, "law": LAW, "unity": UNITY, "life": LIFE, "congress": CONGRESS}
NUMERALS = "一二三四五六七八九十"
DIGITS = "〇一二三四五六七八九"
SLUGS = {"national": "guowuyuan-zhengfu-gongzuo-baogao", "edu": "jiaoyu", "sci": "keji", "agri": "nongye",
         "health": "weisheng", "eco": "shengtai"}
PLACE_SLUG = {"省": "sheng", "市": "shi", "县": "xian"}


def era_of(year: int) -> str:
    for era, last in (("E1", 1957), ("E2", 1977), ("E3", 1991), ("E4", 2002), ("E5", 2012)):
        if year <= last:
            return era
    return "E6"


class Composer:
    def __init__(self, spec: dict, seed: int):
        self.spec = spec
        self.year = spec["year"]
        self.era = era_of(self.year)
        self.rng = random.Random(seed)
        self.x = Expander(self.rng, self.era, self.year, LEXICONS)
        self.used = {}

    def pick(self, pool: list) -> str:
        """A pattern of `pool`, preferring those this document has used least."""
        least = min(self.used.get(p, 0) for p in pool)
        choice = self.rng.choice([p for p in pool if self.used.get(p, 0) == least])
        self.used[choice] = self.used.get(choice, 0) + 1
        return choice

    def neutral(self, topic: str, pool: list) -> str:
        """A topic sentence: one of the pool's while it is fresh in this document, else a chain of clauses
        about the topic's noun phrases."""
        fresh = [p for p in pool if self.used.get(p, 0) < 1]
        if fresh and self.rng.random() < 0.5:
            return self.pick(fresh)
        lexicon = {"theory": "theory", "congress": "law"}.get(topic, topic)
        clauses = [self.pick(CLAUSES).replace("$x$", f"${lexicon}$") if self.rng.random() < 0.4
                   else self.pick(GENERIC_CLAUSES) for _ in range(self.rng.randint(2, 4))]
        return "，".join(clauses) + "。"

    def general(self) -> list:
        return GENERAL["*"] + GENERAL.get(self.era, [])

    def paragraph(self, topic: str) -> str:
        pool = POOLS[topic]
        neutral = pool["*"] + (pool.get(self.era, []) if len(pool["*"]) < 6 else [])
        dated = pool.get(self.era, [])
        parts = [self.neutral(topic, neutral) for _ in range(self.rng.randint(1, 3))]
        if dated and self.rng.random() < 0.75:
            parts.insert(0 if self.rng.random() < 0.6 else self.rng.randint(0, len(parts)), self.pick(dated))
        if self.rng.random() < 0.15:
            parts.append(self.pick(self.general()))
        text = vary("".join(self.x.expand(p) for p in parts), self.rng)
        if self.spec.get("place"):
            text = self.localise(text)
        return text

    def localise(self, text: str) -> str:
        place = self.spec["place"]
        return text.replace("全国各族人民", f"全{place}人民").replace("各级政府", f"全{place}各级政府")

    def heading(self, topic: str) -> str:
        table = HEADINGS[topic]
        return self.x.expand(self.rng.choice(table.get("*", []) + table.get(self.era, [])))

    def plan(self):
        """Sections as (heading, [(subheading or None, topic, share)]), in reading order."""
        kind = self.spec["kind"]
        mix = TOPIC_MIX[kind]
        total = sum(mix.values())
        if kind in ("national", "local"):
            inner = [t for t in mix if t not in ("law", "unity", "theory")]
            sections = [(self.heading("review"), [(None, self.rng.choice(inner), 0.04) for _ in range(3)]
                         + [(None, t, 0.02) for t in inner])]
            tasks = [(self.heading(t), t, mix[t] / total * 0.8) for t in inner]
            if "theory" in mix:
                tasks.insert(0, (self.heading("theory"), "theory", mix["theory"] / total))
            sections.append((self.heading("tasks"), tasks))
            for t in ("law", "unity"):
                if t in mix:
                    sections.append((self.heading(t), [(None, t, mix[t] / total)]))
            return sections
        if kind == "congress":
            parts = [("congress_law", "law"), ("congress_watch", "congress"), ("congress_rep", "congress"),
                     ("congress_self", "theory")]
            sections = [(self.heading(h), [(None, t, 0.22), (None, "congress", 0.08)]) for h, t in parts]
            sections.insert(2, (self.heading("eco" if self.rng.random() < 0.5 else "econ"),
                                [(None, "eco", 0.06), (None, "econ", 0.06)]))
            return sections
        main = [(self.heading(kind), [(None, kind, mix[kind] / total / 3)]) for _ in range(3)]
        others = [(self.heading(t), [(None, t, mix[t] / total)]) for t in mix if t != kind]
        main[1:1] = others[:1]
        return main + others[1:]

    def compose(self):
        """The document as (header lines, [(level, text) blocks]); level 0 is a paragraph."""
        spec = self.spec
        kind = spec["kind"]
        blocks = []
        salutation = "各位代表：" if kind in ("national", "local", "congress") else "同志们："
        if kind == "national":
            opening = self.x.expand(self.rng.choice(OPENING.get(self.era, OPENING["*"])))
            opening = opening.replace("{省|市}", "").replace("国务院|", "")
        elif kind == "local":
            place = spec["place"]
            opening = (f"各位代表：\n\n现在，我代表{place}人民政府，向大会报告政府工作，请予审议，"
                       f"并请{place}政协委员和列席人员提出意见。")
        elif kind == "congress":
            opening = f"各位代表：\n\n我受{spec['place']}人民代表大会常务委员会委托，向大会报告工作，请予审议。"
        else:
            opening = salutation + "\n\n" + self.x.expand(
                f"这次{spec['occasion']}，是{{在新的形势下|在重要时刻|经过认真准备}}召开的一次{{重要会议|很重要的会议}}。"
                "{会议的主要任务是|这次会议的任务是}{总结|回顾}{过去的|几年来的}工作，{研究|部署}{今后的|下一阶段的}任务。"
                "{下面|现在}，我{讲几点意见|讲几个问题|谈几点意见}。")
        for line in opening.split("\n\n"):
            blocks.append((0, line))
        wanted = spec["length"]
        written = 0
        for number, (heading, parts) in enumerate(self.plan()):
            blocks.append((1, f"{NUMERALS[number]}、{heading}"))
            sub_number = 0
            for sub, topic, share in parts:
                if sub is not None:
                    blocks.append((2, f"（{NUMERALS[sub_number]}）{sub}"))
                    sub_number += 1
                goal = max(1, int(wanted * share))
                done = 0
                while done < goal:
                    text = self.paragraph(topic)
                    blocks.append((0, text))
                    done += len(text)
                written += done
        closing = self.x.expand(self.rng.choice(CLOSING.get(self.era, CLOSING["E6"])))
        if salutation == "同志们：":
            closing = closing.replace("各位代表！", "同志们！")
        blocks.append((0, closing))
        return blocks

    def file_name(self) -> str:
        spec = self.spec
        kind = spec["kind"]
        if kind == "local":
            slug = PLACE_SLUG[spec["place"]] + "-zhengfu-gongzuo-baogao"
        elif kind == "congress":
            slug = PLACE_SLUG[spec["place"]] + "-renda-changweihui-gongzuo-baogao"
        else:
            slug = SLUGS[kind]
        return f"{spec['date']}-{slug}.{spec['form']}"


def chinese_date(date: str) -> str:
    year, month, day = (int(p) for p in date.split("-"))

    def number(n):
        if n <= 10:
            return NUMERALS[n - 1]
        return ("" if n < 20 else NUMERALS[n // 10 - 1]) + "十" + (NUMERALS[n % 10 - 1] if n % 10 else "")
    return "".join(DIGITS[int(d)] for d in str(year)) + f"年{number(month)}月{number(day)}日"


def render(spec: dict, blocks: list) -> str:
    date = spec["date"]
    y, m, d = (int(p) for p in date.split("-"))
    if spec["form"] == "md":
        front = ["---", f"title: {spec['title']}", f"date: {date}", f"occasion: {spec['occasion']}"]
        if spec.get("speaker"):
            front.append(f"speaker: {spec['speaker'].replace(chr(0x3000), '')}")
        lines = front + ["---", ""]
        if spec["kind"] in ("national", "local", "congress"):
            lines += [f"——{y}年{m}月{d}日在{spec['occasion']}上", ""]
        for level, text in blocks:
            lines += [("#" * (level + 1) + " " if level else "") + text, ""]
        return "\n".join(lines)
    # Plain text as Word users save it: header block, then one paragraph per line, indented with U+3000.
    old = spec["year"] < 1990
    lines = [spec["title"], f"——{chinese_date(date) if old else f'{y}年{m}月{d}日'}在{spec['occasion']}上"]
    if spec.get("speaker"):
        lines.append(spec["speaker"])
    lines.append("")
    for level, text in blocks:
        lines.append(text if level or text.endswith("：") else "\u3000\u3000" + text)
    return "\n".join(lines) + "\n"


def main():
    out = pathlib.Path(__file__).resolve().parent.parent / "policy"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.*"):
        old.unlink()
    total = 0
    for index, spec in enumerate(DOCUMENTS):
        composer = Composer(spec, seed=15_000 + index)
        text = render(spec, composer.compose())
        name = composer.file_name()
        (out / name).write_text(text, encoding="utf-8")
        total += len(text)
        print(f"{name}\t{len(text)}", file=sys.stderr)
    print(f"{len(DOCUMENTS)} documents, {total} characters", file=sys.stderr)


if __name__ == "__main__":
    main()
