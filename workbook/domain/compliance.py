"""The compliance view: each contact-log entry judged against the orders in force on its date.

A contact is **inside** the mandate when an order (a MandatedObligation) was in force on
that day, the contact came from him directly, by a channel that order names, at a time its
structured schedule allows (or at any time, when the order has no schedule), and the person
marked the topic as within what the order allows. When the topic is not marked the contact
is **not sure**: channel and time fit, the topic is the person's call. Everything else is
**outside** the mandate, with the first reason it fails, and then what matters is how it was
answered (nothing, the firm sentence, forwarded to the lawyer: `ResponseKind`).

When an entry names the order that allowed it ("Allowed by"), it is judged against that
order only; otherwise against every order in the plan, and the first that allows it is the
one shown.

Contacts carried by a suspected proxy are always outside: orders govern contact between the
two parties, never messages passed through other people (PRODUCT.md §2.6).

How an order's channel maps onto the channels a contact arrives by (`ALLOWED_CHANNELS`):

| order's channel | contacts that fit it |
| --- | --- |
| In person | In person |
| Supervised | In person (the supervision is the order's to arrange) |
| Via lawyer | Through someone else (his lawyer, logged as coming from him) |
| Written | Letter, Email, Text message |
| App | Message app (a co-parenting app) |

A phone call, social media, a gift or "other" never fits an order's channel.

No Qt: the log page, the PDF and the tests use the same judgements. `ComplianceIndex`
judges a whole log once and then answers filters and monthly counts with bit sets, so a
filter step on 50,000 entries takes well under a screen frame (bench/bench_compliance.py).
"""

from __future__ import annotations

import bisect
import itertools
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Final, TypeVar

from workbook.domain.dates import month_name
from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.domain.model import (
    ContactChannel,
    ContactLogEntry,
    MandateChannel,
    MandatedObligation,
    Plan,
    ResponseKind,
    TopicFit,
)
from workbook.domain.schedule import Expansion, occurrences, shifted, validate_schedule

_CONTEXT = "compliance"

ALLOWED_CHANNELS: Final[Mapping[MandateChannel, frozenset[ContactChannel]]] = {
    MandateChannel.IN_PERSON: frozenset({ContactChannel.IN_PERSON}),
    MandateChannel.SUPERVISED: frozenset({ContactChannel.IN_PERSON}),
    MandateChannel.VIA_LAWYER: frozenset({ContactChannel.VIA_THIRD_PARTY}),
    MandateChannel.WRITTEN: frozenset(
        {ContactChannel.LETTER, ContactChannel.EMAIL, ContactChannel.TEXT}
    ),
    MandateChannel.APP: frozenset({ContactChannel.MESSAGE_APP}),
}

# How many scheduled windows of one order are expanded at once when a whole log is judged;
# beyond them an entry's own day is expanded on its own, so the judgement stays exact.
_WINDOW_LIMIT: Final = 200_000


class Verdict(StrEnum):
    INSIDE = "inside"
    OUTSIDE = "outside"
    UNSURE = "unsure"  # channel and time fit; the topic is not marked


class Reason(StrEnum):
    """Why an entry is not (surely) inside the mandate: the first test it fails."""

    THROUGH_PROXY = "through_proxy"
    NO_ORDER = "no_order"  # no order in force that day
    CHANNEL = "channel"  # no order in force allows this channel
    SCHEDULE = "schedule"  # the channel fits, the time does not
    TOPIC = "topic"  # the person marked the topic as beyond what the order allows
    TOPIC_NOT_MARKED = "topic_not_marked"


VERDICT_LABELS: Final[dict[Verdict, str]] = {
    Verdict.INSIDE: QT_TRANSLATE_NOOP(_CONTEXT, "Inside the order"),
    Verdict.OUTSIDE: QT_TRANSLATE_NOOP(_CONTEXT, "Outside any order"),
    Verdict.UNSURE: QT_TRANSLATE_NOOP(_CONTEXT, "Inside? Topic not marked"),
}

REASON_TEXTS: Final[dict[Reason, str]] = {
    Reason.THROUGH_PROXY: QT_TRANSLATE_NOOP(
        _CONTEXT, "Outside any order: it came through someone else."
    ),
    Reason.NO_ORDER: QT_TRANSLATE_NOOP(_CONTEXT, "Outside any order: none was in force that day."),
    Reason.CHANNEL: QT_TRANSLATE_NOOP(
        _CONTEXT, "Outside any order: no order in force allows contact this way."
    ),
    Reason.SCHEDULE: QT_TRANSLATE_NOOP(
        _CONTEXT, "Outside any order: not at a time the order's schedule allows."
    ),
    Reason.TOPIC: QT_TRANSLATE_NOOP(
        _CONTEXT, "Outside the order: the topic went beyond what it allows."
    ),
    Reason.TOPIC_NOT_MARKED: QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Way and time fit the order; whether the topic stayed within it is not marked.",
    ),
}

# A few words for a table cell; `Judgement.text` gives the whole sentence.
BRIEF_TEXTS: Final[dict[Reason | None, str]] = {
    None: QT_TRANSLATE_NOOP(_CONTEXT, "Inside"),
    Reason.THROUGH_PROXY: QT_TRANSLATE_NOOP(_CONTEXT, "Outside: through someone else"),
    Reason.NO_ORDER: QT_TRANSLATE_NOOP(_CONTEXT, "Outside: no order that day"),
    Reason.CHANNEL: QT_TRANSLATE_NOOP(_CONTEXT, "Outside: not a way allowed"),
    Reason.SCHEDULE: QT_TRANSLATE_NOOP(_CONTEXT, "Outside: not at a set time"),
    Reason.TOPIC: QT_TRANSLATE_NOOP(_CONTEXT, "Outside: the topic"),
    Reason.TOPIC_NOT_MARKED: QT_TRANSLATE_NOOP(_CONTEXT, "Not sure: topic not marked"),
}

ANSWER_TEXTS: Final[dict[ResponseKind, str]] = {
    ResponseKind.NO_RESPONSE: QT_TRANSLATE_NOOP(_CONTEXT, "Not answered."),
    ResponseKind.FIRM_SENTENCE: QT_TRANSLATE_NOOP(_CONTEXT, "Answered with my firm sentence."),
    ResponseKind.FORWARDED_TO_LAWYER: QT_TRANSLATE_NOOP(_CONTEXT, "Forwarded to my lawyer."),
    ResponseKind.MANDATED_REPLY: QT_TRANSLATE_NOOP(_CONTEXT, "Answered as the order requires."),
    ResponseKind.OTHER: QT_TRANSLATE_NOOP(_CONTEXT, "Answered some other way."),
}


@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: Verdict
    reason: Reason | None = None  # None when inside
    order_id: str | None = None  # the order it fits (or fits but for the topic)

    def text(self, response: ResponseKind | None = None) -> str:
        """The judgement in one or two plain sentences; for entries outside the mandate,
        how it was answered too."""
        if self.verdict is Verdict.INSIDE:
            return tr(_CONTEXT, "Inside the order.")
        assert self.reason is not None
        sentence = tr(_CONTEXT, REASON_TEXTS[self.reason])
        if self.verdict is Verdict.OUTSIDE and response is not None:
            sentence = f"{sentence} {tr(_CONTEXT, ANSWER_TEXTS[response])}"
        return sentence

    @property
    def short(self) -> str:
        return tr(_CONTEXT, VERDICT_LABELS[self.verdict])

    @property
    def brief(self) -> str:
        """A few words: the verdict and, when not inside, why."""
        return tr(_CONTEXT, BRIEF_TEXTS[self.reason])


def in_force(order: MandatedObligation, day: date) -> bool:
    """Whether the order applies on `day` (its start and end dates included)."""
    return (order.start_date is None or order.start_date <= day) and (
        order.end_date is None or day <= order.end_date
    )


def channel_fits(order: MandatedObligation, channel: ContactChannel) -> bool:
    return channel in ALLOWED_CHANNELS[order.channel]


WindowCheck = Callable[[MandatedObligation, datetime], bool]


def within_schedule(order: MandatedObligation, moment: datetime) -> bool:
    """Whether `moment` falls inside one of the order's scheduled windows. An order with no
    structured schedule (or one that does not validate) sets no time: any moment fits."""
    timetable = order.timetable
    if timetable is None or validate_schedule(timetable):
        return True
    day_before = shifted(datetime.combine(moment.date(), time()), -timedelta(days=1))
    found = occurrences(timetable, day_before, moment, limit=1_000)
    return any(item.contains(moment) for item in found)


def judge(
    entry: ContactLogEntry,
    orders: Sequence[MandatedObligation],
    window_check: WindowCheck = within_schedule,
) -> Judgement:
    """Judge one entry against `orders` (the plan's obligations, in the plan's order)."""
    if entry.proxy_id is not None:
        return Judgement(Verdict.OUTSIDE, Reason.THROUGH_PROXY)
    candidates: Iterable[MandatedObligation] = orders
    if entry.obligation_id is not None:
        named = [order for order in orders if order.id == entry.obligation_id]
        candidates = named or orders  # a name that no longer exists: judge against all
    day = entry.occurred_at.date()
    active = [order for order in candidates if in_force(order, day)]
    if not active:
        return Judgement(Verdict.OUTSIDE, Reason.NO_ORDER)
    by_channel = [order for order in active if channel_fits(order, entry.channel)]
    if not by_channel:
        return Judgement(Verdict.OUTSIDE, Reason.CHANNEL)
    fitting = next((o for o in by_channel if window_check(o, entry.occurred_at)), None)
    if fitting is None:
        return Judgement(Verdict.OUTSIDE, Reason.SCHEDULE)
    if entry.topic_within is TopicFit.NO:
        return Judgement(Verdict.OUTSIDE, Reason.TOPIC, fitting.id)
    if entry.topic_within is TopicFit.NOT_SURE:
        return Judgement(Verdict.UNSURE, Reason.TOPIC_NOT_MARKED, fitting.id)
    return Judgement(Verdict.INSIDE, None, fitting.id)


# --------------------------------------------------------------------------- a whole log


class _Windows:
    """One order's scheduled windows over a span, expanded once: a moment is inside when
    the latest window starting at or before it ends at or after it."""

    def __init__(self, order: MandatedObligation, first: datetime, last: datetime) -> None:
        assert order.timetable is not None
        expansion: Expansion = occurrences(order.timetable, first, last, limit=_WINDOW_LIMIT)
        self.starts = [item.start for item in expansion]
        self.latest_end: list[datetime] = list(
            itertools.accumulate((item.end for item in expansion), max)
        )
        # With a truncated expansion, moments after the last window are checked one by one.
        self.covered_until = self.starts[-1] if expansion.truncated and self.starts else last

    def contains(self, order: MandatedObligation, moment: datetime) -> bool:
        if moment > self.covered_until:
            return within_schedule(order, moment)
        position = bisect.bisect_right(self.starts, moment)
        return position > 0 and self.latest_end[position - 1] >= moment


def _window_checker(
    orders: Sequence[MandatedObligation], first: datetime, last: datetime
) -> WindowCheck:
    # None: the order sets no time (no schedule, or one that does not validate).
    windows: dict[str, _Windows | None] = {}

    def check(order: MandatedObligation, moment: datetime) -> bool:
        if order.id in windows:
            known = windows[order.id]
        else:
            timetable = order.timetable
            unusable = timetable is None or bool(validate_schedule(timetable))
            start = shifted(first, -timedelta(days=1))
            known = None if unusable else _Windows(order, start, last)
            windows[order.id] = known
        return known is None or known.contains(order, moment)

    return check


def judge_all(
    entries: Sequence[ContactLogEntry], orders: Sequence[MandatedObligation]
) -> list[Judgement]:
    """Every entry judged, exactly as `judge` would, each order's schedule expanded once for
    the whole log and equal judgements shared (a 50,000-entry log in a fraction of a second)."""
    if not entries:
        return []
    moments = [entry.occurred_at for entry in entries]
    check = _window_checker(orders, min(moments), max(moments))
    facts = [(order, order.start_date, order.end_date) for order in orders]
    # For each channel, the orders it fits, in the plan's order: a log of text messages
    # against a plan of in-person orders then walks no order at all for each entry.
    fits_by_channel = {
        channel: [
            fact
            for fact, order in zip(facts, orders, strict=True)
            if channel in ALLOWED_CHANNELS[order.channel]
        ]
        for channel in ContactChannel
    }
    by_id = {order.id: fact for order, fact in zip(orders, facts, strict=True)}
    # Whether any order is in force on a day (asked only when none that fits the channel is).
    in_force_on: dict[date, bool] = {}

    def any_in_force(day: date) -> bool:
        known = in_force_on.get(day)
        if known is None:
            known = in_force_on[day] = any(
                (start is None or start <= day) and (end is None or day <= end)
                for _order, start, end in facts
            )
        return known

    shared: dict[tuple[Verdict, Reason | None, str | None], Judgement] = {}

    def made(verdict: Verdict, reason: Reason | None, order_id: str | None) -> Judgement:
        key = (verdict, reason, order_id)
        found = shared.get(key)
        if found is None:
            found = shared[key] = Judgement(verdict, reason, order_id)
        return found

    through_proxy = made(Verdict.OUTSIDE, Reason.THROUGH_PROXY, None)
    # How far an entry got before failing: no order in force, the channel, the schedule.
    failures = (Reason.NO_ORDER, Reason.CHANNEL, Reason.SCHEDULE)
    results: list[Judgement] = []
    append = results.append
    for entry in entries:
        if entry.proxy_id is not None:
            append(through_proxy)
            continue
        moment = entry.occurred_at
        day = moment.date()
        channel = entry.channel
        named = by_id.get(entry.obligation_id) if entry.obligation_id is not None else None
        if named is not None:  # the order it names (one that no longer exists: all of them)
            candidates = [named] if channel in ALLOWED_CHANNELS[named[0].channel] else []
        else:
            candidates = fits_by_channel[channel]
        reached = 0
        fitting: MandatedObligation | None = None
        for order, start, end in candidates:
            if (start is not None and day < start) or (end is not None and day > end):
                continue
            reached = 2
            if check(order, moment):
                fitting = order
                break
        if reached == 0:  # none that fits the channel is in force: is any order?
            if named is not None:
                _order, start, end = named
                in_force = (start is None or start <= day) and (end is None or day <= end)
            else:
                in_force = any_in_force(day)
            reached = 1 if in_force else 0
        if fitting is None:
            append(made(Verdict.OUTSIDE, failures[reached], None))
        elif entry.topic_within is TopicFit.NO:
            append(made(Verdict.OUTSIDE, Reason.TOPIC, fitting.id))
        elif entry.topic_within is TopicFit.NOT_SURE:
            append(made(Verdict.UNSURE, Reason.TOPIC_NOT_MARKED, fitting.id))
        else:
            append(made(Verdict.INSIDE, None, fitting.id))
    return results


def live_entries(entries: Sequence[ContactLogEntry]) -> list[ContactLogEntry]:
    """The entries the compliance view counts: the latest version of each entry, withdrawn
    ones left out (a correction replaces what it corrects; a withdrawal removes it from the
    counts but never from the log)."""
    latest: dict[str, ContactLogEntry] = {}
    root_of: dict[str, str] = {}
    for entry in entries:
        # Read with getattr: the same rule holds for a log kept before corrections existed.
        target: str | None = getattr(entry, "corrects_id", None)
        root = root_of.get(target, target) if target is not None else entry.id
        root_of[entry.id] = root
        latest[root] = entry
    return [entry for entry in latest.values() if not getattr(entry, "withdrawn_reason", "")]


# --------------------------------------------------------------------------- filters, counts

HIM: Final = ""  # the person key of contacts that came from him directly


@dataclass(frozen=True)
class Filter:
    """What the compliance view shows. None: no restriction on that part."""

    person: str | None = None  # HIM, or a proxy's id
    channel: ContactChannel | None = None
    first_day: date | None = None
    last_day: date | None = None
    verdict: Verdict | None = None


@dataclass(frozen=True)
class MonthCounts:
    month: date  # the first day of the month
    inside: int
    outside: int
    unsure: int
    through_proxies: int
    answered: dict[ResponseKind, int]  # how the contacts outside the mandate were answered

    @property
    def total(self) -> int:
        return self.inside + self.outside + self.unsure


# The counts table, the same on screen and in the PDF: the month, the verdicts, the contacts
# through proxies, and how the contacts outside the mandate were answered.
COUNT_HEADERS: Final = (
    QT_TRANSLATE_NOOP(_CONTEXT, "Month"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Inside"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Not sure"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Outside"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Through someone else"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Outside: not answered"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Outside: firm sentence"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Outside: to my lawyer"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Outside: other answer"),
)
_ANSWER_COLUMNS: Final = (
    ResponseKind.NO_RESPONSE,
    ResponseKind.FIRM_SENTENCE,
    ResponseKind.FORWARDED_TO_LAWYER,
)


def count_headers() -> list[str]:
    return [tr(_CONTEXT, header) for header in COUNT_HEADERS]


def count_cells(month: MonthCounts) -> list[str]:
    """One month as the counts table's cells (COUNT_HEADERS), numbers written out."""
    answered = month.answered
    other = sum(n for kind, n in answered.items() if kind not in _ANSWER_COLUMNS)
    numbers = (
        month.inside,
        month.unsure,
        month.outside,
        month.through_proxies,
        *(answered.get(kind, 0) for kind in _ANSWER_COLUMNS),
        other,
    )
    return [month_label(month.month), *(f"{n:,}" for n in numbers)]


def month_label(month: date) -> str:
    """The counts table's month ("November 2026", "noviembre de 2026")."""
    return tr(_CONTEXT, "{month} {year}").format(
        month=month_name(month.month, alone=True), year=month.year
    )


_BITS = bytes.maketrans(b"01", b"\x00\x01")


def _bit_positions(bits: int, size: int) -> list[int]:
    """The positions of the set bits of `bits`, lowest first, at C speed."""
    if not bits:
        return []
    flags = format(bits, f"0{size}b")[::-1].encode("ascii").translate(_BITS)
    return list(itertools.compress(range(size), flags))


def _span_mask(low: int, high: int) -> int:
    return ((1 << high) - 1) ^ ((1 << low) - 1) if high > low else 0


@dataclass(frozen=True)
class _MonthPart:
    """One month of a ComplianceIndex: its positions [low, high) and, for each filter part,
    the bit set of its entries relative to `low` (a few hundred bits, where the whole log's
    sets have 50,000: a filter step works month by month on small numbers)."""

    month: date
    low: int
    high: int
    person: dict[str, int]
    channel: dict[ContactChannel, int]
    verdict: dict[Verdict, int]
    response: dict[ResponseKind, int]


class Selection(Sequence[int]):
    """The positions a filter lets through, oldest first, as a sequence that works out only
    the positions asked for: the view shows a screenful of 50,000 rows, so a filter step
    decodes the one or two months those rows fall in, never the whole list."""

    def __init__(self, parts: Sequence[tuple[int, int, int]]) -> None:
        # (the month's first position, its size, the bits let through relative to it)
        self._parts = parts
        self._starts: list[int] = []  # the rank of each part's first position
        total = 0
        for _low, _size, bits in parts:
            self._starts.append(total)
            total += bits.bit_count()
        self._length = total
        self._decoded: dict[int, list[int]] = {}

    def __len__(self) -> int:
        return self._length

    def _at(self, rank: int) -> int:
        if rank < 0:
            rank += self._length
        if not 0 <= rank < self._length:
            raise IndexError(rank)
        part = bisect.bisect_right(self._starts, rank) - 1
        positions = self._decoded.get(part)
        if positions is None:
            low, size, bits = self._parts[part]
            positions = self._decoded[part] = [low + p for p in _bit_positions(bits, size)]
        return positions[rank - self._starts[part]]

    @typing.overload
    def __getitem__(self, rank: int) -> int: ...

    @typing.overload
    def __getitem__(self, rank: slice) -> list[int]: ...

    def __getitem__(self, rank: int | slice) -> int | list[int]:
        if isinstance(rank, slice):
            return [self._at(r) for r in range(*rank.indices(self._length))]
        return self._at(rank)

    def __iter__(self) -> Iterator[int]:
        for low, size, bits in self._parts:
            for p in _bit_positions(bits, size):
                yield low + p


@dataclass
class ComplianceIndex:
    """A log judged once, in time order (oldest first), ready to filter and count.

    Position i is the i-th entry by `occurred_at`; every filter part is a bit set over
    positions, so a filter is a few big-integer ANDs and a month's count a popcount."""

    entries: list[ContactLogEntry]
    judgements: list[Judgement]
    _times: list[datetime] = field(default_factory=list)
    _person: dict[str, int] = field(default_factory=dict)
    _channel: dict[ContactChannel, int] = field(default_factory=dict)
    _verdict: dict[Verdict, int] = field(default_factory=dict)
    _response: dict[ResponseKind, int] = field(default_factory=dict)
    _months: list[tuple[date, int, int]] = field(default_factory=list)  # month, low, high
    _positions: dict[str, int] = field(default_factory=dict)
    _parts: list[_MonthPart] = field(default_factory=list)
    _lows: list[int] = field(default_factory=list)  # each part's first position
    _answer_kinds: list[ResponseKind] = field(default_factory=list)
    # The last filter asked for and its bits month by month (a step asks three times).
    _last: tuple[Filter, list[tuple[_MonthPart, int]]] | None = None

    @classmethod
    def build(
        cls, entries: Sequence[ContactLogEntry], orders: Sequence[MandatedObligation]
    ) -> ComplianceIndex:
        ordered = sorted(entries, key=lambda entry: entry.occurred_at)
        index = cls(list(ordered), judge_all(ordered, orders))
        index._prepare()
        return index

    @classmethod
    def of_plan(cls, plan: Plan) -> ComplianceIndex:
        return cls.build(live_entries(plan.contact_log), plan.obligations)

    @classmethod
    def from_judged(
        cls, entries: Sequence[ContactLogEntry], judgements: Mapping[str, Judgement]
    ) -> ComplianceIndex:
        """An index over `entries` from judgements already made (entry id -> Judgement),
        so an export that judged the whole log once does not judge it again."""
        ordered = sorted(entries, key=lambda entry: entry.occurred_at)
        index = cls(list(ordered), [judgements[entry.id] for entry in ordered])
        index._prepare()
        return index

    def _prepare(self) -> None:
        entries = self.entries
        self._positions = {entry.id: position for position, entry in enumerate(entries)}
        self._person = _masks([entry.proxy_id or HIM for entry in entries])
        self._channel = _masks([entry.channel for entry in entries])
        self._verdict = _masks([judgement.verdict for judgement in self.judgements])
        self._response = _masks([entry.response for entry in entries])
        self._times = [entry.occurred_at for entry in entries]
        months: list[tuple[date, int, int]] = []
        low = 0
        for (year, month), group in itertools.groupby(
            self._times, key=lambda moment: (moment.year, moment.month)
        ):
            high = low + sum(1 for _ in group)
            months.append((date(year, month, 1), low, high))
            low = high
        self._months = months
        people = [entry.proxy_id or HIM for entry in entries]
        channels = [entry.channel for entry in entries]
        verdicts = [judgement.verdict for judgement in self.judgements]
        responses = [entry.response for entry in entries]
        self._parts = [
            _MonthPart(
                month,
                low,
                high,
                _masks(people[low:high]),
                _masks(channels[low:high]),
                _masks(verdicts[low:high]),
                _masks(responses[low:high]),
            )
            for month, low, high in months
        ]
        self._lows = [part.low for part in self._parts]
        self._answer_kinds = [kind for kind in ResponseKind if kind in self._response]
        self._last = None

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def all_bits(self) -> int:
        return (1 << len(self.entries)) - 1

    def judgement_of(self, entry_id: str) -> Judgement | None:
        position = self._positions.get(entry_id)
        return None if position is None else self.judgements[position]

    def people(self) -> list[str]:
        """HIM first (when present), then each proxy that carried a contact."""
        return sorted(self._person, key=lambda key: (key != HIM, key))

    def channels(self) -> list[ContactChannel]:
        return [channel for channel in ContactChannel if channel in self._channel]

    def bits(self, wanted: Filter) -> int:
        """The positions `wanted` lets through, as a bit set."""
        bits = self.all_bits
        if wanted.first_day is not None or wanted.last_day is not None:
            bits &= _span_mask(*self._span(wanted))
        if wanted.person is not None:
            bits &= self._person.get(wanted.person, 0)
        if wanted.channel is not None:
            bits &= self._channel.get(wanted.channel, 0)
        if wanted.verdict is not None:
            bits &= self._verdict.get(wanted.verdict, 0)
        return bits

    def matching(self, wanted: Filter) -> list[int]:
        """Positions (oldest first) of the entries `wanted` lets through."""
        return _bit_positions(self.bits(wanted), len(self.entries))

    def _span(self, wanted: Filter) -> tuple[int, int]:
        """The positions [low, high) inside the filter's dates."""
        low, high = 0, len(self.entries)
        if wanted.first_day is not None:
            low = bisect.bisect_left(self._times, datetime.combine(wanted.first_day, time()))
        if wanted.last_day is not None:
            after = shifted(datetime.combine(wanted.last_day, time()), timedelta(days=1))
            high = bisect.bisect_left(self._times, after)
            if after == datetime.max:  # the last day Python can hold: all of it
                high = bisect.bisect_right(self._times, after)
        return low, high

    def _month_bits(self, wanted: Filter) -> list[tuple[_MonthPart, int]]:
        """Each month with an entry `wanted` lets through, and those entries' bits
        relative to the month's first position."""
        last = self._last
        if last is not None and last[0] == wanted:
            return last[1]
        low, high = self._span(wanted)
        found: list[tuple[_MonthPart, int]] = []
        first = max(bisect.bisect_right(self._lows, low) - 1, 0)
        person, channel, verdict = wanted.person, wanted.channel, wanted.verdict
        for part in itertools.islice(self._parts, first, None):
            if part.low >= high:
                break
            size = part.high - part.low
            bits = (1 << size) - 1
            if low > part.low:
                bits &= ~((1 << (low - part.low)) - 1)
            if high < part.high:
                bits &= (1 << (high - part.low)) - 1
            if person is not None:
                bits &= part.person.get(person, 0)
            if channel is not None:
                bits &= part.channel.get(channel, 0)
            if verdict is not None:
                bits &= part.verdict.get(verdict, 0)
            if bits:
                found.append((part, bits))
        self._last = (wanted, found)
        return found

    def selection(self, wanted: Filter) -> Selection:
        """The positions `wanted` lets through, as `matching` gives them, worked out only
        where they are read (a screenful of rows costs the months it falls in)."""
        return Selection(
            [(part.low, part.high - part.low, bits) for part, bits in self._month_bits(wanted)]
        )

    def monthly_counts(self, wanted: Filter | None = None) -> list[MonthCounts]:
        """Counts per month, oldest first, of the entries `wanted` lets through; months
        with none of them are left out."""
        counts: list[MonthCounts] = []
        kinds = self._answer_kinds
        for part, bits in self._month_bits(wanted or Filter()):
            verdicts = part.verdict
            outside = bits & verdicts.get(Verdict.OUTSIDE, 0)
            responses = part.response
            counts.append(
                MonthCounts(
                    month=part.month,
                    inside=(bits & verdicts.get(Verdict.INSIDE, 0)).bit_count(),
                    outside=outside.bit_count(),
                    unsure=(bits & verdicts.get(Verdict.UNSURE, 0)).bit_count(),
                    through_proxies=(bits & ~part.person.get(HIM, 0)).bit_count(),
                    answered={
                        kind: (outside & responses.get(kind, 0)).bit_count() for kind in kinds
                    },
                )
            )
        return counts

    def proxy_counts(self, wanted: Filter | None = None) -> dict[str, int]:
        """How many of the contacts `wanted` lets through each proxy carried."""
        bits = self.all_bits if wanted is None else self.bits(wanted)
        return {key: (mask & bits).bit_count() for key, mask in self._person.items() if key != HIM}

    def proxy_links(self) -> dict[str, list[str]]:
        """Which proxy carried which contacts: proxy id -> entry ids, oldest first."""
        return {
            key: [self.entries[p].id for p in _bit_positions(mask, len(self.entries))]
            for key, mask in self._person.items()
            if key != HIM
        }


K = TypeVar("K")


def _masks(keys: Sequence[K]) -> dict[K, int]:
    """For each distinct key, the bit set of the positions holding it. Built through one
    byte string per key (b"0"/b"1", highest position first) and one int() each: a few
    milliseconds for 50,000 positions, where setting bits one by one would copy the big
    integer every time."""
    size = len(keys)
    found: dict[K, bytearray] = {}
    for position, key in enumerate(keys):
        flags = found.get(key)
        if flags is None:
            flags = found[key] = bytearray(b"0" * size)
        flags[size - 1 - position] = 0x31  # "1"
    return {key: int(bytes(flags), 2) for key, flags in found.items()}
