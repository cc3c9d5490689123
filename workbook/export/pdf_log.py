"""The contact log in the PDF: every entry in the order it was written, with both of its times
and the gap, corrections and withdrawals as the dated entries they are, and an appendix that
says how to check the log's hash chain with ordinary tools (docs/record.md).

Called from pdf_content.Content.contact_log; uses its drawing helpers and the reader's view
of each field (`Content.shows`), so a court export leaves out what the registry says it must.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from workbook.domain import chain
from workbook.domain.fields import field_of
from workbook.domain.i18n import QT_TRANSLATE_NOOP, plural, tr
from workbook.domain.labels import label
from workbook.domain.model import ContactLogEntry
from workbook.export.pdf_engine import RecordRows

if TYPE_CHECKING:
    from workbook.export.pdf_content import Content

_CONTEXT = "pdf_log"
_KIND = ContactLogEntry
HASH_SHOWN = 16  # hexadecimal digits of each entry's hash in the table; the JSON has all 64


def _fmt(value: Any) -> str:
    from workbook.export.pdf_content import fmt_datetime  # loaded already: it calls us

    return fmt_datetime(value)


def datetime_formatter() -> Callable[[Any], str]:
    """fmt_datetime for one export, remembering each day's and each time's words: a long
    log has tens of thousands of moments but few days, and the times of a day repeat.
    Checked against fmt_datetime itself once, so it can never say anything else."""
    from workbook.domain.dates import long_date, short_time

    pattern = tr("Dates", "{date}, {time}")  # as long_datetime joins them
    days: dict[Any, str] = {}
    times: dict[Any, str] = {}

    def fmt(value: Any) -> str:
        if value is None:
            return ""
        day = value.date()
        date_text = days.get(day)
        if date_text is None:
            date_text = days[day] = long_date(day)
        moment = value.timetz()
        time_text = times.get(moment)
        if time_text is None:
            time_text = times[moment] = short_time(value)
        return pattern.format(date=date_text, time=time_text)

    sample = datetime(2026, 9, 30, 23, 59)
    return fmt if fmt(sample) == _fmt(sample) else _fmt


def written(entry: ContactLogEntry, fmt: Callable[[Any], str] = _fmt) -> str:
    """When an entry was written down, and how long after the contact."""
    if entry.corrects_id is not None and entry.recorded_at is not None:
        # Its own row says when the entry was first written; this is when it was replaced.
        what = (
            tr(_CONTEXT, "a withdrawal") if entry.withdrawn_reason else tr(_CONTEXT, "a correction")
        )
        return f"{fmt(entry.recorded_at)}\n{what}"
    gap = chain.gap_text(entry.occurred_at, entry.recorded_at, entry.recorded_before_log)
    if entry.recorded_at is None:
        return gap
    if entry.recorded_before_log:
        by = tr(_CONTEXT, "by {date} at the latest").format(date=fmt(entry.recorded_at))
        return f"{by}\n{gap}"
    return f"{fmt(entry.recorded_at)}\n{gap}"


class RecordWords:
    """The words of an entry's place in the record, translated once per export."""

    def __init__(self, number_of: dict[str, int], replaced_by: dict[str, int]) -> None:
        self.number_of = number_of
        self.replaced_by = replaced_by
        self.number = tr(_CONTEXT, "No. {n}")
        self.withdraws = tr(_CONTEXT, "Withdraws No. {n}")
        self.corrects = tr(_CONTEXT, "Corrects No. {n}")
        self.why = tr(_CONTEXT, "Why: {note}")
        self.reason = tr(_CONTEXT, "Reason: {reason}")
        self.replaced = tr(_CONTEXT, "Replaced by No. {n}")
        self.hash = tr(_CONTEXT, "Hash {start}…")

    def lines(self, entry: ContactLogEntry) -> list[str]:
        """Its number, what it corrects or withdraws, what replaced it, and the start of
        its hash."""
        lines = [self.number.format(n=self.number_of[entry.id])]
        target = self.number_of.get(entry.corrects_id) if entry.corrects_id else None
        if entry.withdrawn_reason and target:
            lines.append(self.withdraws.format(n=target))
        elif target:
            lines.append(self.corrects.format(n=target))
        if entry.correction_note:
            lines.append(self.why.format(note=entry.correction_note))
        if entry.withdrawn_reason:
            lines.append(self.reason.format(reason=entry.withdrawn_reason))
        later = self.replaced_by.get(entry.id) if self.replaced_by else None
        if later:
            lines.append(self.replaced.format(n=later))
        if entry.entry_hash:
            lines.append(self.hash.format(start=entry.entry_hash[:HASH_SHOWN]))
        return lines


def log_section(content: Content) -> list[Any]:
    """The whole log as one table, every entry in the order it was written.

    Four columns, each a few short lines, so a row is about as tall as its longest text:
    the two times; who, how and what happened; the answer and what was done about it; the
    entry's place in the record (its number, what it corrects, the orders' verdict, the
    start of its hash). Each cell is one string with a line per part, made with everything
    that does not change from entry to entry worked out once: a 50,000-entry log spends its
    time on its own words."""
    log = content.plan.contact_log
    shows = content.shows
    fmt = datetime_formatter()
    number_of = {entry.id: n for n, entry in enumerate(log, start=1)}
    replaced_by: dict[str, int] = {}
    for entry in log:
        if entry.corrects_id is not None:
            replaced_by[entry.corrects_id] = number_of[entry.id]
    who = content._log_part(field_of(_KIND, "proxy_id")) if shows(_KIND, "proxy_id") else None
    show_channel = shows(_KIND, "channel")
    show_what = shows(_KIND, "what_happened")
    show_response = shows(_KIND, "response")
    show_detail = shows(_KIND, "response_detail")
    show_order = shows(_KIND, "obligation_id")
    # "Exhibits 3, 4" beside the hash of an entry with evidence files (the exhibits list).
    exhibit_numbers: dict[str, list[int]] = {}
    if content.plan.attachments and shows(_KIND, "attachment_hashes"):
        from workbook.export.evidence import exhibits

        for item in exhibits(content.plan):
            exhibit_numbers.setdefault(item.entry.id, []).append(item.number)

    value = content.value

    def labelled_fields(*names: str) -> list[tuple[str, Any, str]]:
        """Fields shown as "Label: value" lines inside a column, for this reader."""
        return [
            (name, field_of(_KIND, name), f"{field_of(_KIND, name).text_label}: ")
            for name in names
            if shows(_KIND, name)
        ]

    def labelled(entry: ContactLogEntry, fields: list[tuple[str, Any, str]]) -> list[str]:
        out = []
        for name, entry_field, prefix in fields:
            raw = getattr(entry, name)
            if raw is None or raw in ("", []):
                continue
            text = value(entry_field, raw)
            joined = text if isinstance(text, str) else ", ".join(text)
            if joined.strip():
                out.append(prefix + joined)
        return out

    # The orders: "Allowed by FC-1" and the verdict ("Inside", "Outside: not at a set
    # time"); an entry no order allows shows the verdict alone, which says so already.
    judged = content.judgements() if show_order else {}
    not_mandated = tr("Pdf", "Not mandated")
    allowed_by = tr("Pdf", "Allowed by {order}")
    allowed_text: dict[str, str] = {}
    briefs: dict[Any, str] = {}

    def order_lines(entry: ContactLogEntry) -> list[str]:
        verdict = judged.get(entry.id)
        brief = ""
        if verdict is not None:
            brief = briefs.get(verdict.reason, "")
            if not brief:
                brief = briefs[verdict.reason] = verdict.brief
        target = entry.obligation_id
        if target is None:
            if verdict is not None and verdict.reason is not None:
                return [brief]
            return [not_mandated, brief] if brief else [not_mandated]
        text = allowed_text.get(target)
        if text is None:
            text = allowed_text[target] = allowed_by.format(order=content.order_name(target))
        return [line for line in (text, brief) if line]

    channel_label: dict[Any, str] = {}
    response_label: dict[Any, str] = {}
    in_what = labelled_fields("exact_words", "witnesses")
    in_answer = labelled_fields("reported_to", "report_reference")
    in_record = labelled_fields("topic_within", "evidence_ref")
    withdrawn_as = tr(_CONTEXT, "(withdrawn: as No. {n})")
    words = RecordWords(number_of, replaced_by)

    def cells(entry: ContactLogEntry) -> list[str | list[str]]:
        row: list[str | list[str]] = [f"{fmt(entry.occurred_at)}\n{written(entry, fmt)}"]
        target = number_of.get(entry.corrects_id) if entry.corrects_id else None
        if entry.withdrawn_reason and target:
            row += [withdrawn_as.format(n=target), ""]
            record = words.lines(entry)
        else:
            first = []
            if who is not None:
                first.append(who(entry))
            if show_channel:
                how = channel_label.get(entry.channel)
                if how is None:
                    how = channel_label[entry.channel] = label(entry.channel)
                first.append(how)
            what = [" · ".join(part for part in first if part)]
            if show_what:
                what.append(entry.what_happened)
            if in_what:
                what += labelled(entry, in_what)
            row.append("\n".join(part for part in what if part.strip()))
            answer = ""
            if show_response:
                answer = response_label.get(entry.response, "")
                if not answer and entry.response is not None:
                    answer = response_label[entry.response] = label(entry.response)
            detail = entry.response_detail if show_detail else ""
            if detail.strip():
                answer = f"{answer} — {detail}" if answer else detail
            rest = [answer, *labelled(entry, in_answer)] if in_answer else [answer]
            row.append("\n".join(part for part in rest if part.strip()))
            record = words.lines(entry)
            if show_order:
                record += order_lines(entry)
            if in_record:
                record += labelled(entry, in_record)
        numbers = exhibit_numbers.get(entry.id)
        if numbers:
            listed = ", ".join(str(n) for n in numbers)
            exhibit = (
                tr(_CONTEXT, "Exhibit {numbers}")
                if len(numbers) == 1
                else tr(_CONTEXT, "Exhibits {numbers}")
            )
            record.append(exhibit.format(numbers=listed))
        row.append("\n".join(record))
        return row

    def heading(*names: str) -> str:
        """The form's labels of the fields a column shows (the others are labelled inside)."""
        return " · ".join(field_of(_KIND, n).text_label for n in names if shows(_KIND, n))

    header = [
        heading("occurred_at", "recorded_at"),
        heading("proxy_id", "channel", "what_happened"),
        heading("response", "response_detail"),
        tr(_CONTEXT, "In the record"),
    ]
    # Wide enough for "30 September 2026, 23:59", "Hash 0123456789abcdef…" and "Evidence:
    # Screenshot 12345" on one line each: a sealed entry's row is four lines, like its text.
    fixed = (41 * mm, 0.0, 0.0, 46 * mm)
    rest = content.width - sum(fixed)
    widths = [fixed[0], rest * 0.57, rest * 0.43, fixed[3]]

    def rows() -> Iterator[tuple[list[str | list[str]], Callable[[], RecordRows]]]:
        for entry in log:
            made = cells(entry)

            def stacked(entry: ContactLogEntry = entry) -> RecordRows:
                heading = tr(_CONTEXT, "No. {n}, {when}").format(
                    n=number_of[entry.id], when=_fmt(entry.occurred_at)
                )
                return heading, content.rows(entry)

            yield made, stacked

    intro = tr(
        _CONTEXT,
        "Every entry in the order it was written down. Nothing in this log is ever changed "
        "or removed: a correction or a withdrawal is a further entry that names the one it "
        "replaces. How to check that with ordinary tools is at the end of this section.",
    )
    bookmark = tr(_CONTEXT, "No. {n}, {when}")  # the first entry of each page, in the outline
    table = content.log_tables(header, widths, rows(), entry_title=bookmark, per_page=True)
    return [content.p(intro, content.s.note), *table]


def verification_appendix(content: Content) -> list[Any]:
    """What the hashes are, how to check them, and the latest one in full."""
    log = content.plan.contact_log
    if not log or not all(entry.entry_hash for entry in log):
        return []
    s = content.s
    latest = log[-1].entry_hash
    title = tr(_CONTEXT, "Checking this log")
    content.maker.context = title
    entries = plural(
        _CONTEXT, QT_TRANSLATE_NOOP(_CONTEXT, "%Ln entries", "", 0), len(log), "1 entry"
    )
    paragraphs = [
        tr(
            _CONTEXT,
            "Each entry carries a SHA-256 hash of its content, both of its times and the hash "
            "of the entry before it, so that every hash depends on every entry written before "
            "it. Changing, removing, adding or reordering any entry changes every hash after "
            "it, and the last one.",
        ),
        tr(
            _CONTEXT,
            "This log holds {entries}. Its latest hash, which stands for all of them, is:",
        ).format(entries=entries),
    ]
    steps = [
        tr(
            _CONTEXT,
            "To check it: export the plan from Workbook as a JSON file (workbook export --out "
            "plan.json) and run: workbook verify plan.json. Or, without Workbook, for each "
            'entry of "contact_log" in order: take every member except "entry_hash" and '
            'every member whose value is empty ("", [], null, false); write them as JSON '
            "with the keys sorted and no spaces, in UTF-8, characters outside ASCII as "
            'themselves; its SHA-256 (for example with sha256sum) must equal "entry_hash", '
            'and "previous_hash" must equal the hash of the entry before it.',
        ),
        tr(
            _CONTEXT,
            "In Python 3: json.dumps(entry, sort_keys=True, separators=(',', ':'), "
            "ensure_ascii=False).encode('utf-8') gives the bytes to hash with "
            "hashlib.sha256. The last entry's hash must be the one printed here.",
        ),
        tr(
            _CONTEXT,
            "The hashes show that no entry was changed after it was written and in which "
            "order they were written. The times come from the clock of the computer the log "
            "was kept on.",
        ),
    ]
    out: list[Any] = [
        CondPageBreak(60 * mm),
        content.p(title, s.block, bold=True),
        content.p(paragraphs[0], s.body),
        content.p(paragraphs[1], s.body),
        content.p(latest, s.firm, bold=True),
    ]
    for text in steps:
        out.append(content.p(text, s.body))
    return out
