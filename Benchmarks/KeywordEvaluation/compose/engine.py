"""Expands the hand-written patterns of the policy corpus.

Pattern syntax (see README.md beside this file):
  {a|b|c}    one of the alternatives (nestable)
  $name$     an entry of lexicon `name` for the document's era (entries for every era included)
  <n:a-b>    a whole number between a and b;  <f:a-b> the same with one decimal
  <yr>       the document's year; <yr-1> the year before
"""
import random
import re

CHOICE = re.compile(r"\{([^{}]*)\}")
LEXICON = re.compile(r"\$([a-z_]+)\$")
NUMBER = re.compile(r"<(n|f):(\d+)-(\d+)>")
YEAR = re.compile(r"<yr(-\d+)?>")


class Expander:
    def __init__(self, rng: random.Random, era: str, year: int, lexicons: dict):
        self.rng = rng
        self.era = era
        self.year = year
        self.lexicons = lexicons

    def lexicon(self, name: str) -> list:
        table = self.lexicons[name]
        return table.get("*", []) + table.get(self.era, [])

    def expand(self, pattern: str) -> str:
        text = pattern
        for _ in range(8):  # lexicon entries may hold patterns themselves
            before = text
            while True:
                match = CHOICE.search(text)
                if not match:
                    break
                text = text[:match.start()] + self.rng.choice(match.group(1).split("|")) + text[match.end():]
            text = LEXICON.sub(lambda m: self.rng.choice(self.lexicon(m.group(1))), text)
            if text == before:
                break
        text = NUMBER.sub(self._number, text)
        text = YEAR.sub(lambda m: str(self.year + int(m.group(1) or 0)), text)
        return text

    def _number(self, match) -> str:
        low, high = int(match.group(2)), int(match.group(3))
        if match.group(1) == "n":
            return str(self.rng.randint(low, high))
        return f"{self.rng.uniform(low, high):.1f}"
