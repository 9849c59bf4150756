"""Text normalisation shared by training and scoring.

Scammers write "h1gh p@y", "f r e e  v i s a", Cyrillic "а" for Latin "a" and zero-width spaces inside words to slip
past filters. The model should see the plain words, and the obfuscation should be kept as evidence (a signal), as
mail filters such as rspamd and SpamAssassin do. Steps, in order:

1. Unicode NFKC (full-width forms, ligatures, compatibility characters), then lower case.
2. One character table: drop invisible characters (U+200B, U+200C, U+2060, U+FEFF, U+00AD; U+200D is kept for
   emoji), fold Cyrillic/Greek look-alikes to Latin, fold Traditional Chinese characters to Simplified (OpenCC's
   character table), so one model serves Taiwan, Hong Kong, Macau and the mainland.
3. Collapse spaced-out letters ("f r e e" -> "free").
4. Undo leetspeak inside words ("h1gh" -> "high", "p@y" -> "pay", "fr33" -> "free").
5. Collapse whitespace.

Two entry points give the same text: :func:`normalize` (fast, whole-string, for batch scoring) and
:func:`normalize_with_offsets` (keeps, for every output character, the index of the input character it came from,
so explanations can highlight the original words).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: Bumped whenever the output of :func:`normalize` changes; stored in the model manifest.
NORMALIZER_VERSION = "2"

INVISIBLE = "\u200b\u200c\u2060\ufeff\u00ad"

# Cross-script look-alikes that NFKC leaves alone (lower case, after NFKC + lower()).
HOMOGLYPHS = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "ɡ": "g", "ο": "o", "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "ѵ": "v", "һ": "h", "ӏ": "l",
}  # fmt: skip

LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
#: Words that scammers obfuscate; a leet token that folds to one of them is folded even at a word's edge.
LURE_WORDS = frozenset(
    [
        "free",
        "visa",
        "salary",
        "high",
        "pay",
        "money",
        "cash",
        "easy",
        "job",
        "jobs",
        "work",
        "online",
        "telegram",
        "whatsapp",
        "wechat",
        "line",
        "flight",
        "flights",
        "ticket",
        "hotel",
        "casino",
        "bonus",
        "commission",
        "deposit",
        "passport",
        "bank",
        "earn",
        "income",
        "daily",
        "weekly",
        "monthly",
        "urgent",
        "hiring",
        "thailand",
        "bangkok",
        "myanmar",
        "cambodia",
        "dubai",
        "apply",
        "contact",
        "agent",
        "model",
        "casting",
        "actor",
        "crypto",
        "usdt",
        "task",
        "tasks",
        "review",
        "reviews",
        "order",
        "orders",
        "typing",
        "translator",
        "customer",
        "service",
        "marketing",
        "no",
        "experience",
        "needed",
        "required",
        "welcome",
    ]
)

#: Invisible characters *inside* a word are obfuscation; a BOM at the start or a soft hyphen is typography.
_HIDDEN_INSIDE_WORD = re.compile(r"\w[\u200b\u200c\u2060\ufeff]+\w")
_CYRILLIC_OR_GREEK = re.compile(r"[\u0370-\u052f\u0261]")
_MIXED_SCRIPT_WORD = re.compile(r"(?=\w*[a-z])(?=\w*[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u0261])\w+")
_SPACED_LETTERS = re.compile(r"(?<![\w@$])(?:[a-z][ .\-_*]){2,}[a-z](?![\w@$])")
_LEET_CANDIDATE = re.compile(r"(?<![\w@$])(?=[a-z0-9@$]*[a-z])(?=[a-z]*[0-9@$])[a-z0-9@$]+(?![\w@$])")
_LEET_INNER = re.compile(r"[a-z][013457@$]+[a-z]")
_NON_LEET_DIGIT = re.compile(r"[2689]")


@dataclass(frozen=True)
class Normalized:
    """Normalised text, what was undone to get it, and (optionally) where each character came from."""

    text: str
    evidence: frozenset[str]
    offsets: tuple[int, ...] | None = None

    def original_span(self, start: int, end: int, original: str) -> tuple[int, int]:
        """Map ``[start, end)`` of the normalised text to the smallest covering span of ``original``."""
        if self.offsets is None:
            raise ValueError("offsets were not kept: use normalize_with_offsets()")
        if not 0 <= start < end <= len(self.offsets):
            raise ValueError(f"span {start}:{end} is outside the normalised text")
        first, last = self.offsets[start], self.offsets[end - 1] + 1
        while last < len(original) and unicodedata.combining(original[last]):
            last += 1  # a base character and its combining marks stay together
        return first, last


@functools.lru_cache(maxsize=1)
def _char_table() -> dict[int, str | None]:
    """The one translation table: drop invisibles, fold homoglyphs and Traditional -> Simplified characters."""
    import opencc

    table: dict[int, str | None] = {ord(c): None for c in INVISIBLE}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        traditional, simplified = line.split("\t")
        target = simplified.split(" ")[0]
        if len(traditional) == 1 and len(target) == 1 and traditional != target:
            table[ord(traditional)] = target
    table.update({ord(k): v for k, v in HOMOGLYPHS.items()})
    return table


def _collapse_spaced(match: re.Match[str]) -> str:
    return match.group(0)[::2]


def _fold_leet(match: re.Match[str]) -> str:
    token = match.group(0)
    if _NON_LEET_DIGIT.search(token) or sum(c.isalpha() for c in token) < 2:
        return token
    if "@" in token and match.string[match.end() : match.end() + 1] in (".", "-"):
        return token  # an e-mail address (hr@company.com), not "p@y"
    folded = token.translate(LEET)
    # "h1gh", "v1sa", "p@y", "fr33": fold; "w3c", "mp3", "24h": leave alone.
    if folded in LURE_WORDS or (_LEET_INNER.search(token) and sum(c.isalpha() for c in token) >= 3):
        return folded
    return token


def _evidence(nfkc_lower: str, original: str) -> set[str]:
    found = set()
    if any(c in original for c in INVISIBLE) and _HIDDEN_INSIDE_WORD.search(original):
        found.add("zero_width")
    if _CYRILLIC_OR_GREEK.search(nfkc_lower) and _MIXED_SCRIPT_WORD.search(nfkc_lower):
        found.add("homoglyph")
    return found


_REGEX_STEPS: tuple[tuple[str, re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    ("spaced_letters", _SPACED_LETTERS, _collapse_spaced),
    ("leetspeak", _LEET_CANDIDATE, _fold_leet),
)


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for the model (fast path, no offsets)."""
    lowered = unicodedata.normalize("NFKC", text).lower()
    evidence = _evidence(lowered, text)
    # Pure ASCII has nothing the table changes (no invisibles, look-alikes or Chinese): skip the per-character pass.
    folded = lowered if lowered.isascii() else lowered.translate(_char_table())
    for name, pattern, replace in _REGEX_STEPS:
        changed = pattern.sub(replace, folded)
        if changed != folded:
            evidence.add(name)
            folded = changed
    return Normalized(" ".join(folded.split()), frozenset(evidence))


def normalize_with_offsets(text: str) -> Normalized:
    """Normalise ``text`` keeping, for every output character, the index of the input character it came from."""
    chars: list[str] = []
    origin: list[int] = []
    for start, cluster in _clusters(text):
        for c in unicodedata.normalize("NFKC", cluster).lower():
            chars.append(c)
            origin.append(start)
    lowered = "".join(chars)
    evidence = _evidence(lowered, text)
    table = _char_table()
    folded_chars: list[str] = []
    folded_origin: list[int] = []
    for c, o in zip(chars, origin):
        mapped = table.get(ord(c), c)
        if mapped:
            folded_chars.append(mapped)
            folded_origin.append(o)
    current, positions = "".join(folded_chars), folded_origin
    for name, pattern, replace in _REGEX_STEPS:
        changed, changed_positions = _sub_with_offsets(pattern, replace, current, positions)
        if changed != current:
            evidence.add(name)
        current, positions = changed, changed_positions
    out: list[str] = []
    out_positions: list[int] = []
    for c, o in zip(current, positions):
        if c.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                out_positions.append(o)
        else:
            out.append(c)
            out_positions.append(o)
    if out and out[-1] == " ":
        out.pop()
        out_positions.pop()
    return Normalized("".join(out), frozenset(evidence), tuple(out_positions))


def _clusters(text: str):
    """Yield (start index, base character plus its combining marks): NFKC composes within a cluster."""
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        yield i, text[i:j]
        i = j


def _sub_with_offsets(
    pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str], text: str, positions: list[int]
) -> tuple[str, list[int]]:
    out: list[str] = []
    out_pos: list[int] = []
    last = 0
    for match in pattern.finditer(text):
        out.append(text[last : match.start()])
        out_pos.extend(positions[last : match.start()])
        replacement = replace(match)
        span = positions[match.start() : match.end()]
        out.append(replacement)
        if len(replacement) == len(span):
            out_pos.extend(span)
        elif replacement == match.group(0)[::2]:
            out_pos.extend(span[::2])
        else:
            out_pos.extend(span[min(k, len(span) - 1)] for k in range(len(replacement)))
        last = match.end()
    out.append(text[last:])
    out_pos.extend(positions[last:])
    return "".join(out), out_pos
