"""The contact log's hash chain: what makes the record hold up (docs/record.md).

Every contact-log entry carries `entry_hash`, the SHA-256 of its canonical serialisation,
and `previous_hash`, the `entry_hash` of the entry before it. Changing, removing, adding or
reordering an entry anywhere in the log breaks a link that `verify` names.

The canonical serialisation of an entry (documented in docs/record.md, and re-checked in the
tests by a script that uses only hashlib and json) is:

- a JSON object of the entry's fields, with the field `entry_hash` left out and every field
  whose value is empty (an empty text, an empty list, null, false) left out,
- times and dates as ISO 8601 text (`YYYY-MM-DDTHH:MM:SS`, fractions of a second only when
  not zero), choices as their stored names (`"text"`, `"police"`),
- keys sorted, no whitespace (`separators=(",", ":")`), non-ASCII characters as themselves
  (`ensure_ascii=False`), encoded as UTF-8.

Leaving empty fields out means that a field the model gains later (attachment hashes, for
example) changes no hash of an entry written before it existed.

No Qt, no storage: the repository, the JSON import, `workbook verify` and the log page all
call this module.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, Final

from workbook.domain.i18n import QT_TRANSLATE_NOOP, plural, tr
from workbook.domain.model import ContactLogEntry

HASH_FIELD: Final = "entry_hash"

# Every field but the hash itself, in key order. The object is built in this order, so the
# encoder need not sort it (its output is the same as with sort_keys, which docs/record.md
# documents).
HASHED_FIELDS: Final[tuple[str, ...]] = tuple(
    sorted(f.name for f in dataclasses.fields(ContactLogEntry) if f.name != HASH_FIELD)
)


def _is_time(hint: Any) -> bool:
    options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    return any(option in (datetime, date) for option in options)


_HINTS = typing.get_type_hints(ContactLogEntry)
# Fields holding a time or a date, written as ISO 8601 text.
_TIME_FIELDS: Final[tuple[str, ...]] = tuple(n for n in HASHED_FIELDS if _is_time(_HINTS[n]))


def _plain(value: Any) -> Any:
    """What JSON cannot write by itself: a choice that is not text, a date inside a list."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    raise TypeError(f"a contact-log field of type {type(value).__name__} has no canonical form")


# Choices are text (StrEnum), which JSON writes as their value.
_encode: Callable[[Any], str] = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_plain
).encode
# A text in JSON quotes, exactly as the encoder above writes it (the same C function).
_quote: Final[Callable[[str], str]] = json.encoder.encode_basestring


def canonical_object(entry: ContactLogEntry) -> dict[str, Any]:
    """The entry as the JSON object that is hashed (empty fields and the hash left out)."""
    values = entry.__dict__
    result = {name: values[name] for name in HASHED_FIELDS if values[name]}
    for name in _TIME_FIELDS:
        value = result.get(name)
        if value is not None:
            result[name] = value.isoformat()
    return result


def reference_bytes(entry: ContactLogEntry) -> bytes:
    """The canonical bytes the plain way (the documented object through `json`): what
    `canonical_bytes` must give, byte for byte (tests/test_chain.py compares them)."""
    return _encode(canonical_object(entry)).encode("utf-8")


# The days already written as "YYYY-MM-DDT" (a log of 50,000 entries spans a few thousand).
_DAYS: dict[int, str] = {}
_CLOCK: Final = tuple(f"{h:02d}:{m:02d}:" for h in range(24) for m in range(60))
_SECONDS: Final = tuple(f'{s:02d}"' for s in range(60))


def _quoted_time(value: date) -> str:
    """`value.isoformat()` in JSON quotes. datetime.isoformat costs more than all the rest of
    an entry's bytes, so a naive time on a whole second is put together from its day and
    its clock time, each written once; anything else goes through isoformat itself."""
    if type(value) is not datetime or value.microsecond or value.tzinfo is not None:
        return '"' + value.isoformat() + '"'
    day = value.toordinal()
    text = _DAYS.get(day)
    if text is None:
        if len(_DAYS) > 100_000:
            _DAYS.clear()
        text = _DAYS[day] = '"' + value.date().isoformat() + "T"
    return text + _CLOCK[value.hour * 60 + value.minute] + _SECONDS[value.second]


def _writer_source() -> str:
    """The source of `_write(entry) -> bytes`: one line per field, in key order, each adding
    `,"name":value` when the value is not empty; the same bytes as `reference_bytes`. Made
    from the model's fields when this module loads (as dataclasses makes its methods), so
    that checking 50,000 entries builds no dictionary and calls no encoder object."""
    lines = [
        "def _write(entry):",
        '    """The exact bytes whose SHA-256 is the hash of the entry."""',
        "    values = entry.__dict__",
        "    text = ''",
    ]
    for name in HASHED_FIELDS:
        key = "," + _quote(name) + ":"
        hint = _HINTS[name]
        options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        kinds = {option for option in options if option is not type(None)}
        item = typing.get_args(hint)[0] if typing.get_origin(hint) is list else None
        lines.append(f"    value = values[{name!r}]")
        if name in _TIME_FIELDS:
            lines.append(f"    if value: text += {key!r} + _quoted_time(value)")
        elif kinds == {bool}:
            lines.append(f"    if value: text += {key + 'true'!r}")
        elif all(isinstance(k, type) and issubclass(k, str) for k in kinds):
            lines.append(f"    if value: text += {key!r} + _quote(value)")
        elif isinstance(item, type) and issubclass(item, str):
            lines.append(
                f"    if value: text += {key + '['!r} + ','.join(map(_quote, value)) + ']'"
            )
        else:  # any other kind of value: the general encoder
            lines.append(f"    if value: text += {key!r} + _encode(value)")
    lines.append("    return ('{' + text[1:] + '}').encode('utf-8')")
    return "\n".join(lines)


def _writer() -> Callable[[ContactLogEntry], bytes]:
    scope: dict[str, Any] = {
        "_quote": _quote,
        "_quoted_time": _quoted_time,
        "_encode": _encode,
    }
    exec(_writer_source(), scope)  # its text is made from the model's field names only
    return typing.cast(Callable[[ContactLogEntry], bytes], scope["_write"])


canonical_bytes: Final[Callable[[ContactLogEntry], bytes]] = _writer()
_write: Final = canonical_bytes


def entry_hash(entry: ContactLogEntry) -> str:
    """SHA-256 (lower-case hex) of the entry's canonical bytes; its previous_hash included."""
    return hashlib.sha256(canonical_bytes(entry)).hexdigest()


def seal(entry: ContactLogEntry, previous_hash: str) -> ContactLogEntry:
    """Link `entry` after the entry whose hash is `previous_hash` and set its own hash.
    Changes the entry in place and returns it; the bytes it was sealed over stay with it
    (`sealed_bytes`), for the database to keep."""
    entry.previous_hash = previous_hash
    data = canonical_bytes(entry)
    entry.entry_hash = hashlib.sha256(data).hexdigest()
    _keep(entry, data)
    return entry


# --------------------------------------------------------------------------- sealed bytes
#
# The database keeps each entry as the very bytes it was sealed over, and an entry read back
# is decoded from them (`decode`): its fields are a function of those bytes, and
# decode(canonical_bytes(e)) gives e back, field for field, an empty field at its default
# (tests/test_chain.py). So when the bytes hash to the entry's hash, the fields shown and
# exported are the ones sealed (the repository has SQLite compare the row's other columns
# with them as it reads it), and a check of the chain need only hash the bytes: SHA-256 runs
# over them, and nothing writes an entry's bytes again. An entry neither sealed nor decoded
# here (imported, read from an exported file, a copy) keeps no bytes and is written out and
# hashed as before.


def _values(entry: ContactLogEntry) -> tuple[Any, ...]:
    """The values of the entry's attributes (its fields), in their order."""
    return tuple(entry.__dict__.values())


class _Kept(weakref.ref):  # type: ignore[type-arg]
    """What an entry was sealed over or decoded from, kept beside it (not in it, so the
    entry's own attributes stay its fields) for as long as it lives."""

    __slots__ = ("data", "key", "values")
    key: int  # id of the entry
    data: bytes | None  # None: stored bytes that are not an entry's
    values: tuple[Any, ...]  # its fields' values when it was sealed or decoded


_KEPT: Final[dict[int, _Kept]] = {}


def _forget(kept: _Kept) -> None:
    if _KEPT.get(kept.key) is kept:
        del _KEPT[kept.key]


def _keep(entry: ContactLogEntry, data: bytes | None) -> None:
    """Keep `data` for this very object, with its fields' values as they are now: a copy of
    it, or the object once a field is given another value (a list changed in place too: the
    values kept hold copies of its lists), no longer counts as having them."""
    kept = _Kept(entry, _forget)
    values = tuple([*v] if v.__class__ is list else v for v in entry.__dict__.values())
    kept.key, kept.data, kept.values = id(entry), data, values
    _KEPT[kept.key] = kept


def _kept(entry: ContactLogEntry) -> tuple[bool, bytes | None]:
    """(whether `entry` still has the bytes it was sealed over or decoded from, the bytes)."""
    kept = _KEPT.get(id(entry))
    if kept is None or kept() is not entry:
        return False, None
    if kept.data is None:
        return True, None
    return _values(entry) == kept.values, kept.data


def sealed_bytes(entry: ContactLogEntry) -> bytes:
    """The bytes `entry` was sealed over, as kept since it was sealed or decoded; otherwise
    (or when they are not an entry's) its canonical bytes, written now."""
    has, data = _kept(entry)
    return data if has and data is not None else canonical_bytes(entry)


def _decoders() -> dict[str, Callable[[Any], Any] | None]:
    """For each hashed field, what turns its JSON value back into the field's value (None: a
    text, kept as it is); each refuses (TypeError, KeyError, ValueError) a value of the
    wrong kind."""

    def true(value: Any) -> bool:
        if value is not True:
            raise TypeError
        return True

    def texts(value: Any) -> list[str]:
        if type(value) is not list or not all(type(v) is str for v in value):
            raise TypeError
        return value

    def moment(value: Any) -> datetime:
        if type(value) is not str:
            raise TypeError
        return datetime.fromisoformat(value)

    def choices(members: dict[str, Enum]) -> Callable[[Any], Any]:
        def decode(value: Any) -> list[Enum]:
            if type(value) is not list:
                raise TypeError
            return [members[v] for v in value]

        return decode

    decoders: dict[str, Callable[[Any], Any] | None] = {}
    for name in HASHED_FIELDS:
        hint = _HINTS[name]
        options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        kinds = {option for option in options if option is not type(None)}
        item = typing.get_args(hint)[0] if typing.get_origin(hint) is list else None
        if name in _TIME_FIELDS and kinds == {datetime}:
            decoders[name] = moment
        elif kinds == {bool}:
            decoders[name] = true
        elif len(kinds) == 1 and issubclass(choice := next(iter(kinds)), Enum):
            decoders[name] = {m.value: m for m in choice}.__getitem__
        elif kinds == {str}:
            decoders[name] = None
        elif isinstance(item, type) and issubclass(item, Enum):
            decoders[name] = choices({m.value: m for m in item})
        elif item is str:
            decoders[name] = texts
        else:  # a field this module cannot decode yet: it fails to load, never misreads
            raise TypeError(f"the contact log's {name} has no decoder")
    return decoders


_DECODERS: Final = _decoders()
# Every field at its default, but the ones without one: an entry's bytes always hold those.
_BLANK: Final = {
    f.name: f.default for f in dataclasses.fields(ContactLogEntry) if f.name != HASH_FIELD
}
_LISTS: Final = tuple(n for n in HASHED_FIELDS if typing.get_origin(_HINTS[n]) is list)
_REQUIRED: Final = frozenset(
    n for n, v in _BLANK.items() if v is dataclasses.MISSING and n not in _LISTS
)
# json's own scanner, without the checks for whitespace around the text that json.loads
# makes with a regular expression: canonical bytes have none, and a text with any is refused.
_scan: Final[Callable[[str, int], tuple[Any, int]]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
_new: Final = object.__new__


def decode(data: bytes, stored_hash: str) -> ContactLogEntry | None:
    """The entry whose sealed bytes are `data` (with `stored_hash`, the hash kept beside
    them), `data` kept as its sealed bytes; None for bytes that are not an entry's (not
    JSON, a member of the wrong kind or one no entry has, the id or the time missing) or
    not its canonical bytes.

    Made as dataclasses' __init__ would make it, without its call: this runs for every
    entry each time the log is read."""
    if type(data) is not bytes:  # SQLite keeps whatever is written: a text, a number
        return None
    try:
        text = data.decode("utf-8")
        values, end = _scan(text, 0)
        if end != len(text) or type(values) is not dict or not _REQUIRED.issubset(values):
            return None
        fields = _BLANK.copy()
        for name in _LISTS:
            fields[name] = []
        decoders = _DECODERS
        for name, value in values.items():
            decoder = decoders[name]  # KeyError: not a field (entry_hash is none either)
            if decoder is None:
                if type(value) is not str:
                    return None
                fields[name] = value
            else:
                fields[name] = decoder(value)
    # UnicodeError is a ValueError; the scanner raises StopIteration when nothing is JSON.
    except (ValueError, TypeError, KeyError, StopIteration, RecursionError):
        return None
    fields[HASH_FIELD] = stored_hash
    entry: ContactLogEntry = _new(ContactLogEntry)
    entry.__dict__ = fields
    # Only the canonical bytes of what they hold: the same entry written another way (spaces,
    # escapes, another order, a member twice, an empty member, another form of a time) would
    # hash differently here than in any check that writes the entry out (the exported file's).
    if _write(entry) != data:
        return None
    _keep(entry, data)
    return entry


def unreadable(entry: ContactLogEntry) -> ContactLogEntry:
    """`entry` (read from the database's other columns) marked as one whose stored bytes are
    not an entry's: a check of the chain names it as changed."""
    _keep(entry, None)
    return entry


# --------------------------------------------------------------------------- checking


class Break:
    """How a link in the chain broke (ChainProblem.kind)."""

    ALTERED = "altered"  # the entry's content no longer matches its own hash
    UNLINKED = "unlinked"  # it does not follow the entry before it: removed, added, moved
    UNSEALED = "unsealed"  # it has no hash at all
    CORRECTS_UNKNOWN = "corrects_unknown"  # it corrects an entry that is not before it
    CORRECTED_TWICE = "corrected_twice"  # a second correction of the same entry
    DUPLICATE_ID = "duplicate_id"
    END_MISSING = "end_missing"  # entries after the last one are gone (or the end moved)


@dataclass(frozen=True)
class ChainProblem:
    """The first place the chain breaks. `number` counts entries from 1, in log order."""

    number: int
    entry_id: str
    kind: str
    message: str  # a plain sentence, naming the entry by its number; no user content


@dataclass(frozen=True)
class ChainCheck:
    count: int  # entries in the log
    latest_hash: str  # the last entry's stored hash ("" for an empty log)
    problem: ChainProblem | None

    @property
    def intact(self) -> bool:
        return self.problem is None


def _problem(number: int, entry_id: str, kind: str) -> ChainProblem:
    texts = {
        Break.ALTERED: tr(
            "chain",
            "Entry {number} was changed after it was written: its content no longer "
            "matches its hash.",
        ),
        Break.UNLINKED: tr(
            "chain",
            "Entry {number} does not follow the entry before it: an entry was removed, added "
            "or moved there.",
        ),
        Break.UNSEALED: tr(
            "chain", "Entry {number} has no hash: it was not written by Workbook's log."
        ),
        Break.CORRECTS_UNKNOWN: tr(
            "chain",
            "Entry {number} corrects an entry that is not before it in the log.",
        ),
        Break.CORRECTED_TWICE: tr(
            "chain",
            "Entry {number} corrects an entry that an earlier entry already corrected.",
        ),
        Break.DUPLICATE_ID: tr("chain", "Entry {number} has the same id as an earlier entry."),
        Break.END_MISSING: tr(
            "chain",
            "The log should end with entry {number}, but it does not: entries at its end "
            "were removed or changed.",
        ),
    }
    return ChainProblem(number, entry_id, kind, texts[kind].format(number=number))


def verify(
    entries: Sequence[ContactLogEntry],
    expected_end: tuple[int, str] | None = None,
    trusted: tuple[int, str] | None = None,
) -> ChainCheck:
    """Check every link of the log, in order; stops at the first break.

    `expected_end` is (number of entries, latest hash) as recorded elsewhere (the workbook's
    own note of its last entry, an export's summary): it catches entries removed from the
    end, which no link inside the log can show.

    `trusted` is (number of entries, hash of the last of them) of a beginning of the log that
    the caller checked whole before, on these same entries (the log page, after an entry is
    added): while the log still holds that hash at that place, those entries are checked for
    their links and order but not hashed again.
    """
    checker = Checker(entries, expected_end, trusted)
    checker.step(len(entries))
    assert checker.result is not None
    return checker.result


class Checker:
    """`verify` in parts, for a caller that must stay responsive (the log page checks a long
    log a few hundred entries at a time): `step(n)` checks the next `n` entries, in order,
    and returns True once the check is finished, its outcome then in `result`. The same
    checks as `verify`, which is one step over the whole log."""

    def __init__(
        self,
        entries: Sequence[ContactLogEntry],
        expected_end: tuple[int, str] | None = None,
        trusted: tuple[int, str] | None = None,
    ) -> None:
        self.entries = entries
        self.expected_end = expected_end
        self.count = len(entries)
        self.skip = 0  # entries not hashed again (a trusted beginning)
        if (
            trusted is not None
            and 0 < trusted[0] <= self.count
            and entries[trusted[0] - 1].entry_hash == trusted[1]
        ):
            self.skip = trusted[0]
        self.done = 0  # entries checked so far
        self.result: ChainCheck | None = None
        self._previous = ""
        self._seen: set[str] = set()
        self._corrected: set[str] = set()

    def step(self, size: int) -> bool:
        if self.result is not None:
            return True
        entries, count, skip = self.entries, self.count, self.skip
        previous, seen, corrected = self._previous, self._seen, self._corrected
        sha256 = hashlib.sha256
        write = canonical_bytes
        kept_of = _KEPT.get
        start = self.done
        stop = min(count, start + max(size, 0))
        for index in range(start, stop):
            entry = entries[index]
            stored = entry.entry_hash
            kind = ""
            altered = False
            if stored and index >= skip:
                # The bytes it was decoded from (sealed_bytes), or written now from its fields.
                # (_kept, inline: this runs for every entry of the log)
                kept = kept_of(id(entry))
                data: bytes | None
                if kept is None or kept() is not entry:
                    data = write(entry)
                elif kept.data is None or tuple(entry.__dict__.values()) == kept.values:
                    data = kept.data
                else:  # a field was given another value since
                    data = write(entry)
                altered = data is None or sha256(data).hexdigest() != stored
            if not stored:
                kind = Break.UNSEALED
            elif altered:
                kind = Break.ALTERED
            elif entry.previous_hash != previous:
                kind = Break.UNLINKED
            elif entry.id in seen:
                kind = Break.DUPLICATE_ID
            elif entry.corrects_id is not None:
                if entry.corrects_id not in seen:
                    kind = Break.CORRECTS_UNKNOWN
                elif entry.corrects_id in corrected:
                    kind = Break.CORRECTED_TWICE
                else:
                    corrected.add(entry.corrects_id)
            if kind:
                latest = entries[-1].entry_hash if entries else ""
                self.result = ChainCheck(count, latest, _problem(index + 1, entry.id, kind))
                return True
            seen.add(entry.id)
            previous = stored
        self._previous = previous
        self.done = stop
        if stop < count:
            return False
        end = self.expected_end
        problem = None
        if end is not None and end != (count, previous):
            problem = _problem(end[0], "", Break.END_MISSING)
        self.result = ChainCheck(count, previous, problem)
        return True


# --------------------------------------------------------------------------- versions


def current_versions(entries: Sequence[ContactLogEntry]) -> list[ContactLogEntry]:
    """The latest version of every entry (withdrawn ones included), in the order the first
    version of each was written."""
    latest: dict[str, ContactLogEntry] = {}  # first version's id -> latest version
    root_of: dict[str, str] = {}
    for entry in entries:
        target = entry.corrects_id
        root = entry.id if target is None else root_of.get(target, target)
        root_of[entry.id] = root
        latest[root] = entry
    return list(latest.values())


def history(entries: Sequence[ContactLogEntry], entry_id: str) -> list[ContactLogEntry]:
    """Every version of the entry `entry_id` belongs to, oldest first."""
    root_of: dict[str, str] = {}
    versions: dict[str, list[ContactLogEntry]] = {}
    for entry in entries:
        target = entry.corrects_id
        root = entry.id if target is None else root_of.get(target, target)
        root_of[entry.id] = root
        versions.setdefault(root, []).append(entry)
    found = root_of.get(entry_id)
    return [] if found is None else versions[found]


def is_superseded(entries: Sequence[ContactLogEntry], entry_id: str) -> bool:
    """Whether a later entry corrects or withdraws `entry_id`."""
    return any(entry.corrects_id == entry_id for entry in entries)


# Fields a correction compares; the ones the app sets are not "what changed".
APP_FIELDS: Final = frozenset(
    {
        "id",
        "recorded_at",
        "recorded_before_log",
        "corrects_id",
        "correction_note",
        "withdrawn_reason",
        "previous_hash",
        "entry_hash",
    }
)


def changed_fields(before: ContactLogEntry, after: ContactLogEntry) -> list[str]:
    """Names of the fields the person changed from `before` to `after`, in model order."""
    return [
        f.name
        for f in dataclasses.fields(ContactLogEntry)
        if f.name not in APP_FIELDS and getattr(before, f.name) != getattr(after, f.name)
    ]


def correction_id(entry_id: str) -> str:
    """The id of the entry that corrects or withdraws `entry_id`. An entry is replaced at most
    once, so this is unique; being fixed, an unfinished correction's draft finds its way back
    to the entry it corrects."""
    return hashlib.sha256(f"workbook correction of {entry_id}".encode()).hexdigest()[:32]


def correction(
    corrected: ContactLogEntry, edited: ContactLogEntry, note: str = ""
) -> ContactLogEntry:
    """A new entry that corrects `corrected` with the fields of `edited` (not yet written:
    the repository sets its times and hashes)."""
    entry = dataclasses.replace(
        edited,
        id=correction_id(corrected.id),
        corrects_id=corrected.id,
        correction_note=note,
        withdrawn_reason="",
        recorded_at=None,
        recorded_before_log=False,
        previous_hash="",
        entry_hash="",
    )
    return entry


def withdrawal(current: ContactLogEntry, reason: str) -> ContactLogEntry:
    """A new entry that withdraws `current`: its content stays, marked withdrawn."""
    return dataclasses.replace(
        correction(current, current),
        withdrawn_reason=reason,
    )


# --------------------------------------------------------------------------- the two times

LONG_AFTER_DAYS: Final = 3  # written later than this is labelled "long after"


def gap_text(occurred_at: datetime, recorded_at: datetime | None, before_log: bool) -> str:
    """How long after the contact its entry was written down, in plain words."""
    if recorded_at is None:
        return tr("chain", "not written down yet")
    if before_log:
        return tr("chain", "written before this record was kept")
    minutes = int((recorded_at - occurred_at).total_seconds() // 60)
    if minutes < -1:
        return tr("chain", "written before the time it gives")
    if minutes < 2:
        return tr("chain", "written at the time")
    if minutes < 60:
        return plural("chain", _MINUTES_AFTER, minutes, "written 1 minute after")
    hours = minutes // 60
    if hours < 48:
        return plural("chain", _HOURS_AFTER, hours, "written 1 hour after")
    days = hours // 24
    if days <= LONG_AFTER_DAYS:
        return plural("chain", _DAYS_AFTER, days, "written 1 day after")
    return plural("chain", _LONG_AFTER, days, "written 1 day after: long after the contact")


# Counts in their plural forms (lupdate makes a plural entry only for a number literal).
_MINUTES_AFTER = QT_TRANSLATE_NOOP("chain", "written %n minutes after", "", 0)
_HOURS_AFTER = QT_TRANSLATE_NOOP("chain", "written %n hours after", "", 0)
_DAYS_AFTER = QT_TRANSLATE_NOOP("chain", "written %n days after", "", 0)
_LONG_AFTER = QT_TRANSLATE_NOOP("chain", "written %n days after: long after the contact", "", 0)
