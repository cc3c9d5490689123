"""The whole plan as a portable, versioned JSON document (docs/plan-format.md).

`plan_to_json` writes every record of every page; `plan_from_json` reads one back and checks
all of it before anything is built: the JSON syntax, the shape of every field, the domain
validation of every record and every reference between records. When anything is wrong it
raises `PlanImportError` listing every problem with its JSON path and line, so that the
caller can show them all at once and change nothing.

The record fields are taken from the domain dataclasses, so a field the model gains is
exported and imported without touching this module; the types it may have are the ones
`_Reader.value` knows.
"""

from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Final, cast

from workbook import __version__
from workbook.domain.chain import Break
from workbook.domain.chain import verify as verify_chain
from workbook.domain.fields import MAX_SHORT, MAX_TEXT
from workbook.domain.i18n import QT_TRANSLATE_NOOP, plural, tr
from workbook.domain.model import (
    LIST_NAMES,
    RECORD_TYPES,
    AboutMe,
    ContactLogEntry,
    OtherPerson,
    PersonalStatements,
    Plan,
    Record,
    Section,
    TrustedContact,
)
from workbook.domain.other_person import NAME_LIMIT
from workbook.domain.references import REFERENCE_FIELDS
from workbook.domain.schedule import Schedule, ScheduleFormatError
from workbook.domain.schedule import from_dict as schedule_from_dict
from workbook.domain.schedule import to_dict as schedule_to_dict
from workbook.domain.validation import (
    check_phone,
    check_text,
    validate,
    validate_about_me,
    validate_statements,
)

FORMAT_NAME: Final = "workbook-plan"
FORMAT_VERSION: Final = 1

# Keys of the document itself, around the record lists.
_KEY_FORMAT = "format"
_KEY_VERSION = "format_version"
_KEY_GENERATOR = "generator"  # informative only, ignored on import
_KEY_CREATED = "created_at"
_KEY_REVIEW = "next_review"
_KEY_CHANGED = "section_changed"
_KEY_STATEMENTS = "statements"
# The contact log's end: {"entries": N, "latest_hash": "..."} (docs/record.md). Import checks
# the log's hash chain against it, so entries removed from the end are noticed too.
_KEY_LOG_CHAIN = "contact_log_chain"
_KEY_ABOUT_ME = "about_me"
# How the workbook speaks of the other person, and the name chosen for it.
_KEY_OTHER_PERSON = "other_person"
_KEY_OTHER_PERSON_NAME = "other_person_name"
# Evidence files' details (name, type, size, SHA-256, when attached), never the files or
# their keys: the entries' attachment_hashes keep them in the chain. Written for the reader;
# an import leaves them out (the files are not in the plan file).
_KEY_ATTACHMENTS = "attachments"

# How deep a document may nest. The format needs four levels; anything much deeper is not a
# plan, and refusing it early keeps a hostile file from exhausting the stack.
_MAX_DEPTH = 32
# Longest number token accepted: far beyond any grace period, far below Python's limits.
_MAX_NUMBER_CHARS = 20
# Refused before they are built, so a hostile file cannot fill memory: the most items one list
# may hold (ten times a contact log of 10,000 entries), and how many values a document may hold
# for its size (a plan written by Workbook spends 20 to 40 bytes per value; a list of a million
# tiny numbers spends 2). Parsed values then stay within about 4 times the file's size.
MAX_LIST_ITEMS = 100_000
_BYTES_PER_VALUE = 32
_MIN_VALUE_BUDGET = 50_000
# Problems listed one by one; the rest are counted ("and N more").
MAX_PROBLEMS = 50
_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?$")

# Messages for the person: English source texts, translated where a problem is noted.
_CONTEXT = "PlanFile"

# A reference to a record the file does not hold, one whole sentence per kind of record.
_NO_SUCH_RECORD: Final[dict[str, str]] = {
    "obligations": QT_TRANSLATE_NOOP(
        _CONTEXT, "There is no mandated contact with this id in the file."
    ),
    "commitments": QT_TRANSLATE_NOOP(
        _CONTEXT, "There is no boundary commitment with this id in the file."
    ),
    "contacts": QT_TRANSLATE_NOOP(
        _CONTEXT, "There is no trusted contact with this id in the file."
    ),
    "backup_plans": QT_TRANSLATE_NOOP(
        _CONTEXT, "There is no backup plan with this id in the file."
    ),
    "checkin_agreements": QT_TRANSLATE_NOOP(
        _CONTEXT, "There is no check-in agreement with this id in the file."
    ),
    "checkin_log": QT_TRANSLATE_NOOP(_CONTEXT, "There is no check-in with this id in the file."),
    "proxies": QT_TRANSLATE_NOOP(_CONTEXT, "There is no suspected proxy with this id in the file."),
    "contact_log": QT_TRANSLATE_NOOP(
        _CONTEXT, "There is no contact-log entry with this id in the file."
    ),
}


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong in an imported document. Messages never repeat the user's text."""

    path: str  # JSONPath-like: $.contacts[2].phones[0]
    line: int  # 1-based line in the document where the value starts
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.path}: {self.message}"


class PlanImportError(Exception):
    """The document cannot be imported; `problems` lists what is wrong, in order: at most
    MAX_PROBLEMS of them, and `more` counts the others."""

    def __init__(self, problems: list[ImportProblem], more: int = 0) -> None:
        self.problems = problems
        self.more = more
        count = len(problems) + more
        super().__init__(
            plural(
                _CONTEXT,
                QT_TRANSLATE_NOOP(_CONTEXT, "The file has %n problems.", "", 0),
                count,
                "The file has one problem.",
            )
        )


# --------------------------------------------------------------------------- export


def _dump_value(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, Schedule):  # its documented, versioned shape (domain/schedule.py)
        return schedule_to_dict(value)
    if isinstance(value, date):  # and datetime, a subclass: YYYY-MM-DD[THH:MM:SS]
        return value.isoformat()
    if isinstance(value, list):
        return [_dump_value(item) for item in value]
    return value


def _dump_record(record: object) -> dict[str, Any]:
    fields = dataclasses.fields(record)  # type: ignore[arg-type]
    # The id first: it is what other records point at, and what a reader looks for.
    ordered = sorted(fields, key=lambda f: f.name != "id")
    return {f.name: _dump_value(getattr(record, f.name)) for f in ordered}


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    document: dict[str, Any] = {
        _KEY_FORMAT: FORMAT_NAME,
        _KEY_VERSION: FORMAT_VERSION,
        _KEY_GENERATOR: f"Workbook {__version__}",
        _KEY_CREATED: _dump_value(plan.created_at),
        _KEY_REVIEW: _dump_value(plan.next_review),
        _KEY_CHANGED: {
            section.value: _dump_value(plan.section_changed[section])
            for section in Section
            if section in plan.section_changed
        },
    }
    for kind, list_name in LIST_NAMES.items():
        document[list_name] = [_dump_record(record) for record in plan.records_of(kind)]
        if list_name == "commitments":  # statements sit with the boundaries, as in the wizard
            document[_KEY_STATEMENTS] = _dump_record(plan.statements)
    document[_KEY_ABOUT_ME] = _dump_record(plan.about_me)
    document[_KEY_OTHER_PERSON] = plan.other_person.value
    document[_KEY_OTHER_PERSON_NAME] = plan.other_person_name
    document[_KEY_ATTACHMENTS] = [_dump_record(item) for item in plan.attachments]
    log = plan.contact_log
    if log and all(entry.entry_hash for entry in log):
        document[_KEY_LOG_CHAIN] = {"entries": len(log), "latest_hash": log[-1].entry_hash}
    return document


def plan_to_json(plan: Plan) -> str:
    """The whole plan as a JSON document, UTF-8 friendly (non-ASCII kept as is)."""
    return json.dumps(plan_to_dict(plan), indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- parsing


@dataclass(slots=True)
class _Node:
    """A parsed JSON value and the line it starts on. Objects hold {key: _Node}, arrays
    hold [_Node]; everything else is the plain Python value."""

    value: Any
    line: int


class _SyntaxProblem(Exception):
    def __init__(self, position: int, message: str) -> None:
        message = tr(_CONTEXT, message)  # an English source text, or one translated already
        super().__init__(message)
        self.position = position
        self.message = message


# The standard library's (C-accelerated) reader of one JSON string: exact JSON escapes and
# control-character rules, without reimplementing them. Typeshed does not declare it.
_scanstring = cast(
    Callable[[str, int, bool], tuple[str, int]],
    json.decoder.scanstring,  # type: ignore[attr-defined]
)

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")


class _Parser:
    """Strict JSON (RFC 8259) that remembers where each value starts and reports duplicate
    keys, which the standard library silently drops."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Lines are counted as the parser moves forward (a list of every line's start would
        # cost more memory than the file itself for a file of short lines).
        self._counted_to = 0
        self._line = 1
        self.values_left = max(_MIN_VALUE_BUDGET, len(text) // _BYTES_PER_VALUE)
        self.duplicates: list[tuple[str, int]] = []  # (path, line)

    def line_of(self, position: int) -> int:
        if position >= self._counted_to:
            self._line += self.text.count("\n", self._counted_to, position)
            self._counted_to = position
            return self._line
        return self.text.count("\n", 0, position) + 1

    def parse(self) -> _Node:
        position = _WHITESPACE.match(self.text, 0).end()  # type: ignore[union-attr]
        node, position = self._value(position, "$", 0)
        position = _WHITESPACE.match(self.text, position).end()  # type: ignore[union-attr]
        if position != len(self.text):
            raise _SyntaxProblem(
                position,
                QT_TRANSLATE_NOOP(_CONTEXT, "There is more text after the end of the plan."),
            )
        return node

    def _value(self, position: int, path: str, depth: int) -> tuple[_Node, int]:
        text = self.text
        if position >= len(text):
            raise _SyntaxProblem(
                position,
                QT_TRANSLATE_NOOP(_CONTEXT, "The file ends too early; part of it may be missing."),
            )
        self.values_left -= 1
        if self.values_left < 0:
            raise _SyntaxProblem(
                position,
                QT_TRANSLATE_NOOP(
                    _CONTEXT,
                    "This file holds far more separate values than a plan of its size could, so "
                    "it was not read any further.",
                ),
            )
        char = text[position]
        line = self.line_of(position)
        if char == "{":
            return self._object(position, path, depth + 1)
        if char == "[":
            return self._array(position, path, depth + 1)
        if char == '"':
            string, end = self._string(position)
            return _Node(string, line), end
        for literal, value in (("true", True), ("false", False), ("null", None)):
            if text.startswith(literal, position):
                return _Node(value, line), position + len(literal)
        match = _NUMBER.match(text, position)
        if match:
            token = match.group()
            if len(token) > _MAX_NUMBER_CHARS:
                raise _SyntaxProblem(
                    position, QT_TRANSLATE_NOOP(_CONTEXT, "This number is far too long.")
                )
            number: int | float = float(token) if match.group(1) or match.group(2) else int(token)
            return _Node(number, line), match.end()
        raise _SyntaxProblem(
            position,
            QT_TRANSLATE_NOOP(_CONTEXT, "Expected a value here (text in quotes, a number, ...)."),
        )

    def _string(self, position: int) -> tuple[str, int]:
        try:
            return _scanstring(self.text, position + 1, True)
        except json.JSONDecodeError as error:
            if error.msg.startswith("Invalid control character"):
                message = QT_TRANSLATE_NOOP(
                    _CONTEXT, "Line breaks and tabs inside text must be written as \\n and \\t."
                )
            elif error.msg.startswith("Unterminated string"):
                message = QT_TRANSLATE_NOOP(_CONTEXT, "This text has no closing quote mark.")
            else:
                message = QT_TRANSLATE_NOOP(
                    _CONTEXT, "This text has a backslash that is not a valid escape."
                )
            raise _SyntaxProblem(error.pos, message) from None

    def _expected(self, position: int, message: str) -> _SyntaxProblem:
        if position >= len(self.text):
            message = QT_TRANSLATE_NOOP(
                _CONTEXT, "The file ends too early; part of it may be missing."
            )
        return _SyntaxProblem(position, message)

    def _check_depth(self, position: int, depth: int) -> None:
        if depth > _MAX_DEPTH:
            raise _SyntaxProblem(
                position,
                QT_TRANSLATE_NOOP(_CONTEXT, "The file is nested far too deeply to be a plan."),
            )

    def _skip(self, position: int) -> int:
        return _WHITESPACE.match(self.text, position).end()  # type: ignore[union-attr]

    def _object(self, start: int, path: str, depth: int) -> tuple[_Node, int]:
        self._check_depth(start, depth)
        text = self.text
        members: dict[str, _Node] = {}
        position = self._skip(start + 1)
        if text.startswith("}", position):
            return _Node(members, self.line_of(start)), position + 1
        while True:
            if not text.startswith('"', position):
                raise self._expected(
                    position,
                    QT_TRANSLATE_NOOP(_CONTEXT, "Expected a field name in double quotes here."),
                )
            key_line = self.line_of(position)
            key, position = self._string(position)
            position = self._skip(position)
            if not text.startswith(":", position):
                raise self._expected(
                    position,
                    QT_TRANSLATE_NOOP(_CONTEXT, "Expected a colon (:) after the field name."),
                )
            child_path = _child(path, key)
            value, position = self._value(self._skip(position + 1), child_path, depth)
            if key in members:
                self.duplicates.append((child_path, key_line))
            else:
                members[key] = value
            position = self._skip(position)
            if text.startswith(",", position):
                position = self._skip(position + 1)
                continue
            if text.startswith("}", position):
                return _Node(members, self.line_of(start)), position + 1
            raise self._expected(
                position,
                QT_TRANSLATE_NOOP(_CONTEXT, "Expected a comma or a closing brace (}) here."),
            )

    def _array(self, start: int, path: str, depth: int) -> tuple[_Node, int]:
        self._check_depth(start, depth)
        text = self.text
        items: list[_Node] = []
        position = self._skip(start + 1)
        if text.startswith("]", position):
            return _Node(items, self.line_of(start)), position + 1
        while True:
            if len(items) >= MAX_LIST_ITEMS:
                raise _SyntaxProblem(
                    position,
                    tr(
                        _CONTEXT,
                        "This list has more than {count:,} items, far more than any plan "
                        "holds, so it was not read any further.",
                    ).format(count=MAX_LIST_ITEMS),
                )
            item, position = self._value(position, f"{path}[{len(items)}]", depth)
            items.append(item)
            position = self._skip(position)
            if text.startswith(",", position):
                position = self._skip(position + 1)
                continue
            if text.startswith("]", position):
                return _Node(items, self.line_of(start)), position + 1
            raise self._expected(
                position,
                QT_TRANSLATE_NOOP(_CONTEXT, "Expected a comma or a closing bracket (]) here."),
            )


_SIMPLE_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _child(path: str, key: str) -> str:
    if _SIMPLE_KEY.match(key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


# --------------------------------------------------------------------------- reading


def _plain(node: _Node) -> Any:
    """A parsed value without its line numbers (the document's depth is already bounded)."""
    value = node.value
    if isinstance(value, dict):
        return {key: _plain(child) for key, child in value.items()}
    if isinstance(value, list):
        return [_plain(child) for child in value]
    return value


class _Invalid:
    """Marks a value that could not be read; its problem is already recorded."""


_INVALID: Final = _Invalid()


_FIELD_TYPES: dict[type[Any], dict[str, Any]] = {}


def _field_types(cls: type[Any]) -> dict[str, Any]:
    """The dataclass's fields and their declared types, in declaration order (cached:
    resolving type hints costs more than reading a record)."""
    if cls not in _FIELD_TYPES:
        hints = typing.get_type_hints(cls)
        _FIELD_TYPES[cls] = {f.name: hints[f.name] for f in dataclasses.fields(cls)}
    return _FIELD_TYPES[cls]


class _Reader:
    """Turns parsed nodes into domain objects, collecting problems instead of stopping."""

    def __init__(self) -> None:
        self.problems: dict[str, ImportProblem] = {}  # first problem per path wins
        self._more: set[int] = set()  # hashes of the paths with a problem not listed

    @property
    def more(self) -> int:
        return len(self._more)

    def problem(self, path: str, line: int, message: str) -> None:
        if path in self.problems:
            return
        if len(self.problems) < MAX_PROBLEMS:
            # An English source text (or a message translated already, then kept as it is).
            self.problems[path] = ImportProblem(path, line, tr(_CONTEXT, message))
        else:
            self._more.add(hash(path))

    # ----- single values

    def text(self, node: _Node, path: str, *, limit: int = MAX_TEXT) -> str | _Invalid:
        if not isinstance(node.value, str):
            self.problem(
                path,
                node.line,
                QT_TRANSLATE_NOOP(_CONTEXT, "This should be text in double quotes."),
            )
            return _INVALID
        try:
            node.value.encode("utf-8")
        except UnicodeEncodeError:
            self.problem(
                path,
                node.line,
                QT_TRANSLATE_NOOP(_CONTEXT, "This text contains a broken character (\\ud800 ...)."),
            )
            return _INVALID
        problem = check_text(node.value, limit)
        if problem:
            self.problem(path, node.line, problem)
            return _INVALID
        return node.value

    def record_id(self, node: _Node, path: str) -> str | _Invalid:
        if not isinstance(node.value, str) or not _ID.match(node.value):
            self.problem(
                path,
                node.line,
                QT_TRANSLATE_NOOP(
                    _CONTEXT,
                    "An id must be 1 to 64 letters, digits, dashes or underscores, in quotes.",
                ),
            )
            return _INVALID
        return node.value

    def date_value(self, node: _Node, path: str) -> date | _Invalid:
        value = node.value
        if isinstance(value, str) and _DATE.match(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.problem(
            path,
            node.line,
            QT_TRANSLATE_NOOP(_CONTEXT, "This should be a date written as YYYY-MM-DD."),
        )
        return _INVALID

    def datetime_value(self, node: _Node, path: str) -> datetime | _Invalid:
        value = node.value
        if isinstance(value, str) and _DATETIME.match(value):
            try:
                return datetime.fromisoformat(value)
            except ValueError:
                pass
        self.problem(
            path,
            node.line,
            QT_TRANSLATE_NOOP(
                _CONTEXT,
                "This should be a date and time written as YYYY-MM-DDTHH:MM:SS (local time).",
            ),
        )
        return _INVALID

    def choice(self, node: _Node, path: str, kind: type[StrEnum]) -> StrEnum | _Invalid:
        if isinstance(node.value, str):
            try:
                return kind(node.value)
            except ValueError:
                pass
        allowed = ", ".join(member.value for member in kind)
        self.problem(
            path,
            node.line,
            tr(_CONTEXT, "This should be one of: {allowed}.").format(allowed=allowed),
        )
        return _INVALID

    def schedule(self, node: _Node, path: str) -> Schedule | _Invalid:
        if not isinstance(node.value, dict):
            self.problem(
                path,
                node.line,
                QT_TRANSLATE_NOOP(_CONTEXT, "This should be an object in curly braces { }."),
            )
            return _INVALID
        try:
            return schedule_from_dict({key: _plain(child) for key, child in node.value.items()})
        except ScheduleFormatError as error:
            self.problem(path, node.line, str(error))
            return _INVALID

    def integer(self, node: _Node, path: str) -> int | _Invalid:
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return node.value
        self.problem(
            path,
            node.line,
            QT_TRANSLATE_NOOP(_CONTEXT, "This should be a whole number, without quotes."),
        )
        return _INVALID

    def boolean(self, node: _Node, path: str) -> bool | _Invalid:
        if isinstance(node.value, bool):
            return node.value
        self.problem(
            path,
            node.line,
            QT_TRANSLATE_NOOP(_CONTEXT, "This should be true or false, without quotes."),
        )
        return _INVALID

    # ----- by declared type

    def value(self, node: _Node, path: str, name: str, annotation: Any) -> Any:
        """Read `node` as the dataclass field `name` declared as `annotation`."""
        options = typing.get_args(annotation)
        if isinstance(annotation, types.UnionType) and type(None) in options:
            if node.value is None:
                return None
            (inner,) = (option for option in options if option is not type(None))
            return self.value(node, path, name, inner)
        if typing.get_origin(annotation) is list:
            return self.items(node, path, name, options[0])
        if annotation is str:
            if name == "id" or name.endswith(("_id", "_ids")):
                return self.record_id(node, path)
            return self.text(node, path)
        if annotation is bool:
            return self.boolean(node, path)
        if annotation is int:
            return self.integer(node, path)
        if annotation is datetime:
            return self.datetime_value(node, path)
        if annotation is date:
            return self.date_value(node, path)
        if annotation is Schedule:
            return self.schedule(node, path)
        if isinstance(annotation, type) and issubclass(annotation, StrEnum):
            return self.choice(node, path, annotation)
        raise TypeError(f"plan_json cannot read fields of type {annotation!r}")  # a model change

    def items(self, node: _Node, path: str, name: str, annotation: Any) -> list[Any] | _Invalid:
        if not isinstance(node.value, list):
            self.problem(
                path,
                node.line,
                QT_TRANSLATE_NOOP(_CONTEXT, "This should be a list in square brackets."),
            )
            return _INVALID
        values: list[Any] = []
        seen: set[Any] = set()
        ok = True
        # A list of ids or of choices names each thing once; a list of texts may repeat.
        unique = annotation is not str or name.endswith("_ids")
        for index, item in enumerate(node.value):
            item_path = f"{path}[{index}]"
            value = self.value(item, item_path, name, annotation)
            if value is _INVALID:
                ok = False
                continue
            if unique and value in seen:
                self.problem(
                    item_path,
                    item.line,
                    QT_TRANSLATE_NOOP(_CONTEXT, "This is already in the list above."),
                )
                ok = False
                continue
            seen.add(value)
            values.append(value)
        return values if ok else _INVALID

    def dataclass_object(self, node: _Node, path: str, cls: type[Any]) -> Any:
        """An instance of `cls` from a JSON object; missing fields take their defaults.
        _INVALID only when the node is not an object at all."""
        if not isinstance(node.value, dict):
            self.problem(
                path,
                node.line,
                QT_TRANSLATE_NOOP(_CONTEXT, "This should be an object in curly braces { }."),
            )
            return _INVALID
        hints = _field_types(cls)
        known = list(hints)
        for key, child in node.value.items():
            if key not in known:
                self.problem(
                    _child(path, key),
                    child.line,
                    QT_TRANSLATE_NOOP(
                        _CONTEXT, "Workbook does not know this field. Please check its spelling."
                    ),
                )
        # A field that cannot be read keeps its default, so that the rest of the record (its
        # id, its references) is still checked; its problem is already recorded.
        arguments: dict[str, Any] = {}
        for name in known:
            if name not in node.value and hints[name] is datetime:
                # When something happened is the point of a log entry: never invent it.
                self.problem(
                    _child(path, name),
                    node.line,
                    QT_TRANSLATE_NOOP(
                        _CONTEXT, "This entry needs its date and time (YYYY-MM-DDTHH:MM:SS)."
                    ),
                )
            elif name in node.value:
                value = self.value(node.value[name], _child(path, name), name, hints[name])
                if value is not _INVALID:
                    arguments[name] = value
        return cls(**arguments)


# --------------------------------------------------------------------------- import


@dataclass
class _Located:
    """A record read from the document, with where it was."""

    record: Record
    path: str
    node: _Node


def _field_node(located: _Located | tuple[str, _Node], field_path: str) -> tuple[str, int]:
    """The JSON path and line of a field of a record, given the validator's field key
    ('name', 'phones[1]'); the record's line when the field was not in the file."""
    path, node = (located.path, located.node) if isinstance(located, _Located) else located
    match = re.match(r"^(\w+)(?:\[(\d+)\])?$", field_path)
    if match is None or not isinstance(node.value, dict):
        return path, node.line
    name, index = match.group(1), match.group(2)
    child = node.value.get(name)
    if child is None:  # left out of the file: name the field, at its record's line
        return _child(path, name), node.line
    path, node = _child(path, name), child
    if index is not None and isinstance(child.value, list) and int(index) < len(child.value):
        path, node = f"{path}[{index}]", child.value[int(index)]
    return path, node.line


def _read_document(reader: _Reader, root: _Node) -> Plan | None:
    if not isinstance(root.value, dict):
        reader.problem("$", root.line, "A plan file holds one object in curly braces { }.")
        return None
    members: dict[str, _Node] = root.value

    format_node = members.get(_KEY_FORMAT)
    if format_node is None or format_node.value != FORMAT_NAME:
        reader.problem(
            f"$.{_KEY_FORMAT}",
            root.line if format_node is None else format_node.line,
            f'This is not a Workbook plan file (it needs "{_KEY_FORMAT}": "{FORMAT_NAME}").',
        )
        return None
    version_node = members.get(_KEY_VERSION)
    version = None if version_node is None else version_node.value
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        reader.problem(
            f"$.{_KEY_VERSION}",
            root.line if version_node is None else version_node.line,
            f"The file needs a format version, a whole number (this Workbook writes "
            f"{FORMAT_VERSION}).",
        )
        return None
    if version > FORMAT_VERSION:
        assert version_node is not None
        reader.problem(
            f"$.{_KEY_VERSION}",
            version_node.line,
            f"This file was made by a newer version of Workbook (format {version}); this one "
            f"reads format {FORMAT_VERSION}. Please update Workbook to import it.",
        )
        return None

    known = {_KEY_FORMAT, _KEY_VERSION, _KEY_GENERATOR, _KEY_CREATED, _KEY_REVIEW}
    known |= {_KEY_CHANGED, _KEY_STATEMENTS, _KEY_LOG_CHAIN, *LIST_NAMES.values()}
    known |= {_KEY_ABOUT_ME, _KEY_ATTACHMENTS, _KEY_OTHER_PERSON, _KEY_OTHER_PERSON_NAME}
    for key, child in members.items():
        if key not in known:
            reader.problem(
                _child("$", key),
                child.line,
                QT_TRANSLATE_NOOP(
                    _CONTEXT, "Workbook does not know this field. Please check its spelling."
                ),
            )

    plan = Plan()
    if _KEY_CREATED in members:
        created = reader.datetime_value(members[_KEY_CREATED], f"$.{_KEY_CREATED}")
        if isinstance(created, datetime):
            plan.created_at = created
    if _KEY_REVIEW in members and members[_KEY_REVIEW].value is not None:
        review = reader.date_value(members[_KEY_REVIEW], f"$.{_KEY_REVIEW}")
        if isinstance(review, date):
            plan.next_review = review
    if _KEY_CHANGED in members:
        _read_section_changed(reader, members[_KEY_CHANGED], plan)
    statements_located: tuple[str, _Node] | None = None
    if _KEY_STATEMENTS in members:
        node = members[_KEY_STATEMENTS]
        statements = reader.dataclass_object(node, f"$.{_KEY_STATEMENTS}", PersonalStatements)
        if isinstance(statements, PersonalStatements):
            plan.statements = statements
            statements_located = (f"$.{_KEY_STATEMENTS}", node)
    if _KEY_OTHER_PERSON in members:
        choice = reader.choice(members[_KEY_OTHER_PERSON], f"$.{_KEY_OTHER_PERSON}", OtherPerson)
        if isinstance(choice, OtherPerson):
            plan.other_person = choice
    if _KEY_OTHER_PERSON_NAME in members:
        name = reader.text(
            members[_KEY_OTHER_PERSON_NAME], f"$.{_KEY_OTHER_PERSON_NAME}", limit=NAME_LIMIT
        )
        if isinstance(name, str):
            plan.other_person_name = name
    about_me_located: tuple[str, _Node] | None = None
    if _KEY_ABOUT_ME in members:
        node = members[_KEY_ABOUT_ME]
        about_me = reader.dataclass_object(node, f"$.{_KEY_ABOUT_ME}", AboutMe)
        if isinstance(about_me, AboutMe):
            plan.about_me = about_me
            about_me_located = (f"$.{_KEY_ABOUT_ME}", node)

    located: list[_Located] = []
    for kind, list_name in LIST_NAMES.items():
        if list_name not in members:
            continue
        list_node = members[list_name]
        list_path = f"$.{list_name}"
        if not isinstance(list_node.value, list):
            reader.problem(
                list_path,
                list_node.line,
                QT_TRANSLATE_NOOP(_CONTEXT, "This should be a list in square brackets."),
            )
            continue
        records = plan.records_of(kind)
        for index, item in enumerate(list_node.value):
            path = f"{list_path}[{index}]"
            record = reader.dataclass_object(item, path, kind)
            if isinstance(record, kind):
                records.append(record)
                located.append(_Located(record, path, item))

    _check_ids(reader, located)
    _check_references(reader, plan, located)
    for entry in located:
        # References were checked above against sets built once; without a plan the domain
        # checks each record's own fields only, keeping a huge file from costing n².
        for field_key, message in validate(entry.record).items():
            reader.problem(*_field_node(entry, field_key), message)
        if isinstance(entry.record, TrustedContact):
            # The domain stops at the first bad phone number; an import lists them all.
            for index, phone in enumerate(entry.record.phones):
                problem = check_phone(phone)
                if problem:
                    reader.problem(*_field_node(entry, f"phones[{index}]"), problem)
        suggestion = getattr(entry.record, "suggestion_key", None)
        if isinstance(suggestion, str) and check_text(suggestion, MAX_SHORT):
            reader.problem(
                *_field_node(entry, "suggestion_key"),
                QT_TRANSLATE_NOOP(_CONTEXT, "This suggestion key is too long."),
            )
    if statements_located is not None:
        for field_key, message in validate_statements(plan.statements).items():
            reader.problem(*_field_node(statements_located, field_key), message)
    if about_me_located is not None:
        for field_key, message in validate_about_me(plan.about_me).items():
            reader.problem(*_field_node(about_me_located, field_key), message)
    if not any(path.startswith(f"$.{LIST_NAMES[ContactLogEntry]}") for path in reader.problems):
        # Only a log whose entries are otherwise sound: a problem in an entry already refuses
        # the file, and its broken hash would only repeat it.
        _check_log_chain(reader, plan, members, located)
    return plan


def _check_log_chain(
    reader: _Reader, plan: Plan, members: dict[str, _Node], located: list[_Located]
) -> None:
    """The contact log's hash chain holds (domain/chain.py), or the file is refused with the
    entry where it breaks. A log without any hashes (a file from before the record was kept,
    or typed by hand) is accepted and sealed when it is imported."""
    log = plan.contact_log
    chain_node = members.get(_KEY_LOG_CHAIN)
    if chain_node is None and not any(entry.entry_hash for entry in log):
        return
    chain_path = f"$.{_KEY_LOG_CHAIN}"
    expected: tuple[int, str] | None = None
    if chain_node is None:
        line = members[LIST_NAMES[ContactLogEntry]].line
        reader.problem(
            chain_path,
            line,
            "The contact log has hashes but the file does not say how it ends "
            f'("{_KEY_LOG_CHAIN}"), so it cannot be checked.',
        )
        return
    value = chain_node.value
    count = value.get("entries") if isinstance(value, dict) else None
    latest = value.get("latest_hash") if isinstance(value, dict) else None
    if (
        count is None
        or latest is None
        or not isinstance(count.value, int)
        or isinstance(count.value, bool)
        or not isinstance(latest.value, str)
        or set(value) - {"entries", "latest_hash"}
    ):
        reader.problem(
            chain_path,
            chain_node.line,
            'This should be {"entries": <a whole number>, "latest_hash": "<64 hex digits>"}.',
        )
        return
    expected = (count.value, latest.value)
    check = verify_chain(log, expected)
    if check.problem is None:
        return
    entries = [entry for entry in located if isinstance(entry.record, ContactLogEntry)]
    number = check.problem.number
    if check.problem.kind != Break.END_MISSING and 0 < number <= len(entries):
        where = entries[number - 1]
        path, line = where.path, where.node.line
    else:
        path, line = chain_path, chain_node.line
    reader.problem(path, line, check.problem.message)


def _read_section_changed(reader: _Reader, node: _Node, plan: Plan) -> None:
    path = f"$.{_KEY_CHANGED}"
    if not isinstance(node.value, dict):
        reader.problem(
            path,
            node.line,
            QT_TRANSLATE_NOOP(_CONTEXT, "This should be an object in curly braces { }."),
        )
        return
    for key, child in node.value.items():
        child_path = _child(path, key)
        try:
            section = Section(key)
        except ValueError:
            allowed = ", ".join(s.value for s in Section)
            one_of = tr(_CONTEXT, "This should be one of: {allowed}.").format(allowed=allowed)
            reader.problem(child_path, child.line, one_of)
            continue
        changed = reader.datetime_value(child, child_path)
        if isinstance(changed, datetime):
            plan.section_changed[section] = changed


def _check_ids(reader: _Reader, located: list[_Located]) -> None:
    """Ids are unique in the whole document: references name a record by its id alone."""
    first_seen: dict[str, str] = {}
    for entry in located:
        record_id = entry.record.id
        path, line = _field_node(entry, "id")
        if record_id in first_seen:
            already = tr(_CONTEXT, "Another entry already uses this id (at {path}).")
            reader.problem(path, line, already.format(path=first_seen[record_id]))
        else:
            first_seen[record_id] = entry.path


def _check_references(reader: _Reader, plan: Plan, located: list[_Located]) -> None:
    """Every id that a record points at must belong to a record of the right kind in the
    file. Checked here, not only by the domain, to name each missing id at its own place."""
    known = {kind: plan.ids_of(kind) for kind in RECORD_TYPES}
    for entry in located:
        for holder_kind, field_name, target_kind, is_list in REFERENCE_FIELDS:
            if type(entry.record) is not holder_kind:
                continue
            value = getattr(entry.record, field_name)
            targets: list[str] = list(value) if is_list else ([] if value is None else [value])
            missing = _NO_SUCH_RECORD[LIST_NAMES[target_kind]]
            for index, target in enumerate(targets):
                if target in known[target_kind]:
                    continue
                field_key = f"{field_name}[{index}]" if is_list else field_name
                reader.problem(
                    *_field_node(entry, field_key),
                    missing,
                )


def plan_from_json(text: str) -> Plan:
    """Read a plan document. Raises PlanImportError listing every problem, in file order."""
    if text.startswith("\ufeff"):  # a byte-order mark some editors add
        text = text[1:]
    parser = _Parser(text)
    try:
        root = parser.parse()
    except _SyntaxProblem as error:
        # After a syntax error the rest of the file cannot be read reliably: one problem.
        raise PlanImportError(
            [ImportProblem("$", parser.line_of(error.position), error.message)]
        ) from None
    reader = _Reader()
    for path, line in parser.duplicates:
        reader.problem(
            path, line, QT_TRANSLATE_NOOP(_CONTEXT, "This field appears twice in the same object.")
        )
    plan = _read_document(reader, root)
    if reader.problems or plan is None:
        problems = sorted(reader.problems.values(), key=lambda p: (p.line, p.path))
        raise PlanImportError(problems, reader.more)
    return plan


def plan_from_bytes(data: bytes) -> Plan:
    """Read a plan document from the bytes of a file (UTF-8, with or without a BOM)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise PlanImportError(
            [
                ImportProblem(
                    "$",
                    line,
                    QT_TRANSLATE_NOOP(
                        _CONTEXT, "The file is not UTF-8 text. Please save it as UTF-8."
                    ),
                )
            ]
        ) from None
    return plan_from_json(text)
