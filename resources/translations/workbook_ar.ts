<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutMe</name>
    <message>
        <source>My name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As your check-in partners know you; they may need it to call for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number your check-in partners call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I live or stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address your check-in partners would give the police. It is shown only in your own plan and on the partners&apos; cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for the cards you give your check-in partners, who may need to call for help, and for your own copy of the plan. No other printout shows them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Awareness</name>
    <message>
        <source>Not sure yet</source>
        <translation>لا أعرف بعد</translation>
    </message>
    <message>
        <source>Knowing</source>
        <translation>على علم</translation>
    </message>
    <message>
        <source>Unwitting</source>
        <translation>دون علم</translation>
    </message>
</context>
<context>
    <name>BackupPlan</name>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for your own situation; optional otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to call, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective-order details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} plan has no steps yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} plans have no steps yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} plan has nobody to call yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} plans have nobody to call yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPlans</name>
    <message>
        <source>Emergency: {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New backup plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which situation is this plan for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the one closest to what worries you. You will get suggested warning signs and steps for it, and you can change everything afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space adds the selected suggestion to your plan, or takes it out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested warning signs — tick the ones that fit; you can reword them above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested steps, in order — tick the ones you will take; you can reword them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add all these steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every suggested step, in order, to your steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my country&apos;s numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your country&apos;s emergency number and helplines to this plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Boundaries</name>
    <message>
        <source>Examples you can use (then change them if you like):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this example: {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace what you wrote with this example?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundaryCommitment</name>
    <message>
        <source>The commitment in my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite it until it sounds like you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion it started from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commitment adopted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} suggested commitment not decided on yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} suggested commitments not decided on yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInAgreement</name>
    <message>
        <source>Check-in partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily times, or before and after a named event such as a handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days and times, or before and after a mandated contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Around this mandated contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For check-ins before and after a mandated contact, such as a handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long your partner waits before acting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I miss a check-in, my partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step by step, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code word for “I am not safe”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check-in agreement yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check-in partner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} agreement has no code word for “I am not safe” yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} agreements have no code word for “I am not safe” yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} agreement does not say yet what happens if you miss a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} agreements do not say yet what happens if you miss a check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInLogEntry</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook marks a check-in that did not happen in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInMethod</name>
    <message>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>Message app</source>
        <translation>تطبيق مراسلة</translation>
    </message>
</context>
<context>
    <name>CommitmentStatus</name>
    <message>
        <source>Not decided yet</source>
        <translation>لم أقرر بعد</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>متروك</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>بدأ</translation>
    </message>
    <message>
        <source>Looks complete</source>
        <translation>يبدو مكتملًا</translation>
    </message>
    <message>
        <source>{n} entry</source>
        <translation>{n} إدخال</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} إدخالات</translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <source>Him</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished">شخص آخر</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside or outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts, judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date written as year-month-day; may be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Him, directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside and outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside any order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure: topic not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing each contact with the orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts in the log yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing all {total:,} contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown:,} of {total:,} contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {count:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through someone else: {people}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation type="unfinished">سجل التواصل</translation>
    </message>
    <message>
        <source>The entries, and how they stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside or outside the orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactChannel</name>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished">رسالة نصية</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message app</source>
        <translation type="unfinished">تطبيق مراسلة</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactLogEntry</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written before this record was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. The earlier version stays in the record; this note is kept with the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash of the entry before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Him directly, or one of the suspected proxies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Him, directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said or done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said or written, word for word, as far as you remember it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else saw or heard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My response in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example the police incident number, or whom you told and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the screenshot, letter or witness can be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order that allowed this contact, or “not mandated”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mandated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic within what the order allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether what it was about stayed within the topics the order allows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactLogPage</name>
    <message>
        <source>Withdrawn on {date}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Him</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mandated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what needs changing. Save adds the corrected version to the log; the version you correct stays in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what needs changing first, or press Discard changes to leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed: {fields}. A few words on why help whoever reads the log later. You may leave this empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write a few words first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is longer than Workbook can keep; please shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n}: first written {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n}: written before this record was kept (by {date} at the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n}: corrected on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for withdrawing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest hash of the contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the latest hash, to give to your lawyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this code to your lawyer: it stands for everything your log holds now. Any later change to an entry written before today would change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was changed outside Workbook. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record intact: nothing written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record intact: 1 entry, unchanged since it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record intact: {n} entries, each unchanged since it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry was checked again just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every entry of the record ({n})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be checked just now. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry you started earlier has not been saved yet. Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the unfinished entry where you left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation type="unfinished">سجل التواصل</translation>
    </message>
    <message>
        <source>The latest version of each entry. Enter corrects the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down a new contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct this entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a corrected version; the one it corrects stays in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of the selected entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected entry as withdrawn, with your reason. It stays in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” will be marked as withdrawn, with your reason. It stays in the record, so the log shows that it was there and why you took it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry could not be withdrawn just now. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRole</name>
    <message>
        <source>Check-in partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>January</source>
        <translation>يناير</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>April</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مايو</translation>
    </message>
    <message>
        <source>June</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <source>July</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <source>August</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <source>September</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <source>October</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <source>November</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}، {time}</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>That is {hours} hours. A check-in partner usually waits minutes or a few hours before acting; is this right? You can save it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} is in the future. Is this right? You can save it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:.0f} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:.2f} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{size} · {type} · SHA-256 {hash}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image could not be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be read just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching was stopped. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshots, photos, recordings or letters that belong to this entry. Each file is stored encrypted and its SHA-256 goes into the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add screenshots, photos, recordings or letters, or drop them here. Each is stored encrypted in the workbook, and kept when you save the entry; the original stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or more files to attach to this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected files will not be attached to this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files can be attached once the workbook is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already attached to the version you correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the files encrypted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already in the list, so it was not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files could not be attached just now. Nothing was added. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait until the files are stored, or press Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected file, readable, to a place you choose. Workbook first checks it is exactly the file that was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files are attached to this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} (in an earlier version only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}
{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this kind of file. Save a copy to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to {path}. It is readable by anyone who can open that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved just now. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Who is this for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a partner without a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in pa&amp;rtner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put &amp;names in the event titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars copy their events to phones, online accounts and anyone the calendar is shared with. With names, anyone who sees your calendar can read who you check in with and which order a date belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also save the &amp;evidence files, numbered, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the PDF with a &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view the first pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} of the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview is shown beside the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted contact is the partner of a check-in agreement yet. Add one on the Check-ins page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} events, each with a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar is saved as {name} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has {pages} pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens only with the password you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not protected by a password: keep it somewhere only you can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A character in “{field}” on page {page} (U+{code}) could not be drawn and shows as a marked box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} evidence files are in the folder “{folder}” beside it, numbered as in the PDF, with SHA256SUMS and MANIFEST.csv to check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is saved as {name} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpNow</name>
    <message>
        <source>These numbers are kept on this computer; they were checked on {date}. Workbook never goes online and never calls anyone for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency numbers: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} (checked {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your country to see its emergency number and helplines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your country…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emergency number and the domestic-abuse helplines of your country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where these numbers come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No national domestic-abuse helpline for {country} could be checked, so none is listed here rather than a number that might be wrong. The emergency number above works whenever you are in danger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency number and helplines for your country (F1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency number and helplines (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All helplines and details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All helplines and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your countr&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No national helpline for {country} could be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger now, call your local emergency number. Choose your country to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger now, call one of these emergency numbers: {numbers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger now, call {number} (or {others}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger now, call {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In danger now? Call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In danger now? Call {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {phone} ({hours})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook speaks the language you choose from the next time you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice could not be kept just now. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Workbook will speak this language from the next time you open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MandateChannel</name>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MandatedObligation</name>
    <message>
        <source>Who mandated it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the court or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example the name of the court, counselor or mediator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference or case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as the order says it: exactly this much, never less, never more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the order sets them; contacts in the log are compared with these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the contact happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the children&apos;s logistics only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The professional or trusted contact who handles this contact for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mandated contact written down yet (leave it empty if there is none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} obligation has nobody to handle it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} obligations have nobody to handle them yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} obligation does not say yet what exactly is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} obligations do not say yet what exactly is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mandator</name>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>{who} ({reference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of the order from {title}: {date} — that day has passed; a good moment to look at it, with your lawyer if you have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date of {count} more orders has passed too; they are on the page Mandated contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unfinished entry on {section}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the unfinished entry on {section} where you left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the unfinished entry on {section}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>{name} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing filled in yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · made {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <source>(a contact that was removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trusted contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a contact without a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a proxy that was removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an order that was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an agreement that was removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {partner} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing entered here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on {date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan started {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing entered yet — the Mandated contact page helps you write down any contact a court or an official requires. Leave it empty if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing entered yet — the My boundaries page suggests commitments you can adopt and helps you find your one firm sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing entered yet — the Trusted contacts page helps you add the people you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing entered yet — the Backup plans page helps you decide, ahead of time, what you will do if you must leave at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing entered yet — the Whereabouts check-ins page helps you agree with someone you trust when you will check in, and what they do if you do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing entered yet — the Suspected proxies page is where you note people who may carry messages for the other person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing entered yet — the Contact log page is where you write down each contact while it is fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section}: {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most important parts of this plan on one page. Every record follows in full in the sections after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup plans in brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing essential has been entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy leaves out the parts of the plan its reader does not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers for {country} from Workbook&apos;s offline list, checked on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more in “{where}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no partner chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grace period {minutes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their code word: {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I miss a check-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments I keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished">لم أقرر بعد</translation>
    </message>
    <message>
        <source>Commitments I dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside or outside the orders, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Him, directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mandated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by {order}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalStatements</name>
    <message>
        <source>My firm sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you say if you ever hear his voice, before you hang up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I say to people who pass on messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For friends or family who bring requests from him.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I return gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: unopened, by post to his lawyer, with no note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no firm sentence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply for people who pass on messages yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan for returning gifts yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Plan started</source>
        <translation>بداية الخطة</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>المراجعة القادمة</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>آخر تغيير</translation>
    </message>
</context>
<context>
    <name>ProxyBehaviour</name>
    <message>
        <source>Spying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harassing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persuading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flattering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyDecision</name>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished">لم أقرر بعد</translation>
    </message>
    <message>
        <source>Cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform and show how they are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readers</name>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For me: my whole plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It leaves nothing out. Keep it somewhere only you can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me (the whole plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan for my lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For my lawyer or advocate: mandated contact, the contact log with its check of what the orders allow and how to verify it, the evidence list, suspected proxies and my boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It leaves out code words, check-in arrangements, safe places and what I would take if I had to leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My lawyer or advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact record for the court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For filing with a court (the other side&apos;s lawyer will read it too): mandated contact, the contact log with its check of what the orders allow and how to verify it, and the evidence list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It leaves out every address and safe place, my trusted contacts&apos; details (they are named only by their role), code words, check-ins, backup plans and my notes on suspected proxies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A court filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For one check-in partner: when I check in, what the code word means, what to do if I miss a check-in, my name, phone and where I stay, and the emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It leaves out everyone else&apos;s details and code words, and the contact log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in partner (a one-page card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For my own calendar: check-in times, mandated contact dates and times, and review dates, each with a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event is called only “Workbook: …” and holds nothing else, because calendars sync to other devices and accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My calendar (.ics file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let me know outside Workbook when something is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification says only “Workbook: something is due”, nothing else: never what is due, never a name. It comes only while Workbook is open and unlocked, and not while you are looking at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} things are due now; they are listed on the overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I checked in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a check-in at the current time to the check-in log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I checked in now: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listing this missed check-in here. It stays in the check-in log, marked as missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in noted at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportedTo</name>
    <message>
        <source>The police</source>
        <translation>الشرطة</translation>
    </message>
    <message>
        <source>My lawyer</source>
        <translation>محاميّ</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>شخص آخر</translation>
    </message>
</context>
<context>
    <name>ResponseKind</name>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My firm sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to my lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied as the order requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleField</name>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No set days and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happens on this day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 1, 15, last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers from 1 to 31, or “last”, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 2026-03-01, 2026-04-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates written as year-month-day, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 10:00, 17:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times of day written as hour:minute, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole day counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes from each time; 0 for a moment, such as a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes after it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 for no check-in then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written as year-month-day; may be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{schedule}. Next: {moments}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{schedule}. No more times after today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Mandated contact</source>
        <translation>التواصل الملزم</translation>
    </message>
    <message>
        <source>My boundaries</source>
        <translation>حدودي</translation>
    </message>
    <message>
        <source>Trusted contacts</source>
        <translation>أشخاص أثق بهم</translation>
    </message>
    <message>
        <source>Backup plans</source>
        <translation>خطط بديلة</translation>
    </message>
    <message>
        <source>Whereabouts check-ins</source>
        <translation>الاطمئنان على مكاني</translation>
    </message>
    <message>
        <source>Suspected proxies</source>
        <translation>وسطاء محتملون</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>سجل التواصل</translation>
    </message>
</context>
<context>
    <name>Situation</name>
    <message>
        <source>He turns up at home or work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats or blackmail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forced meeting goes wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I must leave now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The children are at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxies harass me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online stalking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own situation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Specs</name>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no partner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {partner}: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty commitment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I miss one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to him</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Him</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mandated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the order?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>I keep exactly the contact that a court or official requires: never less, never more. If a ruling needs to change, I ask through the proper channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I do not answer his messages, whatever their tone: pleading, romantic, nostalgic, flattering or threatening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I return his gifts unopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I do not let him in, and I do not answer the intercom when it is him.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I do not talk with him on the phone. If I hear his voice, I say my one firm sentence and hang up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letters and no visits: not on birthdays or holidays, and not in a hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I do not answer requests he passes on through other people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I do not ask him for anything, even when I am in need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a meeting cannot be avoided, I keep to the agenda: no personal matters (mine or his), no closeness, no going back to shared memories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wherever I can, I leave unavoidable contact to a professional: my lawyer, an accountant or a mediator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I do not discuss him with the children, and I do not gossip about him.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I write down what happens and tell the people who should know. At the first transgression I act fully; I do not wait for a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I stay firm, polite and consistent: no negotiating, no giving in to pressure, no saying one thing and doing another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I will not talk with you. Goodbye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have nothing more to say to you. I am hanging up now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am not discussing this. Please contact my lawyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contact goes through my lawyer. Goodbye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t talk about him, and I won&apos;t pass on any messages. Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please don&apos;t bring me messages from him. If it is about the children, he can contact my lawyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unopened, by post to his lawyer, with no note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unopened, handed back through a friend he does not know, with no note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I am in danger, call the emergency number at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what happened, with the time, in the contact log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call my check-in partner and tell them where I am and how I am.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He comes to my door, my workplace, or somewhere he knows I go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He says he is “in the area” or wants to “just talk for a minute”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>His car, or someone close to him, is seen near my home or work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>His messages mention where I live, where I work or where I go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone mentions that he asked about my routine or my new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open the door; do not answer the intercom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay inside, away from the door, in a room I can lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At work, ask reception or security not to let him in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell my lawyer. If a protective order forbids this, report it to the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He threatens me, the children or himself, or tries to force me with secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He hints at “consequences” if I do not answer him.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He threatens to share private photos, messages or secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He threatens to take the children, or to harm himself, me or someone I love.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>His messages come more often, or grow angrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not answer, do not negotiate, and do not give in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the message: take a screenshot that shows the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the people who should know: my lawyer and my check-in partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the threat to the police and note the incident number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If he threatens to harm someone now, call the emergency number at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting I cannot avoid (a handover, mediation, a hearing) starts to go wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He arrives early, late, or with someone he did not announce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He brings up personal matters, shared memories or our relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He raises his voice, blocks my way or will not let me leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep to the agenda: no personal matters, no shared memories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say one short, firm sentence that the meeting is over, and leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the professional who is there (mediator, supervisor, lawyer) or to a public place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask my lawyer whether future meetings can be supervised or left to professionals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have to get out of where I am, quickly and safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats against my life, or violence that is getting worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He has found out where I am, or he is on his way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My instinct tells me I am not safe here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the children and the bag I packed in advance, if it is safe to do so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to my safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call a domestic-abuse helpline if I need a shelter place for tonight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once I am safe, write down what happened, with the time, in the contact log, and tell my lawyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something during his time with the children puts them in danger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The children come back frightened, withdrawn or hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He questions the children about me, or uses them to carry messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He does not bring the children back at the agreed time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a child is in danger now, call the emergency number at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep exactly to what the court orders; do not break them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to the children and reassure them; do not discuss him with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call my lawyer: rulings change only through the proper channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the professionals involved (guardian, school, child services) what I saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People he sends, or who speak for him, keep pressing, watching or persuading me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends or relatives pass on messages or requests from him.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone asks unusual questions about where I live, my plans or my new life.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People repeat things that only he could have told them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not answer requests passed on by other people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say my sentence for people who pass on messages, and end the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut off those who knowingly spy for him; tell the unwitting ones how they are being used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note the person on the suspected proxies page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He follows, watches or contacts me online, or gets into my accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He knows things I only wrote or did online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New or unknown accounts follow me or send me messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My accounts show sign-ins or changes I did not make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not answer, from any account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take screenshots that show the date and time before blocking or reporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my passwords from a device he has never touched, and turn on two-step sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make my profiles private and check which apps can see my location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell my lawyer, and report threats or harassment to the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else that worries me; I describe it in my own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say one short, firm sentence, then hang up or leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the people who should know, such as my lawyer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuspectedProxy</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nickname or initials are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to him</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they did, in my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowing or unwitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} person without a decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} people without a decision yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicFit</name>
    <message>
        <source>Not sure</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>TrustedContact</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nickname or initials are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One number per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knows my situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word you agreed on that means you need help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best times to reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trusted contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check-in partner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no emergency contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} contact has no phone number or email yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} contacts have no phone number or email yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Workbook: check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook: appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook: review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in with {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandated contact: {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of an order: {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{which} has no structured times yet, so it is not in the calendar. Add its times on the Check-ins page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{which} has no structured schedule yet, so it is not in the calendar (its review date is). Add its schedule on the Mandated contact page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{which}: the times are not complete ({problem}), so they are not in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{which} happens around a mandated contact that has no schedule yet, so it is not in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-ins of {which} are listed for the coming year, at most {count:,} of them; export the calendar again later for the ones after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my check-in partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in agreement {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandated contact {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the calendar does not exist. Please choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be saved there ({reason}). Please choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chain</name>
    <message>
        <source>Entry {number} was changed after it was written: its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {number} does not follow the entry before it: an entry was removed, added or moved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {number} has no hash: it was not written by Workbook&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {number} corrects an entry that is not before it in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {number} corrects an entry that an earlier entry already corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {number} has the same id as an earlier entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log should end with entry {number}, but it does not: entries at its end were removed or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written down yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written before this record was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written before the time it gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written {n} minutes after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written 1 hour after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written {n} hours after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written {n} days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written {n} days after: long after the contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The Workbook app has the workbook in {folder} open (process {pid}). Please close it there first, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compliance</name>
    <message>
        <source>Inside the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside any order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside? Topic not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside any order: it came through someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside any order: none was in force that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside any order: no order in force allows contact this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside any order: not at a time the order&apos;s schedule allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the order: the topic went beyond what it allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way and time fit the order; whether the topic stayed within it is not marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside: through someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside: no order that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside: not a way allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside: not at a set time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside: the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure: topic not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered with my firm sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to my lawyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered as the order requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered some other way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished">لست متأكدة</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside: not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside: firm sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside: to my lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside: other answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>The evidence folder could not be made there ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder already holds files. Please choose an empty folder for the evidence, so nothing from another export is mixed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partner card</name>
    <message>
        <source>This check-in partner is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no check-in agreement yet. Add one on the Check-ins page, then make the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in card for {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for being my check-in partner. This card is for you alone: please keep it somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(My name, phone and where I stay are not filled in yet.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When I check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I say or write “{code}”, it means I am not safe, even if everything else I say sounds normal. Act at once, as below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I miss a check-in by more than {grace}, or use the code word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call me. If you cannot reach me, call the emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our code word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our own code word is “{code}”: if I use it with you, something is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In danger now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the emergency number: {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the emergency number of the country you are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made {when} with Workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the card does not exist. Please choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be saved there ({reason}). Please choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdf_log</name>
    <message>
        <source>a withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {date} at the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraws No. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects No. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by No. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash {start}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(withdrawn: as No. {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {n}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry in the order it was written down. Nothing in this log is ever changed or removed: a correction or a withdrawal is a further entry that names the one it replaces. How to check that with ordinary tools is at the end of this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking this log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="unfinished">{n} إدخالات</translation>
    </message>
    <message>
        <source>Each entry carries a SHA-256 hash of its content, both of its times and the hash of the entry before it, so that every hash depends on every entry written before it. Changing, removing, adding or reordering any entry changes every hash after it, and the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This log holds {entries}. Its latest hash, which stands for all of them, is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check it: export the plan from Workbook as a JSON file (workbook export --out plan.json) and run: workbook verify plan.json. Or, without Workbook, for each entry of &quot;contact_log&quot; in order: take every member except &quot;entry_hash&quot; and every member whose value is empty (&quot;&quot;, [], null, false); write them as JSON with the keys sorted and no spaces, in UTF-8, characters outside ASCII as themselves; its SHA-256 (for example with sha256sum) must equal &quot;entry_hash&quot;, and &quot;previous_hash&quot; must equal the hash of the entry before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Python 3: json.dumps(entry, sort_keys=True, separators=(&apos;,&apos;, &apos;:&apos;), ensure_ascii=False).encode(&apos;utf-8&apos;) gives the bytes to hash with hashlib.sha256. The last entry&apos;s hash must be the one printed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hashes show that no entry was changed after it was written and in which order they were written. The times come from the clock of the computer the log was kept on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protection</name>
    <message>
        <source>Your workbook now has a new key. The old passphrase no longer opens it or its automatic backups, not even with an older copy of the key file. Your recovery code keeps working. What this cannot undo: a copy of the workbook folder taken before this change still opens with the old passphrase, wherever that copy is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your workbook now has a new key: the old code no longer opens it or its automatic backups, not even with an older copy of the key file. What this cannot undo: a copy of the workbook folder taken before now still opens with the old code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your workbook could not be opened again just now: please close Workbook and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase is set. Your workbook could not be opened again just now: please close Workbook and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving your workbook its new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your workbook is given a new key and copied under it (a few seconds for a long contact log). Your recovery code keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed. Write down your new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key file was made by an earlier version of Workbook, so your recovery code had to be replaced too: the old code no longer opens this workbook. The new one is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new code replaces the old one, and your workbook is given a new key. Use this if you lost the paper, or someone else may have seen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down your new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook is already open with this workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not come forward when asked. Look for it on the taskbar or in the window list: it may be minimised or locked. Only one Workbook can have a workbook open at a time, so that neither saves an older copy of an entry over a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase could not be saved. Your recovery code still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been deleted yet. To stop it, press Stop or Escape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of your workbook is older than the one last seen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook cannot confirm that this is the newest copy of your workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;newest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this &amp;older copy anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds your plan as it was when the backup was made, on {when}. The copy that was in its place has been kept in the data folder, with a date in its name; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds your plan as it was when the backup was made. The copy that was in its place has been kept in the data folder, with a date in its name; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your workbook was restored from the newest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your workbook is open as it is in this older copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made after this copy was taken are not in it. From now on it counts as the newest copy. The files that were in the folder have been kept there, with a date in their name; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your workbook could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Workbook: something is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your check-in partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in with {partner}: due at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in with {partner} at {time} was missed. If you are safe, let them know now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandated contact tomorrow at {time} ({who}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandated contact tomorrow at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date of your plan ({day}) has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date of an order ({day}) has passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after a mandated contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please add at least one time of day, or tick “All day”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more times a day than Workbook can keep ({count:,}). Please keep it to {limit} or fewer; the note can say more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same time is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are kept to the minute, without seconds or a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first day. Please check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it lasts can be from 0 minutes up to a whole day (1,440 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before or after can be from 0 up to a whole day (1,440 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say how many minutes before, or after, the contact you check in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Before and after a mandated contact” is for check-ins only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick at least one day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day of the week is not one Workbook knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the first day, so Workbook knows which weeks count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the day it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the days of the month as numbers from 1 to 31 (or “last”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please add at least one date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more dates than Workbook can keep ({count:,}); please keep it to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{before} before and {after} after each mandated contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{before} before each mandated contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{after} after each mandated contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days}, all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} at {times} for {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} at {times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month on day {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month on the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month on day {days} and on the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {dates} and {count} more dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, on {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, until {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
