"""The compliance view: entries judged against the orders in force, filters and monthly counts."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbook.domain.compliance import (
    ALLOWED_CHANNELS,
    HIM,
    ComplianceIndex,
    Filter,
    Judgement,
    Reason,
    Verdict,
    judge,
    judge_all,
    live_entries,
    within_schedule,
)
from workbook.domain.model import (
    ContactChannel,
    ContactLogEntry,
    MandateChannel,
    MandatedObligation,
    ResponseKind,
    TopicFit,
)
from workbook.domain.schedule import Repeat, Schedule

SATURDAY = 5

# Every other Saturday 10:00-12:00 from 2026-01-10, in person, for 2026.
HANDOVER = MandatedObligation(
    channel=MandateChannel.IN_PERSON,
    start_date=date(2026, 1, 1),
    end_date=date(2026, 12, 31),
    timetable=Schedule(
        repeat=Repeat.EVERY_OTHER_WEEK,
        weekdays=(SATURDAY,),
        times=(time(10),),
        minutes=120,
        start=date(2026, 1, 10),
    ),
    id="handover",
)
# Written messages about the children, at any time, from March.
WRITTEN = MandatedObligation(
    channel=MandateChannel.WRITTEN, start_date=date(2026, 3, 1), id="written"
)


def entry(
    when: datetime,
    channel: ContactChannel = ContactChannel.IN_PERSON,
    *,
    topic: TopicFit = TopicFit.YES,
    proxy: str | None = None,
    order: str | None = None,
    response: ResponseKind = ResponseKind.NO_RESPONSE,
    entry_id: str | None = None,
) -> ContactLogEntry:
    made = ContactLogEntry(
        occurred_at=when,
        channel=channel,
        topic_within=topic,
        proxy_id=proxy,
        obligation_id=order,
        response=response,
    )
    if entry_id is not None:
        made.id = entry_id
    return made


ORDERS = [HANDOVER, WRITTEN]


# --------------------------------------------------------------------------- the mapping


def test_every_order_channel_is_mapped_and_some_channels_never_fit() -> None:
    assert set(ALLOWED_CHANNELS) == set(MandateChannel)
    fitting = set().union(*ALLOWED_CHANNELS.values())
    never = {
        ContactChannel.PHONE,
        ContactChannel.SOCIAL_MEDIA,
        ContactChannel.GIFT,
        ContactChannel.OTHER,
    }
    assert fitting == set(ContactChannel) - never
    assert ALLOWED_CHANNELS[MandateChannel.VIA_LAWYER] == {ContactChannel.VIA_THIRD_PARTY}
    assert ContactChannel.EMAIL in ALLOWED_CHANNELS[MandateChannel.WRITTEN]


# --------------------------------------------------------------------------- one entry


def test_inside_the_scheduled_window() -> None:
    judged = judge(entry(datetime(2026, 1, 10, 11, 0)), ORDERS)
    assert judged == Judgement(Verdict.INSIDE, None, "handover")
    assert judged.text() == "Inside the order."
    # The window's ends are inside too.
    assert judge(entry(datetime(2026, 1, 10, 10, 0)), ORDERS).verdict is Verdict.INSIDE
    assert judge(entry(datetime(2026, 1, 10, 12, 0)), ORDERS).verdict is Verdict.INSIDE


def test_outside_the_window_the_off_week_and_before_the_order() -> None:
    for moment in (
        datetime(2026, 1, 10, 12, 1),  # a minute after the window
        datetime(2026, 1, 17, 11, 0),  # the Saturday in between
        datetime(2026, 1, 14, 11, 0),  # a Wednesday
    ):
        judged = judge(entry(moment), ORDERS)
        assert (judged.verdict, judged.reason) == (Verdict.OUTSIDE, Reason.SCHEDULE), moment
    judged = judge(entry(datetime(2025, 12, 27, 11, 0)), ORDERS)
    assert judged.reason is Reason.NO_ORDER
    judged = judge(entry(datetime(2027, 1, 9, 11, 0)), [HANDOVER])
    assert judged.reason is Reason.NO_ORDER


def test_channel_must_be_one_the_order_names() -> None:
    judged = judge(entry(datetime(2026, 1, 10, 11, 0), ContactChannel.PHONE), ORDERS)
    assert (judged.verdict, judged.reason) == (Verdict.OUTSIDE, Reason.CHANNEL)
    # Written contact is allowed from March, at any time (that order has no schedule).
    assert judge(entry(datetime(2026, 2, 3, 3, 0), ContactChannel.EMAIL), ORDERS).reason is (
        Reason.CHANNEL
    )
    judged = judge(entry(datetime(2026, 3, 3, 3, 0), ContactChannel.EMAIL), ORDERS)
    assert judged == Judgement(Verdict.INSIDE, None, "written")


def test_topic_marks_decide_between_inside_outside_and_not_sure() -> None:
    moment = datetime(2026, 1, 10, 11, 0)
    no = judge(entry(moment, topic=TopicFit.NO), ORDERS)
    assert (no.verdict, no.reason, no.order_id) == (Verdict.OUTSIDE, Reason.TOPIC, "handover")
    unsure = judge(entry(moment, topic=TopicFit.NOT_SURE), ORDERS)
    assert (unsure.verdict, unsure.reason) == (Verdict.UNSURE, Reason.TOPIC_NOT_MARKED)


def test_a_contact_through_a_proxy_is_always_outside() -> None:
    judged = judge(entry(datetime(2026, 1, 10, 11, 0), proxy="p1", order="handover"), ORDERS)
    assert (judged.verdict, judged.reason) == (Verdict.OUTSIDE, Reason.THROUGH_PROXY)


def test_an_entry_naming_its_order_is_judged_against_that_order_only() -> None:
    moment = datetime(2026, 3, 3, 3, 0)
    assert judge(entry(moment, ContactChannel.EMAIL, order="written"), ORDERS).verdict is (
        Verdict.INSIDE
    )
    judged = judge(entry(moment, ContactChannel.EMAIL, order="handover"), ORDERS)
    assert judged.reason is Reason.CHANNEL
    # A name that no longer exists: judged against every order.
    assert judge(entry(moment, ContactChannel.EMAIL, order="gone"), ORDERS).verdict is (
        Verdict.INSIDE
    )


def test_the_text_says_how_an_outside_contact_was_answered() -> None:
    judged = judge(entry(datetime(2026, 1, 14, 23, 0), ContactChannel.PHONE), ORDERS)
    assert judged.text(ResponseKind.FIRM_SENTENCE) == (
        "Outside any order: no order in force allows contact this way. "
        "Answered with my firm sentence."
    )
    assert judged.short == "Outside any order"
    inside = judge(entry(datetime(2026, 1, 10, 11, 0)), ORDERS)
    assert inside.text(ResponseKind.MANDATED_REPLY) == "Inside the order."


def test_an_unusable_schedule_sets_no_time() -> None:
    broken = MandatedObligation(timetable=Schedule(repeat=Repeat.DAILY, times=()), id="x")
    assert within_schedule(broken, datetime(2026, 5, 5, 3, 0))


def test_a_window_crossing_midnight() -> None:
    night = MandatedObligation(
        timetable=Schedule(repeat=Repeat.WEEKLY, weekdays=(4,), times=(time(23),), minutes=120),
        id="night",
    )
    assert within_schedule(night, datetime(2026, 1, 3, 0, 30))  # Friday 23:00 + 1h30
    assert not within_schedule(night, datetime(2026, 1, 3, 1, 30))


# --------------------------------------------------------------------------- versions


def test_live_entries_follow_corrections_and_leave_out_withdrawals() -> None:
    first = entry(datetime(2026, 1, 10, 11, 0), entry_id="a")
    fixed = entry(datetime(2026, 1, 10, 11, 5), entry_id="b")
    fixed.corrects_id = "a"
    fixed_again = entry(datetime(2026, 1, 10, 11, 6), entry_id="c")
    fixed_again.corrects_id = "b"
    other = entry(datetime(2026, 2, 1, 9, 0), entry_id="d")
    withdrawal = entry(datetime(2026, 2, 1, 9, 0), entry_id="e")
    withdrawal.corrects_id = "d"
    withdrawal.withdrawn_reason = "Logged twice."
    assert [e.id for e in live_entries([first, fixed, other, fixed_again, withdrawal])] == ["c"]


# --------------------------------------------------------------------------- the index


def test_index_filters_counts_and_links_proxies() -> None:
    log = [
        entry(datetime(2026, 1, 10, 11), entry_id="in"),
        entry(datetime(2026, 1, 12, 22), ContactChannel.PHONE, entry_id="call"),
        entry(
            datetime(2026, 1, 20, 9),
            ContactChannel.TEXT,
            proxy="aunt",
            response=ResponseKind.FIRM_SENTENCE,
            entry_id="aunt1",
        ),
        entry(
            datetime(2026, 2, 2, 9),
            ContactChannel.VIA_THIRD_PARTY,
            proxy="aunt",
            response=ResponseKind.FORWARDED_TO_LAWYER,
            entry_id="aunt2",
        ),
        entry(datetime(2026, 2, 7, 10, 30), topic=TopicFit.NOT_SURE, entry_id="unsure"),
    ]
    index = ComplianceIndex.build(list(reversed(log)), ORDERS)
    assert [e.id for e in index.entries] == [e.id for e in log]  # oldest first
    assert index.people() == [HIM, "aunt"]
    assert index.proxy_links() == {"aunt": ["aunt1", "aunt2"]}

    def ids(wanted: Filter) -> list[str]:
        return [index.entries[p].id for p in index.matching(wanted)]

    assert ids(Filter()) == [e.id for e in log]
    assert ids(Filter(person="aunt")) == ["aunt1", "aunt2"]
    assert ids(Filter(person=HIM, verdict=Verdict.OUTSIDE)) == ["call"]
    assert ids(Filter(channel=ContactChannel.IN_PERSON)) == ["in", "unsure"]
    assert ids(Filter(first_day=date(2026, 1, 12), last_day=date(2026, 1, 20))) == [
        "call",
        "aunt1",
    ]
    assert ids(Filter(first_day=date(2026, 3, 1))) == []
    assert ids(Filter(person="nobody")) == []

    january, february = index.monthly_counts()
    assert (january.month, january.inside, january.outside, january.unsure) == (
        date(2026, 1, 1),
        1,
        2,
        0,
    )
    assert january.through_proxies == 1
    assert january.answered[ResponseKind.NO_RESPONSE] == 1
    assert january.answered[ResponseKind.FIRM_SENTENCE] == 1
    assert (february.inside, february.outside, february.unsure, february.through_proxies) == (
        0,
        1,
        1,
        1,
    )
    assert february.answered[ResponseKind.FORWARDED_TO_LAWYER] == 1
    assert [c.month for c in index.monthly_counts(Filter(person="aunt"))] == [
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]
    assert index.monthly_counts(Filter(first_day=date(2026, 2, 1)))[0].total == 2
    assert index.judgement_of("call") == Judgement(Verdict.OUTSIDE, Reason.CHANNEL)
    assert index.judgement_of("missing") is None


def test_an_empty_log() -> None:
    index = ComplianceIndex.build([], ORDERS)
    assert index.matching(Filter()) == []
    assert index.monthly_counts() == []
    assert index.proxy_links() == {}


# --------------------------------------------------------------------------- properties

_moments = st.datetimes(min_value=datetime(2025, 12, 1), max_value=datetime(2027, 2, 1)).map(
    lambda m: m.replace(second=0, microsecond=0)
)
_timetables = st.sampled_from(
    [
        None,
        HANDOVER.timetable,
        Schedule(repeat=Repeat.DAILY, times=(time(8), time(18)), minutes=45),
        Schedule(repeat=Repeat.WEEKLY, weekdays=(0, 3), times=(time(23, 30),), minutes=90),
        Schedule(repeat=Repeat.MONTHLY, month_days=(1, -1), all_day=True),
        Schedule(
            repeat=Repeat.DATES,
            dates=(date(2026, 4, 1), date(2026, 6, 15)),
            times=(time(9),),
            minutes=60,
        ),
    ]
)
_days = st.none() | st.dates(min_value=date(2025, 12, 1), max_value=date(2027, 2, 1))


@st.composite
def _orders(draw: st.DrawFn) -> list[MandatedObligation]:
    count = draw(st.integers(0, 3))
    return [
        MandatedObligation(
            channel=draw(st.sampled_from(list(MandateChannel))),
            start_date=draw(_days),
            end_date=draw(_days),
            timetable=draw(_timetables),
            id=f"order{n}",
        )
        for n in range(count)
    ]


_entries = st.lists(
    st.builds(
        ContactLogEntry,
        occurred_at=_moments,
        channel=st.sampled_from(list(ContactChannel)),
        proxy_id=st.none() | st.sampled_from(["p1", "p2"]),
        topic_within=st.sampled_from(list(TopicFit)),
        response=st.sampled_from(list(ResponseKind)),
        obligation_id=st.none() | st.sampled_from(["order0", "order1", "gone"]),
    ),
    max_size=40,
)


@settings(max_examples=120, deadline=None)
@given(_orders(), _entries)
def test_judging_a_whole_log_matches_judging_each_entry(
    orders: list[MandatedObligation], entries: list[ContactLogEntry]
) -> None:
    assert judge_all(entries, orders) == [judge(e, orders) for e in entries]


def _brute_window(order: MandatedObligation, moment: datetime) -> bool:
    """An oracle that walks the order's days without the bounded window index."""
    from workbook.domain.schedule import occurrences

    assert order.timetable is not None
    found = occurrences(
        order.timetable, moment - timedelta(days=2), moment + timedelta(days=1), limit=10**5
    )
    return any(o.start <= moment <= o.end for o in found)


@settings(max_examples=80, deadline=None)
@given(_orders(), _moments)
def test_window_check_agrees_with_a_wider_expansion(
    orders: list[MandatedObligation], moment: datetime
) -> None:
    for order in orders:
        if order.timetable is not None:
            assert within_schedule(order, moment) == _brute_window(order, moment)


_filters = st.builds(
    Filter,
    person=st.none() | st.sampled_from([HIM, "p1", "p2", "nobody"]),
    channel=st.none() | st.sampled_from(list(ContactChannel)),
    first_day=_days,
    last_day=_days,
    verdict=st.none() | st.sampled_from(list(Verdict)),
)


def _passes(e: ContactLogEntry, j: Judgement, f: Filter) -> bool:
    return (
        (f.person is None or (e.proxy_id or HIM) == f.person)
        and (f.channel is None or e.channel is f.channel)
        and (f.first_day is None or e.occurred_at.date() >= f.first_day)
        and (f.last_day is None or e.occurred_at.date() <= f.last_day)
        and (f.verdict is None or j.verdict is f.verdict)
    )


@settings(max_examples=150, deadline=None)
@given(_orders(), _entries, _filters)
def test_filters_and_counts_match_a_plain_walk(
    orders: list[MandatedObligation], entries: list[ContactLogEntry], wanted: Filter
) -> None:
    index = ComplianceIndex.build(entries, orders)
    judged = dict(zip((e.id for e in entries), judge_all(entries, orders), strict=True))
    again = ComplianceIndex.from_judged(entries, judged)
    assert again.judgements == index.judgements
    assert again.matching(wanted) == index.matching(wanted)
    expected = [
        p
        for p, (e, j) in enumerate(zip(index.entries, index.judgements, strict=True))
        if _passes(e, j, wanted)
    ]
    assert index.matching(wanted) == expected
    # The view's lazy sequence of the same positions: its length, each row read alone (in
    # any order, from the end too), slices and a walk over it.
    lazy = index.selection(wanted)
    assert len(lazy) == len(expected)
    assert [lazy[r] for r in reversed(range(len(expected)))] == expected[::-1]
    assert list(lazy) == expected == lazy[:]
    assert lazy[1::3] == expected[1::3]
    if expected:
        assert lazy[-1] == expected[-1]
    for outside in (len(expected), -len(expected) - 1):
        with pytest.raises(IndexError):
            lazy[outside]
    times = [e.occurred_at for e in index.entries]
    assert times == sorted(times)
    # Another filter asked in between (the index keeps the last one's work) changes nothing.
    assert sum(c.total for c in index.monthly_counts()) == len(index.entries)
    assert list(index.selection(wanted)) == expected
    counts = index.monthly_counts(wanted)
    months: dict[date, list[int]] = {}
    for p in expected:
        moment = index.entries[p].occurred_at
        months.setdefault(date(moment.year, moment.month, 1), []).append(p)
    assert [c.month for c in counts] == sorted(months)
    for count in counts:
        chosen = months[count.month]
        verdicts = [index.judgements[p].verdict for p in chosen]
        assert count.inside == verdicts.count(Verdict.INSIDE)
        assert count.outside == verdicts.count(Verdict.OUTSIDE)
        assert count.unsure == verdicts.count(Verdict.UNSURE)
        assert count.total == len(chosen)
        assert count.through_proxies == sum(
            1 for p in chosen if index.entries[p].proxy_id is not None
        )
        for kind in ResponseKind:
            assert count.answered.get(kind, 0) == sum(
                1
                for p in chosen
                if index.judgements[p].verdict is Verdict.OUTSIDE
                and index.entries[p].response is kind
            )
    links = index.proxy_links()
    for proxy, ids in links.items():
        assert ids == [e.id for e in index.entries if e.proxy_id == proxy]
