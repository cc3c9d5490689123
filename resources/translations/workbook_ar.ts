<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutMe</name>
    <message>
        <source>My name</source>
        <translation>اسمي</translation>
    </message>
    <message>
        <source>As your check-in partners know you; they may need it to call for help.</source>
        <translation>كما يعرفك الأشخاص الذين تطمئنهم عليك؛ قد يحتاجونه لطلب المساعدة.</translation>
    </message>
    <message>
        <source>My phone</source>
        <translation>هاتفي</translation>
    </message>
    <message>
        <source>The number your check-in partners call.</source>
        <translation>الرقم الذي يتصل به الأشخاص الذين تطمئنهم عليك.</translation>
    </message>
    <message>
        <source>Where I live or stay</source>
        <translation>أين أسكن أو أقيم</translation>
    </message>
    <message>
        <source>The address your check-in partners would give the police. It is shown only in your own plan and on the partners&apos; cards.</source>
        <translation>العنوان الذي سيعطيه الأشخاص الذين تطمئنهم عليك للشرطة. لا يظهر إلا في خطتك الخاصة وعلى بطاقات الاطمئنان.</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>عني</translation>
    </message>
    <message>
        <source>Only for the cards you give your check-in partners, who may need to call for help, and for your own copy of the plan. No other printout shows them.</source>
        <translation>فقط للبطاقات التي تعطيها للأشخاص الذين تطمئنهم عليك، فقد يحتاجون إلى طلب المساعدة، ولنسختك الخاصة من الخطة. لا يظهر في أي مطبوع آخر.</translation>
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
        <translation>الموقف</translation>
    </message>
    <message>
        <source>In my words</source>
        <translation>بكلماتي</translation>
    </message>
    <message>
        <source>Needed for your own situation; optional otherwise.</source>
        <translation>مطلوب إذا كان الموقف خاصًا بك؛ واختياري في غير ذلك.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>علامات الإنذار</translation>
    </message>
    <message>
        <source>Steps, in order</source>
        <translation>الخطوات بالترتيب</translation>
    </message>
    <message>
        <source>step</source>
        <translation>خطوة</translation>
    </message>
    <message>
        <source>People to call, in order</source>
        <translation>من أتصل به، بالترتيب</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation>أماكن آمنة</translation>
    </message>
    <message>
        <source>What to take</source>
        <translation>ما آخذه معي</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>أرقام الطوارئ</translation>
    </message>
    <message>
        <source>Protective-order details</source>
        <translation>تفاصيل أمر الحماية</translation>
    </message>
    <message>
        <source>no backup plan yet</source>
        <translation>لا توجد خطة بديلة بعد</translation>
    </message>
    <message>
        <source>{n} plan has no steps yet</source>
        <translation>{n} خطة ليس فيها خطوات بعد</translation>
    </message>
    <message>
        <source>{n} plans have no steps yet</source>
        <translation>{n} خطط ليس فيها خطوات بعد</translation>
    </message>
    <message>
        <source>{n} plan has nobody to call yet</source>
        <translation>{n} خطة ليس فيها من يُتصل به بعد</translation>
    </message>
    <message>
        <source>{n} plans have nobody to call yet</source>
        <translation>{n} خطط ليس فيها من يُتصل به بعد</translation>
    </message>
</context>
<context>
    <name>BackupPlans</name>
    <message>
        <source>Emergency: {numbers}</source>
        <translation>الطوارئ: {numbers}</translation>
    </message>
    <message>
        <source>Police: {number}</source>
        <translation>الشرطة: {number}</translation>
    </message>
    <message>
        <source>New backup plan</source>
        <translation>خطة بديلة جديدة</translation>
    </message>
    <message>
        <source>Which situation is this plan for?</source>
        <translation>لأي موقف هذه الخطة؟</translation>
    </message>
    <message>
        <source>Pick the one closest to what worries you. You will get suggested warning signs and steps for it, and you can change everything afterwards.</source>
        <translation>اختر الأقرب إلى ما يقلقك. ستظهر لك علامات إنذار وخطوات مقترحة له، ويمكنك تغيير كل شيء بعد ذلك.</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;متابعة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Space adds the selected suggestion to your plan, or takes it out again.</source>
        <translation>مفتاح المسافة يضيف الاقتراح المحدد إلى خطتك، أو يزيله مرة أخرى.</translation>
    </message>
    <message>
        <source>Suggested warning signs — tick the ones that fit; you can reword them above:</source>
        <translation>علامات إنذار مقترحة — ضع علامة على ما يناسبك؛ يمكنك إعادة صياغتها في الأعلى:</translation>
    </message>
    <message>
        <source>Suggested steps, in order — tick the ones you will take; you can reword them:</source>
        <translation>خطوات مقترحة بالترتيب — ضع علامة على ما ستفعله؛ يمكنك إعادة صياغتها:</translation>
    </message>
    <message>
        <source>Add all these steps</source>
        <translation>إضافة كل هذه الخطوات</translation>
    </message>
    <message>
        <source>Add every suggested step, in order, to your steps.</source>
        <translation>إضافة كل خطوة مقترحة، بالترتيب، إلى خطواتك.</translation>
    </message>
    <message>
        <source>Add my country&apos;s numbers</source>
        <translation>إضافة أرقام بلدي</translation>
    </message>
    <message>
        <source>Add your country&apos;s emergency number and helplines to this plan.</source>
        <translation>إضافة رقم الطوارئ وخطوط المساعدة في بلدك إلى هذه الخطة.</translation>
    </message>
</context>
<context>
    <name>Boundaries</name>
    <message>
        <source>Examples you can use (then change them if you like):</source>
        <translation>أمثلة يمكنك استخدامها (ثم تغييرها إن أردت):</translation>
    </message>
    <message>
        <source>Use this example: {example}</source>
        <translation>استخدام هذا المثال: {example}</translation>
    </message>
    <message>
        <source>Use: {example}</source>
        <translation>استخدام: {example}</translation>
    </message>
    <message>
        <source>Replace what you wrote with this example?</source>
        <translation>هل تستبدل ما كتبته بهذا المثال؟</translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation>ا&amp;ستبداله</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>الإ&amp;بقاء على ما كتبت</translation>
    </message>
</context>
<context>
    <name>BoundaryCommitment</name>
    <message>
        <source>The commitment in my words</source>
        <translation>الالتزام بكلماتي</translation>
    </message>
    <message>
        <source>Rewrite it until it sounds like you.</source>
        <translation>أعد صياغته حتى يبدو بصوتك.</translation>
    </message>
    <message>
        <source>My decision</source>
        <translation>قراري</translation>
    </message>
    <message>
        <source>Suggestion it started from</source>
        <translation>الاقتراح الذي بدأ منه</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>no commitment adopted yet</source>
        <translation>لم يُعتمد أي التزام بعد</translation>
    </message>
    <message>
        <source>{n} suggested commitment not decided on yet</source>
        <translation>{n} التزام مقترح لم يُحسم بعد</translation>
    </message>
    <message>
        <source>{n} suggested commitments not decided on yet</source>
        <translation>{n} التزامات مقترحة لم تُحسم بعد</translation>
    </message>
</context>
<context>
    <name>CheckInAgreement</name>
    <message>
        <source>Check-in partner</source>
        <translation>شخص الاطمئنان</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Daily times, or before and after a named event such as a handover.</source>
        <translation>أوقات يومية، أو قبل حدث محدد وبعده مثل تسليم الأطفال.</translation>
    </message>
    <message>
        <source>Check-in times</source>
        <translation>أوقات الاطمئنان</translation>
    </message>
    <message>
        <source>Days and times, or before and after a mandated contact.</source>
        <translation>أيام وأوقات، أو قبل تواصل ملزم وبعده.</translation>
    </message>
    <message>
        <source>Around this mandated contact</source>
        <translation>حول هذا التواصل الملزم</translation>
    </message>
    <message>
        <source>For check-ins before and after a mandated contact, such as a handover.</source>
        <translation>للاطمئنان قبل تواصل ملزم وبعده، مثل تسليم الأطفال.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>How</source>
        <translation>كيف</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>مهلة الانتظار</translation>
    </message>
    <message>
        <source>How long your partner waits before acting.</source>
        <translation>كم ينتظر شخص الاطمئنان قبل أن يتصرف.</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} دقيقة</translation>
    </message>
    <message>
        <source>If I miss a check-in, my partner…</source>
        <translation>إذا فاتني موعد اطمئنان، فإن شخص الاطمئنان…</translation>
    </message>
    <message>
        <source>Step by step, in order.</source>
        <translation>خطوة بخطوة، بالترتيب.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>خطوة</translation>
    </message>
    <message>
        <source>Code word for “I am not safe”</source>
        <translation>كلمة السر التي تعني «لست في أمان»</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>no check-in agreement yet</source>
        <translation>لا يوجد اتفاق اطمئنان بعد</translation>
    </message>
    <message>
        <source>no check-in partner yet</source>
        <translation>لا يوجد شخص اطمئنان بعد</translation>
    </message>
    <message>
        <source>{n} agreement has no code word for “I am not safe” yet</source>
        <translation>{n} اتفاق ليس فيه كلمة سر تعني «لست في أمان» بعد</translation>
    </message>
    <message>
        <source>{n} agreements have no code word for “I am not safe” yet</source>
        <translation>{n} اتفاقات ليس فيها كلمة سر تعني «لست في أمان» بعد</translation>
    </message>
    <message>
        <source>{n} agreement does not say yet what happens if you miss a check-in</source>
        <translation>{n} اتفاق لا يذكر بعد ما يحدث إذا فاتك موعد اطمئنان</translation>
    </message>
    <message>
        <source>{n} agreements do not say yet what happens if you miss a check-in</source>
        <translation>{n} اتفاقات لا تذكر بعد ما يحدث إذا فاتك موعد اطمئنان</translation>
    </message>
</context>
<context>
    <name>CheckInLogEntry</name>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>No particular agreement</source>
        <translation>دون اتفاق محدد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>فائت</translation>
    </message>
    <message>
        <source>Workbook marks a check-in that did not happen in time.</source>
        <translation>يضع Workbook علامة على اطمئنان لم يحدث في وقته.</translation>
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
        <translation>هو</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>How</source>
        <translation>كيف</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>Inside or outside</source>
        <translation>داخل الأمر أو خارجه</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <source>Clear every filter.</source>
        <translation>إزالة كل عوامل التصفية.</translation>
    </message>
    <message>
        <source>Counts per month</source>
        <translation>العدد في كل شهر</translation>
    </message>
    <message>
        <source>Contacts, judged</source>
        <translation>التواصلات وتقييمها</translation>
    </message>
    <message>
        <source>A date written as year-month-day; may be empty.</source>
        <translation>تاريخ مكتوب بصيغة سنة-شهر-يوم؛ يمكن تركه فارغًا.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Him, directly</source>
        <translation>هو، مباشرة</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>أي وسيلة</translation>
    </message>
    <message>
        <source>Inside and outside</source>
        <translation>داخل الأمر وخارجه</translation>
    </message>
    <message>
        <source>Inside the order</source>
        <translation>داخل الأمر</translation>
    </message>
    <message>
        <source>Outside any order</source>
        <translation>خارج أي أمر</translation>
    </message>
    <message>
        <source>Not sure: topic not marked</source>
        <translation>غير مؤكد: الموضوع غير محدد</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(بلا اسم بعد)</translation>
    </message>
    <message>
        <source>Comparing each contact with the orders…</source>
        <translation>جارٍ مقارنة كل تواصل بالأوامر…</translation>
    </message>
    <message>
        <source>No contacts in the log yet.</source>
        <translation>لا توجد تواصلات في السجل بعد.</translation>
    </message>
    <message>
        <source>Showing all {total:,} contacts.</source>
        <translation>عرض كل التواصلات ({total:,}).</translation>
    </message>
    <message>
        <source>Showing {shown:,} of {total:,} contacts.</source>
        <translation>عرض {shown:,} من {total:,} تواصل.</translation>
    </message>
    <message>
        <source>{name}: {count:,}</source>
        <translation>{name}: {count:,}</translation>
    </message>
    <message>
        <source>Through someone else: {people}.</source>
        <translation>عن طريق شخص آخر: {people}.</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>سجل التواصل</translation>
    </message>
    <message>
        <source>The entries, and how they stand.</source>
        <translation>الإدخالات ووضع كل منها.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>الإدخالات</translation>
    </message>
    <message>
        <source>Inside or outside the orders</source>
        <translation>داخل الأوامر أو خارجها</translation>
    </message>
</context>
<context>
    <name>ContactChannel</name>
    <message>
        <source>In person</source>
        <translation>شخصيًا</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Message app</source>
        <translation>تطبيق مراسلة</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>رسالة ورقية</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>هدية</translation>
    </message>
    <message>
        <source>Through someone else</source>
        <translation>عن طريق شخص آخر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
</context>
<context>
    <name>ContactLogEntry</name>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Written down</source>
        <translation>دُوِّن في</translation>
    </message>
    <message>
        <source>Written before this record was kept</source>
        <translation>كُتب قبل بدء هذا السجل</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>يصحّح</translation>
    </message>
    <message>
        <source>What changed and why</source>
        <translation>ما الذي تغيّر ولماذا</translation>
    </message>
    <message>
        <source>Optional. The earlier version stays in the record; this note is kept with the correction.</source>
        <translation>اختياري. تبقى النسخة السابقة في السجل؛ وتُحفظ هذه الملاحظة مع التصحيح.</translation>
    </message>
    <message>
        <source>Why it was withdrawn</source>
        <translation>سبب السحب</translation>
    </message>
    <message>
        <source>Evidence files (SHA-256)</source>
        <translation>ملفات الأدلة (SHA-256)</translation>
    </message>
    <message>
        <source>Hash of the entry before</source>
        <translation>بصمة الإدخال السابق</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Him directly, or one of the suspected proxies.</source>
        <translation>هو مباشرة، أو أحد الوسطاء المحتملين.</translation>
    </message>
    <message>
        <source>Him, directly</source>
        <translation>هو، مباشرة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>What was said or done</source>
        <translation>ما قيل أو حدث</translation>
    </message>
    <message>
        <source>Exact words</source>
        <translation>الكلمات بالضبط</translation>
    </message>
    <message>
        <source>What was said or written, word for word, as far as you remember it.</source>
        <translation>ما قيل أو كُتب، كلمة بكلمة، بقدر ما تتذكر.</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>الشهود</translation>
    </message>
    <message>
        <source>Who else saw or heard it.</source>
        <translation>من رأى ذلك أو سمعه أيضًا.</translation>
    </message>
    <message>
        <source>How I responded</source>
        <translation>كيف رددت</translation>
    </message>
    <message>
        <source>My response in detail</source>
        <translation>ردي بالتفصيل</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>أبلغت</translation>
    </message>
    <message>
        <source>Report reference</source>
        <translation>مرجع البلاغ</translation>
    </message>
    <message>
        <source>For example the police incident number, or whom you told and when.</source>
        <translation>مثلًا رقم البلاغ لدى الشرطة، أو لمن قلت ذلك ومتى.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Where the screenshot, letter or witness can be found.</source>
        <translation>أين توجد لقطة الشاشة أو الرسالة أو الشاهد.</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>مسموح به بموجب</translation>
    </message>
    <message>
        <source>The order that allowed this contact, or “not mandated”.</source>
        <translation>الأمر الذي سمح بهذا التواصل، أو «غير ملزم».</translation>
    </message>
    <message>
        <source>Not mandated</source>
        <translation>غير ملزم</translation>
    </message>
    <message>
        <source>Topic within what the order allows</source>
        <translation>الموضوع ضمن ما يسمح به الأمر</translation>
    </message>
    <message>
        <source>Whether what it was about stayed within the topics the order allows.</source>
        <translation>هل بقي موضوع التواصل ضمن المواضيع التي يسمح بها الأمر.</translation>
    </message>
</context>
<context>
    <name>ContactLogPage</name>
    <message>
        <source>Withdrawn on {date}: {reason}</source>
        <translation>سُحب في {date}: {reason}</translation>
    </message>
    <message>
        <source>Corrected on {date}</source>
        <translation>صُحّح في {date}</translation>
    </message>
    <message>
        <source>Him</source>
        <translation>هو</translation>
    </message>
    <message>
        <source>(not in the plan)</source>
        <translation>(ليس في الخطة)</translation>
    </message>
    <message>
        <source>Not mandated</source>
        <translation>غير ملزم</translation>
    </message>
    <message>
        <source>Correct this entry</source>
        <translation>تصحيح هذا الإدخال</translation>
    </message>
    <message>
        <source>Change what needs changing. Save adds the corrected version to the log; the version you correct stays in the record.</source>
        <translation>غيّر ما يلزم تغييره. الحفظ يضيف النسخة المصحّحة إلى السجل؛ وتبقى النسخة التي تصحّحها في السجل.</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to correct.</source>
        <translation>لم يتغير شيء، فلا يوجد ما يُصحَّح.</translation>
    </message>
    <message>
        <source>Change what needs changing first, or press Discard changes to leave.</source>
        <translation>غيّر ما يلزم أولًا، أو اضغط «تجاهل التغييرات» للخروج.</translation>
    </message>
    <message>
        <source>What changed, and why?</source>
        <translation>ما الذي تغيّر، ولماذا؟</translation>
    </message>
    <message>
        <source>You changed: {fields}. A few words on why help whoever reads the log later. You may leave this empty.</source>
        <translation>غيّرت: {fields}. بضع كلمات عن السبب تساعد من يقرأ السجل لاحقًا. يمكنك ترك هذا فارغًا.</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>حفظ التصحيح</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <source>Please write a few words first.</source>
        <translation>يرجى كتابة بضع كلمات أولًا.</translation>
    </message>
    <message>
        <source>This is longer than Workbook can keep; please shorten it.</source>
        <translation>هذا أطول مما يستطيع Workbook حفظه؛ يرجى اختصاره.</translation>
    </message>
    <message>
        <source>Version {n}: first written {date}</source>
        <translation>النسخة {n}: كُتبت أول مرة في {date}</translation>
    </message>
    <message>
        <source>Version {n}: written before this record was kept (by {date} at the latest)</source>
        <translation>النسخة {n}: كُتبت قبل بدء هذا السجل (في {date} على أبعد تقدير)</translation>
    </message>
    <message>
        <source>Withdrawn on {date}</source>
        <translation>سُحب في {date}</translation>
    </message>
    <message>
        <source>Version {n}: corrected on {date}</source>
        <translation>النسخة {n}: صُحّحت في {date}</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Reason for withdrawing:</source>
        <translation>سبب السحب:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>How I responded</source>
        <translation>كيف رددت</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>مسموح به بموجب</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>History of this entry</source>
        <translation>سجل هذا الإدخال</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Checking the record…</source>
        <translation>جارٍ فحص السجل…</translation>
    </message>
    <message>
        <source>Latest hash:</source>
        <translation>آخر بصمة:</translation>
    </message>
    <message>
        <source>Latest hash of the contact log</source>
        <translation>آخر بصمة لسجل التواصل</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy the latest hash, to give to your lawyer.</source>
        <translation>نسخ آخر بصمة لإعطائها لمحاميك.</translation>
    </message>
    <message>
        <source>Give this code to your lawyer: it stands for everything your log holds now. Any later change to an entry written before today would change it.</source>
        <translation>أعطِ هذا الرمز لمحاميك: إنه يمثل كل ما يحويه سجلك الآن. أي تغيير لاحق في إدخال كُتب قبل اليوم سيغيّره.</translation>
    </message>
    <message>
        <source>The record was changed outside Workbook. {problem}</source>
        <translation>تم تغيير السجل خارج Workbook. {problem}</translation>
    </message>
    <message>
        <source>Record intact: nothing written yet.</source>
        <translation>السجل سليم: لم يُكتب شيء بعد.</translation>
    </message>
    <message>
        <source>Record intact: 1 entry, unchanged since it was written.</source>
        <translation>السجل سليم: إدخال واحد، لم يتغير منذ كتابته.</translation>
    </message>
    <message>
        <source>Record intact: {n} entries, each unchanged since it was written.</source>
        <translation>السجل سليم: {n} إدخالات، لم يتغير أي منها منذ كتابته.</translation>
    </message>
    <message>
        <source>Every entry was checked again just now.</source>
        <translation>فُحص كل إدخال من جديد قبل لحظات.</translation>
    </message>
    <message>
        <source>Checking every entry of the record ({n})…</source>
        <translation>جارٍ فحص كل إدخالات السجل ({n})…</translation>
    </message>
    <message>
        <source>The record could not be checked just now. {reason}</source>
        <translation>تعذّر فحص السجل الآن. {reason}</translation>
    </message>
    <message>
        <source>An entry you started earlier has not been saved yet. Nothing is lost.</source>
        <translation>إدخال بدأته سابقًا لم يُحفظ بعد. لم يضع شيء.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>متابعته</translation>
    </message>
    <message>
        <source>Open the unfinished entry where you left it.</source>
        <translation>فتح الإدخال غير المكتمل حيث توقفت.</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>سجل التواصل</translation>
    </message>
    <message>
        <source>The latest version of each entry. Enter corrects the selected one.</source>
        <translation>أحدث نسخة من كل إدخال. مفتاح Enter يصحّح الإدخال المحدد.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>Write down a new contact.</source>
        <translation>تدوين تواصل جديد.</translation>
    </message>
    <message>
        <source>&amp;Correct this entry…</source>
        <translation>&amp;تصحيح هذا الإدخال…</translation>
    </message>
    <message>
        <source>Write a corrected version; the one it corrects stays in the record.</source>
        <translation>كتابة نسخة مصحّحة؛ وتبقى النسخة التي تصحّحها في السجل.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>ال&amp;سجل…</translation>
    </message>
    <message>
        <source>Every version of the selected entry.</source>
        <translation>كل نسخ الإدخال المحدد.</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;سحب…</translation>
    </message>
    <message>
        <source>Mark the selected entry as withdrawn, with your reason. It stays in the record.</source>
        <translation>وضع علامة «مسحوب» على الإدخال المحدد، مع ذكر السبب. يبقى في السجل.</translation>
    </message>
    <message>
        <source>contact log entry</source>
        <translation>إدخال في سجل التواصل</translation>
    </message>
    <message>
        <source>Withdraw this entry?</source>
        <translation>سحب هذا الإدخال؟</translation>
    </message>
    <message>
        <source>“{title}” will be marked as withdrawn, with your reason. It stays in the record, so the log shows that it was there and why you took it back.</source>
        <translation>سيُعلَّم «{title}» بأنه مسحوب، مع ذكر سببك. يبقى في السجل، ليظهر أنه كان موجودًا ولماذا سحبته.</translation>
    </message>
    <message>
        <source>&amp;Withdraw it</source>
        <translation>&amp;سحبه</translation>
    </message>
    <message>
        <source>This entry could not be withdrawn just now. Please try again.</source>
        <translation>تعذّر سحب هذا الإدخال الآن. يرجى المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ContactRole</name>
    <message>
        <source>Check-in partner</source>
        <translation>شخص الاطمئنان</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>جهة اتصال للطوارئ</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>محامٍ أو محامية</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>محاسب</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>مناصِر أو مناصِرة</translation>
    </message>
    <message>
        <source>Police contact</source>
        <translation>جهة اتصال في الشرطة</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>زميل في العمل</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>جار</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
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
        <translation>هذه {hours} ساعة. عادةً ينتظر شخص الاطمئنان دقائق أو بضع ساعات قبل أن يتصرف؛ هل هذا صحيح؟ يمكنك حفظه كما هو.</translation>
    </message>
    <message>
        <source>{when} is in the future. Is this right? You can save it as it is.</source>
        <translation>{when} في المستقبل. هل هذا صحيح؟ يمكنك حفظه كما هو.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>تسجيل صوتي</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} بايت</translation>
    </message>
    <message>
        <source>{n:.0f} KB</source>
        <translation>{n:.0f} كيلوبايت</translation>
    </message>
    <message>
        <source>{n:.1f} MB</source>
        <translation>{n:.1f} ميغابايت</translation>
    </message>
    <message>
        <source>{n:.2f} GB</source>
        <translation>{n:.2f} غيغابايت</translation>
    </message>
    <message>
        <source>{name}
{size} · {type} · SHA-256 {hash}…</source>
        <translation>{name}
{size} · {type} · SHA-256 {hash}…</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>ملفات الأدلة</translation>
    </message>
    <message>
        <source>This image could not be shown here.</source>
        <translation>تعذّر عرض هذه الصورة هنا.</translation>
    </message>
    <message>
        <source>This file could not be read just now.</source>
        <translation>تعذّرت قراءة هذا الملف الآن.</translation>
    </message>
    <message>
        <source>Attaching was stopped. Nothing was added.</source>
        <translation>توقف الإرفاق. لم يُضف شيء.</translation>
    </message>
    <message>
        <source>Screenshots, photos, recordings or letters that belong to this entry. Each file is stored encrypted and its SHA-256 goes into the record.</source>
        <translation>لقطات شاشة أو صور أو تسجيلات أو رسائل تخص هذا الإدخال. يُحفظ كل ملف مشفّرًا وتدخل بصمته SHA-256 في السجل.</translation>
    </message>
    <message>
        <source>Add screenshots, photos, recordings or letters, or drop them here. Each is stored encrypted in the workbook, and kept when you save the entry; the original stays where it is.</source>
        <translation>أضف لقطات شاشة أو صورًا أو تسجيلات أو رسائل، أو أفلتها هنا. يُحفظ كل منها مشفّرًا في دفتر العمل، ويُحتفظ به عند حفظ الإدخال؛ ويبقى الأصل في مكانه.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>إضافة &amp;ملفات…</translation>
    </message>
    <message>
        <source>Choose one or more files to attach to this entry.</source>
        <translation>اختيار ملف أو أكثر لإرفاقه بهذا الإدخال.</translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation>إ&amp;زالة من القائمة</translation>
    </message>
    <message>
        <source>The selected files will not be attached to this entry.</source>
        <translation>لن تُرفق الملفات المحددة بهذا الإدخال.</translation>
    </message>
    <message>
        <source>Files can be attached once the workbook is open.</source>
        <translation>يمكن إرفاق الملفات بعد فتح دفتر العمل.</translation>
    </message>
    <message>
        <source>Already attached to the version you correct.</source>
        <translation>مرفق بالفعل بالنسخة التي تصحّحها.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Storing the files encrypted…</source>
        <translation>جارٍ حفظ الملفات مشفّرة…</translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <translation>{name}: {message}</translation>
    </message>
    <message>
        <source>{name} is already in the list, so it was not added again.</source>
        <translation>{name} موجود في القائمة بالفعل، فلم يُضف مرة أخرى.</translation>
    </message>
    <message>
        <source>The files could not be attached just now. Nothing was added. Please try again.</source>
        <translation>تعذّر إرفاق الملفات الآن. لم يُضف شيء. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Please wait until the files are stored, or press Cancel.</source>
        <translation>يرجى الانتظار حتى تُحفظ الملفات، أو اضغط «إلغاء».</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;حفظ نسخة…</translation>
    </message>
    <message>
        <source>Write the selected file, readable, to a place you choose. Workbook first checks it is exactly the file that was attached.</source>
        <translation>كتابة الملف المحدد، مقروءًا، في مكان تختاره. يتحقق Workbook أولًا من أنه الملف نفسه الذي أُرفق.</translation>
    </message>
    <message>
        <source>No files are attached to this entry.</source>
        <translation>لا توجد ملفات مرفقة بهذا الإدخال.</translation>
    </message>
    <message>
        <source>{file} (in an earlier version only)</source>
        <translation>{file} (في نسخة سابقة فقط)</translation>
    </message>
    <message>
        <source>{file}
{problem}</source>
        <translation>{file}
{problem}</translation>
    </message>
    <message>
        <source>Preview of {name}</source>
        <translation>معاينة {name}</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Save a copy to look at it.</source>
        <translation>لا توجد معاينة لهذا النوع من الملفات. احفظ نسخة للاطلاع عليه.</translation>
    </message>
    <message>
        <source>Saved a copy to {path}. It is readable by anyone who can open that folder.</source>
        <translation>حُفظت نسخة في {path}. يستطيع قراءتها كل من يستطيع فتح ذلك المجلد.</translation>
    </message>
    <message>
        <source>The copy could not be saved just now. Please try again.</source>
        <translation>تعذّر حفظ النسخة الآن. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>جارٍ حفظ نسخة…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Who is this for?</source>
        <translation>لمن هذا؟</translation>
    </message>
    <message>
        <source>(a partner without a name)</source>
        <translation>(شخص اطمئنان بلا اسم)</translation>
    </message>
    <message>
        <source>Check-in pa&amp;rtner:</source>
        <translation>شخص الا&amp;طمئنان:</translation>
    </message>
    <message>
        <source>Put &amp;names in the event titles</source>
        <translation>وضع الأ&amp;سماء في عناوين المواعيد</translation>
    </message>
    <message>
        <source>Calendars copy their events to phones, online accounts and anyone the calendar is shared with. With names, anyone who sees your calendar can read who you check in with and which order a date belongs to.</source>
        <translation>تنسخ التقويمات مواعيدها إلى الهواتف والحسابات على الإنترنت وإلى كل من يُشارَك معه التقويم. مع الأسماء، يستطيع كل من يرى تقويمك أن يقرأ مع من تتواصل للاطمئنان وإلى أي أمر ينتمي كل تاريخ.</translation>
    </message>
    <message>
        <source>Also save the &amp;evidence files, numbered, in a folder</source>
        <translation>حفظ ملفات الأ&amp;دلة أيضًا، مرقّمة، في مجلد</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;حجم الورق:</translation>
    </message>
    <message>
        <source>Protect the PDF with a &amp;password</source>
        <translation>حماية ملف PDF بكلمة &amp;مرور</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>كلمة ال&amp;مرور:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>كلمة المرور &amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>Pre&amp;view the first pages</source>
        <translation>م&amp;عاينة الصفحات الأولى</translation>
    </message>
    <message>
        <source>Preview of the first pages</source>
        <translation>معاينة الصفحات الأولى</translation>
    </message>
    <message>
        <source>Page {number} of the preview</source>
        <translation>الصفحة {number} من المعاينة</translation>
    </message>
    <message>
        <source>The preview is shown beside the choices.</source>
        <translation>تظهر المعاينة بجانب الخيارات.</translation>
    </message>
    <message>
        <source>No trusted contact is the partner of a check-in agreement yet. Add one on the Check-ins page first.</source>
        <translation>لا يوجد بعد شخص موثوق هو شخص الاطمئنان في أي اتفاق. أضف واحدًا أولًا في صفحة الاطمئنان.</translation>
    </message>
    <message>
        <source>Making the calendar…</source>
        <translation>جارٍ إعداد التقويم…</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>جارٍ إعداد ملف PDF…</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{count} events, each with a reminder.</source>
        <translation>{count} موعدًا، لكل منها تذكير.</translation>
    </message>
    <message>
        <source>The calendar is saved as {name} in {folder}.</source>
        <translation>حُفظ التقويم باسم {name} في {folder}.</translation>
    </message>
    <message>
        <source>It has {pages} pages.</source>
        <translation>فيه {pages} صفحة.</translation>
    </message>
    <message>
        <source>It opens only with the password you chose.</source>
        <translation>لا يُفتح إلا بكلمة المرور التي اخترتها.</translation>
    </message>
    <message>
        <source>It is not protected by a password: keep it somewhere only you can reach.</source>
        <translation>ليس محميًا بكلمة مرور: احفظه في مكان لا يصل إليه غيرك.</translation>
    </message>
    <message>
        <source>A character in “{field}” on page {page} (U+{code}) could not be drawn and shows as a marked box.</source>
        <translation>تعذّر رسم حرف في «{field}» في الصفحة {page} (U+{code})، ويظهر كمربع معلَّم.</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>{count} evidence files are in the folder “{folder}” beside it, numbered as in the PDF, with SHA256SUMS and MANIFEST.csv to check them.</source>
        <translation>يوجد {count} ملف أدلة في المجلد «{folder}» بجانبه، مرقّمة كما في ملف PDF، مع SHA256SUMS وMANIFEST.csv للتحقق منها.</translation>
    </message>
    <message>
        <source>The PDF is saved as {name} in {folder}.</source>
        <translation>حُفظ ملف PDF باسم {name} في {folder}.</translation>
    </message>
</context>
<context>
    <name>HelpNow</name>
    <message>
        <source>These numbers are kept on this computer; they were checked on {date}. Workbook never goes online and never calls anyone for you.</source>
        <translation>هذه الأرقام محفوظة على هذا الحاسوب؛ وقد تم التحقق منها في {date}. لا يتصل Workbook بالإنترنت أبدًا ولا يتصل بأحد نيابة عنك.</translation>
    </message>
    <message>
        <source>Emergency numbers: {title}</source>
        <translation>أرقام الطوارئ: {title}</translation>
    </message>
    <message>
        <source>{url} (checked {date})</source>
        <translation>{url} (تم التحقق في {date})</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>بلدك</translation>
    </message>
    <message>
        <source>Choose your country to see its emergency number and helplines.</source>
        <translation>اختر بلدك لترى رقم الطوارئ وخطوط المساعدة فيه.</translation>
    </message>
    <message>
        <source>Choose your country…</source>
        <translation>اختر بلدك…</translation>
    </message>
    <message>
        <source>Help now</source>
        <translation>مساعدة الآن</translation>
    </message>
    <message>
        <source>The emergency number and the domestic-abuse helplines of your country.</source>
        <translation>رقم الطوارئ وخطوط المساعدة الخاصة بالعنف الأسري في بلدك.</translation>
    </message>
    <message>
        <source>Your &amp;country:</source>
        <translation>&amp;بلدك:</translation>
    </message>
    <message>
        <source>Where these numbers come from</source>
        <translation>من أين تأتي هذه الأرقام</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Police: {number}</source>
        <translation>الشرطة: {number}</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>شخص تتحدث إليه</translation>
    </message>
    <message>
        <source>No national domestic-abuse helpline for {country} could be checked, so none is listed here rather than a number that might be wrong. The emergency number above works whenever you are in danger.</source>
        <translation>تعذّر التحقق من خط مساعدة وطني للعنف الأسري في {country}، لذلك لا يظهر هنا أي رقم بدلًا من رقم قد يكون خاطئًا. رقم الطوارئ أعلاه يعمل متى كنت في خطر.</translation>
    </message>
    <message>
        <source>Emergency number and helplines for your country (F1).</source>
        <translation>رقم الطوارئ وخطوط المساعدة في بلدك (F1).</translation>
    </message>
    <message>
        <source>Emergency number and helplines (F1)</source>
        <translation>رقم الطوارئ وخطوط المساعدة (F1)</translation>
    </message>
    <message>
        <source>All helplines and details…</source>
        <translation>كل خطوط المساعدة والتفاصيل…</translation>
    </message>
    <message>
        <source>All helplines and details</source>
        <translation>كل خطوط المساعدة والتفاصيل</translation>
    </message>
    <message>
        <source>Your countr&amp;y:</source>
        <translation>ب&amp;لدك:</translation>
    </message>
    <message>
        <source>No national helpline for {country} could be checked.</source>
        <translation>تعذّر التحقق من خط مساعدة وطني في {country}.</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} أو {last}</translation>
    </message>
    <message>
        <source>If you are in danger now, call your local emergency number. Choose your country to see it here.</source>
        <translation>إذا كنت في خطر الآن، اتصل برقم الطوارئ المحلي. اختر بلدك لتراه هنا.</translation>
    </message>
    <message>
        <source>If you are in danger now, call one of these emergency numbers: {numbers}.</source>
        <translation>إذا كنت في خطر الآن، اتصل بأحد أرقام الطوارئ هذه: {numbers}.</translation>
    </message>
    <message>
        <source>If you are in danger now, call {number} (or {others}).</source>
        <translation>إذا كنت في خطر الآن، اتصل بالرقم {number} (أو {others}).</translation>
    </message>
    <message>
        <source>If you are in danger now, call {number}.</source>
        <translation>إذا كنت في خطر الآن، اتصل بالرقم {number}.</translation>
    </message>
    <message>
        <source>In danger now? Call your local emergency number.</source>
        <translation>في خطر الآن؟ اتصل برقم الطوارئ المحلي.</translation>
    </message>
    <message>
        <source>In danger now? Call {number}.</source>
        <translation>في خطر الآن؟ اتصل بالرقم {number}.</translation>
    </message>
    <message>
        <source>{name}: {phone} ({hours})</source>
        <translation>{name}: {phone} ({hours})</translation>
    </message>
    <message>
        <source>{name}: {phone}</source>
        <translation>{name}: {phone}</translation>
    </message>
    <message>
        <source>Free to call.</source>
        <translation>الاتصال مجاني.</translation>
    </message>
    <message>
        <source>Text: {how}</source>
        <translation>رسالة نصية: {how}</translation>
    </message>
    <message>
        <source>Online: {how}</source>
        <translation>عبر الإنترنت: {how}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>اللغات: {languages}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>لغة الحاسوب</translation>
    </message>
    <message>
        <source>Workbook speaks the language you choose from the next time you open it.</source>
        <translation>سيستخدم Workbook اللغة التي تختارها بدءًا من المرة القادمة التي تفتحه فيها.</translation>
    </message>
    <message>
        <source>Your choice could not be kept just now. Please try again.</source>
        <translation>تعذّر حفظ اختيارك الآن. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Saved. Workbook will speak this language from the next time you open it.</source>
        <translation>تم الحفظ. سيستخدم Workbook هذه اللغة بدءًا من المرة القادمة التي تفتحه فيها.</translation>
    </message>
</context>
<context>
    <name>MandateChannel</name>
    <message>
        <source>In person</source>
        <translation>شخصيًا</translation>
    </message>
    <message>
        <source>Via lawyer</source>
        <translation>عن طريق المحامين</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>تحت الإشراف</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>كتابيًا</translation>
    </message>
    <message>
        <source>App</source>
        <translation>تطبيق</translation>
    </message>
</context>
<context>
    <name>MandatedObligation</name>
    <message>
        <source>Who mandated it</source>
        <translation>من أمر به</translation>
    </message>
    <message>
        <source>Name of the court or person</source>
        <translation>اسم المحكمة أو الشخص</translation>
    </message>
    <message>
        <source>For example the name of the court, counselor or mediator.</source>
        <translation>مثلًا اسم المحكمة أو المعالج أو الوسيط.</translation>
    </message>
    <message>
        <source>Reference or case number</source>
        <translation>المرجع أو رقم القضية</translation>
    </message>
    <message>
        <source>What exactly is required</source>
        <translation>ما المطلوب بالضبط</translation>
    </message>
    <message>
        <source>Write it as the order says it: exactly this much, never less, never more.</source>
        <translation>اكتبه كما ينص الأمر: هذا القدر بالضبط، لا أقل ولا أكثر.</translation>
    </message>
    <message>
        <source>When and how often</source>
        <translation>متى وكم مرة</translation>
    </message>
    <message>
        <source>Days and times</source>
        <translation>الأيام والأوقات</translation>
    </message>
    <message>
        <source>As the order sets them; contacts in the log are compared with these.</source>
        <translation>كما يحددها الأمر؛ تُقارن بها التواصلات المدوّنة في السجل.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>How the contact happens</source>
        <translation>كيف يتم التواصل</translation>
    </message>
    <message>
        <source>Topics allowed</source>
        <translation>المواضيع المسموح بها</translation>
    </message>
    <message>
        <source>For example: the children&apos;s logistics only.</source>
        <translation>مثلًا: ترتيبات الأطفال فقط.</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>يتولاه</translation>
    </message>
    <message>
        <source>The professional or trusted contact who handles this contact for you.</source>
        <translation>المختص أو الشخص الموثوق الذي يتولى هذا التواصل نيابة عنك.</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ النهاية</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>no mandated contact written down yet (leave it empty if there is none)</source>
        <translation>لم يُدوَّن أي تواصل ملزم بعد (اتركه فارغًا إن لم يوجد)</translation>
    </message>
    <message>
        <source>{n} obligation has nobody to handle it yet</source>
        <translation>{n} التزام ليس له من يتولاه بعد</translation>
    </message>
    <message>
        <source>{n} obligations have nobody to handle them yet</source>
        <translation>{n} التزامات ليس لها من يتولاها بعد</translation>
    </message>
    <message>
        <source>{n} obligation does not say yet what exactly is required</source>
        <translation>{n} التزام لا يذكر بعد ما المطلوب بالضبط</translation>
    </message>
    <message>
        <source>{n} obligations do not say yet what exactly is required</source>
        <translation>{n} التزامات لا تذكر بعد ما المطلوب بالضبط</translation>
    </message>
</context>
<context>
    <name>Mandator</name>
    <message>
        <source>Court</source>
        <translation>محكمة</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>معالج أو مستشار</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>مقيّم</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>وسيط</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>وصي قانوني</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>جهات إنفاذ القانون</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>{who} ({reference})</source>
        <translation>{who} ({reference})</translation>
    </message>
    <message>
        <source>Review of the order from {title}: {date} — that day has passed; a good moment to look at it, with your lawyer if you have one.</source>
        <translation>مراجعة الأمر الصادر عن {title}: {date} — لقد مرّ ذلك اليوم؛ إنه وقت مناسب للنظر فيه، مع محاميك إن كان لديك محامٍ.</translation>
    </message>
    <message>
        <source>The review date of {count} more orders has passed too; they are on the page Mandated contact.</source>
        <translation>مرّ أيضًا تاريخ مراجعة {count} أوامر أخرى؛ وهي في صفحة «التواصل الملزم».</translation>
    </message>
    <message>
        <source>You have an unfinished entry on {section}.</source>
        <translation>لديك إدخال غير مكتمل في {section}.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>متابعته</translation>
    </message>
    <message>
        <source>Open the unfinished entry on {section} where you left it.</source>
        <translation>فتح الإدخال غير المكتمل في {section} حيث توقفت.</translation>
    </message>
    <message>
        <source>Continue the unfinished entry on {section}</source>
        <translation>متابعة الإدخال غير المكتمل في {section}</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>{name} (continued)</source>
        <translation>{name} (تابع)</translation>
    </message>
    <message>
        <source>(nothing filled in yet)</source>
        <translation>(لم يُملأ شيء بعد)</translation>
    </message>
    <message>
        <source>{title} · made {date}</source>
        <translation>{title} · أُعدّ في {date}</translation>
    </message>
    <message>
        <source>Page {page} of </source>
        <translation>الصفحة {page} من </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>(a contact that was removed)</source>
        <translation>(جهة اتصال أُزيلت)</translation>
    </message>
    <message>
        <source>a trusted contact</source>
        <translation>شخص موثوق</translation>
    </message>
    <message>
        <source>(a contact without a name)</source>
        <translation>(جهة اتصال بلا اسم)</translation>
    </message>
    <message>
        <source>(a proxy that was removed)</source>
        <translation>(وسيط أُزيل)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>an order that was removed</source>
        <translation>أمر أُزيل</translation>
    </message>
    <message>
        <source>(an agreement that was removed)</source>
        <translation>(اتفاق أُزيل)</translation>
    </message>
    <message>
        <source>With {partner} ({when})</source>
        <translation>مع {partner} ({when})</translation>
    </message>
    <message>
        <source>With {partner}</source>
        <translation>مع {partner}</translation>
    </message>
    <message>
        <source>Last changed {when}</source>
        <translation>آخر تغيير {when}</translation>
    </message>
    <message>
        <source>No changes recorded yet</source>
        <translation>لم تُسجَّل تغييرات بعد</translation>
    </message>
    <message>
        <source>Nothing entered here yet.</source>
        <translation>لم يُدخل شيء هنا بعد.</translation>
    </message>
    <message>
        <source>Made on {date} at {time}</source>
        <translation>أُعدّ في {date} الساعة {time}</translation>
    </message>
    <message>
        <source>Plan started {date}</source>
        <translation>بدأت الخطة في {date}</translation>
    </message>
    <message>
        <source>Next review {date}</source>
        <translation>المراجعة القادمة {date}</translation>
    </message>
    <message>
        <source>Essentials</source>
        <translation>الأساسيات</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Mandated contact page helps you write down any contact a court or an official requires. Leave it empty if there is none.</source>
        <translation>لم يُدخل شيء بعد — صفحة «التواصل الملزم» تساعدك على تدوين أي تواصل تفرضه محكمة أو جهة رسمية. اتركها فارغة إن لم يوجد.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the My boundaries page suggests commitments you can adopt and helps you find your one firm sentence.</source>
        <translation>لم يُدخل شيء بعد — صفحة «حدودي» تقترح التزامات يمكنك اعتمادها وتساعدك على إيجاد جملتك الحازمة.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Trusted contacts page helps you add the people you trust.</source>
        <translation>لم يُدخل شيء بعد — صفحة «أشخاص أثق بهم» تساعدك على إضافة من تثق بهم.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Backup plans page helps you decide, ahead of time, what you will do if you must leave at once.</source>
        <translation>لم يُدخل شيء بعد — صفحة «خطط بديلة» تساعدك على أن تقرر مسبقًا ما ستفعله إذا اضطررت إلى المغادرة فورًا.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Whereabouts check-ins page helps you agree with someone you trust when you will check in, and what they do if you do not.</source>
        <translation>لم يُدخل شيء بعد — صفحة «الاطمئنان على مكاني» تساعدك على الاتفاق مع شخص تثق به على مواعيد الاطمئنان، وعلى ما يفعله إن لم يحدث.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Suspected proxies page is where you note people who may carry messages for the other person.</source>
        <translation>لم يُدخل شيء بعد — في صفحة «وسطاء محتملون» تدوّن الأشخاص الذين قد ينقلون رسائل من الطرف الآخر.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Contact log page is where you write down each contact while it is fresh.</source>
        <translation>لم يُدخل شيء بعد — في صفحة «سجل التواصل» تدوّن كل تواصل وهو ما زال حاضرًا في ذهنك.</translation>
    </message>
    <message>
        <source>{section}: {missing}</source>
        <translation>{section}: {missing}</translation>
    </message>
    <message>
        <source>Still to fill in</source>
        <translation>ما زال ينتظر الملء</translation>
    </message>
    <message>
        <source>The most important parts of this plan on one page. Every record follows in full in the sections after it.</source>
        <translation>أهم أجزاء هذه الخطة في صفحة واحدة. يأتي كل سجل كاملًا في الأقسام التالية.</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>عني</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>أرقام الطوارئ</translation>
    </message>
    <message>
        <source>Check-in partners</source>
        <translation>أشخاص الاطمئنان</translation>
    </message>
    <message>
        <source>Backup plans in brief</source>
        <translation>الخطط البديلة باختصار</translation>
    </message>
    <message>
        <source>Nothing essential has been entered yet.</source>
        <translation>لم يُدخل شيء أساسي بعد.</translation>
    </message>
    <message>
        <source>This copy leaves out the parts of the plan its reader does not need.</source>
        <translation>هذه النسخة تحذف أجزاء الخطة التي لا يحتاجها قارئها.</translation>
    </message>
    <message>
        <source>Help now</source>
        <translation>مساعدة الآن</translation>
    </message>
    <message>
        <source>Police: {number}</source>
        <translation>الشرطة: {number}</translation>
    </message>
    <message>
        <source>Numbers for {country} from Workbook&apos;s offline list, checked on {date}.</source>
        <translation>أرقام {country} من قائمة Workbook غير المتصلة بالإنترنت، تم التحقق منها في {date}.</translation>
    </message>
    <message>
        <source>… and {count} more in “{where}”.</source>
        <translation>… و{count} أخرى في «{where}».</translation>
    </message>
    <message>
        <source>(no partner chosen yet)</source>
        <translation>(لم يُختر شخص اطمئنان بعد)</translation>
    </message>
    <message>
        <source>grace period {minutes}</source>
        <translation>مهلة الانتظار {minutes}</translation>
    </message>
    <message>
        <source>Their code word: {word}</source>
        <translation>كلمة السر الخاصة به: {word}</translation>
    </message>
    <message>
        <source>If I miss a check-in:</source>
        <translation>إذا فاتني موعد اطمئنان:</translation>
    </message>
    <message>
        <source>Call: {people}</source>
        <translation>الاتصال بـ: {people}</translation>
    </message>
    <message>
        <source>My own words</source>
        <translation>كلماتي الخاصة</translation>
    </message>
    <message>
        <source>Commitments I keep</source>
        <translation>التزامات أحافظ عليها</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>لم يُحسم بعد</translation>
    </message>
    <message>
        <source>Commitments I dropped</source>
        <translation>التزامات تركتها</translation>
    </message>
    <message>
        <source>Check-ins made</source>
        <translation>مرات الاطمئنان التي تمت</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>The files attached to the log, numbered in the order of the log. Each file&apos;s SHA-256 is also in its entry&apos;s hash, so a file changed after it was attached no longer matches.</source>
        <translation>الملفات المرفقة بالسجل، مرقّمة بترتيب السجل. بصمة SHA-256 لكل ملف داخلة أيضًا في بصمة إدخاله، لذا فإن الملف الذي يُغيَّر بعد إرفاقه لم يعد يطابق.</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>الاسم الأصلي</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>الإدخال</translation>
    </message>
    <message>
        <source>No. {n}, {when}</source>
        <translation>رقم {n}، {when}</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} بايت</translation>
    </message>
    <message>
        <source>Exhibit {n}</source>
        <translation>المرفق {n}</translation>
    </message>
    <message>
        <source>Inside or outside the orders, month by month</source>
        <translation>داخل الأوامر أو خارجها، شهرًا بشهر</translation>
    </message>
    <message>
        <source>Him, directly</source>
        <translation>هو، مباشرة</translation>
    </message>
    <message>
        <source>Through {name}</source>
        <translation>عن طريق {name}</translation>
    </message>
    <message>
        <source>Not mandated</source>
        <translation>غير ملزم</translation>
    </message>
    <message>
        <source>Allowed by {order}</source>
        <translation>مسموح به بموجب {order}</translation>
    </message>
</context>
<context>
    <name>PersonalStatements</name>
    <message>
        <source>My firm sentence</source>
        <translation>جملتي الحازمة</translation>
    </message>
    <message>
        <source>What you say if you ever hear his voice, before you hang up.</source>
        <translation>ما تقوله إن سمعت صوته يومًا، قبل أن تُنهي المكالمة.</translation>
    </message>
    <message>
        <source>What I say to people who pass on messages</source>
        <translation>ما أقوله لمن ينقلون الرسائل</translation>
    </message>
    <message>
        <source>For friends or family who bring requests from him.</source>
        <translation>للأصدقاء أو الأقارب الذين ينقلون طلبات منه.</translation>
    </message>
    <message>
        <source>How I return gifts</source>
        <translation>كيف أعيد الهدايا</translation>
    </message>
    <message>
        <source>For example: unopened, by post to his lawyer, with no note.</source>
        <translation>مثلًا: دون فتحها، بالبريد إلى محاميه، دون أي رسالة.</translation>
    </message>
    <message>
        <source>no firm sentence yet</source>
        <translation>لا توجد جملة حازمة بعد</translation>
    </message>
    <message>
        <source>no reply for people who pass on messages yet</source>
        <translation>لا يوجد رد بعد لمن ينقلون الرسائل</translation>
    </message>
    <message>
        <source>no plan for returning gifts yet</source>
        <translation>لا توجد خطة بعد لإعادة الهدايا</translation>
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
        <translation>يتجسس</translation>
    </message>
    <message>
        <source>Harassing</source>
        <translation>يضايق</translation>
    </message>
    <message>
        <source>Persuading</source>
        <translation>يحاول الإقناع</translation>
    </message>
    <message>
        <source>Flattering</source>
        <translation>يتملّق</translation>
    </message>
    <message>
        <source>Carrying messages</source>
        <translation>ينقل الرسائل</translation>
    </message>
</context>
<context>
    <name>ProxyDecision</name>
    <message>
        <source>Not decided yet</source>
        <translation>لم يُحسم بعد</translation>
    </message>
    <message>
        <source>Cut off</source>
        <translation>قطع التواصل</translation>
    </message>
    <message>
        <source>Inform and show how they are used</source>
        <translation>إخباره وتوضيح كيف يُستغل</translation>
    </message>
    <message>
        <source>Limit contact</source>
        <translation>تقليل التواصل</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>المراقبة</translation>
    </message>
</context>
<context>
    <name>Readers</name>
    <message>
        <source>Safety plan</source>
        <translation>خطة الأمان</translation>
    </message>
    <message>
        <source>For me: my whole plan.</source>
        <translation>لي: خطتي كاملة.</translation>
    </message>
    <message>
        <source>It leaves nothing out. Keep it somewhere only you can reach.</source>
        <translation>لا تحذف شيئًا. احفظها في مكان لا يصل إليه غيرك.</translation>
    </message>
    <message>
        <source>Me (the whole plan)</source>
        <translation>أنا (الخطة كاملة)</translation>
    </message>
    <message>
        <source>Safety plan for my lawyer</source>
        <translation>خطة الأمان لمحاميّ</translation>
    </message>
    <message>
        <source>For my lawyer or advocate: mandated contact, the contact log with its check of what the orders allow and how to verify it, the evidence list, suspected proxies and my boundaries.</source>
        <translation>لمحاميّ أو من يناصرني: التواصل الملزم، وسجل التواصل مع فحص ما تسمح به الأوامر وطريقة التحقق منه، وقائمة الأدلة، والوسطاء المحتملون، وحدودي.</translation>
    </message>
    <message>
        <source>It leaves out code words, check-in arrangements, safe places and what I would take if I had to leave.</source>
        <translation>تحذف كلمات السر وترتيبات الاطمئنان والأماكن الآمنة وما سآخذه معي إذا اضطررت إلى المغادرة.</translation>
    </message>
    <message>
        <source>My lawyer or advocate</source>
        <translation>محاميّ أو من يناصرني</translation>
    </message>
    <message>
        <source>Contact record for the court</source>
        <translation>سجل التواصل للمحكمة</translation>
    </message>
    <message>
        <source>For filing with a court (the other side&apos;s lawyer will read it too): mandated contact, the contact log with its check of what the orders allow and how to verify it, and the evidence list.</source>
        <translation>لتقديمه إلى المحكمة (سيقرؤه محامي الطرف الآخر أيضًا): التواصل الملزم، وسجل التواصل مع فحص ما تسمح به الأوامر وطريقة التحقق منه، وقائمة الأدلة.</translation>
    </message>
    <message>
        <source>It leaves out every address and safe place, my trusted contacts&apos; details (they are named only by their role), code words, check-ins, backup plans and my notes on suspected proxies.</source>
        <translation>تحذف كل العناوين والأماكن الآمنة، وبيانات الأشخاص الذين أثق بهم (يُذكرون بدورهم فقط)، وكلمات السر، والاطمئنان، والخطط البديلة، وملاحظاتي عن الوسطاء المحتملين.</translation>
    </message>
    <message>
        <source>A court filing</source>
        <translation>مستند للمحكمة</translation>
    </message>
    <message>
        <source>Check-in card</source>
        <translation>بطاقة الاطمئنان</translation>
    </message>
    <message>
        <source>For one check-in partner: when I check in, what the code word means, what to do if I miss a check-in, my name, phone and where I stay, and the emergency number.</source>
        <translation>لشخص اطمئنان واحد: متى أطمئنه، وما تعنيه كلمة السر، وما يفعله إذا فاتني موعد اطمئنان، واسمي وهاتفي ومكان إقامتي، ورقم الطوارئ.</translation>
    </message>
    <message>
        <source>It leaves out everyone else&apos;s details and code words, and the contact log.</source>
        <translation>تحذف بيانات الآخرين وكلمات السر الخاصة بهم، وسجل التواصل.</translation>
    </message>
    <message>
        <source>A check-in partner (a one-page card)</source>
        <translation>شخص اطمئنان (بطاقة من صفحة واحدة)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>For my own calendar: check-in times, mandated contact dates and times, and review dates, each with a reminder.</source>
        <translation>لتقويمي الخاص: أوقات الاطمئنان، وتواريخ التواصل الملزم وأوقاته، وتواريخ المراجعة، لكل منها تذكير.</translation>
    </message>
    <message>
        <source>Every event is called only “Workbook: …” and holds nothing else, because calendars sync to other devices and accounts.</source>
        <translation>اسم كل موعد «Workbook: …» فقط ولا يحوي شيئًا آخر، لأن التقويمات تُزامَن مع أجهزة وحسابات أخرى.</translation>
    </message>
    <message>
        <source>My calendar (.ics file)</source>
        <translation>تقويمي (ملف ‎.ics)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Due now</source>
        <translation>مستحق الآن</translation>
    </message>
    <message>
        <source>Let me know outside Workbook when something is due</source>
        <translation>أعلِمني خارج Workbook عندما يحين موعد شيء</translation>
    </message>
    <message>
        <source>The notification says only “Workbook: something is due”, nothing else: never what is due, never a name. It comes only while Workbook is open and unlocked, and not while you are looking at it.</source>
        <translation>لا يقول الإشعار إلا «Workbook: حان موعد شيء»، لا شيء غير ذلك: لا ما هو الموعد، ولا أي اسم. ولا يظهر إلا عندما يكون Workbook مفتوحًا وغير مقفل، ولا يظهر وأنت تنظر إليه.</translation>
    </message>
    <message>
        <source>Due now: {text}</source>
        <translation>مستحق الآن: {text}</translation>
    </message>
    <message>
        <source>{count} things are due now; they are listed on the overview.</source>
        <translation>{count} أمور مستحقة الآن؛ وهي مدرجة في النظرة العامة.</translation>
    </message>
    <message>
        <source>I checked in now</source>
        <translation>أبلغتُ الآن أنني بخير</translation>
    </message>
    <message>
        <source>Add a check-in at the current time to the check-in log.</source>
        <translation>إضافة اطمئنان بالوقت الحالي إلى سجل الاطمئنان.</translation>
    </message>
    <message>
        <source>I checked in now: {text}</source>
        <translation>أبلغتُ الآن أنني بخير: {text}</translation>
    </message>
    <message>
        <source>Hide this</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Hide this: {text}</source>
        <translation>إخفاء: {text}</translation>
    </message>
    <message>
        <source>Stop listing this missed check-in here. It stays in the check-in log, marked as missed.</source>
        <translation>التوقف عن عرض موعد الاطمئنان الفائت هذا هنا. يبقى في سجل الاطمئنان، معلَّمًا بأنه فائت.</translation>
    </message>
    <message>
        <source>Check-in noted at {time}.</source>
        <translation>دُوِّن الاطمئنان الساعة {time}.</translation>
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
        <translation>لم أرد</translation>
    </message>
    <message>
        <source>My firm sentence</source>
        <translation>جملتي الحازمة</translation>
    </message>
    <message>
        <source>Forwarded to my lawyer</source>
        <translation>أحلته إلى محاميّ</translation>
    </message>
    <message>
        <source>Replied as the order requires</source>
        <translation>رددت كما يقتضي الأمر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
</context>
<context>
    <name>ScheduleField</name>
    <message>
        <source>last</source>
        <translation>الأخير</translation>
    </message>
    <message>
        <source>How it repeats.</source>
        <translation>كيف يتكرر.</translation>
    </message>
    <message>
        <source>No set days and times</source>
        <translation>لا أيام ولا أوقات محددة</translation>
    </message>
    <message>
        <source>Happens on this day of the week.</source>
        <translation>يحدث في هذا اليوم من الأسبوع.</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>أيام الشهر</translation>
    </message>
    <message>
        <source>For example: 1, 15, last</source>
        <translation>مثلًا: 1، 15، الأخير</translation>
    </message>
    <message>
        <source>Numbers from 1 to 31, or “last”, separated by commas.</source>
        <translation>أرقام من 1 إلى 31، أو «الأخير»، تفصل بينها فواصل.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>For example: 2026-03-01, 2026-04-12</source>
        <translation>مثلًا: 2026-03-01، 2026-04-12</translation>
    </message>
    <message>
        <source>Dates written as year-month-day, separated by commas.</source>
        <translation>تواريخ مكتوبة بصيغة سنة-شهر-يوم، تفصل بينها فواصل.</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>الأوقات</translation>
    </message>
    <message>
        <source>For example: 10:00, 17:30</source>
        <translation>مثلًا: 10:00، 17:30</translation>
    </message>
    <message>
        <source>Times of day written as hour:minute, separated by commas.</source>
        <translation>أوقات من اليوم مكتوبة بصيغة ساعة:دقيقة، تفصل بينها فواصل.</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>طوال اليوم</translation>
    </message>
    <message>
        <source>The whole day counts.</source>
        <translation>اليوم كله محسوب.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>How long it lasts</source>
        <translation>كم يستغرق</translation>
    </message>
    <message>
        <source>Minutes from each time; 0 for a moment, such as a check-in.</source>
        <translation>دقائق من كل وقت؛ 0 للحظة واحدة، مثل الاطمئنان.</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>يستغرق</translation>
    </message>
    <message>
        <source>Minutes before it</source>
        <translation>الدقائق قبله</translation>
    </message>
    <message>
        <source>Minutes after it ends</source>
        <translation>الدقائق بعد انتهائه</translation>
    </message>
    <message>
        <source>0 for no check-in then.</source>
        <translation>0 إن لم يكن هناك اطمئنان حينها.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>Written as year-month-day; may be empty.</source>
        <translation>مكتوب بصيغة سنة-شهر-يوم؛ يمكن تركه فارغًا.</translation>
    </message>
    <message>
        <source>{schedule}. Next: {moments}</source>
        <translation>{schedule}. التالي: {moments}</translation>
    </message>
    <message>
        <source>{schedule}. No more times after today.</source>
        <translation>{schedule}. لا أوقات أخرى بعد اليوم.</translation>
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
        <translation>يظهر عند البيت أو العمل</translation>
    </message>
    <message>
        <source>Threats or blackmail</source>
        <translation>تهديد أو ابتزاز</translation>
    </message>
    <message>
        <source>A forced meeting goes wrong</source>
        <translation>لقاء مفروض يسوء</translation>
    </message>
    <message>
        <source>I must leave now</source>
        <translation>يجب أن أغادر الآن</translation>
    </message>
    <message>
        <source>The children are at risk</source>
        <translation>الأطفال في خطر</translation>
    </message>
    <message>
        <source>Proxies harass me</source>
        <translation>وسطاء يضايقونني</translation>
    </message>
    <message>
        <source>Online stalking</source>
        <translation>ملاحقة عبر الإنترنت</translation>
    </message>
    <message>
        <source>My own situation</source>
        <translation>موقفي الخاص</translation>
    </message>
</context>
<context>
    <name>Specs</name>
    <message>
        <source>(no name yet)</source>
        <translation>(بلا اسم بعد)</translation>
    </message>
    <message>
        <source>no partner yet</source>
        <translation>لا يوجد شخص اطمئنان بعد</translation>
    </message>
    <message>
        <source>With {partner}: {when}</source>
        <translation>مع {partner}: {when}</translation>
    </message>
    <message>
        <source>With {partner}</source>
        <translation>مع {partner}</translation>
    </message>
    <message>
        <source>(empty commitment)</source>
        <translation>(التزام فارغ)</translation>
    </message>
    <message>
        <source>Check-in at {when}</source>
        <translation>الاطمئنان: {when}</translation>
    </message>
    <message>
        <source>Contact on {when}</source>
        <translation>التواصل: {when}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>{n} step</source>
        <translation>{n} خطوة</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} خطوات</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} دقيقة</translation>
    </message>
    <message>
        <source>Mandated by</source>
        <translation>أمر به</translation>
    </message>
    <message>
        <source>What is required</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>How</source>
        <translation>كيف</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>يتولاه</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>My decision</source>
        <translation>قراري</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Knows?</source>
        <translation>يعرف؟</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>In my words</source>
        <translation>بكلماتي</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Contacts to call</source>
        <translation>من أتصل به</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>شخص الاطمئنان</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>مهلة الانتظار</translation>
    </message>
    <message>
        <source>If I miss one</source>
        <translation>إذا فاتني موعد</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Connection to him</source>
        <translation>علاقته به</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>ما يفعله</translation>
    </message>
    <message>
        <source>Knowing?</source>
        <translation>عن علم؟</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Him</source>
        <translation>هو</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>My response</source>
        <translation>ردي</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>مسموح به بموجب</translation>
    </message>
    <message>
        <source>Not mandated</source>
        <translation>غير ملزم</translation>
    </message>
    <message>
        <source>Inside the order?</source>
        <translation>داخل الأمر؟</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>I keep exactly the contact that a court or official requires: never less, never more. If a ruling needs to change, I ask through the proper channels.</source>
        <translation>ألتزم بالتواصل الذي تفرضه محكمة أو جهة رسمية بالضبط: لا أقل ولا أكثر. وإذا كان لا بد من تغيير حكم، أطلب ذلك عبر القنوات الصحيحة.</translation>
    </message>
    <message>
        <source>I do not answer his messages, whatever their tone: pleading, romantic, nostalgic, flattering or threatening.</source>
        <translation>لا أرد على رسائله، مهما كانت نبرتها: متوسلة أو رومانسية أو حنينية أو متملقة أو مهددة.</translation>
    </message>
    <message>
        <source>I return his gifts unopened.</source>
        <translation>أعيد هداياه دون فتحها.</translation>
    </message>
    <message>
        <source>I do not let him in, and I do not answer the intercom when it is him.</source>
        <translation>لا أسمح له بالدخول، ولا أرد على جرس الباب حين يكون هو.</translation>
    </message>
    <message>
        <source>I do not talk with him on the phone. If I hear his voice, I say my one firm sentence and hang up.</source>
        <translation>لا أتحدث معه على الهاتف. إن سمعت صوته، أقول جملتي الحازمة الوحيدة وأُنهي المكالمة.</translation>
    </message>
    <message>
        <source>No letters and no visits: not on birthdays or holidays, and not in a hospital.</source>
        <translation>لا رسائل ولا زيارات: لا في أعياد الميلاد ولا في المناسبات، ولا في المستشفى.</translation>
    </message>
    <message>
        <source>I do not answer requests he passes on through other people.</source>
        <translation>لا أرد على الطلبات التي ينقلها عن طريق أشخاص آخرين.</translation>
    </message>
    <message>
        <source>I do not ask him for anything, even when I am in need.</source>
        <translation>لا أطلب منه شيئًا، حتى حين أكون في حاجة.</translation>
    </message>
    <message>
        <source>When a meeting cannot be avoided, I keep to the agenda: no personal matters (mine or his), no closeness, no going back to shared memories.</source>
        <translation>حين لا يمكن تجنب لقاء، ألتزم بجدول الأعمال: لا أمور شخصية (لي أو له)، ولا قرب، ولا عودة إلى الذكريات المشتركة.</translation>
    </message>
    <message>
        <source>Wherever I can, I leave unavoidable contact to a professional: my lawyer, an accountant or a mediator.</source>
        <translation>حيثما أمكن، أترك التواصل الذي لا مفر منه لمختص: محاميّ أو محاسب أو وسيط.</translation>
    </message>
    <message>
        <source>I do not discuss him with the children, and I do not gossip about him.</source>
        <translation>لا أتحدث عنه مع الأطفال، ولا أتكلم عنه بالسوء أمام الناس.</translation>
    </message>
    <message>
        <source>I write down what happens and tell the people who should know. At the first transgression I act fully; I do not wait for a second.</source>
        <translation>أدوّن ما يحدث وأخبر من يجب أن يعرف. عند أول تجاوز أتصرف بالكامل؛ ولا أنتظر تجاوزًا ثانيًا.</translation>
    </message>
    <message>
        <source>I stay firm, polite and consistent: no negotiating, no giving in to pressure, no saying one thing and doing another.</source>
        <translation>أبقى على حزم وأدب وثبات: لا تفاوض، ولا استسلام للضغط، ولا قول شيء وفعل غيره.</translation>
    </message>
    <message>
        <source>I will not talk with you. Goodbye.</source>
        <translation>لن أتحدث معك. مع السلامة.</translation>
    </message>
    <message>
        <source>I have nothing more to say to you. I am hanging up now.</source>
        <translation>ليس لدي ما أقوله لك. سأُنهي المكالمة الآن.</translation>
    </message>
    <message>
        <source>I am not discussing this. Please contact my lawyer.</source>
        <translation>لن أناقش هذا. يرجى التواصل مع محاميّ.</translation>
    </message>
    <message>
        <source>All contact goes through my lawyer. Goodbye.</source>
        <translation>كل تواصل يتم عن طريق محاميّ. مع السلامة.</translation>
    </message>
    <message>
        <source>I don&apos;t talk about him, and I won&apos;t pass on any messages. Thank you.</source>
        <translation>لا أتحدث عنه، ولن أنقل أي رسائل. شكرًا.</translation>
    </message>
    <message>
        <source>Please don&apos;t bring me messages from him. If it is about the children, he can contact my lawyer.</source>
        <translation>أرجو ألا تنقل لي رسائل منه. إن كان الأمر يخص الأطفال، يمكنه التواصل مع محاميّ.</translation>
    </message>
    <message>
        <source>Unopened, by post to his lawyer, with no note.</source>
        <translation>دون فتحها، بالبريد إلى محاميه، دون أي رسالة.</translation>
    </message>
    <message>
        <source>Unopened, handed back through a friend he does not know, with no note.</source>
        <translation>دون فتحها، تُعاد عن طريق صديق لا يعرفه، دون أي رسالة.</translation>
    </message>
    <message>
        <source>If I am in danger, call the emergency number at once.</source>
        <translation>إن كنت في خطر، الاتصال برقم الطوارئ فورًا.</translation>
    </message>
    <message>
        <source>Write down what happened, with the time, in the contact log.</source>
        <translation>تدوين ما حدث، مع الوقت، في سجل التواصل.</translation>
    </message>
    <message>
        <source>Call my check-in partner and tell them where I am and how I am.</source>
        <translation>الاتصال بشخص الاطمئنان وإخباره أين أنا وكيف حالي.</translation>
    </message>
    <message>
        <source>He comes to my door, my workplace, or somewhere he knows I go.</source>
        <translation>يأتي إلى بابي أو مكان عملي أو مكان يعرف أنني أذهب إليه.</translation>
    </message>
    <message>
        <source>He says he is “in the area” or wants to “just talk for a minute”.</source>
        <translation>يقول إنه «في المنطقة» أو يريد «أن يتحدث دقيقة فقط».</translation>
    </message>
    <message>
        <source>His car, or someone close to him, is seen near my home or work.</source>
        <translation>تُرى سيارته، أو شخص مقرب منه، قرب بيتي أو عملي.</translation>
    </message>
    <message>
        <source>His messages mention where I live, where I work or where I go.</source>
        <translation>تذكر رسائله أين أسكن أو أين أعمل أو أين أذهب.</translation>
    </message>
    <message>
        <source>Someone mentions that he asked about my routine or my new address.</source>
        <translation>يذكر أحدهم أنه سأل عن روتيني أو عن عنواني الجديد.</translation>
    </message>
    <message>
        <source>Do not open the door; do not answer the intercom.</source>
        <translation>عدم فتح الباب؛ وعدم الرد على جرس الباب.</translation>
    </message>
    <message>
        <source>Stay inside, away from the door, in a room I can lock.</source>
        <translation>البقاء في الداخل، بعيدًا عن الباب، في غرفة يمكن قفلها.</translation>
    </message>
    <message>
        <source>At work, ask reception or security not to let him in.</source>
        <translation>في العمل، أطلب من الاستقبال أو الأمن عدم السماح له بالدخول.</translation>
    </message>
    <message>
        <source>Tell my lawyer. If a protective order forbids this, report it to the police.</source>
        <translation>إخبار محاميّ. وإن كان أمر حماية يمنع ذلك، الإبلاغ عنه للشرطة.</translation>
    </message>
    <message>
        <source>He threatens me, the children or himself, or tries to force me with secrets.</source>
        <translation>يهددني أو يهدد الأطفال أو نفسه، أو يحاول إجباري بالأسرار.</translation>
    </message>
    <message>
        <source>He hints at “consequences” if I do not answer him.</source>
        <translation>يلمّح إلى «عواقب» إن لم أرد عليه.</translation>
    </message>
    <message>
        <source>He threatens to share private photos, messages or secrets.</source>
        <translation>يهدد بنشر صور أو رسائل أو أسرار خاصة.</translation>
    </message>
    <message>
        <source>He threatens to take the children, or to harm himself, me or someone I love.</source>
        <translation>يهدد بأخذ الأطفال، أو بإيذاء نفسه أو إيذائي أو إيذاء شخص أحبه.</translation>
    </message>
    <message>
        <source>His messages come more often, or grow angrier.</source>
        <translation>تأتي رسائله أكثر، أو تزداد غضبًا.</translation>
    </message>
    <message>
        <source>Do not answer, do not negotiate, and do not give in.</source>
        <translation>عدم الرد، وعدم التفاوض، وعدم الاستسلام.</translation>
    </message>
    <message>
        <source>Keep the message: take a screenshot that shows the date and time.</source>
        <translation>الاحتفاظ بالرسالة: التقاط صورة للشاشة يظهر فيها التاريخ والوقت.</translation>
    </message>
    <message>
        <source>Tell the people who should know: my lawyer and my check-in partner.</source>
        <translation>إخبار من يجب أن يعرف: محاميّ وشخص الاطمئنان.</translation>
    </message>
    <message>
        <source>Report the threat to the police and note the incident number.</source>
        <translation>إبلاغ الشرطة بالتهديد وتدوين رقم البلاغ.</translation>
    </message>
    <message>
        <source>If he threatens to harm someone now, call the emergency number at once.</source>
        <translation>إن هدد بإيذاء أحد الآن، الاتصال برقم الطوارئ فورًا.</translation>
    </message>
    <message>
        <source>A meeting I cannot avoid (a handover, mediation, a hearing) starts to go wrong.</source>
        <translation>لقاء لا أستطيع تجنبه (تسليم الأطفال، وساطة، جلسة) يبدأ في السوء.</translation>
    </message>
    <message>
        <source>He arrives early, late, or with someone he did not announce.</source>
        <translation>يصل مبكرًا أو متأخرًا، أو مع شخص لم يُعلن عنه.</translation>
    </message>
    <message>
        <source>He brings up personal matters, shared memories or our relationship.</source>
        <translation>يثير أمورًا شخصية أو ذكريات مشتركة أو علاقتنا.</translation>
    </message>
    <message>
        <source>He raises his voice, blocks my way or will not let me leave.</source>
        <translation>يرفع صوته أو يسد طريقي أو لا يدعني أغادر.</translation>
    </message>
    <message>
        <source>Keep to the agenda: no personal matters, no shared memories.</source>
        <translation>الالتزام بجدول الأعمال: لا أمور شخصية، ولا ذكريات مشتركة.</translation>
    </message>
    <message>
        <source>Say one short, firm sentence that the meeting is over, and leave.</source>
        <translation>قول جملة قصيرة حازمة بأن اللقاء انتهى، والمغادرة.</translation>
    </message>
    <message>
        <source>Go to the professional who is there (mediator, supervisor, lawyer) or to a public place.</source>
        <translation>التوجه إلى المختص الموجود (الوسيط، المشرف، المحامي) أو إلى مكان عام.</translation>
    </message>
    <message>
        <source>Ask my lawyer whether future meetings can be supervised or left to professionals.</source>
        <translation>سؤال محاميّ عمّا إذا كان يمكن أن تكون اللقاءات القادمة تحت الإشراف أو أن تُترك للمختصين.</translation>
    </message>
    <message>
        <source>I have to get out of where I am, quickly and safely.</source>
        <translation>يجب أن أخرج من مكاني، بسرعة وبأمان.</translation>
    </message>
    <message>
        <source>Threats against my life, or violence that is getting worse.</source>
        <translation>تهديدات لحياتي، أو عنف يزداد سوءًا.</translation>
    </message>
    <message>
        <source>He has found out where I am, or he is on his way.</source>
        <translation>عرف أين أنا، أو هو في طريقه إليّ.</translation>
    </message>
    <message>
        <source>My instinct tells me I am not safe here.</source>
        <translation>حدسي يقول لي إنني لست في أمان هنا.</translation>
    </message>
    <message>
        <source>Take the children and the bag I packed in advance, if it is safe to do so.</source>
        <translation>أخذ الأطفال والحقيبة التي جهزتها مسبقًا، إن كان ذلك آمنًا.</translation>
    </message>
    <message>
        <source>Go to my safe place.</source>
        <translation>الذهاب إلى مكاني الآمن.</translation>
    </message>
    <message>
        <source>Call a domestic-abuse helpline if I need a shelter place for tonight.</source>
        <translation>الاتصال بخط مساعدة للعنف الأسري إن احتجت إلى مكان في دار إيواء الليلة.</translation>
    </message>
    <message>
        <source>Once I am safe, write down what happened, with the time, in the contact log, and tell my lawyer.</source>
        <translation>بعد أن أصبح في أمان، تدوين ما حدث، مع الوقت، في سجل التواصل، وإخبار محاميّ.</translation>
    </message>
    <message>
        <source>Something during his time with the children puts them in danger.</source>
        <translation>شيء ما خلال وقته مع الأطفال يعرّضهم للخطر.</translation>
    </message>
    <message>
        <source>The children come back frightened, withdrawn or hurt.</source>
        <translation>يعود الأطفال خائفين أو منطوين أو مصابين.</translation>
    </message>
    <message>
        <source>He questions the children about me, or uses them to carry messages.</source>
        <translation>يستجوب الأطفال عني، أو يستخدمهم لنقل الرسائل.</translation>
    </message>
    <message>
        <source>He does not bring the children back at the agreed time.</source>
        <translation>لا يعيد الأطفال في الوقت المتفق عليه.</translation>
    </message>
    <message>
        <source>If a child is in danger now, call the emergency number at once.</source>
        <translation>إن كان طفل في خطر الآن، الاتصال برقم الطوارئ فورًا.</translation>
    </message>
    <message>
        <source>Keep exactly to what the court orders; do not break them.</source>
        <translation>الالتزام بما تأمر به المحكمة بالضبط؛ وعدم مخالفته.</translation>
    </message>
    <message>
        <source>Listen to the children and reassure them; do not discuss him with them.</source>
        <translation>الإصغاء إلى الأطفال وطمأنتهم؛ وعدم الحديث عنه معهم.</translation>
    </message>
    <message>
        <source>Call my lawyer: rulings change only through the proper channels.</source>
        <translation>الاتصال بمحاميّ: الأحكام لا تتغير إلا عبر القنوات الصحيحة.</translation>
    </message>
    <message>
        <source>Tell the professionals involved (guardian, school, child services) what I saw.</source>
        <translation>إخبار المختصين المعنيين (الوصي، المدرسة، خدمات حماية الطفل) بما رأيت.</translation>
    </message>
    <message>
        <source>People he sends, or who speak for him, keep pressing, watching or persuading me.</source>
        <translation>أشخاص يرسلهم أو يتحدثون باسمه يواصلون الضغط عليّ أو مراقبتي أو محاولة إقناعي.</translation>
    </message>
    <message>
        <source>Friends or relatives pass on messages or requests from him.</source>
        <translation>أصدقاء أو أقارب ينقلون رسائل أو طلبات منه.</translation>
    </message>
    <message>
        <source>Someone asks unusual questions about where I live, my plans or my new life.</source>
        <translation>أحدهم يسأل أسئلة غير معتادة عن مكان سكني أو خططي أو حياتي الجديدة.</translation>
    </message>
    <message>
        <source>People repeat things that only he could have told them.</source>
        <translation>أناس يكررون أشياء لا يمكن أن يكون أخبرهم بها غيره.</translation>
    </message>
    <message>
        <source>Do not answer requests passed on by other people.</source>
        <translation>عدم الرد على الطلبات التي ينقلها آخرون.</translation>
    </message>
    <message>
        <source>Say my sentence for people who pass on messages, and end the conversation.</source>
        <translation>قول جملتي لمن ينقلون الرسائل، وإنهاء الحديث.</translation>
    </message>
    <message>
        <source>Cut off those who knowingly spy for him; tell the unwitting ones how they are being used.</source>
        <translation>قطع التواصل مع من يتجسسون لصالحه عن علم؛ وإخبار من يفعلون ذلك دون علم كيف يُستغلون.</translation>
    </message>
    <message>
        <source>Note the person on the suspected proxies page.</source>
        <translation>تدوين الشخص في صفحة الوسطاء المحتملين.</translation>
    </message>
    <message>
        <source>He follows, watches or contacts me online, or gets into my accounts.</source>
        <translation>يلاحقني أو يراقبني أو يتواصل معي عبر الإنترنت، أو يدخل إلى حساباتي.</translation>
    </message>
    <message>
        <source>He knows things I only wrote or did online.</source>
        <translation>يعرف أشياء لم أكتبها أو أفعلها إلا عبر الإنترنت.</translation>
    </message>
    <message>
        <source>New or unknown accounts follow me or send me messages.</source>
        <translation>حسابات جديدة أو مجهولة تتابعني أو ترسل لي رسائل.</translation>
    </message>
    <message>
        <source>My accounts show sign-ins or changes I did not make.</source>
        <translation>تظهر في حساباتي عمليات دخول أو تغييرات لم أقم بها.</translation>
    </message>
    <message>
        <source>Do not answer, from any account.</source>
        <translation>عدم الرد، من أي حساب.</translation>
    </message>
    <message>
        <source>Take screenshots that show the date and time before blocking or reporting.</source>
        <translation>التقاط صور للشاشة يظهر فيها التاريخ والوقت قبل الحظر أو الإبلاغ.</translation>
    </message>
    <message>
        <source>Change my passwords from a device he has never touched, and turn on two-step sign-in.</source>
        <translation>تغيير كلمات المرور من جهاز لم يلمسه قط، وتفعيل التحقق بخطوتين.</translation>
    </message>
    <message>
        <source>Make my profiles private and check which apps can see my location.</source>
        <translation>جعل حساباتي خاصة والتحقق من التطبيقات التي يمكنها رؤية موقعي.</translation>
    </message>
    <message>
        <source>Tell my lawyer, and report threats or harassment to the police.</source>
        <translation>إخبار محاميّ، وإبلاغ الشرطة بالتهديدات أو المضايقات.</translation>
    </message>
    <message>
        <source>Something else that worries me; I describe it in my own words.</source>
        <translation>شيء آخر يقلقني؛ أصفه بكلماتي.</translation>
    </message>
    <message>
        <source>Say one short, firm sentence, then hang up or leave.</source>
        <translation>قول جملة قصيرة حازمة، ثم إنهاء المكالمة أو المغادرة.</translation>
    </message>
    <message>
        <source>Tell the people who should know, such as my lawyer.</source>
        <translation>إخبار من يجب أن يعرف، مثل محاميّ.</translation>
    </message>
</context>
<context>
    <name>SuspectedProxy</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>A nickname or initials are fine.</source>
        <translation>يكفي لقب أو أحرف أولى.</translation>
    </message>
    <message>
        <source>Connection to him</source>
        <translation>علاقته به</translation>
    </message>
    <message>
        <source>Connection to me</source>
        <translation>علاقته بي</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>ما يفعله</translation>
    </message>
    <message>
        <source>What they did, in my words</source>
        <translation>ما فعله، بكلماتي</translation>
    </message>
    <message>
        <source>Dates and evidence</source>
        <translation>التواريخ والأدلة</translation>
    </message>
    <message>
        <source>Knowing or unwitting</source>
        <translation>عن علم أو دون علم</translation>
    </message>
    <message>
        <source>My decision</source>
        <translation>قراري</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>تم في</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>{n} person without a decision yet</source>
        <translation>{n} شخص لم يُتخذ بشأنه قرار بعد</translation>
    </message>
    <message>
        <source>{n} people without a decision yet</source>
        <translation>{n} أشخاص لم يُتخذ بشأنهم قرار بعد</translation>
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
        <translation>الاسم</translation>
    </message>
    <message>
        <source>A nickname or initials are fine.</source>
        <translation>يكفي لقب أو أحرف أولى.</translation>
    </message>
    <message>
        <source>Relationship to me</source>
        <translation>علاقته بي</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>أرقام الهاتف</translation>
    </message>
    <message>
        <source>One number per line.</source>
        <translation>رقم واحد في كل سطر.</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>رقم هاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Knows my situation</source>
        <translation>يعرف وضعي</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>كلمة السر</translation>
    </message>
    <message>
        <source>A word you agreed on that means you need help.</source>
        <translation>كلمة اتفقتما عليها تعني أنك تحتاج إلى مساعدة.</translation>
    </message>
    <message>
        <source>Best times to reach</source>
        <translation>أفضل أوقات للتواصل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>no trusted contact yet</source>
        <translation>لا يوجد شخص موثوق بعد</translation>
    </message>
    <message>
        <source>no check-in partner yet</source>
        <translation>لا يوجد شخص اطمئنان بعد</translation>
    </message>
    <message>
        <source>no emergency contact yet</source>
        <translation>لا توجد جهة اتصال للطوارئ بعد</translation>
    </message>
    <message>
        <source>{n} contact has no phone number or email yet</source>
        <translation>{n} جهة اتصال ليس لها رقم هاتف أو بريد إلكتروني بعد</translation>
    </message>
    <message>
        <source>{n} contacts have no phone number or email yet</source>
        <translation>{n} جهات اتصال ليس لها رقم هاتف أو بريد إلكتروني بعد</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Workbook: check-in</source>
        <translation>Workbook: اطمئنان</translation>
    </message>
    <message>
        <source>Workbook: appointment</source>
        <translation>Workbook: موعد</translation>
    </message>
    <message>
        <source>Workbook: review</source>
        <translation>Workbook: مراجعة</translation>
    </message>
    <message>
        <source>Check in with {partner}</source>
        <translation>الاطمئنان مع {partner}</translation>
    </message>
    <message>
        <source>Mandated contact: {order}</source>
        <translation>تواصل ملزم: {order}</translation>
    </message>
    <message>
        <source>Review my safety plan</source>
        <translation>مراجعة خطة الأمان</translation>
    </message>
    <message>
        <source>Review of an order: {order}</source>
        <translation>مراجعة أمر: {order}</translation>
    </message>
    <message>
        <source>{which} has no structured times yet, so it is not in the calendar. Add its times on the Check-ins page.</source>
        <translation>{which} ليس له أوقات محددة بعد، لذلك ليس في التقويم. أضف أوقاته في صفحة الاطمئنان.</translation>
    </message>
    <message>
        <source>{which} has no structured schedule yet, so it is not in the calendar (its review date is). Add its schedule on the Mandated contact page.</source>
        <translation>{which} ليس له جدول محدد بعد، لذلك ليس في التقويم (تاريخ مراجعته موجود). أضف جدوله في صفحة «التواصل الملزم».</translation>
    </message>
    <message>
        <source>{which}: the times are not complete ({problem}), so they are not in the calendar.</source>
        <translation>{which}: الأوقات غير مكتملة ({problem})، لذلك ليست في التقويم.</translation>
    </message>
    <message>
        <source>{which} happens around a mandated contact that has no schedule yet, so it is not in the calendar.</source>
        <translation>{which} يحدث حول تواصل ملزم ليس له جدول بعد، لذلك ليس في التقويم.</translation>
    </message>
    <message>
        <source>The check-ins of {which} are listed for the coming year, at most {count:,} of them; export the calendar again later for the ones after that.</source>
        <translation>مواعيد الاطمئنان في {which} مدرجة للسنة القادمة، {count:,} على الأكثر؛ صدّر التقويم مرة أخرى لاحقًا للمواعيد التي تليها.</translation>
    </message>
    <message>
        <source>my check-in partner</source>
        <translation>شخص الاطمئنان</translation>
    </message>
    <message>
        <source>Check-in agreement {number}</source>
        <translation>اتفاق الاطمئنان {number}</translation>
    </message>
    <message>
        <source>Mandated contact {number}</source>
        <translation>التواصل الملزم {number}</translation>
    </message>
    <message>
        <source>The folder for the calendar does not exist. Please choose another.</source>
        <translation>مجلد التقويم غير موجود. يرجى اختيار مجلد آخر.</translation>
    </message>
    <message>
        <source>The calendar could not be saved there ({reason}). Please choose another folder.</source>
        <translation>تعذّر حفظ التقويم هناك ({reason}). يرجى اختيار مجلد آخر.</translation>
    </message>
</context>
<context>
    <name>chain</name>
    <message>
        <source>Entry {number} was changed after it was written: its content no longer matches its hash.</source>
        <translation>تم تغيير الإدخال {number} بعد كتابته: لم يعد محتواه يطابق بصمته.</translation>
    </message>
    <message>
        <source>Entry {number} does not follow the entry before it: an entry was removed, added or moved there.</source>
        <translation>الإدخال {number} لا يتبع الإدخال الذي قبله: أُزيل إدخال أو أُضيف أو نُقل هناك.</translation>
    </message>
    <message>
        <source>Entry {number} has no hash: it was not written by Workbook&apos;s log.</source>
        <translation>الإدخال {number} ليس له بصمة: لم يكتبه سجل Workbook.</translation>
    </message>
    <message>
        <source>Entry {number} corrects an entry that is not before it in the log.</source>
        <translation>الإدخال {number} يصحّح إدخالًا ليس قبله في السجل.</translation>
    </message>
    <message>
        <source>Entry {number} corrects an entry that an earlier entry already corrected.</source>
        <translation>الإدخال {number} يصحّح إدخالًا صحّحه إدخال سابق بالفعل.</translation>
    </message>
    <message>
        <source>Entry {number} has the same id as an earlier entry.</source>
        <translation>الإدخال {number} له المعرّف نفسه لإدخال سابق.</translation>
    </message>
    <message>
        <source>The log should end with entry {number}, but it does not: entries at its end were removed or changed.</source>
        <translation>يجب أن ينتهي السجل بالإدخال {number}، لكنه لا ينتهي به: أُزيلت إدخالات من نهايته أو غُيّرت.</translation>
    </message>
    <message>
        <source>not written down yet</source>
        <translation>لم يُدوَّن بعد</translation>
    </message>
    <message>
        <source>written before this record was kept</source>
        <translation>كُتب قبل بدء هذا السجل</translation>
    </message>
    <message>
        <source>written before the time it gives</source>
        <translation>كُتب قبل الوقت الذي يذكره</translation>
    </message>
    <message>
        <source>written at the time</source>
        <translation>كُتب في حينه</translation>
    </message>
    <message>
        <source>written {n} minutes after</source>
        <translation>كُتب بعد {n} دقيقة</translation>
    </message>
    <message>
        <source>written 1 hour after</source>
        <translation>كُتب بعد ساعة</translation>
    </message>
    <message>
        <source>written {n} hours after</source>
        <translation>كُتب بعد {n} ساعة</translation>
    </message>
    <message>
        <source>written {n} days after</source>
        <translation>كُتب بعد {n} يوم</translation>
    </message>
    <message>
        <source>written {n} days after: long after the contact</source>
        <translation>كُتب بعد {n} يوم: بعد التواصل بوقت طويل</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The Workbook app has the workbook in {folder} open (process {pid}). Please close it there first, then try again. Nothing was changed.</source>
        <translation>تطبيق Workbook يفتح دفتر العمل الموجود في {folder} (العملية {pid}). يرجى إغلاقه هناك أولًا، ثم المحاولة مرة أخرى. لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>compliance</name>
    <message>
        <source>Inside the order</source>
        <translation>داخل الأمر</translation>
    </message>
    <message>
        <source>Outside any order</source>
        <translation>خارج أي أمر</translation>
    </message>
    <message>
        <source>Inside? Topic not marked</source>
        <translation>داخل الأمر؟ الموضوع غير محدد</translation>
    </message>
    <message>
        <source>Outside any order: it came through someone else.</source>
        <translation>خارج أي أمر: جاء عن طريق شخص آخر.</translation>
    </message>
    <message>
        <source>Outside any order: none was in force that day.</source>
        <translation>خارج أي أمر: لم يكن أي أمر ساريًا ذلك اليوم.</translation>
    </message>
    <message>
        <source>Outside any order: no order in force allows contact this way.</source>
        <translation>خارج أي أمر: لا يسمح أي أمر سارٍ بالتواصل بهذه الوسيلة.</translation>
    </message>
    <message>
        <source>Outside any order: not at a time the order&apos;s schedule allows.</source>
        <translation>خارج أي أمر: ليس في وقت يسمح به جدول الأمر.</translation>
    </message>
    <message>
        <source>Outside the order: the topic went beyond what it allows.</source>
        <translation>خارج الأمر: تجاوز الموضوع ما يسمح به.</translation>
    </message>
    <message>
        <source>Way and time fit the order; whether the topic stayed within it is not marked.</source>
        <translation>الوسيلة والوقت يوافقان الأمر؛ ولم يُحدَّد هل بقي الموضوع ضمنه.</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>داخل</translation>
    </message>
    <message>
        <source>Outside: through someone else</source>
        <translation>خارج: عن طريق شخص آخر</translation>
    </message>
    <message>
        <source>Outside: no order that day</source>
        <translation>خارج: لا أمر ذلك اليوم</translation>
    </message>
    <message>
        <source>Outside: not a way allowed</source>
        <translation>خارج: وسيلة غير مسموح بها</translation>
    </message>
    <message>
        <source>Outside: not at a set time</source>
        <translation>خارج: ليس في وقت محدد</translation>
    </message>
    <message>
        <source>Outside: the topic</source>
        <translation>خارج: الموضوع</translation>
    </message>
    <message>
        <source>Not sure: topic not marked</source>
        <translation>غير مؤكد: الموضوع غير محدد</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>لم أرد.</translation>
    </message>
    <message>
        <source>Answered with my firm sentence.</source>
        <translation>رددت بجملتي الحازمة.</translation>
    </message>
    <message>
        <source>Forwarded to my lawyer.</source>
        <translation>أحلته إلى محاميّ.</translation>
    </message>
    <message>
        <source>Answered as the order requires.</source>
        <translation>رددت كما يقتضي الأمر.</translation>
    </message>
    <message>
        <source>Answered some other way.</source>
        <translation>رددت بطريقة أخرى.</translation>
    </message>
    <message>
        <source>Inside the order.</source>
        <translation>داخل الأمر.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>غير مؤكد</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>خارج</translation>
    </message>
    <message>
        <source>Through someone else</source>
        <translation>عن طريق شخص آخر</translation>
    </message>
    <message>
        <source>Outside: not answered</source>
        <translation>خارج: لم أرد</translation>
    </message>
    <message>
        <source>Outside: firm sentence</source>
        <translation>خارج: جملة حازمة</translation>
    </message>
    <message>
        <source>Outside: to my lawyer</source>
        <translation>خارج: إلى محاميّ</translation>
    </message>
    <message>
        <source>Outside: other answer</source>
        <translation>خارج: رد آخر</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>The evidence folder could not be made there ({reason}).</source>
        <translation>تعذّر إنشاء مجلد الأدلة هناك ({reason}).</translation>
    </message>
    <message>
        <source>That folder already holds files. Please choose an empty folder for the evidence, so nothing from another export is mixed in.</source>
        <translation>هذا المجلد يحتوي على ملفات بالفعل. يرجى اختيار مجلد فارغ للأدلة، حتى لا يختلط به شيء من تصدير آخر.</translation>
    </message>
</context>
<context>
    <name>partner card</name>
    <message>
        <source>This check-in partner is no longer in the plan.</source>
        <translation>شخص الاطمئنان هذا لم يعد في الخطة.</translation>
    </message>
    <message>
        <source>{name} has no check-in agreement yet. Add one on the Check-ins page, then make the card.</source>
        <translation>{name} ليس له اتفاق اطمئنان بعد. أضف اتفاقًا في صفحة الاطمئنان، ثم أعدّ البطاقة.</translation>
    </message>
    <message>
        <source>This partner</source>
        <translation>شخص الاطمئنان هذا</translation>
    </message>
    <message>
        <source>Check-in card for {partner}</source>
        <translation>بطاقة الاطمئنان لـ {partner}</translation>
    </message>
    <message>
        <source>Check-in card</source>
        <translation>بطاقة الاطمئنان</translation>
    </message>
    <message>
        <source>Thank you for being my check-in partner. This card is for you alone: please keep it somewhere private.</source>
        <translation>شكرًا لأنك شخص الاطمئنان الخاص بي. هذه البطاقة لك وحدك: يرجى حفظها في مكان خاص.</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>عني</translation>
    </message>
    <message>
        <source>(My name, phone and where I stay are not filled in yet.)</source>
        <translation>(لم يُملأ اسمي وهاتفي ومكان إقامتي بعد.)</translation>
    </message>
    <message>
        <source>Agreement {number}</source>
        <translation>الاتفاق {number}</translation>
    </message>
    <message>
        <source>When I check in</source>
        <translation>متى أطمئنك</translation>
    </message>
    <message>
        <source>If I say or write “{code}”, it means I am not safe, even if everything else I say sounds normal. Act at once, as below.</source>
        <translation>إذا قلت أو كتبت «{code}»، فهذا يعني أنني لست في أمان، حتى لو بدا كل ما أقوله عاديًا. تصرّف فورًا، كما هو مبيّن أدناه.</translation>
    </message>
    <message>
        <source>If I miss a check-in by more than {grace}, or use the code word</source>
        <translation>إذا تأخرت عن موعد الاطمئنان أكثر من {grace}، أو استخدمت كلمة السر</translation>
    </message>
    <message>
        <source>Call me. If you cannot reach me, call the emergency number.</source>
        <translation>اتصل بي. وإن لم تتمكن من الوصول إليّ، اتصل برقم الطوارئ.</translation>
    </message>
    <message>
        <source>Our code word</source>
        <translation>كلمة السر بيننا</translation>
    </message>
    <message>
        <source>Our own code word is “{code}”: if I use it with you, something is wrong.</source>
        <translation>كلمة السر الخاصة بنا هي «{code}»: إن استخدمتها معك، فهناك خطب ما.</translation>
    </message>
    <message>
        <source>In danger now</source>
        <translation>في خطر الآن</translation>
    </message>
    <message>
        <source>Call the emergency number: {number}.</source>
        <translation>اتصل برقم الطوارئ: {number}.</translation>
    </message>
    <message>
        <source>Call the emergency number of the country you are in.</source>
        <translation>اتصل برقم الطوارئ في البلد الذي أنت فيه.</translation>
    </message>
    <message>
        <source>Made {when} with Workbook.</source>
        <translation>أُعدّت في {when} باستخدام Workbook.</translation>
    </message>
    <message>
        <source>The folder for the card does not exist. Please choose another.</source>
        <translation>مجلد البطاقة غير موجود. يرجى اختيار مجلد آخر.</translation>
    </message>
    <message>
        <source>The card could not be saved there ({reason}). Please choose another folder.</source>
        <translation>تعذّر حفظ البطاقة هناك ({reason}). يرجى اختيار مجلد آخر.</translation>
    </message>
</context>
<context>
    <name>pdf_log</name>
    <message>
        <source>a withdrawal</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>a correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>by {date} at the latest</source>
        <translation>في {date} على أبعد تقدير</translation>
    </message>
    <message>
        <source>No. {n}</source>
        <translation>رقم {n}</translation>
    </message>
    <message>
        <source>Withdraws No. {n}</source>
        <translation>يسحب رقم {n}</translation>
    </message>
    <message>
        <source>Corrects No. {n}</source>
        <translation>يصحّح رقم {n}</translation>
    </message>
    <message>
        <source>Why: {note}</source>
        <translation>السبب: {note}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <source>Replaced by No. {n}</source>
        <translation>حلّ محله رقم {n}</translation>
    </message>
    <message>
        <source>Hash {start}…</source>
        <translation>البصمة {start}…</translation>
    </message>
    <message>
        <source>(withdrawn: as No. {n})</source>
        <translation>(مسحوب: كرقم {n})</translation>
    </message>
    <message>
        <source>Exhibit {numbers}</source>
        <translation>المرفق {numbers}</translation>
    </message>
    <message>
        <source>Exhibits {numbers}</source>
        <translation>المرفقات {numbers}</translation>
    </message>
    <message>
        <source>In the record</source>
        <translation>في السجل</translation>
    </message>
    <message>
        <source>No. {n}, {when}</source>
        <translation>رقم {n}، {when}</translation>
    </message>
    <message>
        <source>Every entry in the order it was written down. Nothing in this log is ever changed or removed: a correction or a withdrawal is a further entry that names the one it replaces. How to check that with ordinary tools is at the end of this section.</source>
        <translation>كل إدخال بالترتيب الذي دُوِّن به. لا يُغيَّر شيء في هذا السجل ولا يُحذف أبدًا: التصحيح أو السحب إدخال إضافي يذكر الإدخال الذي يحل محله. طريقة التحقق من ذلك بأدوات عادية موجودة في نهاية هذا القسم.</translation>
    </message>
    <message>
        <source>Checking this log</source>
        <translation>التحقق من هذا السجل</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>إدخال واحد</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} إدخالات</translation>
    </message>
    <message>
        <source>Each entry carries a SHA-256 hash of its content, both of its times and the hash of the entry before it, so that every hash depends on every entry written before it. Changing, removing, adding or reordering any entry changes every hash after it, and the last one.</source>
        <translation>يحمل كل إدخال بصمة SHA-256 لمحتواه ولوقتيه ولبصمة الإدخال الذي قبله، بحيث تعتمد كل بصمة على كل إدخال كُتب قبلها. تغيير أي إدخال أو حذفه أو إضافته أو تغيير ترتيبه يغيّر كل بصمة بعده، والبصمة الأخيرة.</translation>
    </message>
    <message>
        <source>This log holds {entries}. Its latest hash, which stands for all of them, is:</source>
        <translation>يحتوي هذا السجل على {entries}. آخر بصمة له، وهي تمثلها جميعًا:</translation>
    </message>
    <message>
        <source>To check it: export the plan from Workbook as a JSON file (workbook export --out plan.json) and run: workbook verify plan.json. Or, without Workbook, for each entry of &quot;contact_log&quot; in order: take every member except &quot;entry_hash&quot; and every member whose value is empty (&quot;&quot;, [], null, false); write them as JSON with the keys sorted and no spaces, in UTF-8, characters outside ASCII as themselves; its SHA-256 (for example with sha256sum) must equal &quot;entry_hash&quot;, and &quot;previous_hash&quot; must equal the hash of the entry before it.</source>
        <translation>للتحقق منه: صدّر الخطة من Workbook كملف JSON ‏(workbook export --out plan.json) ثم شغّل: workbook verify plan.json. أو، دون Workbook، لكل إدخال في &quot;contact_log&quot; بالترتيب: خذ كل عضو ما عدا &quot;entry_hash&quot; وكل عضو قيمته فارغة (&quot;&quot;, [], null, false)؛ واكتبها بصيغة JSON مع ترتيب المفاتيح ودون مسافات، بترميز UTF-8، مع إبقاء الأحرف غير ASCII كما هي؛ يجب أن تساوي بصمتها SHA-256 (مثلًا باستخدام sha256sum) قيمة &quot;entry_hash&quot;، ويجب أن تساوي &quot;previous_hash&quot; بصمة الإدخال الذي قبله.</translation>
    </message>
    <message>
        <source>In Python 3: json.dumps(entry, sort_keys=True, separators=(&apos;,&apos;, &apos;:&apos;), ensure_ascii=False).encode(&apos;utf-8&apos;) gives the bytes to hash with hashlib.sha256. The last entry&apos;s hash must be the one printed here.</source>
        <translation>في Python 3: ‏json.dumps(entry, sort_keys=True, separators=(&apos;,&apos;, &apos;:&apos;), ensure_ascii=False).encode(&apos;utf-8&apos;) يعطي البايتات التي تُمرَّر إلى hashlib.sha256. يجب أن تكون بصمة الإدخال الأخير هي المطبوعة هنا.</translation>
    </message>
    <message>
        <source>The hashes show that no entry was changed after it was written and in which order they were written. The times come from the clock of the computer the log was kept on.</source>
        <translation>تُظهر البصمات أنه لم يُغيَّر أي إدخال بعد كتابته، وبأي ترتيب كُتبت. الأوقات مأخوذة من ساعة الحاسوب الذي حُفظ عليه السجل.</translation>
    </message>
</context>
<context>
    <name>protection</name>
    <message>
        <source>Your workbook now has a new key. The old passphrase no longer opens it or its automatic backups, not even with an older copy of the key file. Your recovery code keeps working. What this cannot undo: a copy of the workbook folder taken before this change still opens with the old passphrase, wherever that copy is now.</source>
        <translation>لدفتر عملك الآن مفتاح جديد. لم تعد عبارة المرور القديمة تفتحه ولا نسخه الاحتياطية التلقائية، ولا حتى مع نسخة أقدم من ملف المفتاح. رمز الاسترداد ما زال يعمل. ما لا يمكن لهذا التراجع عنه: نسخة من مجلد دفتر العمل أُخذت قبل هذا التغيير ما زالت تُفتح بعبارة المرور القديمة، أينما كانت تلك النسخة الآن.</translation>
    </message>
    <message>
        <source>Your workbook now has a new key: the old code no longer opens it or its automatic backups, not even with an older copy of the key file. What this cannot undo: a copy of the workbook folder taken before now still opens with the old code.</source>
        <translation>لدفتر عملك الآن مفتاح جديد: لم يعد الرمز القديم يفتحه ولا نسخه الاحتياطية التلقائية، ولا حتى مع نسخة أقدم من ملف المفتاح. ما لا يمكن لهذا التراجع عنه: نسخة من مجلد دفتر العمل أُخذت قبل الآن ما زالت تُفتح بالرمز القديم.</translation>
    </message>
    <message>
        <source>Your workbook could not be opened again just now: please close Workbook and start it again.</source>
        <translation>تعذّر فتح دفتر عملك مرة أخرى الآن: يرجى إغلاق Workbook وتشغيله من جديد.</translation>
    </message>
    <message>
        <source>Your new passphrase is set. Your workbook could not be opened again just now: please close Workbook and start it again.</source>
        <translation>تم تعيين عبارة المرور الجديدة. تعذّر فتح دفتر عملك مرة أخرى الآن: يرجى إغلاق Workbook وتشغيله من جديد.</translation>
    </message>
    <message>
        <source>Giving your workbook its new key…</source>
        <translation>جارٍ إعطاء دفتر عملك مفتاحه الجديد…</translation>
    </message>
    <message>
        <source>Your workbook is given a new key and copied under it (a few seconds for a long contact log). Your recovery code keeps working.</source>
        <translation>يُعطى دفتر عملك مفتاحًا جديدًا ويُنسخ به (بضع ثوانٍ إن كان سجل التواصل طويلًا). رمز الاسترداد ما زال يعمل.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Write down your new recovery code</source>
        <translation>تم تغيير عبارة المرور. اكتب رمز الاسترداد الجديد</translation>
    </message>
    <message>
        <source>Your key file was made by an earlier version of Workbook, so your recovery code had to be replaced too: the old code no longer opens this workbook. The new one is shown only this once.</source>
        <translation>أُنشئ ملف المفتاح بإصدار سابق من Workbook، لذلك كان لا بد من استبدال رمز الاسترداد أيضًا: لم يعد الرمز القديم يفتح دفتر العمل هذا. يُعرض الرمز الجديد هذه المرة فقط.</translation>
    </message>
    <message>
        <source>The new code replaces the old one, and your workbook is given a new key. Use this if you lost the paper, or someone else may have seen it.</source>
        <translation>يحل الرمز الجديد محل القديم، ويُعطى دفتر عملك مفتاحًا جديدًا. استخدم هذا إن فقدت الورقة، أو إن كان أحد قد رآها.</translation>
    </message>
    <message>
        <source>Write down your new recovery code</source>
        <translation>اكتب رمز الاسترداد الجديد</translation>
    </message>
    <message>
        <source>It is shown only this once.</source>
        <translation>يُعرض هذه المرة فقط.</translation>
    </message>
    <message>
        <source>Workbook is already open with this workbook.</source>
        <translation>Workbook مفتوح بالفعل على دفتر العمل هذا.</translation>
    </message>
    <message>
        <source>It did not come forward when asked. Look for it on the taskbar or in the window list: it may be minimised or locked. Only one Workbook can have a workbook open at a time, so that neither saves an older copy of an entry over a newer one.</source>
        <translation>لم يظهر في المقدمة عند طلب ذلك. ابحث عنه في شريط المهام أو في قائمة النوافذ: قد يكون مصغّرًا أو مقفلًا. لا يمكن إلا لنسخة واحدة من Workbook أن تفتح دفتر العمل في وقت واحد، حتى لا تحفظ إحداهما نسخة أقدم من إدخال فوق نسخة أحدث.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this workbook. Please check that Caps Lock is off and try again. There is no limit on how many times you can try.</source>
        <translation>عبارة المرور هذه لا تفتح دفتر العمل هذا. يرجى التأكد من أن مفتاح الأحرف الكبيرة غير مفعّل والمحاولة مرة أخرى. لا يوجد حد لعدد المحاولات.</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this workbook. Please check each group of four and try again.</source>
        <translation>رمز الاسترداد هذا لا يفتح دفتر العمل هذا. يرجى مراجعة كل مجموعة من أربعة والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Your workbook is open. Please choose a new passphrase now, so you won&apos;t need the recovery code next time. Your recovery code keeps working too.</source>
        <translation>دفتر عملك مفتوح. يرجى اختيار عبارة مرور جديدة الآن، حتى لا تحتاج إلى رمز الاسترداد في المرة القادمة. رمز الاسترداد ما زال يعمل أيضًا.</translation>
    </message>
    <message>
        <source>{key} hides Workbook at once.</source>
        <translation>‏{key} يخفي Workbook فورًا.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation>نسيت عبارة المرور</translation>
    </message>
    <message>
        <source>Workbook is locked</source>
        <translation>Workbook مقفل</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>أهلًا بعودتك</translation>
    </message>
    <message>
        <source>Please type your passphrase to open your workbook.</source>
        <translation>يرجى كتابة عبارة المرور لفتح دفتر عملك.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>Open with the code</source>
        <translation>الفتح بالرمز</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>العودة إلى عبارة المرور</translation>
    </message>
    <message>
        <source>Open with your recovery code</source>
        <translation>الفتح برمز الاسترداد</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you set up Workbook. Spaces, dashes and small or capital letters don&apos;t matter.</source>
        <translation>اكتب رمز الاسترداد الذي دوّنته عند إعداد Workbook. لا تهم المسافات ولا الشرطات ولا الأحرف الكبيرة أو الصغيرة.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>استخدام عبارة المرور هذه</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>اختر عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation>يرجى كتابة عبارة المرور أولًا.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>Something went wrong while opening. Please try again.</source>
        <translation>حدث خطأ أثناء الفتح. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Saving your new passphrase…</source>
        <translation>جارٍ حفظ عبارة المرور الجديدة…</translation>
    </message>
    <message>
        <source>The new passphrase could not be saved. Your recovery code still works.</source>
        <translation>تعذّر حفظ عبارة المرور الجديدة. رمز الاسترداد ما زال يعمل.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>كتبته</translation>
    </message>
    <message>
        <source>Nothing has been deleted yet. To stop it, press Stop or Escape.</source>
        <translation>لم يُحذف شيء بعد. لإيقافه، اضغط «إيقاف» أو Escape.</translation>
    </message>
    <message>
        <source>This copy of your workbook is older than the one last seen here.</source>
        <translation>هذه النسخة من دفتر عملك أقدم من آخر نسخة شوهدت هنا.</translation>
    </message>
    <message>
        <source>Workbook cannot confirm that this is the newest copy of your workbook.</source>
        <translation>لا يستطيع Workbook التأكد من أن هذه أحدث نسخة من دفتر عملك.</translation>
    </message>
    <message>
        <source>Open the &amp;newest good backup</source>
        <translation>فتح أحدث نسخة احتياطية &amp;سليمة</translation>
    </message>
    <message>
        <source>Open this &amp;older copy anyway</source>
        <translation>فتح هذه النسخة الأ&amp;قدم على أي حال</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>It holds your plan as it was when the backup was made, on {when}. The copy that was in its place has been kept in the data folder, with a date in its name; nothing was deleted.</source>
        <translation>تحتوي على خطتك كما كانت عند إنشاء النسخة الاحتياطية، في {when}. النسخة التي كانت مكانها حُفظت في مجلد البيانات، وفي اسمها تاريخ؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>It holds your plan as it was when the backup was made. The copy that was in its place has been kept in the data folder, with a date in its name; nothing was deleted.</source>
        <translation>تحتوي على خطتك كما كانت عند إنشاء النسخة الاحتياطية. النسخة التي كانت مكانها حُفظت في مجلد البيانات، وفي اسمها تاريخ؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>Your workbook was restored from the newest good backup.</source>
        <translation>استُعيد دفتر عملك من أحدث نسخة احتياطية سليمة.</translation>
    </message>
    <message>
        <source>Your workbook is open as it is in this older copy.</source>
        <translation>دفتر عملك مفتوح كما هو في هذه النسخة الأقدم.</translation>
    </message>
    <message>
        <source>Changes made after this copy was taken are not in it. From now on it counts as the newest copy. The files that were in the folder have been kept there, with a date in their name; nothing was deleted.</source>
        <translation>التغييرات التي جرت بعد أخذ هذه النسخة ليست فيها. من الآن فصاعدًا تُعدّ هي أحدث نسخة. الملفات التي كانت في المجلد بقيت فيه، وفي أسمائها تاريخ؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>Your workbook could not be opened.</source>
        <translation>تعذّر فتح دفتر عملك.</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>إظهار ما أكتبه</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Workbook: something is due</source>
        <translation>Workbook: حان موعد شيء</translation>
    </message>
    <message>
        <source>your check-in partner</source>
        <translation>شخص الاطمئنان</translation>
    </message>
    <message>
        <source>Check in with {partner}: due at {time}.</source>
        <translation>اطمئن {partner}: الموعد الساعة {time}.</translation>
    </message>
    <message>
        <source>The check-in with {partner} at {time} was missed. If you are safe, let them know now.</source>
        <translation>فات موعد الاطمئنان مع {partner} الساعة {time}. إن كنت في أمان، أخبره الآن.</translation>
    </message>
    <message>
        <source>Mandated contact tomorrow at {time} ({who}).</source>
        <translation>تواصل ملزم غدًا الساعة {time} ({who}).</translation>
    </message>
    <message>
        <source>Mandated contact tomorrow at {time}.</source>
        <translation>تواصل ملزم غدًا الساعة {time}.</translation>
    </message>
    <message>
        <source>The review date of your plan ({day}) has passed.</source>
        <translation>مرّ تاريخ مراجعة خطتك ({day}).</translation>
    </message>
    <message>
        <source>The review date of an order ({day}) has passed.</source>
        <translation>مرّ تاريخ مراجعة أحد الأوامر ({day}).</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>Once</source>
        <translation>مرة واحدة</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>كل يوم</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>كل أسبوعين</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>كل شهر</translation>
    </message>
    <message>
        <source>On these dates</source>
        <translation>في هذه التواريخ</translation>
    </message>
    <message>
        <source>Before and after a mandated contact</source>
        <translation>قبل تواصل ملزم وبعده</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>اثنين</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ثلاثاء</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>أربعاء</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>خميس</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>جمعة</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>سبت</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>أحد</translation>
    </message>
    <message>
        <source>Please add at least one time of day, or tick “All day”.</source>
        <translation>يرجى إضافة وقت واحد على الأقل من اليوم، أو وضع علامة على «طوال اليوم».</translation>
    </message>
    <message>
        <source>That is more times a day than Workbook can keep ({count:,}). Please keep it to {limit} or fewer; the note can say more.</source>
        <translation>هذه أوقات في اليوم أكثر مما يستطيع Workbook حفظه ({count:,}). يرجى ألا تتجاوز {limit}؛ ويمكن للملاحظة أن تقول المزيد.</translation>
    </message>
    <message>
        <source>The same time is listed twice.</source>
        <translation>الوقت نفسه مذكور مرتين.</translation>
    </message>
    <message>
        <source>Times are kept to the minute, without seconds or a time zone.</source>
        <translation>تُحفظ الأوقات بالدقيقة، دون ثوانٍ أو منطقة زمنية.</translation>
    </message>
    <message>
        <source>The last day is before the first day. Please check both dates.</source>
        <translation>اليوم الأخير قبل اليوم الأول. يرجى مراجعة التاريخين.</translation>
    </message>
    <message>
        <source>How long it lasts can be from 0 minutes up to a whole day (1,440 minutes).</source>
        <translation>يمكن أن تكون المدة من 0 دقيقة حتى يوم كامل (1440 دقيقة).</translation>
    </message>
    <message>
        <source>Minutes before or after can be from 0 up to a whole day (1,440 minutes).</source>
        <translation>يمكن أن تكون الدقائق قبل أو بعد من 0 حتى يوم كامل (1440 دقيقة).</translation>
    </message>
    <message>
        <source>Please say how many minutes before, or after, the contact you check in.</source>
        <translation>يرجى ذكر عدد الدقائق قبل التواصل أو بعده التي يتم فيها الاطمئنان.</translation>
    </message>
    <message>
        <source>“Before and after a mandated contact” is for check-ins only.</source>
        <translation>«قبل تواصل ملزم وبعده» للاطمئنان فقط.</translation>
    </message>
    <message>
        <source>Please tick at least one day of the week.</source>
        <translation>يرجى وضع علامة على يوم واحد على الأقل من أيام الأسبوع.</translation>
    </message>
    <message>
        <source>A day of the week is not one Workbook knows.</source>
        <translation>أحد أيام الأسبوع ليس يومًا يعرفه Workbook.</translation>
    </message>
    <message>
        <source>Please give the first day, so Workbook knows which weeks count.</source>
        <translation>يرجى ذكر اليوم الأول، ليعرف Workbook أي الأسابيع تُحسب.</translation>
    </message>
    <message>
        <source>Please give the day it happens.</source>
        <translation>يرجى ذكر اليوم الذي يحدث فيه.</translation>
    </message>
    <message>
        <source>Please give the days of the month as numbers from 1 to 31 (or “last”).</source>
        <translation>يرجى كتابة أيام الشهر كأرقام من 1 إلى 31 (أو «الأخير»).</translation>
    </message>
    <message>
        <source>Please add at least one date.</source>
        <translation>يرجى إضافة تاريخ واحد على الأقل.</translation>
    </message>
    <message>
        <source>That is more dates than Workbook can keep ({count:,}); please keep it to {limit}.</source>
        <translation>هذه تواريخ أكثر مما يستطيع Workbook حفظه ({count:,})؛ يرجى ألا تتجاوز {limit}.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} س {minutes} د</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} س</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} د</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} و{last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{before} before and {after} after each mandated contact</source>
        <translation>{before} قبل كل تواصل ملزم و{after} بعده</translation>
    </message>
    <message>
        <source>{before} before each mandated contact</source>
        <translation>{before} قبل كل تواصل ملزم</translation>
    </message>
    <message>
        <source>{after} after each mandated contact</source>
        <translation>{after} بعد كل تواصل ملزم</translation>
    </message>
    <message>
        <source>{days}, all day</source>
        <translation>{days}، طوال اليوم</translation>
    </message>
    <message>
        <source>{times} and {count} more times</source>
        <translation>{times} و{count} أوقات أخرى</translation>
    </message>
    <message>
        <source>{days} at {times} for {duration}</source>
        <translation>{days} في {times} لمدة {duration}</translation>
    </message>
    <message>
        <source>{days} at {times}</source>
        <translation>{days} في {times}</translation>
    </message>
    <message>
        <source>Every {days}</source>
        <translation>كل {days}</translation>
    </message>
    <message>
        <source>Every other {days}</source>
        <translation>كل أسبوعين: {days}</translation>
    </message>
    <message>
        <source>Every month on day {days}</source>
        <translation>كل شهر في اليوم {days}</translation>
    </message>
    <message>
        <source>Every month on the last day</source>
        <translation>كل شهر في اليوم الأخير</translation>
    </message>
    <message>
        <source>Every month on day {days} and on the last day</source>
        <translation>كل شهر في اليوم {days} وفي اليوم الأخير</translation>
    </message>
    <message>
        <source>On {dates} and {count} more dates</source>
        <translation>في {dates} و{count} تواريخ أخرى</translation>
    </message>
    <message>
        <source>On {dates}</source>
        <translation>في {dates}</translation>
    </message>
    <message>
        <source>, on {start}</source>
        <translation>، في {start}</translation>
    </message>
    <message>
        <source>, from {start} to {end}</source>
        <translation>، من {start} إلى {end}</translation>
    </message>
    <message>
        <source>, from {start}</source>
        <translation>، من {start}</translation>
    </message>
    <message>
        <source>, until {end}</source>
        <translation>، حتى {end}</translation>
    </message>
</context>
</TS>
