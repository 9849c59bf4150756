"""Rule-based lure signals: plain-language reasons why a job ad looks like a scam-compound lure.

The model scores an ad; these detectors explain it. Each detector looks for one pattern that recruiters for the
scam compounds of Myawaddy, KK Park, Shwe Kokko, Sihanoukville and the Golden Triangle use, in English, Chinese
(Traditional is folded to Simplified by the normaliser, so patterns are written once, in Simplified), Thai,
Vietnamese and Indonesian.

How a detector works
--------------------
A detector is a list of *clauses*; it fires when any clause holds. A clause holds when every one of its *parts*
matches the normalised text and none of its *unless* parts does (used for "no named employer"). A part is one
regular expression, optionally with a context rule: a match is thrown away when the few characters just before it
(or just after it) say the opposite ("no deposit", "visa fees are covered by the company", "押金全免"), or kept only
when a word it needs stands just before it (月薪 before a figure, 发 before 护照). Latin-script words get letter
boundaries, which also work next to Chinese or Thai.

Speed (the batch path must handle thousands of 1,500-character ads a second): one scan of the ad (the *gate*)
finds where the first part of any clause could start, from the literal beginnings ("anchors") of its phrases;
first parts are then only tried at those positions, and later parts of a clause only searched once the first has
matched, which is rare. Measured on real ads: about 65 µs per 1,500-character English ad and 100 µs per Chinese
ad for all twelve detectors; a test checks that trying every part at every position gives the same signals.

Two entry points agree by construction, because both call the same matcher:

* :func:`signal_names` takes an already normalised ad and only asks "does it fire?" (batch scoring hot path).
* :func:`detect_signals` normalises with offsets, collects every match, and maps it back to spans and quotes of
  the original text (so "H1GH P@Y" and Traditional "包機票" are quoted as the ad wrote them).

Deliberate choices (kept in the tests)
--------------------------------------
* ``high_pay_no_experience`` needs a pay claim *and* "no experience" (or an outsized pay figure *and* "easy work /
  just typing"). In Chinese the words 高薪, 月入过万 and 经验不限 are boilerplate in ordinary domestic ads, so
  Chinese needs an outsized figure after a monthly or daily pay word (2万 / 20,000 yuan or more a month, 500 or
  more a day, or a dollar figure) and an explicit 无需经验 / 零基础 / 小白 (经验不限 does not count).
* ``free_travel_visa_board`` fires on free flights, tickets or visas; free board and lodging (包吃包住) counts only
  when the ad also sends the worker abroad, because it is ordinary in domestic factory and restaurant jobs.
* ``acting_modelling_abroad`` needs a casting/modelling/acting/live-stream role *and* a destination abroad.
* ``vague_employer`` fires on explicit concealment ("company name given after the interview", 公司名称面谈), or on
  a generic description ("a big international company", 正规大公司) when the ad names no registered company form
  (Ltd, Inc, 有限公司, TNHH, PT, จำกัด…), website or address.
* ``upfront_fee`` ignores fees the ad says are waived or paid by the employer; ``passport_bank_details`` ignores a
  request for documents that comes after a signed offer or contract.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from dataclasses import dataclass
from itertools import repeat
from typing import NamedTuple

from jobscam.normalize import HOMOGLYPHS, INVISIBLE, LEET, Normalized, _char_table, normalize_with_offsets

__all__ = ["SIGNAL_INFO", "SIGNAL_NAMES", "SignalHit", "detect_signals", "signal_names"]


@dataclass(frozen=True)
class SignalHit:
    """One lure signal found in an ad, in plain language, with the words of the ad that triggered it."""

    name: str
    title: str
    explanation: str
    advice: str
    spans: tuple[tuple[int, int], ...]
    quotes: tuple[str, ...]


SIGNAL_NAMES: tuple[str, ...] = (
    "high_pay_no_experience",
    "free_travel_visa_board",
    "scam_hub_location",
    "acting_modelling_abroad",
    "offplatform_contact",
    "upfront_fee",
    "passport_bank_details",
    "urgency",
    "vague_employer",
    "gambling_work",
    "task_commission",
    "obfuscation",
)

_CHECK_EMPLOYER = "Ask for the employer's registered name and address and check them with your labour ministry or embassy before you answer."

SIGNAL_INFO: dict[str, tuple[str, str, str]] = {
    "high_pay_no_experience": (
        "Pay far above the market for no experience",
        "Real employers do not pay several times the going rate to people with no experience or skills. "
        "An outsized salary for easy work is the most common bait of trafficking and scam compounds.",
        "Compare the pay with ads for the same job in the same country. " + _CHECK_EMPLOYER,
    ),
    "free_travel_visa_board": (
        "Free flight, visa or board abroad",
        "Free tickets, visas, and board and lodging abroad are used to get people across a border quickly, "
        "after which the 'debt' for them is used to trap the worker. Free board alone is normal in many domestic "
        "jobs; it is a warning sign together with travel abroad.",
        "Ask for a written contract and a work visa in your own name before you travel, and check the employer "
        "with your labour ministry or embassy. Never travel on a tourist visa to start a job.",
    ),
    "scam_hub_location": (
        "Place known for scam compounds",
        "The ad names a place where scam compounds hold trafficked workers (such as Myawaddy, KK Park, "
        "Shwe Kokko, Sihanoukville, the Golden Triangle or the Myanmar, Cambodia and Laos border towns).",
        "Do not accept a job there from an online ad. If someone you know was recruited there, contact your "
        "embassy or an anti-trafficking hotline.",
    ),
    "acting_modelling_abroad": (
        "Acting, modelling or live-stream job abroad",
        "Casting calls, film roles and live-stream host jobs abroad are used to lure young people, especially "
        "to Thailand, Myanmar and Cambodia, where there is no film and the 'job' is in a scam compound.",
        "Real castings are run by named agencies with auditions at a public address and never need you to "
        "travel first. Check the agency and the production independently.",
    ),
    "offplatform_contact": (
        "Contact only through a chat app",
        "The recruiter moves you to Telegram, WhatsApp, WeChat, Line, Zalo or a private message, where there is "
        "no record of the employer and the account can disappear.",
        "Apply through the employer's own website or a job board, and ask for an email address on the "
        "company's domain and a phone number you can check.",
    ),
    "upfront_fee": (
        "You are asked to pay first",
        "Genuine employers do not charge for training, visas, uniforms, deposits or agent fees. Fees taken before "
        "work starts are either a scam in themselves or a debt used to control the worker.",
        "Do not pay anything to get a job. Licensed recruitment agencies in most countries may not charge "
        "workers; report the ad.",
    ),
    "passport_bank_details": (
        "Asks for your passport, ID or bank details",
        "Sending a passport, ID card, bank card or one-time code to a recruiter before any contract exposes you "
        "to identity theft and to having your documents held against you.",
        "Share identity documents only after a signed offer from an employer you have verified, and never share "
        "bank card numbers, PINs or one-time codes.",
    ),
    "urgency": (
        "Pressure to decide fast",
        "Urgent hiring, limited places and leaving within days leave no time to check the employer; recruiters "
        "for scam compounds use this pressure on purpose.",
        "Take your time. A real job will still be there after you have checked the employer and the contract.",
    ),
    "vague_employer": (
        "No named employer",
        "The ad does not say who the employer is, or promises to tell you later; a real employer names itself "
        "and gives an address you can check.",
        _CHECK_EMPLOYER,
    ),
    "gambling_work": (
        "Casino or online gambling work",
        "Online gambling and casino jobs in Southeast Asia, especially in border zones, are often fronts for "
        "scam compounds; the work is illegal in many of the countries the workers come from.",
        "Check that the employer holds a gambling licence in a regulated market and that the job comes with a "
        "proper work visa. " + _CHECK_EMPLOYER,
    ),
    "task_commission": (
        "Paid per like, review or order",
        "Being paid a commission for likes, reviews or 'boosting' orders is the task scam: small payouts first, "
        "then you are asked to deposit money or crypto (USDT) that you never get back.",
        "Never pay or deposit money to unlock tasks or earnings. Report the account.",
    ),
    "obfuscation": (
        "Words disguised to slip past filters",
        "The ad hides words with look-alike letters, digits for letters, spaced-out letters or invisible "
        "characters, which honest employers have no reason to do.",
        "Treat the ad as untrustworthy and check the employer through an independent source.",
    ),
}

# ---------------------------------------------------------------------------------------------------------------
# Pattern helpers
#
# Speed: CPython's regex engine skips quickly over positions that cannot start a match only when every top-level
# alternative of a pattern begins with a literal character (it then builds a character-set prefix). So every
# fragment is expanded until it starts with a literal (leading groups, character classes and ``\d`` are unrolled),
# word-boundary look-behinds are moved *after* the leading literal (``(?<![a-z]visa)`` instead of ``(?<![a-z])visa``),
# and all fragments of a part are merged into one prefix tree. This keeps all twelve detectors together at about a
# tenth of a millisecond on a 1,500-character ad (see the module docstring).

#: Latin letters (with Vietnamese and other diacritics) and digits: a word boundary is "not one of these".
_LATIN = r"a-z0-9\u00c0-\u024f\u1e00-\u1eff"
_SPECIAL = frozenset("\\.^$*+?{}[]|()")
_QUANT = frozenset("*+?{")
_DIGITS = "0123456789"

#: A fragment is (kind, regex): kind "w" = Latin-script word or phrase (gets letter boundaries), "raw" = as written.
_Frag = tuple[str, str]


def _fold(pattern: str) -> str:
    """Put a pattern through the normaliser's character steps (NFKC, Traditional->Simplified, homoglyphs)."""
    return unicodedata.normalize("NFKC", pattern).translate(_char_table())


def _w(*fragments: str) -> list[_Frag]:
    """Latin-script words or phrases (regex fragments), with letter boundaries on both sides."""
    return [("w", f) for f in fragments]


def _alt(*fragments: str) -> list[_Frag]:
    """Regex fragments without boundaries (Chinese, Thai, symbols)."""
    return [("raw", f) for f in fragments]


def _any(*groups: list[_Frag] | str) -> list[_Frag]:
    out: list[_Frag] = []
    for g in groups:
        out.extend(_alt(g) if isinstance(g, str) else g)
    return out


def _split_literal(fragment: str) -> tuple[str, str]:
    """Split a regex fragment into its leading literal characters (escapes resolved) and the rest."""
    literal: list[str] = []
    i = 0
    while i < len(fragment):
        c, width = fragment[i], 1
        if c == "\\" and i + 1 < len(fragment) and not fragment[i + 1].isalnum():
            c, width = fragment[i + 1], 2
        elif c in _SPECIAL:
            break
        if i + width < len(fragment) and fragment[i + width] in _QUANT:
            break
        literal.append(c)
        i += width
    return "".join(literal), fragment[i:]


def _closing(fragment: str, start: int) -> int:
    """Index just past the group ``(...)`` or class ``[...]`` that opens at ``start``."""
    if fragment[start] == "[":
        i = start + 1
        if fragment[i : i + 1] == "^":
            i += 1
        i += 1  # a "]" right after "[" is a literal
        while fragment[i] != "]":
            i += 2 if fragment[i] == "\\" else 1
        return i + 1
    depth, i, in_class = 0, start, False
    while i < len(fragment):
        c = fragment[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError(f"unbalanced fragment: {fragment!r}")


def _top_level_split(body: str) -> list[str]:
    parts, depth, in_class, current, i = [], 0, False, [], 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            current.append(body[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            i += 1
            continue
        current.append(c)
        i += 1
    parts.append("".join(current))
    return parts


def _class_chars(cls: str) -> str:
    """Characters of a simple class body such as ``2-9`` or ``\\d,.`` (no negation)."""
    if cls.startswith("^"):
        raise ValueError(f"cannot unroll a negated class: [{cls}]")
    chars, i = [], 0
    while i < len(cls):
        if cls[i] == "\\":
            chars.append(_DIGITS if cls[i + 1] == "d" else cls[i + 1])
            i += 2
        elif i + 2 < len(cls) and cls[i + 1] == "-":
            chars.append("".join(chr(o) for o in range(ord(cls[i]), ord(cls[i + 2]) + 1)))
            i += 3
        else:
            chars.append(cls[i])
            i += 1
    return "".join(chars)


_MAX_VARIANTS = 48


def _expand(fragment: str, extend: bool = True) -> list[tuple[str, str]]:
    """Unroll the start of ``fragment`` until it begins with a literal: a list of (literal, rest), literal non-empty.

    With ``extend``, the literal is also lengthened through the groups that follow it while the variants stay few
    (longer anchors are rarer, so the gate stops less often).
    """
    literal, rest = _split_literal(fragment)
    if literal:
        if extend and rest.startswith(("(?:", "[")) and not rest.startswith("[^"):
            try:
                longer = _expand(rest)
            except ValueError:
                longer = []
            if 0 < len(longer) <= _MAX_VARIANTS:
                return [(literal + more, tail) for more, tail in longer]
        return [(literal, rest)]
    optional = False
    if fragment.startswith("(?<!["):
        end = _closing(fragment, 4)
        if fragment[end] != ")":
            raise ValueError(f"only one-class look-behinds can be moved: {fragment!r}")
        cls, tail = fragment[4:end], fragment[end + 1 :]
        return [(lit, f"(?<!{cls}{re.escape(lit)})" + r) for lit, r in _expand(tail, extend)]
    if fragment.startswith("(?:"):
        end = _closing(fragment, 0)
        alternatives, tail = _top_level_split(fragment[3 : end - 1]), fragment[end:]
    elif fragment.startswith("["):
        end = _closing(fragment, 0)
        alternatives, tail = [re.escape(c) for c in _class_chars(fragment[1 : end - 1])], fragment[end:]
    elif fragment.startswith("\\d"):
        alternatives, tail = list(_DIGITS), fragment[2:]
    else:
        raise ValueError(f"fragment must start with a literal, group or class: {fragment!r}")
    if tail[:1] == "?":
        optional, tail = True, tail[1:]
    elif tail[:1] in _QUANT:
        raise ValueError(f"cannot unroll a repeated group: {fragment!r}")
    variants = [alternative + tail for alternative in alternatives] + ([tail] if optional else [])
    if extend:
        longer = [pair for v in variants for pair in _expand(v, True)]
        if len(longer) <= _MAX_VARIANTS:
            return longer
    return [pair for v in variants for pair in _expand(v, False)]


def _trie(pairs: list[tuple[str, str]]) -> str:
    """Alternation of (literal, rest) pairs as a prefix tree: ``abc|abd`` -> ``ab(?:c|d)``."""
    children: dict[str, list[tuple[str, str]]] = {}
    ends: set[str] = set()
    for literal, rest in pairs:
        if literal:
            children.setdefault(literal[0], []).append((literal[1:], rest))
        else:
            ends.add(rest)
    # the longest alternatives first, so a span covers as much of the phrase as possible; the empty one last
    branches = [re.escape(c) + _trie(sub) for c, sub in children.items()]
    branches += sorted((e for e in ends if e), key=len, reverse=True)
    optional = "" in ends
    if len(branches) == 1 and not optional:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if optional else "")


def _compile(fragments: list[_Frag]) -> tuple[re.Pattern[str], tuple[tuple[str, str], ...]]:
    """One regex (a prefix tree of the fragments) and its anchors: (kind, literal prefix) of every fragment."""
    pairs, anchors = [], []
    for kind, fragment in fragments:
        for literal, rest in _expand(_fold(fragment)):
            if kind == "w":
                rest = f"(?<![{_LATIN}]{re.escape(literal)})" + rest + f"(?![{_LATIN}])"
            pairs.append((literal, rest))
            anchors.append((kind, literal))
    return re.compile(_trie(pairs)), tuple(anchors)


@dataclass(frozen=True, eq=False)
class _Part:
    """One regex, and context rules: a match is dropped if ``not_before`` matches the ``window`` characters just
    before it or ``not_after`` matches right after it, or kept only if ``need_before`` matches just before it.

    A *gated* part (the first part of a clause) is only tried, with ``regex.match``, where the shared gate
    (:func:`_anchor_hits`) found one of its anchors: every match starts with an anchor. Later parts of a clause
    are searched only once the earlier ones have matched, which is rare.
    """

    regex: re.Pattern[str]
    anchors: tuple[tuple[str, str], ...]
    not_before: re.Pattern[str] | None = None
    not_after: re.Pattern[str] | None = None
    need_before: re.Pattern[str] | None = None
    window: int = 24
    gated: bool = True

    def _keep(self, text: str, start: int, end: int) -> int | None:
        """The start of the span to report (widened over ``need_before``), or None to drop the match."""
        before = max(0, start - self.window)
        if self.not_before is not None and self.not_before.search(text, before, start):
            return None
        if self.not_after is not None and self.not_after.match(text, end, end + self.window):
            return None
        if self.need_before is None:
            return start
        m = self.need_before.search(text, before, start)
        return None if m is None else m.start()

    def matches(self, text: str, positions: list[int] | None, first_only: bool) -> list[tuple[int, int]]:
        """Spans of the kept matches (at ``positions`` if gated, anywhere otherwise)."""
        contextual = self.not_before is not None or self.not_after is not None or self.need_before is not None
        if positions is None:
            if first_only and not contextual:
                m = self.regex.search(text)
                return [m.span()] if m else []
            candidates = (m.span() for m in self.regex.finditer(text))
        else:
            candidates = (m.span() for m in map(self.regex.match, repeat(text), positions) if m is not None)
        found = []
        for start, end in candidates:
            if contextual:
                start = self._keep(text, start, end)
                if start is None:
                    continue
            found.append((start, end))
            if first_only:
                break
        return found


def _part(
    fragments: list[_Frag],
    not_before: str | None = None,
    not_after: str | None = None,
    need_before: str | None = None,
    window: int = 24,
) -> _Part:
    regex, anchors = _compile(fragments)
    compiled = (re.compile(_fold(p)) if p else None for p in (not_before, not_after, need_before))
    return _Part(regex, anchors, *compiled, window)


@dataclass(frozen=True)
class _Clause:
    parts: tuple[_Part, ...]
    unless: tuple[_Part, ...] = ()


def _clause(*parts: _Part | list[_Frag], unless: tuple[list[_Frag], ...] = ()) -> _Clause:
    """All ``parts`` must match and no ``unless`` part. Put the rarest part first: it alone goes through the gate."""
    built = [p if isinstance(p, _Part) else _part(p) for p in parts]
    built = [built[0]] + [dataclasses.replace(p, gated=False) for p in built[1:]]
    return _Clause(tuple(built), tuple(_part(u, window=0) for u in unless))


def _spans(
    clauses: tuple[_Clause, ...], text: str, hits: dict[_Part, list[int]], first_only: bool
) -> list[tuple[int, int]]:
    """Normalised-text spans of the clauses that hold (``first_only``: stop at the first clause that holds)."""
    found: list[tuple[int, int]] = []
    for clause in clauses:
        clause_spans: list[tuple[int, int]] = []
        for part in clause.parts:
            if part.gated:
                positions = hits.get(part)
                matched = part.matches(text, positions, first_only) if positions else None
            else:
                matched = part.matches(text, None, first_only)
            if not matched:
                break
            clause_spans.extend(matched)
        else:
            if any(u.matches(text, None, True) for u in clause.unless):
                continue
            if first_only:
                return clause_spans
            found.extend(clause_spans)
    return found


# ---------------------------------------------------------------------------------------------------------------
# Shared vocabulary

_ABROAD = _any(
    _w(
        "abroad", "overseas", "foreign country", "work permit abroad", "thailand", "bangkok", "pattaya",
        "cambodia", "phnom penh", "myanmar", "burma", "laos", "dubai", "uae", "malaysia", "philippines", "manila",
        "vietnam", "japan", "korea", "taiwan", "singapore", "europe", "nước ngoài", "xuất khẩu lao động",
        "campuchia", "thái lan", "lào(?! cai)", "luar negeri", "kamboja", "mianmar", "filipina", "jepang",
        "sihanoukville", "myawaddy", "kk park", "shwe kokko", "golden triangle", "mae sot", "poipet", "bavet",
        "tachileik",
    ),
    _alt(
        "出国", "国外", "海外", "境外", "出境", "泰国", "曼谷", "柬埔寨", "金边", "缅甸", "老挝", "迪拜",
        "菲律宾", "马来西亚", "越南", "日本", "韩国", "新加坡", "欧洲", "妙瓦底", "西港", "金三角", "kk园区",
        "ต่างประเทศ", "กัมพูชา", "พม่า", "เมียนมา", "ประเทศลาว", "ดูไบ", "มาเลเซีย", "ญี่ปุ่น", "เกาหลี",
        "ไต้หวัน", "สิงคโปร์", "ปอยเปต", "เมียวดี",
    ),
)  # fmt: skip

# Pay claims. Figures: >= 1,000 in dollars/euros/pounds/USDT a month, >= 100 a day; 2万 / 20,000 yuan;
# 30 triệu (VND millions); 20 juta (IDR millions); 30,000 baht.
_USD = r"(?:us\$|\$|usd|usdt|u|€|eur|euros?|£|gbp|dollars?)"
_BIG = r"(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{3,}|\d\d{0,2}(?:\.\d+)? ?k)"
_BIG_RANGE = rf"{_BIG}(?: ?[-–~] ?\$?{_BIG})?"
_PAY_FIGURE = _any(
    _w(
        rf"{_USD} ?{_BIG_RANGE}(?![\d,])",
        rf"(?<![\d,.]){_BIG_RANGE} ?(?:{_USD}|usd)",
        rf"{_USD} ?[1-9]\d{{2,}} ?(?:/|a |per |each )?(?:day|daily)",
        r"(?<![\d.])(?:(?:[2-9]|[1-9]\d)(?:\.\d+)? ?(?:万|w)|(?:[2-9]\d|[1-9]\d\d),?\d{3} ?(?:元|块|rmb)?)\+? ?"
        r"(?:/ ?月|每月|一个月|per month|a month|/month)",
        r"(?<![\d,.])(?:[3-9]\d|[1-9]\d\d) ?(?:triệu|tr|củ)",
        r"(?<![\d,.])(?:[2-9]\d|[1-9]\d\d) ?(?:juta|jt)",
        r"(?<![\d,.])(?:[3-9]\d|[1-9]\d\d),?\d{3} ?(?:บาท|฿|baht)",
    ),
    _alt("年薪百万", "年入百万", r"฿ ?(?:[3-9]\d|[1-9]\d\d),?\d{3}"),
)
# Chinese figures after a pay word: the figure is matched (digits are rarer than the pay words), the word checked.
_PAY_WORDS = _any(
    _w(
        "high (?:salary|salaries|pay|income|wages?|earnings|commission)", "(?:salary|pay|income) (?:is )?(?:very )?high",
        "attractive (?:salary|pay|income)", "big (?:salary|money|pay|income)", "earn big", "huge (?:salary|income|pay)",
        "lucrative", "lương cao", "lương khủng", "lương hấp dẫn", "thu nhập cao",
        "thu nhập khủng", "thu nhập hấp dẫn", "gaji (?:besar|tinggi|fantastis|menggiurkan|tinggi)",
        "penghasilan (?:besar|tinggi|menggiurkan|fantastis)",
    ),
    _alt("รายได้ดี", "รายได้สูง", "รายได้หลักแสน", "เงินเดือนสูง", "ค่าตอบแทนสูง", "เงินดี", "รายได้งาม"),
)  # fmt: skip
_NO_EXPERIENCE = _any(
    _w(
        "no (?:prior |previous |work )?(?:experience|exp|skills?|qualifications?|degree)(?: (?:is )?(?:needed|required|necessary))?",
        "without experience", "experience (?:is )?not (?:needed|required|necessary)", "zero experience",
        "fresh(?:ers?| graduates?) (?:welcome|can apply|ok)", "beginners? (?:welcome|ok)", "anyone can (?:apply|do it)",
        "không cần kinh nghiệm", "không yêu cầu kinh nghiệm", "chưa có kinh nghiệm", "không cần bằng cấp",
        "tanpa pengalaman", "tidak (?:perlu|butuh|harus) (?:ber)?pengalaman", "belum berpengalaman",
        "pengalaman tidak (?:diperlukan|dibutuhkan|wajib)", "tanpa skill",
    ),
    _alt(
        "无需经验", "无经验", "不需要经验", "不要求经验", "零经验", "零基础", "无需技能", "小白",
        "有手就行", "无工作经验",
        "ไม่ต้องมีประสบการณ์", "ไม่จำเป็นต้องมีประสบการณ์", "ไม่มีประสบการณ์", "ไม่ต้องใช้ประสบการณ์",
        "ไม่ต้องมีความรู้",
    ),
)  # fmt: skip
_EASY_WORK = _any(
    _w(
        "easy (?:job|work|money|tasks?)", "simple (?:job|work|tasks?)", "(?:just|only|basic|simple) typing",
        "just (?:need )?(?:a )?(?:phone|smartphone)", "work from (?:your )?phone", "việc nhẹ", "công việc nhẹ nhàng",
        "nhẹ nhàng", "dễ làm", "việc dễ", "kerja (?:mudah|santai|ringan)", "pekerjaan (?:mudah|ringan|santai)",
    ),
    _alt(
        "工作轻松", "轻松赚", "轻松月入", "轻松日入", "工作简单", "简单易上手", "会打字", "打字员", "动动手指", "งานง่าย", "งานสบาย", "สบายๆ", "แค่พิมพ์"),
)  # fmt: skip

# ---------------------------------------------------------------------------------------------------------------
# Detectors

_FEE_NEGATION_BEFORE = (
    r"(?:(?<![a-z])(?:no|zero|never|any|free|without|waived?)|(?:we|company|employer) (?:will )?(?:pays?|covers?)(?: for)?(?: all| your| the| any)?"
    r"|无|免|零|不收取?|不需要?|无需|不用|没有|不交|不需交|任何|không|không thu|không mất|miễn|tanpa|tidak ada|bebas|gratis"
    r"|ไม่มี|ไม่เสีย|ไม่เก็บ|ฟรี|ไม่ต้องจ่าย|ไม่ต้องเสีย|ยกเว้น)\W{0,2}$"
)
_FEE_NEGATION_AFTER = (
    r"\W{0,2}(?:(?:is |are |will be )?(?:covered|paid by|waived|reimbursed|borne|free|not required|refunded by the company)"
    r"|全免|全包|由公司|公司承担|公司出|公司报销|报销|免费|全退|miễn phí|công ty (?:chi trả|chịu|hỗ trợ)|do công ty"
    r"|gratis|ditanggung|dibayar perusahaan|ฟรี|บริษัทออก|บริษัทจ่าย)"
)
_AFTER_OFFER = (
    r"(?:after|once|upon|when) (?:you )?(?:sign|signing|signed|accept|accepting|receiving|receive|the|an|a) "
    r"(?:the |an |a |your )?(?:offer|contract|hired|employment)|签(?:订|署)?(?:劳动)?合同后|入职后|录用后"
)


def _build_detectors() -> dict[str, tuple[_Clause, ...]]:
    """Compile every detector (about a second; done once per process, on first use)."""
    _ZH_MONTHLY = _part(
        _w(r"(?<![\d.])(?:(?:[2-9]|[1-9]\d)(?:\.\d+)? ?(?:万|w)|(?:[2-9]\d|[1-9]\d\d),?\d{3}(?!\d))"),
        need_before=r"(?:月薪|月入|月收入|月工资|底薪|保底|每月|一个月)[^,。;!\d]{0,4}$",
    )
    _ZH_DAILY = _part(
        _w(r"(?<![\d.])(?:[5-9]\d\d|[1-9]\d{3})"),
        need_before=r"(?:日薪|日入|日结|一天|每天)[^\d!,.;。]{0,3}$",
    )
    return {
        "high_pay_no_experience": (
            _clause(_NO_EXPERIENCE, _any(_PAY_FIGURE, _PAY_WORDS)),
            _clause(_NO_EXPERIENCE, _ZH_MONTHLY),
            _clause(_NO_EXPERIENCE, _ZH_DAILY),
            _clause(_EASY_WORK, _PAY_FIGURE),
            _clause(_EASY_WORK, _ZH_MONTHLY),
            _clause(_EASY_WORK, _ZH_DAILY),
        ),
        "free_travel_visa_board": (
            _clause(
                _any(
                    _w(
                        "free (?:return |round[- ]trip |air ?|plane )?(?:flights?|tickets?|airfare|air ?fare|visas?|work permit|travel|transportation)",
                        "(?:flights?|air ?tickets?|plane tickets?|airfare|visas?|travel|tickets?|visa and flights?|flights? and visas?) "
                        "(?:are |is |will be )?(?:free|paid|covered|provided|included|reimbursed|sponsored|arranged)",
                        "(?:company|employer|we) (?:will )?(?:pays?|covers?|provides?|arranges?|books?) (?:for )?(?:the |your |all |return )?"
                        "(?:flights?|air ?tickets?|tickets?|airfare|visas?|travel)",
                        "all expenses (?:paid|covered)",
                        "visa sponsorship",
                        "no visa (?:needed|required)",
                        "vé máy bay miễn phí",
                        "miễn phí vé máy bay",
                        "(?:bao|hỗ trợ|tặng) vé máy bay",
                        "miễn phí visa",
                        "visa miễn phí",
                        "(?:bao|lo) visa",
                        "(?:bao|miễn phí) (?:chi phí )?đi lại",
                        "tiket pesawat (?:gratis|ditanggung)",
                        "gratis tiket(?: pesawat)?",
                        "visa (?:gratis|ditanggung)",
                        "gratis visa",
                        "tiket (?:ditanggung|dibayar) perusahaan",
                        "free tiket",
                    ),
                    _alt(
                        "包机票",
                        "报销机票",
                        "机票报销",
                        "免费机票",
                        "机票全包",
                        "机票公司",
                        "包签证",
                        "办签证",
                        "签证全包",
                        "免签",
                        "包往返",
                        "来回机票",
                        "包来回",
                        "ฟรีตั๋วเครื่องบิน",
                        "ตั๋วเครื่องบินฟรี",
                        "ออกค่าตั๋ว",
                        "ฟรีวีซ่า",
                        "วีซ่าฟรี",
                        "ทำวีซ่าให้",
                        "ฟรีค่าเดินทาง",
                        "ออกค่าเดินทางให้",
                    ),
                )
            ),
            _clause(
                _any(
                    _w(
                        "free (?:accommodation|housing|hotel|food|meals|board|lodging|dormitory|dorm|room and board)",
                        "(?:accommodation|housing|hotel|food|meals|board and lodging|room and board|food and accommodation) "
                        "(?:is |are )?(?:free|provided|included|covered)",
                        "board and lodging",
                        "bao ăn(?: bao)? ở",
                        "miễn phí (?:ăn ở|chỗ ở|nhà ở)",
                        "(?:chỗ|nhà) ở miễn phí",
                        "(?:mess|makan|tempat tinggal|akomodasi|penginapan)(?: dan (?:mess|makan|tempat tinggal))? gratis",
                        "gratis (?:mess|makan|tempat tinggal|akomodasi|penginapan)",
                    ),
                    _alt(
                        "包吃包住",
                        "包食宿",
                        "包吃住",
                        "免费食宿",
                        "提供食宿",
                        "食宿全包",
                        "管吃管住",
                        "免费住宿",
                        "ฟรีที่พัก",
                        "ที่พักฟรี",
                        "มีที่พักให้",
                        "ฟรีอาหาร",
                        "อาหารฟรี",
                    ),
                ),
                _ABROAD,
            ),
        ),
        "scam_hub_location": (
            _clause(
                _any(
                    _w(
                        "myawaddy",
                        "myawadi",
                        "kk park",
                        "kk garden",
                        "shwe kokko",
                        "shwekokko",
                        "yatai new city",
                        "sihanoukville",
                        "sihanouk ville",
                        "preah sihanouk",
                        "golden triangle",
                        "mae sot",
                        "tachileik",
                        "tachilek",
                        "poipet",
                        "bavet",
                        "boten",
                        "laukkaing",
                        "kokang",
                        "mong la",
                        "tam giác vàng",
                        "segitiga emas",
                        "mộc bài",
                    ),
                    _w(r"kk ?园区"),
                    _alt(
                        "妙瓦底",
                        "亚太新城",
                        "水沟谷",
                        "西哈努克",
                        "西港",
                        "金三角",
                        "湄索",
                        "大其力",
                        "波贝",
                        "巴域",
                        "磨丁",
                        "勐拉",
                        "小勐拉",
                        "缅北",
                        "迪拜园区",
                        "เมียวดี",
                        "แม่สอด",
                        "ท่าขี้เหล็ก",
                        "สามเหลี่ยมทองคำ",
                        "ปอยเปต",
                        "สีหนุวิลล์",
                        "เคเคปาร์ค",
                        "ชเวโก๊กโก่",
                        "ชเวโกกโก่",
                    ),
                )
            ),
            _clause(
                _any(
                    _w(
                        "(?:work|job|jobs|working|hiring|vacanc(?:y|ies)|positions?|based) (?:in|at) (?:the )?"
                        "(?:cambodia|myanmar|burma|laos|lao pdr)",
                        "(?:cambodia|myanmar|burma|laos) (?:sez|special economic zone|casino|compound)",
                        "làm việc (?:tại|ở|bên) (?:campuchia|myanmar|lào(?! cai))",
                        "(?:đi|sang) (?:campuchia|myanmar)",
                        "kerja (?:di|ke) (?:kamboja|myanmar|laos)",
                        "(?:ke|di) (?:kamboja|myanmar) (?:kerja|bekerja)",
                    ),
                    _alt(
                        "(?:柬埔寨|缅甸|老挝)(?:工作|招聘|上班|高薪|园区|特区|公司|急招|直招)",
                        "(?:去|到|在|赴)(?:柬埔寨|缅甸|老挝)(?:工作|上班|发展)?",
                        "ทำงาน(?:ที่|ใน)?(?:ประเทศ)?(?:กัมพูชา|พม่า|เมียนมา|ลาว)",
                        "(?:ไป|ไปทำงาน)(?:ที่)?(?:ประเทศ)?(?:กัมพูชา|พม่า|เมียนมา)",
                    ),
                    _w("laos sez", "lao sez", "gtsez", "special economic zone in laos"),
                    _alt("老挝特区", "金三角经济特区"),
                )
            ),
        ),
        "acting_modelling_abroad": (
            _clause(
                _any(
                    _w(
                        "casting(?: call)?",
                        "castings",
                        "auditions?",
                        "actors?",
                        "actress(?:es)?",
                        "film (?:role|shoot|shooting|crew|extras?)",
                        "movie (?:role|shoot|shooting|extras?)",
                        "(?:tv|drama|film|movie) roles?",
                        "(?:fashion|female|male|photo|brand|commercial|runway|promotional|hand|foot|live) models?",
                        "models? (?:wanted|needed|job|jobs|recruitment|agency|casting)",
                        "modell?ing(?: (?:job|jobs|gig|contract|agency))?",
                        "become a model",
                        "live ?stream(?:ing)? hosts?",
                        "live ?stream(?:er|ers|ing)",
                        "live hosts?",
                        "tiktok hosts?",
                        "streamers?",
                        "người mẫu",
                        "diễn viên",
                        "đóng phim",
                        "quay phim",
                        "tuyển (?:idol|streamer|host)",
                        "livestream",
                        "aktor",
                        "aktris",
                        "pemeran",
                        "syuting",
                        "host live",
                        "model (?:iklan|majalah|foto)",
                    ),
                    _alt(
                        "模特",
                        "演员",
                        "拍戏",
                        "拍电影",
                        "拍广告",
                        "试镜",
                        "主播",
                        "直播带货",
                        "带货主播",
                        "网红",
                        "群演",
                        "剧组",
                        "艺人",
                        "นางแบบ",
                        "นายแบบ",
                        "นักแสดง",
                        "แคสติ้ง",
                        "ถ่ายหนัง",
                        "ถ่ายภาพยนตร์",
                        "ไลฟ์สด",
                        "พิธีกรไลฟ์",
                        "ถ่ายแบบ",
                        "ถ่ายโฆษณา",
                        "สตรีมเมอร์",
                    ),
                ),
                _ABROAD,
            ),
        ),
        "offplatform_contact": (
            _clause(
                _any(
                    _w(
                        "telegram",
                        "whatsapp",
                        "whats app",
                        "wechat",
                        "we chat",
                        "zalo",
                        "viber",
                        "kakao ?talk",
                        "kakao",
                        "line ?(?:id|@|:)",
                        "line app",
                        "(?:add|via|on|contact|msg|message) (?:me |us )?(?:on |via )?line",
                        "(?:on|via) signal",
                        "signal app",
                        "tg(?= ?[:@]| id| group| channel)",
                        "t\\.me/",
                        "wa\\.me/",
                        "(?:dm|pm|inbox|message|text|msg) (?:me|us|now|hr|admin)",
                        "send (?:me|us) a (?:dm|pm|message)",
                        "direct message",
                        "private message",
                        "nhắn tin (?:riêng|zalo|qua)",
                        "ib (?:ngay|mình|em|zalo|riêng)",
                        "inbox (?:ngay|mình|em|riêng)",
                        "liên hệ zalo",
                        "(?:hubungi|chat|kontak|info) (?:via |lewat |ke )?wa",
                        "wa (?:admin|aja|saja)",
                        "japri",
                        "dm aja",
                        "vx",
                        "wx",
                    ),
                    _alt(
                        "加v",
                        "加微",
                        "微信号",
                        "微信联系",
                        "纸飞机",
                        "飞机(?:号|联系|私聊|[:@])",
                        "(?:加|联系|私聊|找|上|扫)(?:我|本人)?飞机",
                        "电报",
                        "私聊",
                        "私信",
                        "ไลน์",
                        "แอดไลน์",
                        "ทักไลน์",
                        "ไอดีไลน์",
                        "ทักแชท",
                        "เทเลแกรม",
                        "วอทส์แอป",
                    ),
                )
            ),
        ),
        "upfront_fee": (
            _clause(
                _part(
                    _any(
                        _w(
                            "(?:training|registration|processing|application|visa|agent|agency|placement|medical(?: check)?|uniform"
                            "|admin|administration|administrative|recruitment|booking|handling|onboarding|security|insurance|membership"
                            "|activation|ticket|documentation|service) (?:fees?|charges?)",
                            "(?:pay|send|transfer|require|required|need|refundable|security|small) (?:a |an |the )?deposits?",
                            "deposit (?:of|is required|required|first|fee)",
                            "starter (?:kit|pack|package)",
                            "(?:must|need to|required to|have to) (?:pay|buy|purchase) (?:for )?(?:a |an |the |your )?(?:own )?"
                            "(?:training|visa|uniform|kit|flight|ticket|course|certificate|work permit|equipment|laptop|fee|deposit)",
                            "phí (?:đặt cọc|đào tạo|hồ sơ|visa|môi giới|dịch vụ|xuất cảnh|làm hồ sơ|đồng phục|khám sức khỏe|giới thiệu|xuất khẩu)",
                            "tiền (?:cọc|đặt cọc|đồng phục|hồ sơ|đào tạo|môi giới|phí)",
                            "đặt cọc",
                            "nộp (?:phí|tiền)",
                            "biaya (?:pelatihan|pendaftaran|administrasi|visa|agen|admin|seragam|medical|medis|proses|pembuatan|training|jaminan|deposit|penempatan)",
                            "uang (?:jaminan|deposit|pendaftaran|seragam|muka)",
                            "bayar (?:di ?muka|dulu|biaya)",
                            "setor (?:dana|uang)",
                        ),
                        _alt(
                            "押金",
                            "保证金",
                            "培训费",
                            "服装费",
                            "中介费",
                            "介绍费",
                            "报名费",
                            "体检费",
                            "签证费",
                            "办证费",
                            "工装费",
                            "资料费",
                            "入职费",
                            "会员费",
                            "先交钱",
                            "先付",
                            "预交",
                            "需交钱",
                            "交钱",
                            "ค่าธรรมเนียม",
                            "ค่าสมัคร",
                            "ค่าอบรม",
                            "ค่าฝึกอบรม",
                            "ค่าวีซ่า",
                            "ค่าดำเนินการ",
                            "ค่าเอกสาร",
                            "ค่ามัดจำ",
                            "เงินมัดจำ",
                            "เงินค้ำประกัน",
                            "ค่าค้ำประกัน",
                            "ค่านายหน้า",
                            "ค่าชุด",
                            "ค่าหัว",
                            "โอนเงินก่อน",
                            "จ่ายเงินก่อน",
                        ),
                    ),
                    not_before=_FEE_NEGATION_BEFORE,
                    not_after=_FEE_NEGATION_AFTER,
                )
            ),
        ),
        "passport_bank_details": (
            _clause(
                _part(
                    _any(
                        _w(
                            "(?:send|submit|provide|share|give|upload|scan|email|forward|whatsapp|telegram)"
                            "(?: (?:us|me|your|a|the|copy|copies|photos?|pictures?|scans?|scanned|of|with|and|clear|valid|full|front|back))* "
                            "(?:passports?|passport (?:copy|details|number)|id cards?|national id|identity card|bank (?:card|details|account|statement|information|info)"
                            "|atm card|account number|otp|pin|verification code|one[- ]time (?:password|code)|ssn|social security number)",
                            "(?:hold|keep|collect|take) (?:your |the )?passports?",
                            "(?:otp|verification) codes?",
                            "(?:gửi|cung cấp|chụp|nộp)(?: (?:ảnh|hình|bản sao|bản chụp|số|mặt trước|mặt sau|và|của bạn))* (?:hộ chiếu|cccd|cmnd|căn cước|thẻ ngân hàng|số tài khoản|mã otp|otp)",
                            "giữ hộ chiếu",
                            "(?:kirim|serahkan|berikan|foto|upload)(?: (?:foto|scan|salinan|copy|nomor|dan|anda|kamu))* (?:paspor|ktp|kartu atm|rekening|nomor rekening|buku tabungan|kode otp|otp)",
                            "paspor (?:ditahan|disimpan)",
                        ),
                        _alt(
                            "验证码",
                            "ส่ง(?:รูป|สำเนา)?(?:พาสปอร์ต|หนังสือเดินทาง|บัตรประชาชน|บัตรประจำตัวประชาชน|สมุดบัญชี|เลขบัญชี|บัตรเอทีเอ็ม|otp|รหัส ?otp)",
                            "ยึดพาสปอร์ต",
                            "ยึดหนังสือเดินทาง",
                            "รหัส ?otp",
                        ),
                    ),
                    not_before=_AFTER_OFFER + r".{0,40}$",
                    not_after=".{0,40}" + _AFTER_OFFER,
                    window=60,
                )
            ),
            # Chinese: the document first (rarer than the verbs), then a sending/handing-over verb just before it
            _clause(
                _part(
                    _alt(
                        "护照",
                        "银行卡",
                        "银行账户",
                        "银行账号",
                        "卡号",
                        "身份证照片",
                        "身份证正反面",
                        "身份证号码",
                    ),
                    need_before=r"(?:发|上传|拍|寄|交|发送|押|扣|收|保管)[^,。;!?]{0,6}$",
                    not_before=r"(?:" + _AFTER_OFFER + r".{0,40}|工资[^,。;!?]{0,4})$",
                    not_after=".{0,40}" + _AFTER_OFFER,
                    window=60,
                )
            ),
            _clause(_part(_alt("身份证"), need_before=r"(?:发|上传|拍)[^,。;!?]{0,4}$")),
        ),
        "urgency": (
            _clause(
                _any(
                    _w(
                        "urgent(?:ly)?",
                        "immediate (?:start|joining|hire|hiring|departure)",
                        "start immediately",
                        "asap",
                        "(?:leave|fly|depart|travel|start) (?:with)?in \\d+ days",
                        "(?:fly|depart|leave|travel) (?:this|next) week",
                        "limited (?:slots?|seats?|positions?|vacanc(?:y|ies)|places?|spots?|quota)",
                        "only \\d+ (?:slots?|seats?|positions?|spots?|places?)(?: left)?",
                        "first come,? first served?",
                        "hurry",
                        "last chance",
                        "don'?t miss",
                        "tuyển gấp",
                        "cần gấp",
                        "gấp",
                        "số lượng có hạn",
                        "chỉ còn \\d+ (?:suất|chỗ|vị trí)",
                        "nhanh tay",
                        "đi ngay",
                        "xuất cảnh ngay",
                        "khẩn cấp",
                        "segera",
                        "butuh cepat",
                        "kuota terbatas",
                        "slot terbatas",
                        "tempat terbatas",
                        "berangkat (?:cepat|minggu ini)",
                        "buruan",
                        "dibutuhkan cepat",
                    ),
                    _alt(
                        "急招",
                        "急聘",
                        "急需",
                        "紧急招聘",
                        "名额有限",
                        "仅限\\d+名",
                        "限招\\d+",
                        "先到先得",
                        "速来",
                        "马上(?:入职|出发|上班|出国)",
                        "即刻入职",
                        "立即入职",
                        "立即出发",
                        "尽快出发",
                        "机会难得",
                        "ด่วน",
                        "จำนวนจำกัด",
                        "มีจำกัด",
                        "เดินทางทันที",
                        "บินทันที",
                        "เริ่มงานทันที",
                        "รีบสมัคร",
                    ),
                )
            ),
        ),
        "vague_employer": (
            _clause(
                _any(
                    _w(
                        "company name (?:\\S+ ){0,3}(?:after|upon|later|during|at (?:the )?interview|when|in private|privately|confidential)",
                        "(?:company|employer) (?:details|information|info|name) (?:will be |are )?(?:given|shared|disclosed|revealed|sent|provided) "
                        "(?:after|upon|later|in private|via|on|by)",
                        "(?:details|information|info) (?:in|via|by) (?:private|pm|dm|inbox)",
                        "details in (?:pm|dm|inbox)",
                        "tên công ty (?:sẽ )?(?:báo|cung cấp|gửi|thông báo) (?:sau|khi)",
                        "thông tin (?:chi tiết )?(?:ib|inbox)",
                        "nama perusahaan (?:akan )?(?:diberikan|diberitahu|dikirim|diinfokan|dirahasiakan)",
                    ),
                    _alt(
                        "公司名称面谈",
                        "公司名(?:称)?(?:私聊|详聊|面议|保密|见面告知|入职告知|面谈|私信)",
                        "详情私聊",
                        "具体私聊",
                        "ชื่อบริษัท(?:จะ)?แจ้ง(?:ให้ทราบ)?(?:ภายหลัง|ทีหลัง|ตอนสัมภาษณ์)",
                        "รายละเอียดทักแชท",
                        "รายละเอียดทางไลน์",
                    ),
                )
            ),
            _clause(
                _any(
                    _w(
                        "(?:big|large|famous|well[- ]known|reputable|leading|top|major|multinational|international|foreign|chinese"
                        "|overseas|prestigious|legit|legal|trusted|reliable)(?: (?:big|large|famous|well[- ]known|reputable|leading"
                        "|top|major|multinational|international|foreign|chinese|overseas|prestigious|legit|legal|trusted|reliable))*"
                        " (?:company|companies|firm|corporation|employer|group)",
                        "công ty (?:lớn|nước ngoài|uy tín|quốc tế|nổi tiếng|trung quốc)",
                        "perusahaan (?:besar|ternama|terkenal|asing|internasional|resmi|terpercaya|legal)",
                    ),
                    _alt(
                        "大公司",
                        "正规公司",
                        "正规大公司",
                        "国际公司",
                        "大型公司",
                        "知名公司",
                        "海外公司",
                        "外资公司",
                        "某公司",
                        "บริษัทใหญ่",
                        "บริษัทต่างชาติ",
                        "บริษัทต่างประเทศ",
                        "บริษัทชั้นนำ",
                        "บริษัทมั่นคง",
                        "บริษัทจีน",
                    ),
                ),
                unless=(
                    _any(
                        _w(
                            "ltd",
                            "limited",
                            "inc",
                            "llc",
                            "plc",
                            "gmbh",
                            "pte",
                            "corp",
                            "co\\., ?ltd",
                            "sdn bhd",
                            "bhd",
                            "pt\\.? [a-z]+",
                            "cv\\.? [a-z]+",
                            "tbk",
                            "tnhh",
                            "cổ phần",
                            "jsc",
                            "address",
                            "located at",
                            "địa chỉ",
                            "alamat",
                            "www\\.",
                            "https?://",
                            "\\.(?:com|net|org|co|vn|th|id|cn)",
                        ),
                        _alt("有限公司", "股份", "集团", "地址", "网址", "จำกัด", "มหาชน", "ที่อยู่", "ตั้งอยู่"),
                    ),
                ),
            ),
        ),
        "gambling_work": (
            _clause(
                _any(
                    _w(
                        "casinos?",
                        "online (?:gaming|gambling|betting|casino)",
                        "gaming platforms?",
                        "betting (?:company|platform|site|website)",
                        "sportsbook",
                        "pogo",
                        "baccarat",
                        "(?:card|casino|table|live) dealers?",
                        "croupiers?",
                        "igaming",
                        "gambling",
                        "sòng bạc",
                        "cờ bạc",
                        "cá cược",
                        "nhà cái",
                        "chia bài",
                        "game bài",
                        "cá độ",
                        "kasino",
                        "judi(?: online| slot)?",
                        "taruhan",
                        "bandar (?:judi|togel)",
                        "togel",
                    ),
                    _alt(
                        "博彩",
                        "菠菜",
                        "荷官",
                        "赌场",
                        "赌博",
                        "百家乐",
                        "网投",
                        "电投",
                        "娱乐城",
                        "线上娱乐",
                        "盘口",
                        "体育投注",
                        "คาสิโน",
                        "บ่อน",
                        "การพนัน",
                        "พนันออนไลน์",
                        "เว็บพนัน",
                        "บาคาร่า",
                        "ดีลเลอร์",
                        "สล็อต",
                        "แทงบอล",
                        "ครูเปียร์",
                    ),
                )
            ),
        ),
        "task_commission": (
            _clause(
                _any(
                    _w(
                        "(?:pay|paid|earn|earning|commission|money|cash|\\$\\d+) (?:per|for each|for every|each) "
                        "(?:like|review|click|order|task|rating|follow|view|video|subscribe|post|comment)s?",
                        "(?:likes?|reviews?|orders?|ratings?|tasks?|clicks?) (?:for|and (?:get|earn)) (?:a )?(?:commission|cash|money|pay)",
                        "commissions? (?:per|for each|on each) (?:task|order|review)",
                        "(?:product|order|app|data) boosting",
                        "(?:boost|rate|rating) (?:products?|orders?|apps?|hotels?|merchants?)",
                        "order grabbing",
                        "grab orders?",
                        "prepay",
                        "pre-pay",
                        "recharge (?:your )?account",
                        "top[- ]up (?:your )?account",
                        "usdt",
                        "trc20",
                        "crypto wallet",
                        "làm nhiệm vụ",
                        "nhiệm vụ (?:like|thả tim)",
                        "like (?:video|bài|fanpage)",
                        "(?:thả tim|bình luận|đánh giá) (?:nhận|kiếm|được) tiền",
                        "chốt đơn ảo",
                        "hoa hồng (?:mỗi|theo|trên) (?:đơn|nhiệm vụ)",
                        "nạp tiền",
                        "(?:like|komen|review|ulasan|rating|follow|subscribe) (?:dan )?(?:dapat|dibayar|dapet) (?:uang|komisi|rp)",
                        "komisi (?:per|setiap) (?:tugas|order|pesanan)",
                        "tugas (?:harian )?(?:like|rating|review)",
                        "isi saldo",
                        "top up saldo",
                        "kerja like",
                    ),
                    _alt(
                        "刷单",
                        "点赞",
                        "返佣",
                        "返利",
                        "做任务",
                        "接任务",
                        "抢单",
                        "垫付",
                        "先充值",
                        "充值返",
                        "先垫后返",
                        "本金返还",
                        "好评返现",
                        "泰达币",
                        "虚拟币",
                        "刷信誉",
                        "每单佣金",
                        "佣金日结",
                        "每单[^,。]{0,4}佣金",
                        "กดไลค์",
                        "กดถูกใจ",
                        "ปั๊มยอด",
                        "ทำภารกิจ",
                        "เติมเงินก่อน",
                        "สำรองจ่าย",
                        "รีวิวสินค้ารับเงิน",
                        "ค่าคอมต่อ",
                        "ค่าคอมมิชชั่นต่อ",
                    ),
                )
            ),
        ),
    }


# ---------------------------------------------------------------------------------------------------------------
# The shared gate: one pass over the ad finds where the first part of any clause could match.
#
# Latin-script anchors are found by a prefix tree of the anchors that must follow a non-letter; for mostly-Latin
# text the tree is entered only after a space or punctuation, for other scripts only at a Latin letter (the same
# matches, whichever is faster). Chinese and Thai anchors are found by their rarest character (a character-class
# scan, which the engine runs in C) and then checked with ``str.startswith``.

#: Most frequent characters of ordinary Chinese job ads (ORFD) and of Thai text, most frequent first: an anchor is
#: looked up by its character that comes latest in this string (or is absent from it).
_COMMON_CHARS = (
    "的工有公业司一作务年人不理上为资经中服品以力时限和国成客大产提发位户等保金职员行生能及学销薪补专家安月通在包班管"
    "于元是合险加可全售市高验要供团个平间电好地责会心展天用优我多企信营机体区费定广助历求立每入主们集商住内进新化小系"
    "期任周与岗创自五强日培技部利同训场名奖设长过了具店动房车实收吃方活分制交休事关底海接面网话质者各本双牌目招无到队"
    "下前最应先你开美外现并单度手做路建待负聘来福对意式假源身装证维备线计需正良直性息物台北带程准联出格标效排第深免号"
    "宿点升三术州京完件子量精流相从代遇二后持健法调领饭岁餐更融科城运造配办万东环试项总打报门沟空类游型康水得所节文积"
    "容组劳协社注简向其诚规解询都投份圳达华满较识贴之综统级道种知受食请绩当推站至已才熟厂拥或教就共热普导咨想数基末护"
    "าอนรเกงมยล่ิวดทสบัีคะไปต้ขหพแจํืใุโผชถซฟศษญฉฐฒณฌฎฏฑธภฤฦฮ"
)
_RANK = {c: i for i, c in enumerate(" .,:;-/+0123456789etaoinshrdlcumwfgypbvkjxqz" + _COMMON_CHARS)}


def _key(anchor: str) -> int:
    """Index of the anchor's rarest character."""
    return max(range(len(anchor)), key=lambda i: (_RANK.get(anchor[i], len(_RANK)), -i))


def _build_gate(detectors: dict[str, tuple[_Clause, ...]]):
    gated = {id(p): p for clauses in detectors.values() for c in clauses for p in c.parts if p.gated}
    by_anchor: dict[str, list[_Part]] = {}
    raw: dict[str, list[tuple[int, str, tuple[_Part, ...]]]] = {}
    raw_parts: dict[str, list[_Part]] = {}
    for part in gated.values():
        for kind, literal in part.anchors:
            group = by_anchor if kind == "w" else raw_parts
            if part not in group.setdefault(literal, []):
                group[literal].append(part)
    # Chinese/Thai anchors are searched from their rarest character: the tree holds the anchor's tail from there
    # on, and a look-behind checks the head, so the engine only stops where a whole anchor is present.
    tails: dict[str, list[tuple[int, str, tuple[_Part, ...]]]] = {}
    rotated = []
    for literal, parts in raw_parts.items():
        k = _key(literal)
        tails.setdefault(literal[k:], []).append((k, literal, tuple(parts)))
        rotated.append((literal[k:], f"(?<={re.escape(literal)})" if k else ""))
    # The tree stops at the longest tail; the anchors whose tail is a prefix of it are checked with startswith.
    for tail in tails:
        raw[tail] = [entry for j in range(1, len(tail) + 1) for entry in tails.get(tail[:j], ())]
    # The tree finds the longest anchor at a position; every shorter anchor there is a prefix of it.
    table = {}
    for literal in by_anchor:
        found: list[_Part] = []
        for k in range(1, len(literal) + 1):
            found += [p for p in by_anchor.get(literal[:k], ()) if p not in found]
        table[literal] = tuple(found)
    after_space = re.compile(f"[^{_LATIN}]" + _trie([(a, "") for a in by_anchor]))
    first: dict[str, list[str]] = {}
    for anchor in by_anchor:
        first.setdefault(anchor[0], []).append(anchor)
    at_letter = re.compile(
        "(?:"
        + "|".join(
            re.escape(c) + f"(?<![{_LATIN}]{re.escape(c)})" + _trie([(a[1:], "") for a in group])
            for c, group in first.items()
        )
        + ")"
    )
    return after_space, at_letter, table, re.compile(_trie(rotated)), raw


class _Compiled(NamedTuple):
    detectors: dict[str, tuple[_Clause, ...]]
    after_space: re.Pattern[str]
    at_letter: re.Pattern[str]
    w_table: dict[str, tuple[_Part, ...]]
    raw: re.Pattern[str]
    raw_table: dict[str, list[tuple[int, str, tuple[_Part, ...]]]]


@functools.lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    """Detectors and gate, built on first use (nothing is compiled or read from disk at import time)."""
    detectors = _build_detectors()
    return _Compiled(detectors, *_build_gate(detectors))


def _anchor_hits(text: str) -> dict[_Part, list[int]]:
    """Gated part -> sorted positions in ``text`` where one of its anchors starts."""
    gate = _compiled()
    hits: dict[_Part, list[int]] = {}
    if text.count(" ") * 12 > len(text):  # mostly Latin script: enter the tree only after a non-letter
        padded = " " + text
        m = gate.after_space.search(padded)
        while m is not None:
            start = (
                m.start()
            )  # the anchor starts at ``start + 1`` in ``padded``, i.e. at ``start`` in ``text``
            for part in gate.w_table[m.group()[1:]]:
                hits.setdefault(part, []).append(start)
            m = gate.after_space.search(padded, start + 1)
    else:
        m = gate.at_letter.search(text)
        while m is not None:
            start = m.start()
            for part in gate.w_table[m.group()]:
                hits.setdefault(part, []).append(start)
            m = gate.at_letter.search(text, start + 1)
    raw_hit = False
    m = gate.raw.search(text)
    while m is not None:
        at = m.start()
        for k, literal, parts in gate.raw_table[m.group()]:
            if at >= k and text.startswith(literal, at - k):
                raw_hit = True
                for part in parts:
                    hits.setdefault(part, []).append(at - k)
        m = gate.raw.search(text, at + 1)
    if raw_hit:
        for part, positions in hits.items():
            hits[part] = sorted(set(positions))
    return hits


# ---------------------------------------------------------------------------------------------------------------
# Entry points


def signal_names(normalized: Normalized) -> list[str]:
    """Fast: which signals fire on already-normalised text (used in batch scoring of millions of ads)."""
    text = normalized.text
    detectors = _compiled().detectors
    hits = _anchor_hits(text)
    out = []
    for name in SIGNAL_NAMES:
        if name == "obfuscation":
            if normalized.evidence and text:  # invisible characters alone are not an ad
                out.append(name)
        elif hits and _spans(detectors[name], text, hits, first_only=True):
            out.append(name)
    return out


def detect_signals(text: str) -> list[SignalHit]:
    """Full: normalise with offsets, run every detector, map matches back to spans/quotes in ``text``."""
    normalized = normalize_with_offsets(text)
    detectors = _compiled().detectors
    anchor_hits = _anchor_hits(normalized.text)
    hits = []
    for name in SIGNAL_NAMES:
        if name == "obfuscation":
            if not (normalized.evidence and normalized.text):
                continue
            spans = _obfuscation_spans(normalized, text)
        else:
            found = _spans(detectors[name], normalized.text, anchor_hits, first_only=False)
            if not found:
                continue
            spans = _merge(normalized.original_span(s, e, text) for s, e in found)
        title, explanation, advice = SIGNAL_INFO[name]
        hits.append(SignalHit(name, title, explanation, advice, spans, tuple(text[s:e] for s, e in spans)))
    return hits


def _merge(spans) -> tuple[tuple[int, int], ...]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)


_LEET_SOURCES = "".join(chr(o) for o in LEET)  # "0134 57@$": characters leetspeak stands in for letters with
_HOMOGLYPH_CHARS = frozenset(HOMOGLYPHS)
_ASCII_WORD_RUN = re.compile(r"[a-z0-9]+")


def _obfuscation_spans(normalized: Normalized, original: str) -> tuple[tuple[int, int], ...]:
    """Original-text spans of the words whose characters the normaliser changed (only kinds in the evidence)."""
    text, offsets, evidence = normalized.text, normalized.offsets, normalized.evidence
    assert offsets is not None
    leet, homoglyph = "leetspeak" in evidence, "homoglyph" in evidence
    hidden, spaced = "zero_width" in evidence, "spaced_letters" in evidence
    flagged: set[int] = set()
    previous = -1
    for i, c in enumerate(text):
        at = offsets[i]
        source = original[at]
        is_leet = leet and source in _LEET_SOURCES and c != source
        is_homoglyph = (
            homoglyph
            and not source.isascii()
            and unicodedata.normalize("NFKC", source).lower() in _HOMOGLYPH_CHARS
        )
        if is_leet or is_homoglyph:
            flagged.add(i)
        if (hidden or spaced) and at - previous > 1 and i and c != " " and text[i - 1] != " ":
            gap = [ch for ch in original[previous + 1 : at] if not unicodedata.combining(ch)]
            if (hidden and any(ch in INVISIBLE for ch in gap)) or (
                spaced and any(ch.isspace() or ch in ".-_*" for ch in gap)
            ):
                flagged.update((i - 1, i))
        previous = at
    spans = []
    words = {m.start(): m.end() for m in _ASCII_WORD_RUN.finditer(text)} if flagged else {}
    word_of = {k: (start, end) for start, end in words.items() for k in range(start, end)}
    for i in flagged:
        start, end = word_of.get(i, (i, i + 1))
        spans.append(normalized.original_span(start, end, original))
    return _merge(spans)
