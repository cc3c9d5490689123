"""A complete, fictional example plan: every page filled, references between records.

Names are invented, phone numbers use the 555-01xx range reserved for fiction, and email
addresses use example.org. Dates are relative to `today` so the demo never looks stale.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from workbook.domain.chain import seal
from workbook.domain.model import (
    Awareness,
    BackupPlan,
    BoundaryCommitment,
    CheckInAgreement,
    CheckInLogEntry,
    CheckInMethod,
    CommitmentStatus,
    ContactChannel,
    ContactLogEntry,
    ContactRole,
    MandateChannel,
    MandatedObligation,
    Mandator,
    PersonalStatements,
    Plan,
    ProxyBehaviour,
    ProxyDecision,
    ResponseKind,
    Section,
    Situation,
    SuspectedProxy,
    TopicFit,
    TrustedContact,
)
from workbook.domain.schedule import Repeat, Schedule
from workbook.domain.suggestions import suggested_commitments


def demo_plan(today: date | None = None) -> Plan:
    today = today or date.today()

    def day(offset: int) -> date:
        return today + timedelta(days=offset)

    def at(offset: int, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day(offset), time(hour, minute))

    maya = TrustedContact(
        name="Maya Lindqvist",
        relationship="Sister",
        roles=[ContactRole.CHECK_IN_PARTNER, ContactRole.EMERGENCY_CONTACT],
        phones=["+1 555 0142", "555-0199"],
        email="maya.lindqvist@example.org",
        knows_situation=True,
        code_word="blue umbrella",
        best_times="Any time; evenings after 6 pm are best",
        notes="Has a spare key to my flat.\nKnows the school pick-up routine.",
    )
    okafor = TrustedContact(
        name="Daniel Okafor",
        relationship="My lawyer",
        roles=[ContactRole.LAWYER],
        phones=["+1 555 0110"],
        email="d.okafor@example.org",
        knows_situation=True,
        best_times="Weekdays 9 am to 5 pm",
        notes="Handles all communication about the custody order.",
    )
    rosa = TrustedContact(
        name="Rosa Brennan",
        relationship="Colleague and friend",
        roles=[ContactRole.CHECK_IN_PARTNER, ContactRole.COLLEAGUE],
        phones=["+1 555 0173"],
        email="rosa.b@example.org",
        knows_situation=True,
        code_word="green teapot",
        best_times="Work hours",
        notes="Walks me to the car park after late shifts.",
    )
    ahmed = TrustedContact(
        name="Samira Ahmed",
        relationship="Advocate at the local support service",
        roles=[ContactRole.ADVOCATE],
        phones=["+1 555 0120"],
        email="advocate@example.org",
        knows_situation=True,
        best_times="Tuesday and Thursday mornings",
    )
    officer = TrustedContact(
        name="Officer J. Park",
        relationship="Community police officer",
        roles=[ContactRole.POLICE_CONTACT],
        phones=["+1 555 0111"],
        knows_situation=True,
        best_times="Station front desk, any time",
        notes="Incident reference is in the contact log.",
    )
    neighbour = TrustedContact(
        name="Tom Whitaker",
        relationship="Neighbour across the hall",
        roles=[ContactRole.NEIGHBOUR],
        phones=["555-0188"],
        knows_situation=False,
        best_times="Evenings",
        notes="Knows only that I do not want visitors.",
    )
    contacts = [maya, okafor, rosa, ahmed, officer, neighbour]

    # Handovers fall on every other Friday and the Sunday after, counted from the Friday two
    # weeks back (or a little more).
    handover_friday = day(-14) - timedelta(days=(day(-14).weekday() - 4) % 7)
    handover = MandatedObligation(
        mandated_by=Mandator.COURT,
        mandated_by_name="County Family Court",
        reference="FC-2031-0457",
        requirement="Hand the children over for the weekend visit; no other contact.",
        schedule="Every other Friday at 5 pm, back on Sunday at 5 pm",
        timetable=Schedule(
            repeat=Repeat.EVERY_OTHER_WEEK,
            weekdays=(4, 6),
            times=(time(17),),
            minutes=30,
            start=handover_friday,
            end=day(245),
        ),
        location="Car park of the Riverside community centre",
        channel=MandateChannel.IN_PERSON,
        topics_allowed="The children's logistics only: times, clothes, school items, health.",
        handled_by_id=maya.id,
        start_date=day(-120),
        end_date=day(245),
        review_date=day(60),
        notes="Maya comes with me to every handover and waits in the car.",
    )
    messages = MandatedObligation(
        mandated_by=Mandator.COURT,
        mandated_by_name="County Family Court",
        reference="FC-2031-0457",
        requirement="Answer messages about the children's health or school within 48 hours.",
        schedule="Only when he writes about health or school",
        location="",
        channel=MandateChannel.APP,
        topics_allowed="Health appointments, school events, medication.",
        handled_by_id=okafor.id,
        start_date=day(-120),
        review_date=day(60),
        notes="Co-parenting app only; never text or phone.",
    )
    evaluation = MandatedObligation(
        mandated_by=Mandator.EVALUATOR,
        mandated_by_name="Dr. Helen Marsh, custody evaluator",
        reference="EV-88",
        requirement="Attend two joint evaluation sessions.",
        schedule="Two sessions, dates set by the evaluator",
        timetable=Schedule(
            repeat=Repeat.DATES,
            dates=(day(5), day(33)),
            times=(time(10),),
            minutes=120,
        ),
        location="Evaluator's office, 3rd floor",
        channel=MandateChannel.SUPERVISED,
        topics_allowed="Only what the evaluator asks.",
        handled_by_id=okafor.id,
        start_date=day(-10),
        end_date=day(50),
        notes="Daniel has asked for separate waiting rooms.",
    )
    obligations = [handover, messages, evaluation]

    commitments = suggested_commitments()
    for commitment in commitments[:9]:
        commitment.status = CommitmentStatus.ADOPTED
    commitments[
        3
    ].text = "I do not open the door to him, and I do not answer the intercom when it is him."
    commitments[9].status = CommitmentStatus.ADOPTED
    commitments[10].status = CommitmentStatus.ADOPTED
    commitments[11].status = CommitmentStatus.DROPPED
    commitments[11].notes = "Rewritten below in my own words."
    own_text = "I keep a written record of every contact and share it with Daniel each month."
    commitments.insert(12, BoundaryCommitment(text=own_text, status=CommitmentStatus.ADOPTED))

    statements = PersonalStatements(
        firm_sentence="I will not talk with you any more. Goodbye.",
        third_party_reply=(
            "I am not taking messages from him. Please do not pass anything on. "
            "If it concerns the children, he can contact my lawyer."
        ),
        gift_return="Unopened, by post to his lawyer's office, with no note.",
    )

    turns_up = BackupPlan(
        situation=Situation.TURNS_UP,
        title="He is outside the flat or at my workplace",
        warning_signs="His car parked on my street; messages saying he is 'nearby'.",
        steps=[
            "Do not open the door or go outside.",
            "Call Maya and say the code word.",
            "If he does not leave within 10 minutes, call the police.",
            "Write down the time and what happened in the contact log.",
        ],
        contact_ids=[maya.id, officer.id],
        safe_places="Inside the flat with the chain on; at work, the staff room with Rosa.",
        what_to_take="Phone, keys.",
        emergency_numbers="Emergency: 911. Police non-emergency: 555-0111.",
        protective_order="Order FC-2031-0457: he must stay 100 m from my home.",
    )
    leave_now = BackupPlan(
        situation=Situation.LEAVE_NOW,
        title="",
        warning_signs="Threats to take the children; shouting at a handover.",
        steps=[
            "Take the go-bag from the hall cupboard.",
            "Drive to Maya's house.",
            "Call Daniel in the morning.",
        ],
        contact_ids=[maya.id, okafor.id],
        safe_places="Maya's house; the women's shelter (number with Samira).",
        what_to_take="Go-bag: passports, birth certificates, medication, charger, cash.",
        emergency_numbers="Emergency: 911. Shelter line: 555-0100.",
        protective_order="Copy of the order is in the go-bag.",
    )
    proxies_plan = BackupPlan(
        situation=Situation.PROXIES_HARASS,
        warning_signs="Friends of his asking where I live now.",
        steps=["Give my third-party reply.", "Log it.", "Tell Samira at the next meeting."],
        contact_ids=[ahmed.id],
        safe_places="",
        what_to_take="",
        emergency_numbers="",
        protective_order="",
    )
    backup_plans = [turns_up, leave_now, proxies_plan]

    daily = CheckInAgreement(
        partner_id=maya.id,
        schedule="Every day at 9 pm",
        timetable=Schedule(repeat=Repeat.DAILY, times=(time(21),)),
        method=CheckInMethod.TEXT,
        grace_minutes=30,
        escalation_steps=[
            "Call me twice.",
            "Call Rosa to ask if she has heard from me.",
            "Come to the flat, or ask Tom to knock.",
            "Call the police and mention the protective order.",
        ],
        danger_code_word="blue umbrella",
        notes="If I text 'blue umbrella', call the police at once.",
    )
    handover_checkin = CheckInAgreement(
        partner_id=rosa.id,
        schedule="Before and after every handover",
        timetable=Schedule(repeat=Repeat.AROUND_CONTACT, before=15, after=20),
        around_obligation_id=handover.id,
        method=CheckInMethod.MESSAGE_APP,
        grace_minutes=15,
        escalation_steps=["Call me.", "Call Maya.", "Call the police."],
        danger_code_word="green teapot",
    )
    agreements = [daily, handover_checkin]
    checkin_log = [
        CheckInLogEntry(at=at(-2, 21, 4), agreement_id=daily.id, note="All fine."),
        CheckInLogEntry(at=at(-1, 16, 55), agreement_id=handover_checkin.id, note="Arriving."),
        CheckInLogEntry(at=at(-1, 17, 20), agreement_id=handover_checkin.id, note="Done, home."),
        CheckInLogEntry(at=at(-1, 21, 2), agreement_id=daily.id, note="Tired but fine."),
    ]

    carol = SuspectedProxy(
        name="Carol (his cousin)",
        connection_to_him="Cousin; they talk every week",
        connection_to_me="We used to be friendly",
        behaviours=[ProxyBehaviour.SPYING, ProxyBehaviour.CARRYING_MESSAGES],
        what_they_did="Asked where the children go to school; passed on a letter from him.",
        dates_and_evidence="Messages saved in the 'evidence' folder, screenshots 14-19.",
        awareness=Awareness.KNOWING,
        decision=ProxyDecision.CUT_OFF,
        done_on=day(-20),
        notes="Blocked on all channels.",
    )
    ben = SuspectedProxy(
        name="Ben from the football club",
        connection_to_him="Plays five-a-side with him",
        connection_to_me="Parent at the children's club",
        behaviours=[ProxyBehaviour.PERSUADING, ProxyBehaviour.FLATTERING],
        what_they_did="Told me he 'has really changed' and I should 'give him a chance'.",
        dates_and_evidence="At training, twice this month.",
        awareness=Awareness.UNWITTING,
        decision=ProxyDecision.INFORM_AND_EXPOSE,
        notes="Plan to explain calmly that I am not discussing him.",
    )
    proxies = [carol, ben]

    contact_log = [
        ContactLogEntry(
            occurred_at=at(-14, 17, 3),
            channel=ContactChannel.IN_PERSON,
            what_happened="Handover. He asked how I was and mentioned our old holiday.",
            topic_within=TopicFit.NO,
            response=ResponseKind.MANDATED_REPLY,
            response_detail="Only talked about the children's bags. Left after five minutes.",
            evidence_ref="Maya was present",
            obligation_id=handover.id,
        ),
        ContactLogEntry(
            occurred_at=at(-9, 23, 40),
            channel=ContactChannel.TEXT,
            what_happened="Three texts late at night: first pleading, then angry.",
            response=ResponseKind.NO_RESPONSE,
            evidence_ref="Screenshots 20-22",
        ),
        ContactLogEntry(
            occurred_at=at(-7, 12, 15),
            proxy_id=carol.id,
            channel=ContactChannel.VIA_THIRD_PARTY,
            what_happened="Carol brought a letter from him to my work.",
            response=ResponseKind.FORWARDED_TO_LAWYER,
            response_detail="Did not open it; gave it to Daniel.",
            evidence_ref="Letter held by Daniel",
        ),
        ContactLogEntry(
            occurred_at=at(-5, 8, 30),
            channel=ContactChannel.MESSAGE_APP,
            what_happened="Asked about our son's dentist appointment.",
            response=ResponseKind.MANDATED_REPLY,
            response_detail="Replied with the date and time only.",
            evidence_ref="Co-parenting app thread",
            topic_within=TopicFit.YES,
            obligation_id=messages.id,
        ),
        ContactLogEntry(
            occurred_at=at(-3, 19, 10),
            channel=ContactChannel.PHONE,
            what_happened="Called from an unknown number.",
            response=ResponseKind.FIRM_SENTENCE,
            response_detail="Said my sentence and hung up.",
            evidence_ref="Call log screenshot 23",
        ),
        ContactLogEntry(
            occurred_at=at(-2, 18, 0),
            proxy_id=ben.id,
            channel=ContactChannel.IN_PERSON,
            what_happened="Ben said he 'misses the family'.",
            response=ResponseKind.OTHER,
            response_detail="Said I am not discussing him and walked away.",
        ),
    ]

    # Written down a little after each contact (one only the next evening), then sealed into
    # the log's hash chain in that order, as the workbook itself does (domain/chain.py).
    previous = ""
    for entry, gap in zip(contact_log, (70, 555, 130, 12, 190, 1570), strict=True):
        entry.recorded_at = entry.occurred_at + timedelta(minutes=gap)
        previous = seal(entry, previous).entry_hash

    changed = at(-1, 21, 10)
    return Plan(
        obligations=obligations,
        commitments=commitments,
        statements=statements,
        contacts=contacts,
        backup_plans=backup_plans,
        checkin_agreements=agreements,
        checkin_log=checkin_log,
        proxies=proxies,
        contact_log=contact_log,
        created_at=at(-120, 20, 0),
        next_review=day(30),
        section_changed={section: changed for section in Section},
    )
