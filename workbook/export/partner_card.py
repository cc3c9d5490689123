"""The card for one check-in partner: one page, large type, that partner's agreements only.

What a partner needs to act, and nothing else (PRODUCT.md §4): when the person checks in
and how, the grace period, what the code word means, what to do step by step when a
check-in is missed or the code word is used, the person's own name, phone and where they
stay (`AboutMe`), and the emergency number of their country. Nobody else's name, number or
code word, no log, no backup plan. Which fields may appear is the registry's
`Reader.PARTNER`; the card's own sentences frame them.

The card is laid out at the largest type size (16 pt down to 10 pt) that fits one page.
User text goes through `pdf_text.TextMaker` like every PDF of Workbook: escaped, every
script drawn. Written atomically, with the same optional AES-256 password and empty
metadata as the plan PDF (`pdf_finish.finish_pdf`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from workbook.domain.dates import long_datetime
from workbook.domain.fields import Reader, field_of, visible_fields
from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.domain.model import AboutMe, CheckInAgreement, Plan, TrustedContact

_CONTEXT = "partner card"
SIZES = (16.0, 14.0, 13.0, 12.0, 11.0, 10.0)

NO_PARTNER = QT_TRANSLATE_NOOP(_CONTEXT, "This check-in partner is no longer in the plan.")
NO_AGREEMENT = QT_TRANSLATE_NOOP(
    _CONTEXT,
    "{name} has no check-in agreement yet. Add one on the Check-ins page, then make the card.",
)


class PartnerCardError(Exception):
    """The card cannot be made; the message is plain and names no plan content but the
    partner's name, which the person chose."""


@dataclass
class PartnerCardReport:
    path: Path | None
    partner: str
    pages: int
    size: float  # the type size that fitted one page
    undrawable: list[str] = field(default_factory=list)


def partners(plan: Plan) -> list[TrustedContact]:
    """The trusted contacts who are the partner of at least one check-in agreement."""
    ids = {a.partner_id for a in plan.checkin_agreements if a.partner_id}
    return [c for c in plan.contacts if c.id in ids]


def _agreements_of(plan: Plan, partner_id: str) -> list[CheckInAgreement]:
    return [a for a in plan.checkin_agreements if a.partner_id == partner_id]


def _visible(kind: type[Any], name: str) -> bool:
    return field_of(kind, name).visible_to(Reader.PARTNER)


def _label(kind: type[Any], name: str) -> str:
    return field_of(kind, name).text_label


@dataclass
class _Card:
    """The card's contents as (kind, text) lines: heading, text, step, note."""

    lines: list[tuple[str, str]] = field(default_factory=list)

    def heading(self, text: str) -> None:
        self.lines.append(("heading", text))

    def text(self, text: str) -> None:
        if text.strip():
            self.lines.append(("text", text))

    def pair(self, name: str, value: str) -> None:
        if value.strip():
            self.lines.append(("pair", f"{name}\x1f{value}"))

    def steps(self, steps: list[str]) -> None:
        for number, step in enumerate((s for s in steps if s.strip()), start=1):
            self.lines.append(("step", f"{number}.\x1f{step}"))


def card_contents(
    plan: Plan, partner: TrustedContact, emergency: str | None, made_at: datetime
) -> _Card:
    agreements = _agreements_of(plan, partner.id)
    if not agreements:
        name = partner.name.strip() or tr(_CONTEXT, "This partner")
        raise PartnerCardError(tr(_CONTEXT, NO_AGREEMENT).format(name=name))
    card = _Card()
    me: AboutMe = plan.about_me
    named = partner.name.strip() and _visible(TrustedContact, "name")
    card.heading(
        tr(_CONTEXT, "Check-in card for {partner}").format(partner=partner.name.strip())
        if named
        else tr(_CONTEXT, "Check-in card")
    )
    card.text(
        tr(
            _CONTEXT,
            "Thank you for being my check-in partner. This card is for you alone: please keep "
            "it somewhere private.",
        )
    )
    card.heading(tr(_CONTEXT, "About me"))
    for name in ("name", "phone", "whereabouts"):
        if _visible(AboutMe, name):
            card.pair(_label(AboutMe, name), getattr(me, name))
    if not (me.name or me.phone or me.whereabouts):
        card.text(tr(_CONTEXT, "(My name, phone and where I stay are not filled in yet.)"))
    codes: set[str] = set()
    from workbook.export.pdf_content import Content

    content = Content(plan, "A4", made_at, reader=Reader.PARTNER)
    framed = {"danger_code_word", "escalation_steps"}
    for index, agreement in enumerate(agreements, start=1):
        if len(agreements) > 1:
            card.heading(tr(_CONTEXT, "Agreement {number}").format(number=index))
        card.heading(tr(_CONTEXT, "When I check in"))
        # Every field the registry lets a partner see, as the plan's PDF words it.
        for entry in visible_fields(CheckInAgreement, Reader.PARTNER):
            if entry.name in framed:
                continue
            shown = content.value(entry, getattr(agreement, entry.name))
            text = shown if isinstance(shown, str) else "\n".join(shown)
            card.pair(entry.text_label, text)
        code = agreement.danger_code_word.strip()
        codes.add(code)
        if code and _visible(CheckInAgreement, "danger_code_word"):
            card.heading(_label(CheckInAgreement, "danger_code_word"))
            card.text(
                tr(
                    _CONTEXT,
                    "If I say or write “{code}”, it means I am not safe, even if everything "
                    "else I say sounds normal. Act at once, as below.",
                ).format(code=code)
            )
        card.heading(
            tr(
                _CONTEXT,
                "If I miss a check-in by more than {grace}, or use the code word",
            ).format(
                grace=field_of(CheckInAgreement, "grace_minutes").text_unit(agreement.grace_minutes)
            )
        )
        if _visible(CheckInAgreement, "escalation_steps") and any(
            s.strip() for s in agreement.escalation_steps
        ):
            card.steps(agreement.escalation_steps)
        else:
            card.text(tr(_CONTEXT, "Call me. If you cannot reach me, call the emergency number."))
    own = partner.code_word.strip()
    if own and _visible(TrustedContact, "code_word") and own not in codes:
        card.heading(tr(_CONTEXT, "Our code word"))
        card.text(
            tr(
                _CONTEXT,
                "Our own code word is “{code}”: if I use it with you, something is wrong.",
            ).format(code=own)
        )
    card.heading(tr(_CONTEXT, "In danger now"))
    if emergency:
        card.text(tr(_CONTEXT, "Call the emergency number: {number}.").format(number=emergency))
    else:
        card.text(tr(_CONTEXT, "Call the emergency number of the country you are in."))
    stamp = long_datetime(made_at)
    card.lines.append(("note", tr(_CONTEXT, "Made {when} with Workbook.").format(when=stamp)))
    return card


def _build(card: _Card, page_size: tuple[float, float], size: float) -> tuple[bytes, int, Any]:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, Table

    from workbook.export.fonts import font_chain
    from workbook.export.pdf_engine import right_to_left
    from workbook.export.pdf_text import TextMaker

    chain = font_chain()
    maker = TextMaker(chain)
    # Right to left (an Arabic interface) a label or a step's number stands at the right.
    rtl = maker.rtl = right_to_left()
    bold = chain.bold or chain.regular
    body = ParagraphStyle("body", fontName=chain.regular, fontSize=size, leading=size * 1.3)
    head = ParagraphStyle(
        "head", fontName=bold, fontSize=size * 1.15, leading=size * 1.5, spaceBefore=size * 0.6
    )
    title = ParagraphStyle("title", fontName=bold, fontSize=size * 1.5, leading=size * 1.9)
    note = ParagraphStyle(
        "note", fontName=chain.regular, fontSize=max(size * 0.7, 8), leading=size, spaceBefore=size
    )
    margin = 16 * mm
    width = page_size[0] - 2 * margin
    story: list[Any] = []
    first = True
    for kind, text in card.lines:
        maker.context = text if kind == "heading" else maker.context
        if kind == "heading":
            story.append(maker.flowable(text, title if first else head, bold=True))
            first = False
        elif kind == "text":
            story.append(maker.flowable(text, body))
        elif kind == "note":
            story.append(maker.flowable(text, note))
        else:  # pair or step: a narrow left cell and the value
            left, right = text.split("\x1f", 1)
            narrow = width * (0.08 if kind == "step" else 0.34)
            row = [maker.flowable(left, body, bold=kind == "pair"), maker.flowable(right, body)]
            widths = [narrow, width - narrow]
            # The gap after the label (Table's own 6 points after the value).
            padding = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), 6)]
            if rtl:  # mirrored: the label at the right, each gap at a cell's left
                row.reverse()
                widths.reverse()
                padding = [
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            table = Table([row], colWidths=widths, hAlign="RIGHT" if rtl else "LEFT")
            table.setStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    *padding,
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
            story.append(table)
    story.append(Spacer(1, 1))
    buffer = io.BytesIO()
    frame = Frame(margin, margin, width, page_size[1] - 2 * margin, id="card")
    doc = BaseDocTemplate(
        buffer,
        pagesize=page_size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title="",
        author="",
        subject="",
        creator="",
        producer="",
        initialFontName=chain.regular,
        pageTemplates=[PageTemplate(id="card", frames=[frame])],
    )
    doc.build(story)
    return buffer.getvalue(), doc.page, maker


def build_partner_card(
    plan: Plan,
    partner_id: str,
    *,
    emergency: str | None = None,
    page_size: str = "A4",
    made_at: datetime | None = None,
) -> tuple[bytes, PartnerCardReport]:
    """The card's PDF bytes (unencrypted) and a report. Raises PartnerCardError."""
    from reportlab.lib.pagesizes import A4, LETTER

    partner = plan.find(TrustedContact, partner_id)
    if not isinstance(partner, TrustedContact):
        raise PartnerCardError(tr(_CONTEXT, NO_PARTNER))
    made = (made_at or datetime.now()).replace(microsecond=0)
    card = card_contents(plan, partner, emergency, made)
    dimensions = A4 if page_size == "A4" else LETTER
    for size in SIZES:
        data, pages, maker = _build(card, dimensions, size)
        if pages == 1:
            break
    return data, PartnerCardReport(
        path=None,
        partner=partner.name,
        pages=pages,
        size=size,
        undrawable=sorted(maker.missing),
    )


def export_partner_card(
    plan: Plan,
    partner_id: str,
    out: Path,
    *,
    emergency: str | None = None,
    page_size: str = "A4",
    password: str | None = None,
    made_at: datetime | None = None,
) -> PartnerCardReport:
    """Write the card to `out` atomically (mode 0600), encrypted when `password` is given."""
    from workbook.export.pdf_finish import PdfExportError, finish_pdf
    from workbook.files import EXPORT_TEMP_PREFIX, atomic_write

    out = Path(out)
    if not out.parent.is_dir():
        raise PartnerCardError(
            tr(_CONTEXT, "The folder for the card does not exist. Please choose another.")
        )
    data, report = build_partner_card(
        plan, partner_id, emergency=emergency, page_size=page_size, made_at=made_at
    )
    try:
        atomic_write(out, finish_pdf(data, password), temp_prefix=EXPORT_TEMP_PREFIX)
    except PdfExportError as error:
        raise PartnerCardError(str(error)) from None
    except OSError as error:
        raise PartnerCardError(
            tr(
                _CONTEXT,
                "The card could not be saved there ({reason}). Please choose another folder.",
            ).format(reason=error.strerror or "error")
        ) from None
    report.path = out
    return report
