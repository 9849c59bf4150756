"""Lure-pattern job-ad generator: phrase banks → ``data/synthetic_ads.csv``.

The engine reads the per-language phrase banks in ``training/phrasebanks/`` (format: that folder's README) and
renders them into labelled ads. Nothing here runs at import time.

Vocabulary
    *source*    one spintax string of a slot (``[a|b [c|d]]`` alternatives, ``{name}`` FILLERS values).
    *template*  (lang, family, label, layout index); ``template_id`` like ``en-overseas_high_pay-1-03``. Traditional
                Chinese templates (``zh-Hant-...``) are derived from the ``zh`` layouts, rendered from the ``zh``
                bank and converted with OpenCC ``s2t``; each is its own template (its own group).

Split (the rule training and evaluation share; ``data/SPLIT.md`` restates it, this code is the source of truth)
    * Every template belongs to exactly one split. Within each (lang, family, label) cell the templates are
      ordered by ``sha256(template_id)``; the first ``n_test`` go to test, the next ``n_val`` to val, the rest
      to train, with ``n_test = n_val = max(1, round(0.15 n))`` for ``n >= 3``. A cell with 2 templates gets
      train + test (no val), a cell with 1 template is train only; a cell therefore always has a train template.
      With the English bank's 7 layouts per cell that is 5/1/1 templates (≈71/14/14 % of rows).
    * Slot sources are partitioned too: source index ``i`` of a slot belongs to test if ``i % 6 == 5``, to val
      if ``i % 6 == 4``, else to train, and a template draws only from its own split's partition (a slot with
      6 sources gives 4/1/1). FILLERS values are shared by all splits (they are names, amounts, handles).
      Together these keep near-duplicate phrasings from crossing the split.

Rendering
    formal register: the first slot is a title line, the others paragraphs / lines / bullets / "Heading:" + bullet
    list (style chosen per row). chat register: one or two lines, emoji, ALL-CAPS words. Then row-level noise:
    typos (letter swaps / drops in Latin words), casing, punctuation, and obfuscation on ≈15 % of scam rows and
    ≈2 % of genuine rows (spaced letters, Cyrillic homoglyphs, zero-width characters, leetspeak), which adds the
    ``obfuscation`` signal. Exact duplicate texts are dropped (first kept).

Determinism: one ``random.Random`` per template, seeded from ``sha256(f"{seed}:{template_id}")``; same seed and
same banks → byte-identical CSV (``csv_bytes``).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import importlib.util
import os
import random
import re
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pandas as pd

from jobscam.config import DATA_DIR
from jobscam.signals import SIGNAL_NAMES

BANK_LANGS: tuple[str, ...] = ("en", "zh", "th", "vi", "id")
#: Output languages in row order; ``zh-Hant`` is derived from ``zh``.
LANGS: tuple[str, ...] = ("en", "zh", "zh-Hant", "th", "vi", "id")
FAMILIES: tuple[str, ...] = (
    "overseas_high_pay",
    "all_expenses_paid",
    "acting_modelling",
    "casino_gambling",
    "task_scam",
    "advance_fee",
    "classic_online",
)
SIGNALS: tuple[str, ...] = SIGNAL_NAMES  # one vocabulary for the dataset, the detectors and the page
ENGINE_SIGNALS = frozenset({"obfuscation"})
LABELS: tuple[int, ...] = (1, 0)
REGISTERS = frozenset({"formal", "chat"})
SPLITS: tuple[str, ...] = ("train", "val", "test")
COLUMNS: list[str] = ["id", "text", "label", "lang", "family", "template_id", "signals", "source", "split"]

DEFAULT_SEED = 20250117
#: Rows rendered per template before de-duplication (zh-Hant templates render half as many).
ROWS_PER_TEMPLATE = 75
HANT_ROW_FRACTION = 0.5
MIN_SOURCES = 6
MIN_FILLERS = 6
MIN_LAYOUTS = 4
SCAM_OBFUSCATION_RATE = 0.15
GENUINE_OBFUSCATION_RATE = 0.02
TYPO_RATE = 0.25
OPTIONAL_SLOT_RATE = 0.5
#: A rendered slot string may appear in at most this share of its family's expected rows; a slot is re-drawn
#: (up to ``MAX_REDRAWS`` times) when its string is used up, and the row is skipped if that fails. This keeps
#: any one phrasing from dominating a family even when a bank's source has little spintax.
MAX_SLOT_SHARE = 0.015
MAX_REDRAWS = 12
SYNTHETIC_FILE = "synthetic_ads.csv"
_PACKAGE = "jobscam.training.phrasebanks"


class BankError(ValueError):
    """A phrase bank does not follow the documented format."""


class SpintaxError(ValueError):
    """Unbalanced ``[...]`` in a spintax string."""


# --------------------------------------------------------------------------------------------------- spintax

_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
# Compiled form: a sequence is a tuple of items; an item is a str, ("alt", (seq, ...)) or ("ph", name).
Seq = tuple


def parse_spintax(text: str) -> Seq:
    """Parse ``[a|b [c|d]]`` alternatives and ``{name}`` placeholders into a small tree (see ``render_spintax``)."""
    pos = 0

    def seq(top: bool) -> Seq:
        nonlocal pos
        items: list[Any] = []
        buf: list[str] = []

        def flush() -> None:
            if buf:
                items.append("".join(buf))
                buf.clear()

        while pos < len(text):
            ch = text[pos]
            if ch == "[":
                flush()
                pos += 1
                alts = [seq(False)]
                while pos < len(text) and text[pos] == "|":
                    pos += 1
                    alts.append(seq(False))
                if pos >= len(text) or text[pos] != "]":
                    raise SpintaxError(f"unclosed '[' in {text!r}")
                pos += 1
                items.append(("alt", tuple(alts)))
            elif ch == "]":
                if top:
                    raise SpintaxError(f"unmatched ']' at {pos} in {text!r}")
                break
            elif ch == "|" and not top:
                break
            elif ch == "{" and (m := _PLACEHOLDER.match(text, pos)):
                flush()
                items.append(("ph", m.group(1)))
                pos = m.end()
            else:
                buf.append(ch)
                pos += 1
        flush()
        return tuple(items)

    return seq(True)


def placeholders(tree: Seq) -> set[str]:
    """Names of the ``{placeholders}`` anywhere in a parsed spintax tree."""
    out: set[str] = set()
    for item in tree:
        if isinstance(item, str):
            continue
        if item[0] == "ph":
            out.add(item[1])
        else:
            for alt in item[1]:
                out |= placeholders(alt)
    return out


def render_spintax(
    tree: Seq,
    rng: random.Random,
    fillers: dict[str, list[Seq]],
    _depth: int = 0,
    memo: dict[str, str] | None = None,
) -> str:
    """Render a parsed tree: one random alternative per ``[...]``, one random FILLERS value per ``{name}``.

    With ``memo`` (one per ad), a placeholder keeps the value it first got, so an ad names one company, one
    handle and one city throughout.
    """
    if _depth > 8:
        raise SpintaxError("FILLERS values nest placeholders more than 8 deep (a cycle?)")
    out: list[str] = []
    for item in tree:
        if isinstance(item, str):
            out.append(item)
        elif item[0] == "alt":
            out.append(render_spintax(rng.choice(item[1]), rng, fillers, _depth, memo))
        elif memo is not None and item[1] in memo:
            out.append(memo[item[1]])
        else:
            value = render_spintax(rng.choice(fillers[item[1]]), rng, fillers, _depth + 1, memo)
            if memo is not None:
                memo[item[1]] = value
            out.append(value)
    return "".join(out)


def spin(text: str, rng: random.Random, fillers: dict[str, list[str]] | None = None) -> str:
    """Convenience: parse and render one spintax string."""
    compiled = {k: [parse_spintax(v) for v in vs] for k, vs in (fillers or {}).items()}
    return render_spintax(parse_spintax(text), rng, compiled)


# --------------------------------------------------------------------------------------------------- banks


def enabled_langs() -> tuple[str, ...]:
    """Bank languages to use: all of :data:`BANK_LANGS`, or the comma list in ``$JOBSCAM_BANKS`` (for working
    while another bank is half-written, e.g. ``JOBSCAM_BANKS=en,zh``)."""
    env = os.environ.get("JOBSCAM_BANKS", "").strip()
    if not env:
        return BANK_LANGS
    wanted = {x.strip() for x in env.split(",") if x.strip()}
    unknown = wanted - set(BANK_LANGS)
    if unknown:
        raise BankError(
            f"JOBSCAM_BANKS names unknown bank(s) {sorted(unknown)}; known: {', '.join(BANK_LANGS)}"
        )
    return tuple(lang for lang in BANK_LANGS if lang in wanted)


def load_banks(langs: tuple[str, ...] | None = None) -> dict[str, ModuleType]:
    """Import and validate every phrase bank present among ``langs`` (default :func:`enabled_langs`); missing
    modules are skipped, a present but invalid one raises :class:`BankError`."""
    langs = enabled_langs() if langs is None else langs
    banks: dict[str, ModuleType] = {}
    for lang in langs:
        name = f"{_PACKAGE}.{lang}"
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        validate_bank(module, lang)
        banks[lang] = module
    if not banks:
        raise BankError(f"no phrase bank found among {langs} in {_PACKAGE}")
    return banks


def missing_banks() -> list[str]:
    """Bank modules not (yet) present or not enabled (``$JOBSCAM_BANKS``), e.g. ``['th', 'vi']``."""
    enabled = enabled_langs()
    return [
        lang
        for lang in BANK_LANGS
        if lang not in enabled or importlib.util.find_spec(f"{_PACKAGE}.{lang}") is None
    ]


def validate_bank(bank: Any, expected_lang: str | None = None) -> None:
    """Raise :class:`BankError` listing every format problem of a phrase bank (module or namespace)."""
    problems: list[str] = []
    where = getattr(bank, "__name__", repr(bank))
    lang = getattr(bank, "LANG", None)
    fillers = getattr(bank, "FILLERS", None)
    families = getattr(bank, "FAMILIES", None)
    if not isinstance(lang, str) or (expected_lang is not None and lang != expected_lang):
        problems.append(f"LANG is {lang!r}, expected {expected_lang!r}")
    if not isinstance(fillers, dict):
        problems.append("FILLERS must be a dict name -> list of strings")
        fillers = {}
    if not isinstance(families, dict):
        problems.append("FAMILIES must be a dict family -> {1: {...}, 0: {...}}")
        families = {}

    def check_source(text: Any, ctx: str) -> None:
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{ctx}: not a non-empty string: {text!r}")
            return
        try:
            tree = parse_spintax(text)
        except SpintaxError as exc:
            problems.append(f"{ctx}: {exc}")
            return
        for ph in sorted(placeholders(tree) - set(fillers)):
            problems.append(f"{ctx}: placeholder {{{ph}}} has no FILLERS entry")

    for key, values in fillers.items():
        if not isinstance(key, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", key):
            problems.append(f"FILLERS key {key!r} is not lower_snake")
        if not isinstance(values, list | tuple) or len(values) < MIN_FILLERS:
            n = len(values) if isinstance(values, list | tuple) else "no"
            problems.append(f"FILLERS[{key!r}] has {n} values, needs at least {MIN_FILLERS}")
            continue
        for i, value in enumerate(values):
            check_source(value, f"FILLERS[{key!r}][{i}]")

    for family in sorted(set(FAMILIES) - set(families)):
        problems.append(f"family {family!r} missing")
    seen_sources: dict[str, str] = {}
    reused: list[str] = []
    for family, by_label in families.items():
        if family not in FAMILIES:
            problems.append(f"unknown family {family!r} (known: {', '.join(FAMILIES)})")
            continue
        if not isinstance(by_label, dict) or set(by_label) != set(LABELS):
            problems.append(f"{family}: needs exactly the labels 1 and 0, has {sorted(by_label or {})}")
            continue
        for label, cell in by_label.items():
            ctx = f"{family}/{label}"
            slots = cell.get("slots", {}) if isinstance(cell, dict) else {}
            layouts = cell.get("layouts", []) if isinstance(cell, dict) else []
            slot_signals = cell.get("slot_signals", {}) if isinstance(cell, dict) else {}
            if not slots:
                problems.append(f"{ctx}: no slots")
            for slot, sources in slots.items():
                if not isinstance(sources, list | tuple) or len(sources) < MIN_SOURCES:
                    n = len(sources) if isinstance(sources, list | tuple) else "no"
                    problems.append(f"{ctx}: slot {slot!r} has {n} sources, needs at least {MIN_SOURCES}")
                    continue
                for i, source in enumerate(sources):
                    check_source(source, f"{ctx}: slot {slot!r}[{i}]")
                    if isinstance(source, str):
                        other = seen_sources.setdefault(source, ctx)
                        if other != ctx:
                            reused.append(f"{other} & {ctx}: {source[:50]!r}")
            for slot, sigs in slot_signals.items():
                if slot not in slots:
                    problems.append(f"{ctx}: slot_signals names unknown slot {slot!r}")
                for sig in sigs:
                    if sig not in SIGNALS:
                        problems.append(f"{ctx}: slot {slot!r}: unknown signal {sig!r}")
                    elif sig in ENGINE_SIGNALS:
                        problems.append(f"{ctx}: slot {slot!r}: signal {sig!r} is added by the engine only")
            if len(layouts) < MIN_LAYOUTS:
                problems.append(f"{ctx}: {len(layouts)} layouts, needs at least {MIN_LAYOUTS}")
            registers = set()
            for j, layout in enumerate(layouts):
                reg = layout.get("register") if isinstance(layout, dict) else None
                if reg not in REGISTERS:
                    problems.append(f"{ctx}: layout {j}: register {reg!r} not in {sorted(REGISTERS)}")
                registers.add(reg)
                names = layout.get("slots", []) if isinstance(layout, dict) else []
                if not names:
                    problems.append(f"{ctx}: layout {j}: no slots")
                for name in names:
                    if name.rstrip("?") not in slots:
                        problems.append(f"{ctx}: layout {j}: unknown slot {name!r}")
            if layouts and not registers >= REGISTERS:
                problems.append(
                    f"{ctx}: layouts must include both registers, have {sorted(map(str, registers))}"
                )
    if reused:  # the README asks writers not to reuse a source across families; a warning, not an error
        warnings.warn(
            f"{where}: {len(reused)} source(s) reused across cells, e.g. " + "; ".join(reused[:3]),
            stacklevel=3,
        )
    if problems:
        raise BankError(f"{where}: {len(problems)} problem(s):\n  - " + "\n  - ".join(problems))


# --------------------------------------------------------------------------------------------------- templates


@dataclass(frozen=True)
class Template:
    lang: str  # output language (zh-Hant for converted zh)
    bank: str  # bank language the text comes from
    family: str
    label: int
    layout: int
    register: str
    slots: tuple[tuple[str, bool], ...]  # (slot name, optional)
    template_id: str
    split: str = "train"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def split_counts(n: int) -> tuple[int, int, int]:
    """(train, val, test) templates for a cell of ``n`` templates (see the module docstring)."""
    if n <= 1:
        return n, 0, 0
    if n == 2:
        return 1, 0, 1
    k = max(1, round(0.15 * n))
    return n - 2 * k, k, k


def source_split(index: int) -> str:
    """Which split's templates may draw slot source ``index``."""
    r = index % 6
    return "test" if r == 5 else "val" if r == 4 else "train"


def build_templates(banks: dict[str, ModuleType]) -> list[Template]:
    """All templates of the given banks, in output order, each with its split."""
    raw: list[Template] = []
    for lang in LANGS:
        bank_lang = "zh" if lang == "zh-Hant" else lang
        if bank_lang not in banks:
            continue
        families = banks[bank_lang].FAMILIES
        for family in FAMILIES:
            for label in LABELS:
                for j, layout in enumerate(families[family][label]["layouts"]):
                    slots = tuple((s.rstrip("?"), s.endswith("?")) for s in layout["slots"])
                    tid = f"{lang}-{family}-{label}-{j:02d}"
                    raw.append(Template(lang, bank_lang, family, label, j, layout["register"], slots, tid))
    cells: dict[tuple[str, str, int], list[Template]] = {}
    for t in raw:
        cells.setdefault((t.lang, t.family, t.label), []).append(t)
    split_of: dict[str, str] = {}
    for members in cells.values():
        n_train, n_val, n_test = split_counts(len(members))
        ordered = sorted(members, key=lambda t: _sha(t.template_id))
        for i, t in enumerate(ordered):
            split_of[t.template_id] = "test" if i < n_test else "val" if i < n_test + n_val else "train"
    return [
        Template(
            t.lang,
            t.bank,
            t.family,
            t.label,
            t.layout,
            t.register,
            t.slots,
            t.template_id,
            split_of[t.template_id],
        )
        for t in raw
    ]


# --------------------------------------------------------------------------------------------------- rendering

EMOJI = [
    "🔥",
    "💰",
    "✈️",
    "✅",
    "📲",
    "💯",
    "⭐",
    "🌏",
    "👉",
    "📩",
    "🚀",
    "💵",
    "🎉",
    "‼️",
    "🙏",
    "😊",
    "📌",
    "⚡",
]
BULLETS = ["- ", "• ", "* ", "▪ ", "✔ ", "> "]
ZERO_WIDTH = ["\u200b", "\u200c", "\ufeff"]
HOMOGLYPHS = {
    "a": "а",
    "e": "е",
    "o": "о",
    "p": "р",
    "c": "с",
    "x": "х",
    "A": "А",
    "E": "Е",
    "O": "О",
    "P": "Р",
}
HOMOGLYPHS.update({"C": "С", "X": "Х"})
LEET = {"a": ["4", "@"], "e": ["3"], "i": ["1", "!"], "o": ["0"], "s": ["5", "$"], "t": ["7"], "g": ["9"]}
OBFUSCATION_TARGETS = frozenset(
    [
        "free",
        "visa",
        "flight",
        "ticket",
        "salary",
        "pay",
        "high",
        "money",
        "cash",
        "bonus",
        "commission",
        "deposit",
        "telegram",
        "whatsapp",
        "wechat",
        "line",
        "urgent",
        "hiring",
        "job",
        "work",
        "casino",
        "dealer",
        "earn",
        "income",
        "daily",
        "weekly",
        "passport",
        "fee",
        "contact",
        "apply",
        "model",
        "casting",
        "thailand",
        "myanmar",
        "cambodia",
        "dubai",
        "training",
        "agent",
        "task",
        "order",
        "review",
        "usdt",
        "crypto",
    ]
)
_LATIN_WORD = re.compile(r"(?<![\w@#./:])[A-Za-z][a-z]{2,}(?![\w@/])")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,6}")
_THAI_RUN = re.compile(r"[\u0e00-\u0e7f]{3,12}")
_HEADING = re.compile(r"^([^\n:：]{1,39}[^\d\n:：])[:：](?!//)\s*(.+)$", re.S)
_ITEM_SPLIT = re.compile(r"\s*[;；]\s*")


def _assemble_formal(parts: list[str], rng: random.Random) -> str:
    if not parts:
        return ""
    style = rng.choice(["paragraphs", "lines", "bullets", "headed", "headed"])
    bullet = rng.choice(BULLETS)
    title, body = parts[0], parts[1:]
    if rng.random() < 0.15:
        title = title.upper()
    out: list[str] = []
    for part in body:
        if style == "bullets":
            out.append(bullet + part)
        elif style == "headed" and (m := _HEADING.match(part)):
            items = [i for i in _ITEM_SPLIT.split(m.group(2).strip()) if i]
            head = m.group(1).strip()
            if len(items) > 1:
                out.append(head + ":\n" + "\n".join(bullet + i.rstrip(".。") for i in items))
            else:
                out.append(head + ":\n" + items[0] if items else head + ":")
        else:
            out.append(part)
    sep = "\n" if style in ("lines", "bullets") else "\n\n"
    return (title + rng.choice(["\n\n", "\n"]) + sep.join(out)).strip()


def _assemble_chat(parts: list[str], rng: random.Random) -> str:
    joiner = rng.choice([" ", " ", " ", "  ", " | ", " ✅ ", " 👉 ", ". "])
    if len(parts) >= 3 and rng.random() < 0.4:
        cut = rng.randint(1, len(parts) - 1)
        text = joiner.join(parts[:cut]) + "\n" + joiner.join(parts[cut:])
    else:
        text = joiner.join(parts)
    if rng.random() < 0.6:
        text = "".join(rng.choices(EMOJI, k=rng.randint(1, 3))) + " " + text
    if rng.random() < 0.45:
        text = text + " " + "".join(rng.choices(EMOJI, k=rng.randint(1, 3)))
    return text


def _caps(text: str, rng: random.Random, register: str) -> str:
    words = list(_LATIN_WORD.finditer(text))
    if not words or rng.random() > (0.4 if register == "chat" else 0.08):
        return text
    for m in sorted(rng.sample(words, k=min(len(words), rng.randint(1, 3))), key=lambda m: -m.start()):
        text = text[: m.start()] + m.group(0).upper() + text[m.end() :]
    return text


def _typos(text: str, rng: random.Random) -> str:
    if rng.random() > TYPO_RATE:
        return text
    words = [m for m in _LATIN_WORD.finditer(text) if len(m.group(0)) >= 4]
    if not words:
        return text
    for m in sorted(rng.sample(words, k=min(len(words), rng.randint(1, 2))), key=lambda m: -m.start()):
        w = m.group(0)
        i = rng.randint(1, len(w) - 2)
        w = w[:i] + w[i + 1 :] if rng.random() < 0.5 else w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        text = text[: m.start()] + w + text[m.end() :]
    return text


def _punctuation(text: str, rng: random.Random, register: str) -> str:
    r = rng.random()
    if register == "chat" and r < 0.3:
        return text.replace("!", rng.choice(["!!", "!!!", "!"]))
    if r < 0.4:
        return text.rstrip(".。")
    if r < 0.5 and ". " in text:
        return text.replace(". ", rng.choice(["! ", " - ", ". "]), 1)
    return text


def _pick_words(text: str, rng: random.Random, k: int, latin_only: bool = True) -> list[re.Match]:
    words = list(_LATIN_WORD.finditer(text))
    preferred = [m for m in words if m.group(0).lower() in OBFUSCATION_TARGETS]
    pool = preferred or words
    if not latin_only and not pool:
        runs = list(_CJK_RUN.finditer(text)) + list(_THAI_RUN.finditer(text))
        pool = [m for m in runs if len(_clusters(m.group(0))) >= 3]  # "高 薪 招 聘": a visible spaced run
    if not pool:
        return []
    return sorted(rng.sample(pool, k=min(k, len(pool))), key=lambda m: -m.start())


def _clusters(word: str) -> list[str]:
    """Split into base character + combining marks (so Thai vowels and tone marks stay on their consonant)."""
    out: list[str] = []
    for ch in word:
        if out and unicodedata.category(ch) in ("Mn", "Mc"):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _obf_spaced(text: str, rng: random.Random) -> str:
    for m in _pick_words(text, rng, rng.randint(1, 2), latin_only=False):
        text = text[: m.start()] + " ".join(_clusters(m.group(0))) + text[m.end() :]
    return text


def _obf_homoglyph(text: str, rng: random.Random) -> str:
    for m in _pick_words(text, rng, rng.randint(1, 3)):
        w = "".join(HOMOGLYPHS.get(c, c) if rng.random() < 0.7 else c for c in m.group(0))
        text = text[: m.start()] + w + text[m.end() :]
    return text


def _obf_zero_width(text: str, rng: random.Random) -> str:
    for m in _pick_words(text, rng, rng.randint(1, 3), latin_only=False):
        chars = _clusters(m.group(0))
        if len(chars) < 2:  # a one-cluster word (Thai "ที่") has no inside
            continue
        i = rng.randint(1, len(chars) - 1)
        chars.insert(i, rng.choice(ZERO_WIDTH))
        text = text[: m.start()] + "".join(chars) + text[m.end() :]
    return text


def _obf_leet(text: str, rng: random.Random) -> str:
    for m in _pick_words(text, rng, rng.randint(1, 3)):
        w = m.group(0)
        chars = [rng.choice(LEET[c.lower()]) if c.lower() in LEET and rng.random() < 0.7 else c for c in w]
        text = text[: m.start()] + "".join(chars) + text[m.end() :]
    return text


def obfuscate(text: str, rng: random.Random) -> str:
    """Apply one or two obfuscation methods that fit the script; always changes the text."""
    has_latin = bool(_LATIN_WORD.search(text))
    methods = [_obf_zero_width]
    if has_latin:
        methods += [_obf_spaced, _obf_homoglyph, _obf_leet]
    elif _CJK_RUN.search(text) or _THAI_RUN.search(text):
        methods += [_obf_spaced]
    out = text
    for method in rng.sample(methods, k=min(len(methods), rng.choice([1, 1, 2]))):
        out = method(out, rng)
    if out == text:  # e.g. leet on a word with no mappable letters
        pos = rng.randint(1, max(1, len(text) - 1))
        out = text[:pos] + rng.choice(ZERO_WIDTH) + text[pos:]
    return out


# --------------------------------------------------------------------------------------------------- generate


def _compile_bank(bank: ModuleType) -> tuple[dict[str, list[Seq]], dict]:
    fillers = {k: [parse_spintax(v) for v in vs] for k, vs in bank.FILLERS.items()}
    slots: dict = {}
    for family, by_label in bank.FAMILIES.items():
        for label, cell in by_label.items():
            for slot, sources in cell["slots"].items():
                slots[(family, label, slot)] = [(i, parse_spintax(s)) for i, s in enumerate(sources)]
    return fillers, slots


def _render_template(
    t: Template, bank: ModuleType, compiled, n_rows: int, seed: int, converter, used: Counter, cap: int
) -> list[dict]:
    fillers, slot_sources = compiled
    cell = bank.FAMILIES[t.family][t.label]
    slot_signals = cell.get("slot_signals", {})
    pools = {
        name: [(i, tree) for i, tree in slot_sources[(t.family, t.label, name)] if source_split(i) == t.split]
        for name, _ in t.slots
    }
    # A slot with fewer sources than 6 cannot happen (validated), so every pool is non-empty.
    rng = random.Random(int(_sha(f"{seed}:{t.template_id}"), 16))
    obf_rate = SCAM_OBFUSCATION_RATE if t.label == 1 else GENUINE_OBFUSCATION_RATE
    rows = []
    for _ in range(n_rows):
        parts: list[tuple[str, int, str]] = []
        signals: set[str] = set()
        exhausted = False
        memo: dict[str, str] = {}
        for name, optional in t.slots:
            if optional and rng.random() < OPTIONAL_SLOT_RATE:
                continue
            for _attempt in range(MAX_REDRAWS):
                i, tree = rng.choice(pools[name])
                text = re.sub(r"[ \t]{2,}", " ", render_spintax(tree, rng, fillers, memo=memo)).strip()
                if converter is not None:
                    text = converter.convert(text)
                if used[text] < cap:
                    break
            else:
                exhausted = True
            parts.append((name, i, text))
            signals.update(slot_signals.get(name, ()))
        if exhausted:
            continue
        used.update({p[2] for p in parts})
        texts = [p[2] for p in parts]
        text = _assemble_formal(texts, rng) if t.register == "formal" else _assemble_chat(texts, rng)
        text = _caps(text, rng, t.register)
        text = _punctuation(text, rng, t.register)
        text = _typos(text, rng)
        clean = text
        if rng.random() < obf_rate:
            text = obfuscate(text, rng)
            signals.add("obfuscation")
        rows.append(
            {
                "text": text,
                "label": t.label,
                "lang": t.lang,
                "family": t.family,
                "template_id": t.template_id,
                "signals": ";".join(sorted(signals)),
                "source": "synthetic",
                "split": t.split,
                "parts": tuple(parts),
                "clean_text": clean,
            }
        )
    return rows


def generate(
    seed: int = DEFAULT_SEED,
    rows_per_template: int = ROWS_PER_TEMPLATE,
    banks: dict[str, ModuleType] | None = None,
    keep_parts: bool = False,
) -> pd.DataFrame:
    """Render every template of the present banks into a DataFrame with :data:`COLUMNS`.

    ``keep_parts=True`` adds ``parts`` (tuple of (slot, source index, rendered slot text)) and ``clean_text``
    (the text before obfuscation), for tests and diagnostics.
    """
    banks = load_banks() if banks is None else banks
    compiled = {lang: _compile_bank(bank) for lang, bank in banks.items()}
    templates = build_templates(banks)
    n_rows = {
        t.template_id: max(1, round(rows_per_template * HANT_ROW_FRACTION))
        if t.lang == "zh-Hant"
        else rows_per_template
        for t in templates
    }
    expected = Counter()
    for t in templates:
        expected[t.family] += n_rows[t.template_id]
    used = {family: Counter() for family in expected}
    converter = None
    rows: list[dict] = []
    for t in templates:
        conv = None
        if t.lang == "zh-Hant":
            if converter is None:
                from opencc import OpenCC

                converter = OpenCC("s2t")
            conv = converter
        cap = max(2, int(MAX_SLOT_SHARE * expected[t.family]))
        rows.extend(
            _render_template(
                t, banks[t.bank], compiled[t.bank], n_rows[t.template_id], seed, conv, used[t.family], cap
            )
        )
    df = pd.DataFrame(rows)
    df = df.drop_duplicates(subset="text", keep="first").reset_index(drop=True)
    df.insert(0, "id", [f"syn-{i:06d}" for i in range(1, len(df) + 1)])
    df["label"] = df["label"].astype(int)
    return df if keep_parts else df[COLUMNS]


def csv_bytes(df: pd.DataFrame) -> bytes:
    """Canonical CSV bytes of the table columns (UTF-8, ``\\n`` line endings, no index)."""
    return df[COLUMNS].to_csv(index=False, lineterminator="\n").encode("utf-8")


def write_generated(
    out_dir: str | Path = DATA_DIR,
    seed: int = DEFAULT_SEED,
    rows_per_template: int = ROWS_PER_TEMPLATE,
    banks: dict[str, ModuleType] | None = None,
) -> Path:
    """Write ``synthetic_ads.csv`` and ``synthetic_ads.csv.sha256`` (sha256sum format) into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data = csv_bytes(generate(seed=seed, rows_per_template=rows_per_template, banks=banks))
    path = out / SYNTHETIC_FILE
    path.write_bytes(data)
    (out / (SYNTHETIC_FILE + ".sha256")).write_bytes(
        f"{hashlib.sha256(data).hexdigest()}  {SYNTHETIC_FILE}\n".encode()
    )
    return path


# --------------------------------------------------------------------------------------------------- reports


def phrasing_report(df: pd.DataFrame) -> pd.DataFrame:
    """Per family: rows, templates, share of the most common exact text and of the most common rendered slot
    string (needs ``keep_parts=True`` output for the latter)."""
    out = []
    for family, g in df.groupby("family", sort=True):
        top_text = g["text"].value_counts().iloc[0] / len(g)
        row = {
            "family": family,
            "rows": len(g),
            "templates": g["template_id"].nunique(),
            "top_text_share": top_text,
        }
        if "parts" in g:
            counts = Counter(text for parts in g["parts"] for _, _, text in parts)
            slot_text, n = counts.most_common(1)[0]
            row.update(top_slot_share=n / len(g), top_slot_text=slot_text)
        out.append(row)
    return pd.DataFrame(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the phrase banks into data/synthetic_ads.csv.")
    parser.add_argument("--out-dir", default=str(DATA_DIR))
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--rows-per-template", type=int, default=ROWS_PER_TEMPLATE)
    args = parser.parse_args(argv)
    path = write_generated(args.out_dir, args.seed, args.rows_per_template)
    df = pd.read_csv(path, keep_default_na=False)
    print(f"wrote {path} ({len(df)} rows); missing banks: {missing_banks() or 'none'}")
    print(df.groupby(["family", "lang", "label"]).size().unstack(["lang", "label"], fill_value=0).to_string())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
