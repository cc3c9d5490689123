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
    <message numerus="yes">
        <source>%n plans have no steps yet</source>
        <translation>
            <numerusform>%n خطة ليس فيها خطوات بعد</numerusform>
            <numerusform>خطة واحدة ليس فيها خطوات بعد</numerusform>
            <numerusform>خطتان ليس فيهما خطوات بعد</numerusform>
            <numerusform>%n خطط ليس فيها خطوات بعد</numerusform>
            <numerusform>%n خطة ليس فيها خطوات بعد</numerusform>
            <numerusform>%n خطة ليس فيها خطوات بعد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plans have nobody to call yet</source>
        <translation>
            <numerusform>%n خطة ليس فيها من يُتصل به بعد</numerusform>
            <numerusform>خطة واحدة ليس فيها من يُتصل به بعد</numerusform>
            <numerusform>خطتان ليس فيهما من يُتصل به بعد</numerusform>
            <numerusform>%n خطط ليس فيها من يُتصل به بعد</numerusform>
            <numerusform>%n خطة ليس فيها من يُتصل به بعد</numerusform>
            <numerusform>%n خطة ليس فيها من يُتصل به بعد</numerusform>
        </translation>
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
    <message>
        <source>Some situations are easier to face with a plan you made on a calm day. Pick a situation, note the warning signs, then write the steps in the order you will take them and who you will call. Being prepared is not being afraid.</source>
        <translation>بعض المواقف يسهل مواجهتها بخطة وضعتها في يوم هادئ. اختر موقفًا، ودوّن علامات الإنذار، ثم اكتب الخطوات بالترتيب الذي ستتبعه ومن ستتصل به. الاستعداد ليس خوفًا.</translation>
    </message>
</context>
<context>
    <name>Boundaries</name>
    <message>
        <source>Examples you can use (then change them if you like):</source>
        <translation>أمثلة يمكنك استخدامها (ثم تغييرها إن أردت):</translation>
    </message>
    <message>
        <source>“{example}”</source>
        <translation>«{example}»</translation>
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
    <message>
        <source>These are the No Contact commitments that steady many people. For each one, decide: adopt it, rewrite it in your own words, or drop it. Then write the one firm sentence you will say if you ever hear his voice, and what you will tell people who pass on messages.</source>
        <comment>he</comment>
        <translation>هذه التزامات «قطع التواصل» التي تمنح كثيرين ثباتًا. قرّر في كل منها: أن تتبناه، أو تعيد صياغته بكلماتك، أو تتركه. ثم اكتب الجملة الحازمة التي ستقولها إن سمعت صوته يومًا، وما ستقوله لمن ينقلون إليك الرسائل.</translation>
    </message>
    <message>
        <source>These are the No Contact commitments that steady many people. For each one, decide: adopt it, rewrite it in your own words, or drop it. Then write the one firm sentence you will say if you ever hear her voice, and what you will tell people who pass on messages.</source>
        <comment>she</comment>
        <translation>هذه التزامات «قطع التواصل» التي تمنح كثيرين ثباتًا. قرّر في كل منها: أن تتبناه، أو تعيد صياغته بكلماتك، أو تتركه. ثم اكتب الجملة الحازمة التي ستقولها إن سمعت صوتها يومًا، وما ستقوله لمن ينقلون إليك الرسائل.</translation>
    </message>
    <message>
        <source>These are the No Contact commitments that steady many people. For each one, decide: adopt it, rewrite it in your own words, or drop it. Then write the one firm sentence you will say if you ever hear the other person&apos;s voice, and what you will tell people who pass on messages.</source>
        <comment>they</comment>
        <translation>هذه التزامات «قطع التواصل» التي تمنح كثيرين ثباتًا. قرّر في كل منها: أن تتبناه، أو تعيد صياغته بكلماتك، أو تتركه. ثم اكتب الجملة الحازمة التي ستقولها إن سمعت صوت الطرف الآخر يومًا، وما ستقوله لمن ينقلون إليك الرسائل.</translation>
    </message>
    <message>
        <source>These are the No Contact commitments that steady many people. For each one, decide: adopt it, rewrite it in your own words, or drop it. Then write the one firm sentence you will say if you ever hear {name}&apos;s voice, and what you will tell people who pass on messages.</source>
        <comment>name</comment>
        <translation>هذه التزامات «قطع التواصل» التي تمنح كثيرين ثباتًا. قرّر في كل منها: أن تتبناه، أو تعيد صياغته بكلماتك، أو تتركه. ثم اكتب الجملة الحازمة التي ستقولها إن سمعت صوت {name} يومًا، وما ستقوله لمن ينقلون إليك الرسائل.</translation>
    </message>
    <message>
        <source>My boundaries</source>
        <translation>حدودي</translation>
    </message>
    <message>
        <source>Commitments, and my own words.</source>
        <translation>الالتزامات، وكلماتي الخاصة.</translation>
    </message>
    <message>
        <source>Add &amp;my own…</source>
        <translation>إضافة ا&amp;لتزامي الخاص…</translation>
    </message>
    <message>
        <source>R&amp;ewrite…</source>
        <translation>إعادة ال&amp;صياغة…</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>إعادة الصياغة</translation>
    </message>
    <message>
        <source>A&amp;dopt</source>
        <translation>اعت&amp;ماد</translation>
    </message>
    <message>
        <source>Adopt the selected commitment.</source>
        <translation>اعتمد الالتزام المحدد.</translation>
    </message>
    <message>
        <source>Dro&amp;p it</source>
        <translation>الت&amp;خلي عنه</translation>
    </message>
    <message>
        <source>Drop the selected commitment.</source>
        <translation>تخلَّ عن الالتزام المحدد.</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>ال&amp;التزامات</translation>
    </message>
    <message>
        <source>Short and calm is best. These words go on the first page of your plan.</source>
        <translation>الأفضل أن تكون قصيرة وهادئة. هذه الكلمات تظهر في الصفحة الأولى من خطتك.</translation>
    </message>
    <message>
        <source>M&amp;y own words</source>
        <translation>&amp;كلماتي الخاصة</translation>
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
    <message numerus="yes">
        <source>%n suggested commitments not decided on yet</source>
        <translation>
            <numerusform>%n التزام مقترح لم يُحسم بعد</numerusform>
            <numerusform>التزام مقترح واحد لم يُحسم بعد</numerusform>
            <numerusform>التزامان مقترحان لم يُحسما بعد</numerusform>
            <numerusform>%n التزامات مقترحة لم تُحسم بعد</numerusform>
            <numerusform>%n التزامًا مقترحًا لم تُحسم بعد</numerusform>
            <numerusform>%n التزام مقترح لم تُحسم بعد</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements have no code word for “I am not safe” yet</source>
        <translation>
            <numerusform>%n اتفاق ليس فيه كلمة سر تعني «لست في أمان» بعد</numerusform>
            <numerusform>اتفاق واحد ليس فيه كلمة سر تعني «لست في أمان» بعد</numerusform>
            <numerusform>اتفاقان ليس فيهما كلمة سر تعني «لست في أمان» بعد</numerusform>
            <numerusform>%n اتفاقات ليس فيها كلمة سر تعني «لست في أمان» بعد</numerusform>
            <numerusform>%n اتفاقًا ليس فيها كلمة سر تعني «لست في أمان» بعد</numerusform>
            <numerusform>%n اتفاق ليس فيها كلمة سر تعني «لست في أمان» بعد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements do not say yet what happens if you miss a check-in</source>
        <translation>
            <numerusform>%n اتفاق لا يذكر بعد ما يحدث إذا فاتك موعد اطمئنان</numerusform>
            <numerusform>اتفاق واحد لا يذكر بعد ما يحدث إذا فاتك موعد اطمئنان</numerusform>
            <numerusform>اتفاقان لا يذكران بعد ما يحدث إذا فاتك موعد اطمئنان</numerusform>
            <numerusform>%n اتفاقات لا تذكر بعد ما يحدث إذا فاتك موعد اطمئنان</numerusform>
            <numerusform>%n اتفاقًا لا تذكر بعد ما يحدث إذا فاتك موعد اطمئنان</numerusform>
            <numerusform>%n اتفاق لا تذكر بعد ما يحدث إذا فاتك موعد اطمئنان</numerusform>
        </translation>
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
    <name>CheckIns</name>
    <message>
        <source>A check-in partner is someone who always knows you are all right. Agree when and how you check in, how long they wait if they do not hear from you, and what they do then. Each time you check in, press “I checked in now” to keep a record.</source>
        <translation>شخص الاطمئنان هو من يعرف دائمًا أنك بخير. اتفقا على متى وكيف تطمئنه، وكم ينتظر إن لم يسمع منك، وماذا يفعل عندها. في كل مرة تطمئنه، اضغط «طمأنته الآن» لتحتفظ بسجل.</translation>
    </message>
    <message>
        <source>I &amp;checked in now…</source>
        <translation>&amp;طمأنته الآن…</translation>
    </message>
    <message>
        <source>Add the current time and a short note to the check-in log.</source>
        <translation>أضف الوقت الحالي وملاحظة قصيرة إلى سجل الاطمئنان.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>الاطمئنان</translation>
    </message>
    <message>
        <source>Agreements, and the log of check-ins made.</source>
        <translation>الاتفاقات، وسجل رسائل الاطمئنان التي أُرسلت.</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation>الاتفا&amp;قات</translation>
    </message>
    <message>
        <source>Check-in &amp;log</source>
        <translation>س&amp;جل الاطمئنان</translation>
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
    <name>Common</name>
    <message>
        <source>This could not be saved just now. Nothing else was changed; please try again.</source>
        <translation>تعذّر الحفظ الآن. لم يتغير أي شيء آخر؛ يُرجى المحاولة مرة أخرى.</translation>
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
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>لا إدخالات</numerusform>
            <numerusform>إدخال واحد</numerusform>
            <numerusform>إدخالان</numerusform>
            <numerusform>%n إدخالات</numerusform>
            <numerusform>%n إدخالًا</numerusform>
            <numerusform>%n إدخال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <source>Someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message numerus="yes">
        <source>Showing all %Ln contacts.</source>
        <translation>
            <numerusform>لا تواصلات لعرضها.</numerusform>
            <numerusform>عرض التواصل الوحيد.</numerusform>
            <numerusform>عرض التواصلين كليهما.</numerusform>
            <numerusform>عرض كل التواصلات (%Ln).</numerusform>
            <numerusform>عرض كل التواصلات (%Ln).</numerusform>
            <numerusform>عرض كل التواصلات (%Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln contacts.</source>
        <translation>
            <numerusform>عرض {shown} من %Ln تواصل.</numerusform>
            <numerusform>عرض {shown} من تواصل واحد.</numerusform>
            <numerusform>عرض {shown} من تواصلين.</numerusform>
            <numerusform>عرض {shown} من %Ln تواصلات.</numerusform>
            <numerusform>عرض {shown} من %Ln تواصلًا.</numerusform>
            <numerusform>عرض {shown} من %Ln تواصل.</numerusform>
        </translation>
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
        <source>Inside the order?</source>
        <translation>ضمن الأمر؟</translation>
    </message>
    <message>
        <source>How I answered</source>
        <translation>كيف أجبت</translation>
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
        <source>A date; may be empty.</source>
        <translation>تاريخ؛ يمكن تركه فارغاً.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
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
        <comment>he</comment>
        <translation>هو مباشرةً، أو أحد الوسطاء المحتملين.</translation>
    </message>
    <message>
        <source>Her directly, or one of the suspected proxies.</source>
        <comment>she</comment>
        <translation>هي مباشرةً، أو أحد الوسطاء المحتملين.</translation>
    </message>
    <message>
        <source>The other person directly, or one of the suspected proxies.</source>
        <comment>they</comment>
        <translation>الطرف الآخر مباشرةً، أو أحد الوسطاء المحتملين.</translation>
    </message>
    <message>
        <source>{name} directly, or one of the suspected proxies.</source>
        <comment>name</comment>
        <translation>{name} مباشرةً، أو أحد الوسطاء المحتملين.</translation>
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
    <message numerus="yes">
        <source>Record intact: %Ln entries, each unchanged since it was written.</source>
        <translation>
            <numerusform>السجل سليم: لا إدخالات بعد.</numerusform>
            <numerusform>السجل سليم: إدخال واحد، لم يتغير منذ كتابته.</numerusform>
            <numerusform>السجل سليم: إدخالان، لم يتغير أي منهما منذ كتابته.</numerusform>
            <numerusform>السجل سليم: %Ln إدخالات، لم يتغير أي منها منذ كتابته.</numerusform>
            <numerusform>السجل سليم: %Ln إدخالًا، لم يتغير أي منها منذ كتابته.</numerusform>
            <numerusform>السجل سليم: %Ln إدخال، لم يتغير أي منها منذ كتابته.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written down</source>
        <translation>وقت التدوين</translation>
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
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <source>My response</source>
        <translation>ردّي</translation>
    </message>
    <message>
        <source>Inside the order?</source>
        <translation>ضمن الأمر؟</translation>
    </message>
    <message>
        <source>Corrected or withdrawn</source>
        <translation>صُحّح أو سُحب</translation>
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
        <source>Every entry was checked again just now.</source>
        <translation>فُحص كل إدخال من جديد قبل لحظات.</translation>
    </message>
    <message>
        <source>Checking every entry of the record ({n})…</source>
        <translation>جارٍ التحقق من كل إدخال في السجل ({n})…</translation>
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
        <source>written 23 hours after</source>
        <translation>كُتب بعد 23 ساعة</translation>
    </message>
    <message>
        <source>Through someone</source>
        <translation>عن طريق شخص آخر</translation>
    </message>
    <message>
        <source>My firm sentence</source>
        <translation>جملتي الحازمة</translation>
    </message>
    <message>
        <source>Outside: not at a set time</source>
        <translation>خارج: ليس في وقت محدد</translation>
    </message>
    <message>
        <source>Write down every contact or attempt, whether a court allowed it or not: when, who, how, what was said and how you answered. Each entry keeps when it was written down; nothing in the log is ever changed or removed, so it holds up as a record.</source>
        <translation>دوّن كل تواصل أو محاولة تواصل، سواء سمحت بها محكمة أم لا: متى، ومن، وكيف، وماذا قيل، وكيف أجبت. يحتفظ كل إدخال بوقت تدوينه؛ لا يُغيَّر أي شيء في السجل ولا يُزال أبدًا، لذا يصلح سجلًا موثوقًا.</translation>
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
    <name>ContactsPage</name>
    <message>
        <source>These are the people you can turn to: family, friends, your lawyer, an advocate, a police contact. You do not have to face this alone, and you do not have to fill in everything now; a name is enough to start.</source>
        <translation>هؤلاء هم الأشخاص الذين يمكنك اللجوء إليهم: العائلة، الأصدقاء، محاميك، مناصر، جهة اتصال في الشرطة. لا داعي لأن تواجه هذا وحدك، ولا لملء كل شيء الآن؛ يكفي اسم للبدء.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>for example {example}</source>
        <translation>مثلاً {example}</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>{field}: choose from a calendar</source>
        <translation>{field}: الاختيار من التقويم</translation>
    </message>
    <message>
        <source>Choose the day from a calendar (Alt+Down in the date box).</source>
        <translation>اختر اليوم من التقويم (Alt+السهم لأسفل في خانة التاريخ).</translation>
    </message>
    <message>
        <source>{field}: calendar</source>
        <translation>{field}: التقويم</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>الوقت:</translation>
    </message>
    <message>
        <source>{field}: time</source>
        <translation>{field}: الوقت</translation>
    </message>
    <message>
        <source>Use this day and time</source>
        <translation>استخدام هذا اليوم وهذا الوقت</translation>
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
    <message>
        <source>Workbook cannot read this as a date. You can write it like {iso}.</source>
        <translation>لا يستطيع Workbook قراءة هذا على أنه تاريخ. يمكنك كتابته هكذا: {iso}.</translation>
    </message>
    <message>
        <source>Workbook cannot read this as a date. You can write it like {example} or like {iso}.</source>
        <translation>لا يستطيع Workbook قراءة هذا على أنه تاريخ. يمكنك كتابته هكذا: {example} أو {iso}.</translation>
    </message>
    <message>
        <source>Please write a year between 1 and 9999.</source>
        <translation>يُرجى كتابة سنة بين 1 و9999.</translation>
    </message>
    <message>
        <source>There is no month {month}: months go from 1 to 12.</source>
        <translation>لا يوجد شهر رقمه {month}: الأشهر من 1 إلى 12.</translation>
    </message>
    <message>
        <source>There is no day {day}: days start at 1.</source>
        <translation>لا يوجد يوم رقمه {day}: الأيام تبدأ من 1.</translation>
    </message>
    <message>
        <source>{month} {year} has no day 29: {year} is not a leap year.</source>
        <translation>ليس في {month} {year} يوم 29: سنة {year} ليست سنة كبيسة.</translation>
    </message>
    <message>
        <source>{month} has no day {day}: it has {count} days.</source>
        <translation>ليس في شهر {month} يوم {day}: عدد أيامه {count}.</translation>
    </message>
    <message>
        <source>That time is not on a clock. Hours go from 0 to 23 and minutes from 0 to 59, for example {example}.</source>
        <translation>هذا الوقت غير موجود على الساعة. الساعات من 0 إلى 23 والدقائق من 0 إلى 59، مثلاً {example}.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message numerus="yes">
        <source>That is %n hours. A check-in partner usually waits minutes or a few hours before acting; is this right? You can save it as it is.</source>
        <translation>
            <numerusform>هذه %n ساعة. عادةً ينتظر شخص الاطمئنان دقائق أو بضع ساعات قبل أن يتصرف؛ هل هذا صحيح؟ يمكنك حفظه كما هو.</numerusform>
            <numerusform>هذه ساعة واحدة. عادةً ينتظر شخص الاطمئنان دقائق أو بضع ساعات قبل أن يتصرف؛ هل هذا صحيح؟ يمكنك حفظه كما هو.</numerusform>
            <numerusform>هذه ساعتان. عادةً ينتظر شخص الاطمئنان دقائق أو بضع ساعات قبل أن يتصرف؛ هل هذا صحيح؟ يمكنك حفظه كما هو.</numerusform>
            <numerusform>هذه %n ساعات. عادةً ينتظر شخص الاطمئنان دقائق أو بضع ساعات قبل أن يتصرف؛ هل هذا صحيح؟ يمكنك حفظه كما هو.</numerusform>
            <numerusform>هذه %n ساعة. عادةً ينتظر شخص الاطمئنان دقائق أو بضع ساعات قبل أن يتصرف؛ هل هذا صحيح؟ يمكنك حفظه كما هو.</numerusform>
            <numerusform>هذه %n ساعة. عادةً ينتظر شخص الاطمئنان دقائق أو بضع ساعات قبل أن يتصرف؛ هل هذا صحيح؟ يمكنك حفظه كما هو.</numerusform>
        </translation>
    </message>
    <message>
        <source>Store this entry in your plan now.</source>
        <translation>احفظ هذا الإدخال في خطتك الآن.</translation>
    </message>
    <message>
        <source>Fill in what you know; everything else can wait. Save stores it at once.</source>
        <translation>املأ ما تعرفه؛ كل ما عداه يمكن أن ينتظر. الحفظ يخزّنه فورًا.</translation>
    </message>
    <message>
        <source>This is what you typed last time. It is not saved yet: press Save to keep it.</source>
        <translation>هذا ما كتبته في المرة السابقة. لم يُحفظ بعد: اضغط «حفظ» للاحتفاظ به.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Close without saving and forget what was typed. Escape closes and keeps it as a draft.</source>
        <translation>أغلق دون حفظ وانسَ ما كُتب. مفتاح Escape يغلق ويحتفظ به مسودة.</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>إدخال</translation>
    </message>
    <message>
        <source>{item} {number}: {problem}</source>
        <translation>{item} {number}: {problem}</translation>
    </message>
    <message>
        <source>{when} is in the future. Is this right? You can save it as it is.</source>
        <translation>{when} في المستقبل. هل هذا صحيح؟ يمكنك حفظه كما هو.</translation>
    </message>
    <message>
        <source>Before saving, please look at: {fields}.</source>
        <translation>قبل الحفظ، يُرجى مراجعة: {fields}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>لا مشكلات</translation>
    </message>
    <message>
        <source>This entry could not be saved just now.</source>
        <translation>تعذّر حفظ هذا الإدخال الآن.</translation>
    </message>
    <message>
        <source>Forget what you typed in this entry?</source>
        <translation>هل تريد نسيان ما كتبته في هذا الإدخال؟</translation>
    </message>
    <message>
        <source>The saved entry stays as it was.</source>
        <translation>يبقى الإدخال المحفوظ كما كان.</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>ان&amp;سَه</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>م&amp;تابعة التعديل</translation>
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
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n بايت</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%n بايتات</numerusform>
            <numerusform>%n بايتًا</numerusform>
            <numerusform>%n بايت</numerusform>
        </translation>
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
        <source>&amp;Choose where to save…</source>
        <translation>ا&amp;ختيار مكان الحفظ…</translation>
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
        <source>Please type the password you want to use.</source>
        <translation>يُرجى كتابة كلمة المرور التي تريد استخدامها.</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>كلمتا المرور غير متطابقتين بعد.</translation>
    </message>
    <message>
        <source>This password is short, so it is easy to guess. A longer one, such as a few words only you would put together, protects the PDF much better. You can still use this one.</source>
        <translation>كلمة المرور هذه قصيرة، لذا يسهل تخمينها. كلمة أطول، مثل بضع كلمات لا يجمعها أحد غيرك، تحمي ملف PDF بشكل أفضل بكثير. ولا يزال بإمكانك استخدام هذه.</translation>
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
    <message numerus="yes">
        <source>%n events, each with a reminder.</source>
        <translation>
            <numerusform>لا مواعيد.</numerusform>
            <numerusform>موعد واحد، له تذكير.</numerusform>
            <numerusform>موعدان، لكل منهما تذكير.</numerusform>
            <numerusform>%n مواعيد، لكل منها تذكير.</numerusform>
            <numerusform>%n موعدًا، لكل منها تذكير.</numerusform>
            <numerusform>%n موعد، لكل منها تذكير.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n pages.</source>
        <translation>
            <numerusform>ليس فيه صفحات.</numerusform>
            <numerusform>فيه صفحة واحدة.</numerusform>
            <numerusform>فيه صفحتان.</numerusform>
            <numerusform>فيه %n صفحات.</numerusform>
            <numerusform>فيه %n صفحة.</numerusform>
            <numerusform>فيه %n صفحة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files are in the folder “{folder}” beside it, numbered as in the PDF, with SHA256SUMS and MANIFEST.csv to check them.</source>
        <translation>
            <numerusform>لا توجد ملفات أدلة في المجلد «{folder}» بجانبه.</numerusform>
            <numerusform>يوجد ملف أدلة واحد في المجلد «{folder}» بجانبه، مرقّم كما في ملف PDF، مع SHA256SUMS وMANIFEST.csv للتحقق منه.</numerusform>
            <numerusform>يوجد ملفا أدلة في المجلد «{folder}» بجانبه، مرقّمان كما في ملف PDF، مع SHA256SUMS وMANIFEST.csv للتحقق منهما.</numerusform>
            <numerusform>توجد %n ملفات أدلة في المجلد «{folder}» بجانبه، مرقّمة كما في ملف PDF، مع SHA256SUMS وMANIFEST.csv للتحقق منها.</numerusform>
            <numerusform>يوجد %n ملفًا من ملفات الأدلة في المجلد «{folder}» بجانبه، مرقّمة كما في ملف PDF، مع SHA256SUMS وMANIFEST.csv للتحقق منها.</numerusform>
            <numerusform>يوجد %n ملف أدلة في المجلد «{folder}» بجانبه، مرقّمة كما في ملف PDF، مع SHA256SUMS وMANIFEST.csv للتحقق منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar is saved as {name} in {folder}.</source>
        <translation>حُفظ التقويم باسم {name} في {folder}.</translation>
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
        <source>The PDF is saved as {name} in {folder}.</source>
        <translation>حُفظ ملف PDF باسم {name} في {folder}.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>{field}: now</source>
        <translation>{field}: الآن</translation>
    </message>
    <message>
        <source>Fill in the current date and time.</source>
        <translation>املأ التاريخ والوقت الحاليين.</translation>
    </message>
    <message>
        <source>Please write when it was, for example {example}, or press Now.</source>
        <translation>اكتب متى كان ذلك، مثلاً {example}، أو اضغط «الآن».</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Add {item}</source>
        <translation>إضافة {item}</translation>
    </message>
    <message>
        <source>{field}: add {item}</source>
        <translation>{field}: إضافة {item}</translation>
    </message>
    <message>
        <source>{item} {number}</source>
        <translation>{item} {number}</translation>
    </message>
    <message>
        <source>{field}: {item} {number} of {count}.</source>
        <translation>{field}: {item} {number} من {count}.</translation>
    </message>
    <message>
        <source>Remove {item}</source>
        <translation>إزالة {item}</translation>
    </message>
    <message>
        <source>Move {item} up</source>
        <translation>تحريك {item} لأعلى</translation>
    </message>
    <message>
        <source>Move {item} down</source>
        <translation>تحريك {item} لأسفل</translation>
    </message>
    <message>
        <source>Add new…</source>
        <translation>إضافة جديد…</translation>
    </message>
    <message>
        <source>{field}: add a new entry</source>
        <translation>{field}: إضافة إدخال جديد</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>The entries chosen, in order.</source>
        <translation>الإدخالات المختارة، بالترتيب.</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>لم يُختر شيء بعد.</translation>
    </message>
    <message>
        <source>{field}: choose one to add</source>
        <translation>{field}: اختر واحدًا لإضافته</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>إضافة إلى القائمة</translation>
    </message>
    <message>
        <source>{field}: add the chosen one</source>
        <translation>{field}: إضافة ما اخترته</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(أُزيل)</translation>
    </message>
    <message>
        <source>{kind} {number}: {title}</source>
        <translation>{kind} {number}: {title}</translation>
    </message>
    <message>
        <source>Move {title} up</source>
        <translation>تحريك {title} لأعلى</translation>
    </message>
    <message>
        <source>{field}: earlier in the list</source>
        <translation>{field}: في موضع أبكر من القائمة</translation>
    </message>
    <message>
        <source>Move {title} down</source>
        <translation>تحريك {title} لأسفل</translation>
    </message>
    <message>
        <source>{field}: later in the list</source>
        <translation>{field}: في موضع لاحق من القائمة</translation>
    </message>
    <message>
        <source>Remove {title}</source>
        <translation>إزالة {title}</translation>
    </message>
    <message>
        <source>{field}: take it off the list</source>
        <translation>{field}: إزالته من القائمة</translation>
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
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>اللغات: {languages}</translation>
    </message>
</context>
<context>
    <name>HelpNowData</name>
    <message>
        <source>Helpline for violence and abuse in Flanders</source>
        <translation>خط مساعدة لحالات العنف والإساءة في فلاندرز</translation>
    </message>
    <message>
        <source>For people at risk of domestic violence; normal call rate</source>
        <translation>للأشخاص المعرّضين لخطر العنف الأسري؛ بتعرفة المكالمة العادية</translation>
    </message>
    <message>
        <source>Anonymous advice about violence in close relationships</source>
        <translation>مشورة دون الكشف عن الهوية بشأن العنف في العلاقات القريبة</translation>
    </message>
    <message>
        <source>For people experiencing violence, and people worried about someone</source>
        <translation>لمن يتعرّضون للعنف، ولمن يقلقون على شخص ما</translation>
    </message>
    <message>
        <source>Does not show on the phone bill</source>
        <translation>لا يظهر في فاتورة الهاتف</translation>
    </message>
    <message>
        <source>116 016 also reaches Nollalinja; does not show on the phone bill</source>
        <translation>الرقم 116 016 يصل أيضًا إلى Nollalinja؛ ولا يظهر في فاتورة الهاتف</translation>
    </message>
    <message>
        <source>For people who cannot speak or hear: send a text message to 114 to reach emergency services</source>
        <translation>لمن لا يستطيعون الكلام أو السمع: أرسل رسالة نصية إلى 114 للوصول إلى خدمات الطوارئ</translation>
    </message>
    <message>
        <source>For men experiencing domestic abuse</source>
        <translation>للرجال الذين يتعرّضون للإساءة الأسرية</translation>
    </message>
    <message>
        <source>Anonymous; most callers are people experiencing domestic violence</source>
        <translation>دون الكشف عن الهوية؛ معظم المتصلين يتعرّضون للعنف الأسري</translation>
    </message>
    <message>
        <source>For people experiencing violence in relationships, and trafficking</source>
        <translation>لمن يتعرّضون للعنف في العلاقات، وللاتجار بالبشر</translation>
    </message>
    <message>
        <source>National helpline for women facing violence, including domestic violence</source>
        <translation>خط مساعدة وطني للنساء اللواتي يواجهن العنف، بما فيه العنف الأسري</translation>
    </message>
    <message>
        <source>Connects you to the nearest spousal violence counselling centre</source>
        <translation>يصلك بأقرب مركز استشارات لحالات العنف بين الأزواج</translation>
    </message>
    <message>
        <source>Anonymous; for women and men</source>
        <translation>دون الكشف عن الهوية؛ للنساء والرجال</translation>
    </message>
    <message>
        <source>Support line for victims of crime; most calls are about violence in the family</source>
        <translation>خط دعم لضحايا الجرائم؛ معظم المكالمات تتعلق بالعنف داخل الأسرة</translation>
    </message>
    <message>
        <source>For help and advice about domestic violence</source>
        <translation>للمساعدة والمشورة بشأن العنف الأسري</translation>
    </message>
    <message>
        <source>Dial 079 and choose option 1</source>
        <translation>اطلب 079 واختر الخيار 1</translation>
    </message>
    <message>
        <source>You may stay anonymous</source>
        <translation>يمكنك عدم الكشف عن هويتك</translation>
    </message>
    <message>
        <source>Anonymous; for people aged 18 and over</source>
        <translation>دون الكشف عن الهوية؛ لمن أعمارهم 18 عامًا فأكثر</translation>
    </message>
    <message>
        <source>Legal advice and referral; domestic abuse can be reported here</source>
        <translation>مشورة قانونية وإحالة؛ ويمكن الإبلاغ هنا عن الإساءة الأسرية</translation>
    </message>
    <message>
        <source>Does not show on the phone bill; you may stay anonymous</source>
        <translation>لا يظهر في فاتورة الهاتف؛ ويمكنك عدم الكشف عن هويتك</translation>
    </message>
    <message>
        <source>Ministry of Social Development and Human Security; family violence is among its issues</source>
        <translation>Ministry of Social Development and Human Security؛ والعنف الأسري من بين القضايا التي يتولاها</translation>
    </message>
    <message>
        <source>Adults and children can report gender-based violence and child abuse</source>
        <translation>يمكن للبالغين والأطفال الإبلاغ عن العنف القائم على النوع الاجتماعي وإساءة معاملة الأطفال</translation>
    </message>
    <message>
        <source>TTY: 1-800-787-3224</source>
        <translation>الهاتف النصي (TTY): 1-800-787-3224</translation>
    </message>
    <message>
        <source>Live chat and SMS</source>
        <translation>دردشة مباشرة ورسائل SMS</translation>
    </message>
    <message>
        <source>hilfetelefon.de (chat and email)</source>
        <translation>hilfetelefon.de (دردشة وبريد إلكتروني)</translation>
    </message>
    <message>
        <source>Email 016-online@igualdad.gob.es</source>
        <translation>البريد الإلكتروني 016-online@igualdad.gob.es</translation>
    </message>
    <message>
        <source>nollalinja.fi (chat on weekdays)</source>
        <translation>nollalinja.fi (دردشة في أيام الأسبوع)</translation>
    </message>
    <message>
        <source>Email sos15900@isotita.gr</source>
        <translation>البريد الإلكتروني sos15900@isotita.gr</translation>
    </message>
    <message>
        <source>soudanplus.jp (email and chat)</source>
        <translation>soudanplus.jp (بريد إلكتروني ودردشة)</translation>
    </message>
    <message>
        <source>Email and chat</source>
        <translation>بريد إلكتروني ودردشة</translation>
    </message>
    <message>
        <source>Email info@helpline-violence.lu</source>
        <translation>البريد الإلكتروني info@helpline-violence.lu</translation>
    </message>
    <message>
        <source>Email linkaprezeny@ivpr.gov.sk</source>
        <translation>البريد الإلكتروني linkaprezeny@ivpr.gov.sk</translation>
    </message>
    <message>
        <source>SMS to 114</source>
        <translation>رسالة SMS إلى 114</translation>
    </message>
    <message>
        <source>SMS 3060 (free, does not show on the bill)</source>
        <translation>رسالة SMS إلى 3060 (مجانية، لا تظهر في الفاتورة)</translation>
    </message>
    <message>
        <source>Text START to 88788</source>
        <translation>أرسل START إلى 88788</translation>
    </message>
    <message>
        <source>24 hours, every day</source>
        <translation>24 ساعة، كل يوم</translation>
    </message>
    <message>
        <source>Hours vary by region (for example weekdays 8:30–11:30 and 14:30–17:30)</source>
        <translation>تختلف الساعات حسب المنطقة (مثلًا أيام الأسبوع 8:30–11:30 و14:30–17:30)</translation>
    </message>
    <message>
        <source>Opening hours of the local centre</source>
        <translation>ساعات عمل المركز المحلي</translation>
    </message>
    <message>
        <source>Every day, 12:00–20:00</source>
        <translation>كل يوم، 12:00–20:00</translation>
    </message>
    <message>
        <source>Every day, 12:00–22:00</source>
        <translation>كل يوم، 12:00–22:00</translation>
    </message>
    <message>
        <source>Every day, 7:30–19:30</source>
        <translation>كل يوم، 7:30–19:30</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>other languages</source>
        <translation>لغات أخرى</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>18 other languages</source>
        <translation>18 لغة أخرى</translation>
    </message>
    <message>
        <source>sign language</source>
        <translation>لغة الإشارة</translation>
    </message>
    <message>
        <source>53 languages</source>
        <translation>53 لغة</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>الفنلندية</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>السويدية</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>الكرواتية</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>الإيطالية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>الألبانية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>البولندية</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>اليابانية</translation>
    </message>
    <message>
        <source>many local languages</source>
        <translation>لغات محلية كثيرة</translation>
    </message>
    <message>
        <source>200+ languages through interpreters</source>
        <translation>أكثر من 200 لغة عبر مترجمين</translation>
    </message>
    <message>
        <source>and at set hours: English, Arabic, Creole, Dari, Spanish, Hebrew, Kabyle, Mandarin, Persian, Polish, Portuguese, Turkish</source>
        <translation>وفي ساعات محددة: الإنجليزية، العربية، الكريولية، الدارية، الإسبانية، العبرية، القبائلية، الماندرين، الفارسية، البولندية، البرتغالية، التركية</translation>
    </message>
    <message>
        <source>and by chat or email: English, Chinese, Korean, Spanish, Portuguese, Tagalog, Thai, Vietnamese, Indonesian, Nepali</source>
        <translation>وعبر الدردشة أو البريد الإلكتروني: الإنجليزية، الصينية، الكورية، الإسبانية، البرتغالية، التاغالوغية، التايلاندية، الفيتنامية، الإندونيسية، النيبالية</translation>
    </message>
    <message>
        <source>In Iceland, 112 also takes reports of violence, by phone or by web chat on 112.is.</source>
        <translation>في آيسلندا، يتلقى الرقم 112 أيضًا بلاغات العنف، عبر الهاتف أو عبر الدردشة على الموقع 112.is.</translation>
    </message>
    <message>
        <source>The 911 emergency hotline also takes calls about violence against women and children.</source>
        <translation>يتلقى خط الطوارئ 911 أيضًا مكالمات بشأن العنف ضد النساء والأطفال.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>That doesn&apos;t open this workbook. Please check it and try again.</source>
        <translation>هذا لا يفتح دفتر العمل هذا. يُرجى التحقق منه والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The key file of this workbook (keys.json in its data folder) is damaged, so the workbook cannot be opened with it; typing the passphrase again will not help. If you have a copy of the data folder, put its keys.json back. Otherwise your recovery code opens the copy of the key file kept with the automatic backups (backups/keys.json).</source>
        <translation>ملف المفاتيح لدفتر العمل هذا (keys.json في مجلد بياناته) تالف، لذلك لا يمكن فتح دفتر العمل به؛ ولن تفيد إعادة كتابة عبارة المرور. إذا كانت لديك نسخة من مجلد البيانات، فأعد ملف keys.json منها إلى مكانه. وإلا فإن رمز الاسترداد يفتح نسخة ملف المفاتيح المحفوظة مع النسخ الاحتياطية التلقائية (backups/keys.json).</translation>
    </message>
    <message>
        <source>This data folder has no key file, so the workbook in it cannot be opened.</source>
        <translation>لا يحتوي مجلد البيانات هذا على ملف مفاتيح، لذلك لا يمكن فتح دفتر العمل الذي فيه.</translation>
    </message>
    <message>
        <source>Please use at least {count} characters. A few ordinary words in a row are easy to remember and hard to guess.</source>
        <translation>يُرجى استخدام {count} أحرف على الأقل. بضع كلمات عادية متتالية سهلة التذكّر وصعبة التخمين.</translation>
    </message>
    <message>
        <source>This data folder already has a workbook.</source>
        <translation>يحتوي مجلد البيانات هذا على دفتر عمل بالفعل.</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a recovery code. It has 24 letters and digits, in six groups of four.</source>
        <translation>لا يبدو هذا رمز استرداد. يتكوّن من 24 حرفًا ورقمًا، في ست مجموعات من أربعة.</translation>
    </message>
    <message>
        <source>That key does not belong to this workbook.</source>
        <translation>هذا المفتاح لا يخص دفتر العمل هذا.</translation>
    </message>
    <message>
        <source>This workbook&apos;s key file is from an earlier version of Workbook. Please change the passphrase first (you may type the same one again).</source>
        <translation>ملف المفاتيح لدفتر العمل هذا من إصدار أقدم من Workbook. يُرجى تغيير عبارة المرور أولًا (يمكنك كتابة العبارة نفسها مرة أخرى).</translation>
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
    <name>Lists</name>
    <message>
        <source>Details of the selected entry</source>
        <translation>تفاصيل الإدخال المحدد</translation>
    </message>
    <message>
        <source>Everything written in the selected entry, in full.</source>
        <translation>كل ما كُتب في الإدخال المحدد، كاملًا.</translation>
    </message>
    <message>
        <source>Select an entry to read it here in full.</source>
        <translation>اختر إدخالًا لتقرأه هنا كاملًا.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;{label}:&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>An entry you started earlier has not been saved yet. Nothing is lost.</source>
        <translation>إدخال بدأته سابقًا لم يُحفظ بعد. لم يضع شيء.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>تابعه</translation>
    </message>
    <message>
        <source>Open the unfinished entry where you left it.</source>
        <translation>افتح الإدخال غير المكتمل حيث توقفت.</translation>
    </message>
    <message>
        <source>Enter opens the selected entry, Delete removes it.</source>
        <translation>مفتاح الإدخال يفتح الإدخال المحدد، ومفتاح الحذف يزيله.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Add a new entry to this list.</source>
        <translation>أضف إدخالًا جديدًا إلى هذه القائمة.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تع&amp;ديل…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Open the selected entry.</source>
        <translation>افتح الإدخال المحدد.</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Remove the selected entry.</source>
        <translation>أزل الإدخال المحدد.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>تحريك لأ&amp;على</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>تحريك لأعلى</translation>
    </message>
    <message>
        <source>Move the selected entry up.</source>
        <translation>حرّك الإدخال المحدد لأعلى.</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>تحريك لأس&amp;فل</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>تحريك لأسفل</translation>
    </message>
    <message>
        <source>Move the selected entry down.</source>
        <translation>حرّك الإدخال المحدد لأسفل.</translation>
    </message>
    <message>
        <source>• {kind}: {title}</source>
        <translation>• {kind}: {title}</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” is used in %n other entries:</source>
        <translation>
            <numerusform>«{title}» غير مستخدم في إدخالات أخرى:</numerusform>
            <numerusform>«{title}» مستخدم في إدخال آخر:</numerusform>
            <numerusform>«{title}» مستخدم في إدخالين آخرين:</numerusform>
            <numerusform>«{title}» مستخدم في %n إدخالات أخرى:</numerusform>
            <numerusform>«{title}» مستخدم في %n إدخالًا آخر:</numerusform>
            <numerusform>«{title}» مستخدم في %n إدخال آخر:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove it and clear those links</source>
        <translation>إ&amp;زالته ومسح تلك الروابط</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>الإ&amp;بقاء عليه</translation>
    </message>
    <message>
        <source>{entries}

If you remove it, those entries stay; they simply no longer point to it. You can choose someone or something else in them afterwards.</source>
        <translation>{entries}

إذا أزلته تبقى تلك الإدخالات؛ لكنها لن تشير إليه بعد الآن. يمكنك بعد ذلك اختيار شخص أو شيء آخر فيها.</translation>
    </message>
    <message>
        <source>“{title}” will be removed from your plan.</source>
        <translation>ستُزال «{title}» من خطتك.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>This entry could not be removed just now. Please try again.</source>
        <translation>تعذّرت إزالة هذا الإدخال الآن. يُرجى المحاولة مرة أخرى.</translation>
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
        <source>{header}: {text}</source>
        <translation>{header}: {text}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
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
    <message numerus="yes">
        <source>%n obligations have nobody to handle them yet</source>
        <translation>
            <numerusform>%n التزام ليس له من يتولاه بعد</numerusform>
            <numerusform>التزام واحد ليس له من يتولاه بعد</numerusform>
            <numerusform>التزامان ليس لهما من يتولاهما بعد</numerusform>
            <numerusform>%n التزامات ليس لها من يتولاها بعد</numerusform>
            <numerusform>%n التزامًا ليس لها من يتولاها بعد</numerusform>
            <numerusform>%n التزام ليس لها من يتولاها بعد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obligations do not say yet what exactly is required</source>
        <translation>
            <numerusform>%n التزام لا يذكر بعد ما المطلوب بالضبط</numerusform>
            <numerusform>التزام واحد لا يذكر بعد ما المطلوب بالضبط</numerusform>
            <numerusform>التزامان لا يذكران بعد ما المطلوب بالضبط</numerusform>
            <numerusform>%n التزامات لا تذكر بعد ما المطلوب بالضبط</numerusform>
            <numerusform>%n التزامًا لا تذكر بعد ما المطلوب بالضبط</numerusform>
            <numerusform>%n التزام لا تذكر بعد ما المطلوب بالضبط</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MandatedPage</name>
    <message>
        <source>A court, counselor, evaluator, mediator, guardian or the police may require some contact of you. Write down exactly what is required: you keep that much, never less and never more, and if a ruling needs to change, that happens through the proper channels. If nothing is mandated, simply go on to the next page.</source>
        <translation>قد تفرض عليك محكمة أو مستشار أو مقيّم أو وسيط أو وصيّ أو الشرطة قدرًا من التواصل. دوّن بدقة ما هو مطلوب: تلتزم به كما هو، لا أقل ولا أكثر، وإذا كان لا بد من تغيير قرار فإن ذلك يتم عبر القنوات الصحيحة. إن لم يكن هناك شيء ملزم، فانتقل ببساطة إلى الصفحة التالية.</translation>
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
    <name>Ops</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>OtherPerson</name>
    <message>
        <source>Him (he)</source>
        <translation>هو</translation>
    </message>
    <message>
        <source>Her (she)</source>
        <translation>هي</translation>
    </message>
    <message>
        <source>Them (they)</source>
        <translation>الطرف الآخر</translation>
    </message>
    <message>
        <source>A name I choose</source>
        <translation>اسم أختاره</translation>
    </message>
    <message>
        <source>Him</source>
        <comment>he</comment>
        <translation>هو</translation>
    </message>
    <message>
        <source>Her</source>
        <comment>she</comment>
        <translation>هي</translation>
    </message>
    <message>
        <source>The other person</source>
        <comment>they</comment>
        <translation>الطرف الآخر</translation>
    </message>
    <message>
        <source>{name}</source>
        <comment>name</comment>
        <translation>{name}</translation>
    </message>
    <message>
        <source>Him, directly</source>
        <comment>he</comment>
        <translation>هو، مباشرةً</translation>
    </message>
    <message>
        <source>Her, directly</source>
        <comment>she</comment>
        <translation>هي، مباشرةً</translation>
    </message>
    <message>
        <source>The other person, directly</source>
        <comment>they</comment>
        <translation>الطرف الآخر، مباشرةً</translation>
    </message>
    <message>
        <source>{name}, directly</source>
        <comment>name</comment>
        <translation>{name}، مباشرةً</translation>
    </message>
</context>
<context>
    <name>OtherPersonBox</name>
    <message>
        <source>How Workbook speaks of the other person</source>
        <translation>كيف يتحدث Workbook عن الطرف الآخر</translation>
    </message>
    <message>
        <source>Many pages speak of the person you are keeping your distance from. Choose how they are spoken of; you can change it at any time, and every page and PDF follows. A name stays inside your protected workbook, and a copy for a court never shows it.</source>
        <translation>تتحدث صفحات كثيرة عن الشخص الذي تبتعد عنه. اختر كيف يُشار إليه؛ يمكنك تغيير ذلك في أي وقت، وستتبعه كل الصفحات وكل ملفات PDF. يبقى الاسم داخل دفتر العمل المحمي، ولا يظهر أبدًا في نسخة معدّة للمحكمة.</translation>
    </message>
    <message>
        <source>For example: “{sentence}”</source>
        <translation>مثلًا: «{sentence}»</translation>
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
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message numerus="yes">
        <source>The review date of %n more orders has passed too; they are on the page Mandated contact.</source>
        <translation>
            <numerusform>لم يمرّ تاريخ مراجعة أي أمر آخر.</numerusform>
            <numerusform>مرّ أيضًا تاريخ مراجعة أمر آخر؛ وهو في صفحة «التواصل الملزم».</numerusform>
            <numerusform>مرّ أيضًا تاريخ مراجعة أمرين آخرين؛ وهما في صفحة «التواصل الملزم».</numerusform>
            <numerusform>مرّ أيضًا تاريخ مراجعة %n أوامر أخرى؛ وهي في صفحة «التواصل الملزم».</numerusform>
            <numerusform>مرّ أيضًا تاريخ مراجعة %n أمرًا آخر؛ وهي في صفحة «التواصل الملزم».</numerusform>
            <numerusform>مرّ أيضًا تاريخ مراجعة %n أمر آخر؛ وهي في صفحة «التواصل الملزم».</numerusform>
        </translation>
    </message>
    <message>
        <source>No review date chosen yet. You can set one on the last page of the wizard.</source>
        <translation>لم يُختر تاريخ للمراجعة بعد. يمكنك تحديده في الصفحة الأخيرة من المعالج.</translation>
    </message>
    <message numerus="yes">
        <source>Next review: {date} (in %n days).</source>
        <translation>
            <numerusform>المراجعة القادمة: {date} (اليوم).</numerusform>
            <numerusform>المراجعة القادمة: {date} (بعد يوم واحد).</numerusform>
            <numerusform>المراجعة القادمة: {date} (بعد يومين).</numerusform>
            <numerusform>المراجعة القادمة: {date} (بعد %n أيام).</numerusform>
            <numerusform>المراجعة القادمة: {date} (بعد %n يومًا).</numerusform>
            <numerusform>المراجعة القادمة: {date} (بعد %n يوم).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review: {date} (tomorrow).</source>
        <translation>المراجعة القادمة: {date} (غدًا).</translation>
    </message>
    <message>
        <source>Next review: {date} (today).</source>
        <translation>المراجعة القادمة: {date} (اليوم).</translation>
    </message>
    <message>
        <source>Next review: {date} — that day has passed; a good moment to look.</source>
        <translation>المراجعة القادمة: {date} — مرّ ذلك اليوم؛ إنها لحظة مناسبة لإلقاء نظرة.</translation>
    </message>
    <message>
        <source>Overview of your plan</source>
        <translation>نظرة عامة على خطتك</translation>
    </message>
    <message>
        <source>Every section, how complete it is and when it changed.</source>
        <translation>كل قسم، ومدى اكتماله، ومتى تغيّر.</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>خطتك</translation>
    </message>
    <message>
        <source>Welcome back. Here is every part of your plan. Open any of them to update it; every change is saved at once.</source>
        <translation>أهلًا بعودتك. هنا كل أجزاء خطتك. افتح أيًّا منها لتحديثه؛ كل تغيير يُحفظ فورًا.</translation>
    </message>
    <message>
        <source>Open {title}</source>
        <translation>فتح {title}</translation>
    </message>
    <message>
        <source>&amp;Walk through the plan</source>
        <translation>الم&amp;رور على الخطة</translation>
    </message>
    <message>
        <source>Go through every page from the start, with everything filled in as it is.</source>
        <translation>تصفّح كل الصفحات من البداية، مع كل ما كتبته كما هو.</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>ت&amp;صدير PDF…</translation>
    </message>
    <message>
        <source>Save your plan as a PDF to print or to give to someone you trust.</source>
        <translation>احفظ خطتك ملف PDF لطباعته أو لإعطائه لشخص تثق به.</translation>
    </message>
    <message>
        <source>{summary} · last changed {when}</source>
        <translation>{summary} · آخر تغيير: {when}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message numerus="yes">
        <source>Missing: {items}; and %n more</source>
        <translation>
            <numerusform>ينقص: {items}</numerusform>
            <numerusform>ينقص: {items}؛ وأمر آخر</numerusform>
            <numerusform>ينقص: {items}؛ وأمران آخران</numerusform>
            <numerusform>ينقص: {items}؛ و%n أمور أخرى</numerusform>
            <numerusform>ينقص: {items}؛ و%n أمرًا آخر</numerusform>
            <numerusform>ينقص: {items}؛ و%n أمر آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: {items}</source>
        <translation>ينقص: {items}</translation>
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
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
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
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%Ln بايتات</numerusform>
            <numerusform>%Ln بايتًا</numerusform>
            <numerusform>%Ln بايت</numerusform>
        </translation>
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
        <source>Nothing entered yet — the Suspected proxies page is where you note people who may carry messages for him.</source>
        <comment>he</comment>
        <translation>لم يُدخل شيء بعد — في صفحة الوسطاء المحتملين تدوّن من قد ينقلون الرسائل نيابةً عنه.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Suspected proxies page is where you note people who may carry messages for her.</source>
        <comment>she</comment>
        <translation>لم يُدخل شيء بعد — في صفحة الوسطاء المحتملين تدوّن من قد ينقلون الرسائل نيابةً عنها.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Suspected proxies page is where you note people who may carry messages for the other person.</source>
        <comment>they</comment>
        <translation>لم يُدخل شيء بعد — في صفحة الوسطاء المحتملين تدوّن من قد ينقلون الرسائل نيابةً عن الطرف الآخر.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Suspected proxies page is where you note people who may carry messages for {name}.</source>
        <comment>name</comment>
        <translation>لم يُدخل شيء بعد — في صفحة الوسطاء المحتملين تدوّن من قد ينقلون الرسائل نيابةً عن {name}.</translation>
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
        <source>Exhibit {n}</source>
        <translation>المرفق {n}</translation>
    </message>
    <message>
        <source>Inside or outside the orders, month by month</source>
        <translation>داخل الأوامر أو خارجها، شهرًا بشهر</translation>
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
    <message>
        <source>Please choose A4 or Letter as the page size.</source>
        <translation>يُرجى اختيار A4 أو Letter مقاسًا للورق.</translation>
    </message>
    <message>
        <source>The folder for the PDF does not exist. Please choose another.</source>
        <translation>المجلد المخصص لملف PDF غير موجود. يُرجى اختيار مجلد آخر.</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Please check that the folder is writable and has space, or choose another place.</source>
        <translation>تعذّر حفظ ملف PDF هناك. يُرجى التأكد من أن المجلد قابل للكتابة وفيه مساحة كافية، أو اختيار مكان آخر.</translation>
    </message>
    <message>
        <source>Please choose which check-in partner the card is for.</source>
        <translation>يُرجى اختيار الشخص الذي تطمئنه عليك والذي تُعدّ له هذه البطاقة.</translation>
    </message>
    <message>
        <source>No trusted contact is the partner of a check-in agreement yet.</source>
        <translation>لا يوجد بعد شخص موثوق مرتبط باتفاق اطمئنان.</translation>
    </message>
</context>
<context>
    <name>PersonalStatements</name>
    <message>
        <source>My firm sentence</source>
        <translation>جملتي الحازمة</translation>
    </message>
    <message>
        <source>What I say to people who pass on messages</source>
        <translation>ما أقوله لمن ينقلون الرسائل</translation>
    </message>
    <message>
        <source>How I return gifts</source>
        <translation>كيف أعيد الهدايا</translation>
    </message>
    <message>
        <source>What you say if you ever hear his voice, before you hang up.</source>
        <comment>he</comment>
        <translation>ما تقوله إن سمعت صوته يومًا، قبل أن تُنهي المكالمة.</translation>
    </message>
    <message>
        <source>What you say if you ever hear her voice, before you hang up.</source>
        <comment>she</comment>
        <translation>ما تقوله إن سمعت صوتها يومًا، قبل أن تُنهي المكالمة.</translation>
    </message>
    <message>
        <source>What you say if you ever hear the other person&apos;s voice, before you hang up.</source>
        <comment>they</comment>
        <translation>ما تقوله إن سمعت صوت الطرف الآخر يومًا، قبل أن تُنهي المكالمة.</translation>
    </message>
    <message>
        <source>What you say if you ever hear {name}&apos;s voice, before you hang up.</source>
        <comment>name</comment>
        <translation>ما تقوله إن سمعت صوت {name} يومًا، قبل أن تُنهي المكالمة.</translation>
    </message>
    <message>
        <source>For friends or family who bring requests from him.</source>
        <comment>he</comment>
        <translation>للأصدقاء أو الأقارب الذين ينقلون إليك طلباته.</translation>
    </message>
    <message>
        <source>For friends or family who bring requests from her.</source>
        <comment>she</comment>
        <translation>للأصدقاء أو الأقارب الذين ينقلون إليك طلباتها.</translation>
    </message>
    <message>
        <source>For friends or family who bring requests from the other person.</source>
        <comment>they</comment>
        <translation>للأصدقاء أو الأقارب الذين ينقلون إليك طلبات الطرف الآخر.</translation>
    </message>
    <message>
        <source>For friends or family who bring requests from {name}.</source>
        <comment>name</comment>
        <translation>للأصدقاء أو الأقارب الذين ينقلون إليك طلبات {name}.</translation>
    </message>
    <message>
        <source>For example: unopened, by post to his lawyer, with no note.</source>
        <comment>he</comment>
        <translation>مثلًا: دون فتحها، بالبريد إلى محاميه، دون أي رسالة.</translation>
    </message>
    <message>
        <source>For example: unopened, by post to her lawyer, with no note.</source>
        <comment>she</comment>
        <translation>مثلًا: دون فتحها، بالبريد إلى محاميها، دون أي رسالة.</translation>
    </message>
    <message>
        <source>For example: unopened, by post to their lawyer, with no note.</source>
        <comment>they</comment>
        <translation>مثلًا: دون فتحها، بالبريد إلى محامي الطرف الآخر، دون أي رسالة.</translation>
    </message>
    <message>
        <source>For example: unopened, by post to {name}&apos;s lawyer, with no note.</source>
        <comment>name</comment>
        <translation>مثلًا: دون فتحها، بالبريد إلى محامي {name}، دون أي رسالة.</translation>
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
    <message>
        <source>How Workbook speaks of the other person</source>
        <translation>كيف يتحدث Workbook عن الطرف الآخر</translation>
    </message>
    <message>
        <source>The name to use</source>
        <translation>الاسم المستخدم</translation>
    </message>
    <message>
        <source>A first name, a nickname or an initial: whatever feels right to you.</source>
        <translation>اسم أول أو لقب أو حرف أول: ما تراه مناسبًا لك.</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>There is no mandated contact with this id in the file.</source>
        <translation>لا يوجد في الملف تواصل ملزم بهذا المعرّف (id).</translation>
    </message>
    <message>
        <source>There is no boundary commitment with this id in the file.</source>
        <translation>لا يوجد في الملف التزام بحدود بهذا المعرّف (id).</translation>
    </message>
    <message>
        <source>There is no trusted contact with this id in the file.</source>
        <translation>لا يوجد في الملف شخص موثوق بهذا المعرّف (id).</translation>
    </message>
    <message>
        <source>There is no backup plan with this id in the file.</source>
        <translation>لا توجد في الملف خطة بديلة بهذا المعرّف (id).</translation>
    </message>
    <message>
        <source>There is no check-in agreement with this id in the file.</source>
        <translation>لا يوجد في الملف اتفاق اطمئنان بهذا المعرّف (id).</translation>
    </message>
    <message>
        <source>There is no check-in with this id in the file.</source>
        <translation>لا يوجد في الملف اطمئنان بهذا المعرّف (id).</translation>
    </message>
    <message>
        <source>There is no suspected proxy with this id in the file.</source>
        <translation>لا يوجد في الملف وسيط محتمل بهذا المعرّف (id).</translation>
    </message>
    <message>
        <source>There is no contact-log entry with this id in the file.</source>
        <translation>لا يوجد في الملف إدخال في سجل التواصل بهذا المعرّف (id).</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problems.</source>
        <translation>
            <numerusform>ليس في الملف أي مشكلة.</numerusform>
            <numerusform>في الملف مشكلة واحدة.</numerusform>
            <numerusform>في الملف مشكلتان.</numerusform>
            <numerusform>في الملف %n مشكلات.</numerusform>
            <numerusform>في الملف %n مشكلةً.</numerusform>
            <numerusform>في الملف %n مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is more text after the end of the plan.</source>
        <translation>يوجد نص إضافي بعد نهاية الخطة.</translation>
    </message>
    <message>
        <source>The file ends too early; part of it may be missing.</source>
        <translation>ينتهي الملف قبل أوانه؛ ربما ينقصه جزء.</translation>
    </message>
    <message>
        <source>This file holds far more separate values than a plan of its size could, so it was not read any further.</source>
        <translation>يحتوي هذا الملف على قيم منفصلة أكثر بكثير مما يمكن أن تحويه خطة بحجمه، لذلك توقفت قراءته.</translation>
    </message>
    <message>
        <source>This number is far too long.</source>
        <translation>هذا الرقم طويل جدًا.</translation>
    </message>
    <message>
        <source>Expected a value here (text in quotes, a number, ...).</source>
        <translation>كان يُتوقع هنا قيمة (نص بين علامتي اقتباس، أو رقم، ...).</translation>
    </message>
    <message>
        <source>Line breaks and tabs inside text must be written as \n and \t.</source>
        <translation>يجب كتابة فواصل الأسطر وعلامات الجدولة داخل النص على شكل \n و\t.</translation>
    </message>
    <message>
        <source>This text has no closing quote mark.</source>
        <translation>ينقص هذا النص علامة الاقتباس الختامية.</translation>
    </message>
    <message>
        <source>This text has a backslash that is not a valid escape.</source>
        <translation>في هذا النص شرطة مائلة عكسية ليست تسلسل هروب صالحًا.</translation>
    </message>
    <message>
        <source>The file is nested far too deeply to be a plan.</source>
        <translation>مستويات التداخل في الملف أعمق بكثير من أن يكون خطة.</translation>
    </message>
    <message>
        <source>Expected a field name in double quotes here.</source>
        <translation>كان يُتوقع هنا اسم حقل بين علامتي اقتباس مزدوجتين.</translation>
    </message>
    <message>
        <source>Expected a colon (:) after the field name.</source>
        <translation>كان يُتوقع وجود نقطتين (:) بعد اسم الحقل.</translation>
    </message>
    <message>
        <source>Expected a comma or a closing brace (}) here.</source>
        <translation>كان يُتوقع هنا فاصلة أو قوس معقوف ختامي (}).</translation>
    </message>
    <message>
        <source>This list has more than {count:,} items, far more than any plan holds, so it was not read any further.</source>
        <translation>تحتوي هذه القائمة على أكثر من {count:,} عنصر، وهو أكثر بكثير مما تحويه أي خطة، لذلك توقفت قراءتها.</translation>
    </message>
    <message>
        <source>Expected a comma or a closing bracket (]) here.</source>
        <translation>كان يُتوقع هنا فاصلة أو قوس مربع ختامي (]).</translation>
    </message>
    <message>
        <source>This should be text in double quotes.</source>
        <translation>يجب أن يكون هذا نصًا بين علامتي اقتباس مزدوجتين.</translation>
    </message>
    <message>
        <source>This text contains a broken character (\ud800 ...).</source>
        <translation>يحتوي هذا النص على محرف تالف (\ud800 ...).</translation>
    </message>
    <message>
        <source>An id must be 1 to 64 letters, digits, dashes or underscores, in quotes.</source>
        <translation>يجب أن يتكوّن المعرّف (id) من 1 إلى 64 حرفًا أو رقمًا أو شرطة أو شرطة سفلية، بين علامتي اقتباس.</translation>
    </message>
    <message>
        <source>This should be a date written as YYYY-MM-DD.</source>
        <translation>يجب أن يكون هذا تاريخًا مكتوبًا بالشكل YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>This should be a date and time written as YYYY-MM-DDTHH:MM:SS (local time).</source>
        <translation>يجب أن يكون هذا تاريخًا ووقتًا مكتوبين بالشكل YYYY-MM-DDTHH:MM:SS (بالتوقيت المحلي).</translation>
    </message>
    <message>
        <source>This should be one of: {allowed}.</source>
        <translation>يجب أن يكون هذا إحدى القيم التالية: {allowed}.</translation>
    </message>
    <message>
        <source>This should be an object in curly braces { }.</source>
        <translation>يجب أن يكون هذا كائنًا بين قوسين معقوفين { }.</translation>
    </message>
    <message>
        <source>This should be a whole number, without quotes.</source>
        <translation>يجب أن يكون هذا عددًا صحيحًا، دون علامات اقتباس.</translation>
    </message>
    <message>
        <source>This should be true or false, without quotes.</source>
        <translation>يجب أن يكون هذا true أو false، دون علامات اقتباس.</translation>
    </message>
    <message>
        <source>This should be a list in square brackets.</source>
        <translation>يجب أن يكون هذا قائمة بين قوسين مربعين.</translation>
    </message>
    <message>
        <source>This is already in the list above.</source>
        <translation>هذا موجود بالفعل في القائمة أعلاه.</translation>
    </message>
    <message>
        <source>Workbook does not know this field. Please check its spelling.</source>
        <translation>لا يعرف Workbook هذا الحقل. يُرجى التحقق من كتابته.</translation>
    </message>
    <message>
        <source>This entry needs its date and time (YYYY-MM-DDTHH:MM:SS).</source>
        <translation>يحتاج هذا الإدخال إلى تاريخه ووقته (YYYY-MM-DDTHH:MM:SS).</translation>
    </message>
    <message>
        <source>This suggestion key is too long.</source>
        <translation>مفتاح الاقتراح هذا طويل جدًا.</translation>
    </message>
    <message>
        <source>Another entry already uses this id (at {path}).</source>
        <translation>إدخال آخر يستخدم هذا المعرّف (id) بالفعل (في {path}).</translation>
    </message>
    <message>
        <source>This field appears twice in the same object.</source>
        <translation>يظهر هذا الحقل مرتين في الكائن نفسه.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Please save it as UTF-8.</source>
        <translation>الملف ليس نصًا بترميز UTF-8. يُرجى حفظه بترميز UTF-8.</translation>
    </message>
</context>
<context>
    <name>ProxiesPage</name>
    <message>
        <source>He may send other people to watch you, carry messages, persuade or flatter you. Many of them do not know they are being used. Note who they are and what happened, then decide calmly: cut off those who knowingly spy, and tell the unwitting ones how they are being used.</source>
        <comment>he</comment>
        <translation>قد يرسل أشخاصًا آخرين ليراقبوك أو ينقلوا إليك رسائل أو يقنعوك أو يتملّقوك. كثير منهم لا يعرفون أنهم يُستغلّون. دوّن من هم وما حدث، ثم قرّر بهدوء: اقطع صلتك بمن يتجسّسون عن علم، وبيّن لغير العارفين كيف يُستغلّون.</translation>
    </message>
    <message>
        <source>She may send other people to watch you, carry messages, persuade or flatter you. Many of them do not know they are being used. Note who they are and what happened, then decide calmly: cut off those who knowingly spy, and tell the unwitting ones how they are being used.</source>
        <comment>she</comment>
        <translation>قد ترسل أشخاصًا آخرين ليراقبوك أو ينقلوا إليك رسائل أو يقنعوك أو يتملّقوك. كثير منهم لا يعرفون أنهم يُستغلّون. دوّن من هم وما حدث، ثم قرّر بهدوء: اقطع صلتك بمن يتجسّسون عن علم، وبيّن لغير العارفين كيف يُستغلّون.</translation>
    </message>
    <message>
        <source>The other person may send people to watch you, carry messages, persuade or flatter you. Many of them do not know they are being used. Note who they are and what happened, then decide calmly: cut off those who knowingly spy, and tell the unwitting ones how they are being used.</source>
        <comment>they</comment>
        <translation>قد يرسل الطرف الآخر أشخاصًا ليراقبوك أو ينقلوا إليك رسائل أو يقنعوك أو يتملّقوك. كثير منهم لا يعرفون أنهم يُستغلّون. دوّن من هم وما حدث، ثم قرّر بهدوء: اقطع صلتك بمن يتجسّسون عن علم، وبيّن لغير العارفين كيف يُستغلّون.</translation>
    </message>
    <message>
        <source>{name} may send other people to watch you, carry messages, persuade or flatter you. Many of them do not know they are being used. Note who they are and what happened, then decide calmly: cut off those who knowingly spy, and tell the unwitting ones how they are being used.</source>
        <comment>name</comment>
        <translation>قد يُرسَل إليك أشخاص من طرف {name} ليراقبوك أو ينقلوا إليك رسائل أو يقنعوك أو يتملّقوك. كثير منهم لا يعرفون أنهم يُستغلّون. دوّن من هم وما حدث، ثم قرّر بهدوء: اقطع صلتك بمن يتجسّسون عن علم، وبيّن لغير العارفين كيف يُستغلّون.</translation>
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
    <message numerus="yes">
        <source>%n things are due now; they are listed on the overview.</source>
        <translation>
            <numerusform>لا شيء مستحق الآن.</numerusform>
            <numerusform>أمر واحد مستحق الآن؛ وهو مدرج في النظرة العامة.</numerusform>
            <numerusform>أمران مستحقان الآن؛ وهما مدرجان في النظرة العامة.</numerusform>
            <numerusform>%n أمور مستحقة الآن؛ وهي مدرجة في النظرة العامة.</numerusform>
            <numerusform>%n أمرًا مستحقًا الآن؛ وهي مدرجة في النظرة العامة.</numerusform>
            <numerusform>%n أمر مستحق الآن؛ وهي مدرجة في النظرة العامة.</numerusform>
        </translation>
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
    <name>Restore</name>
    <message>
        <source>Your workbook could not be opened.</source>
        <translation>تعذّر فتح دفتر عملك.</translation>
    </message>
    <message>
        <source>Your restored workbook could not be opened.</source>
        <translation>تعذّر فتح دفترك المستعاد.</translation>
    </message>
    <message>
        <source>{problem}

There is no automatic backup in this folder yet, so nothing could be restored. The file has not been changed.</source>
        <translation>{problem}

لا توجد نسخة احتياطية تلقائية في هذا المجلد بعد، لذلك لم يكن بالإمكان استعادة شيء. لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>Your workbook file appears to be damaged.</source>
        <translation>يبدو أن ملف دفتر عملك تالف.</translation>
    </message>
    <message>
        <source>&amp;Restore the newest good backup</source>
        <translation>ا&amp;ستعادة أحدث نسخة احتياطية سليمة</translation>
    </message>
    <message>
        <source>&amp;Close Workbook</source>
        <translation>إ&amp;غلاق Workbook</translation>
    </message>
    <message>
        <source>Workbook keeps automatic backups. It can put the newest one that is whole in place of the damaged file. The damaged file is not deleted: it is kept in the same folder with &apos;damaged&apos; in its name.</source>
        <translation>يحتفظ Workbook بنسخ احتياطية تلقائية. يمكنه وضع أحدث نسخة سليمة مكان الملف التالف. لا يُحذف الملف التالف: يُحتفظ به في المجلد نفسه وفي اسمه كلمة &apos;damaged&apos;.</translation>
    </message>
    <message>
        <source>Your workbook could not be restored.</source>
        <translation>تعذّرت استعادة دفتر عملك.</translation>
    </message>
    <message>
        <source>It holds your plan as it was on {when}. Changes made after that backup could not be recovered.</source>
        <translation>وهو يحتوي على خطتك كما كانت في {when}. لم يكن بالإمكان استرجاع التغييرات التي أُجريت بعد تلك النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Changes made after that backup could not be recovered.</source>
        <translation>لم يكن بالإمكان استرجاع التغييرات التي أُجريت بعد تلك النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Your workbook was restored from a backup.</source>
        <translation>تمت استعادة دفتر عملك من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Something could not be saved just now.</source>
        <translation>تعذّر حفظ شيء ما الآن.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Next &amp;review of my plan:</source>
        <translation>ال&amp;مراجعة القادمة لخطتي:</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>تاريخ المراجعة القادمة</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>يُحفظ أثناء الكتابة.</translation>
    </message>
    <message>
        <source>In 3 &amp;months</source>
        <translation>بعد 3 أ&amp;شهر</translation>
    </message>
    <message>
        <source>Set the next review to three months from today.</source>
        <translation>اجعل المراجعة القادمة بعد ثلاثة أشهر من اليوم.</translation>
    </message>
    <message>
        <source>Review and export</source>
        <translation>المراجعة والتصدير</translation>
    </message>
    <message>
        <source>Here is how your plan looks. Anything still missing is listed below with a button that takes you straight there; nothing has to be finished today. Choose when you want to look at the plan again, and export it as a PDF when you are ready to share it.</source>
        <translation>هكذا تبدو خطتك. ما زال ناقصًا مذكور أدناه مع زر يأخذك إليه مباشرة؛ لا شيء يجب أن يكتمل اليوم. اختر متى تريد النظر في الخطة مرة أخرى، وصدّرها ملف PDF عندما تريد مشاركتها.</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>ت&amp;صدير PDF…</translation>
    </message>
    <message>
        <source>Save your plan as a PDF to print or to give to someone you trust.</source>
        <translation>احفظ خطتك ملف PDF لطباعته أو لإعطائه لشخص تثق به.</translation>
    </message>
    <message>
        <source>Go to {title}</source>
        <translation>الذهاب إلى {title}</translation>
    </message>
</context>
<context>
    <name>ScheduleField</name>
    <message>
        <source>Please write times as hour:minute, for example 09:30 or 17:00, separated by commas.</source>
        <translation>يُرجى كتابة الأوقات بصيغة ساعة:دقيقة، مثل 09:30 أو 17:00، مفصولة بفواصل.</translation>
    </message>
    <message>
        <source>Please write the days of the month as numbers from 1 to 31, or “last”, separated by commas.</source>
        <translation>يُرجى كتابة أيام الشهر كأرقام من 1 إلى 31، أو «الأخير»، مفصولة بفواصل.</translation>
    </message>
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
        <source>For example: {first}, {second}</source>
        <translation>مثلاً: {first}، {second}</translation>
    </message>
    <message>
        <source>Dates separated by commas.</source>
        <translation>تواريخ تفصل بينها فواصل.</translation>
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
        <source>May be empty.</source>
        <translation>يمكن تركه فارغاً.</translation>
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
    <name>SectionList</name>
    <message>
        <source>Open the page {title}.</source>
        <translation>افتح صفحة «{title}».</translation>
    </message>
    <message>
        <source>{title}: {details}</source>
        <translation>{title}: {details}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>Situation</name>
    <message>
        <source>They turn up at home or work</source>
        <comment>they</comment>
        <translation>الطرف الآخر يظهر عند البيت أو العمل</translation>
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
    <message>
        <source>He turns up at home or work</source>
        <comment>he</comment>
        <translation>يظهر عند البيت أو العمل</translation>
    </message>
    <message>
        <source>She turns up at home or work</source>
        <comment>she</comment>
        <translation>تظهر عند البيت أو العمل</translation>
    </message>
    <message>
        <source>{name} turns up at home or work</source>
        <comment>name</comment>
        <translation>ظهور {name} عند البيت أو العمل</translation>
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
        <translation>التزام</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>لا خطوات</numerusform>
            <numerusform>خطوة واحدة</numerusform>
            <numerusform>خطوتان</numerusform>
            <numerusform>%n خطوات</numerusform>
            <numerusform>%n خطوة</numerusform>
            <numerusform>%n خطوة</numerusform>
        </translation>
    </message>
    <message>
        <source>Mandated contact</source>
        <translation>تواصل ملزم</translation>
    </message>
    <message>
        <source>Mandated contacts</source>
        <translation>التواصلات الملزمة</translation>
    </message>
    <message>
        <source>New mandated contact</source>
        <translation>تواصل ملزم جديد</translation>
    </message>
    <message>
        <source>Edit mandated contact</source>
        <translation>تعديل التواصل الملزم</translation>
    </message>
    <message>
        <source>Remove this mandated contact?</source>
        <translation>هل تريد إزالة هذا التواصل الملزم؟</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>التزام جديد</translation>
    </message>
    <message>
        <source>Edit commitment</source>
        <translation>تعديل الالتزام</translation>
    </message>
    <message>
        <source>Remove this commitment?</source>
        <translation>هل تريد إزالة هذا الالتزام؟</translation>
    </message>
    <message>
        <source>Trusted contact</source>
        <translation>شخص أثق به</translation>
    </message>
    <message>
        <source>Trusted contacts</source>
        <translation>أشخاص أثق بهم</translation>
    </message>
    <message>
        <source>New trusted contact</source>
        <translation>شخص جديد أثق به</translation>
    </message>
    <message>
        <source>Edit trusted contact</source>
        <translation>تعديل بيانات الشخص الذي أثق به</translation>
    </message>
    <message>
        <source>Remove this trusted contact?</source>
        <translation>هل تريد إزالة هذا الشخص الذي تثق به؟</translation>
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
        <source>Backup plan</source>
        <translation>خطة بديلة</translation>
    </message>
    <message>
        <source>Backup plans</source>
        <translation>خطط بديلة</translation>
    </message>
    <message>
        <source>New backup plan</source>
        <translation>خطة بديلة جديدة</translation>
    </message>
    <message>
        <source>Edit backup plan</source>
        <translation>تعديل الخطة البديلة</translation>
    </message>
    <message>
        <source>Remove this backup plan?</source>
        <translation>هل تريد إزالة هذه الخطة البديلة؟</translation>
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
        <source>Check-in agreement</source>
        <translation>اتفاق اطمئنان</translation>
    </message>
    <message>
        <source>Check-in agreements</source>
        <translation>اتفاقات الاطمئنان</translation>
    </message>
    <message>
        <source>New check-in agreement</source>
        <translation>اتفاق اطمئنان جديد</translation>
    </message>
    <message>
        <source>Edit check-in agreement</source>
        <translation>تعديل اتفاق الاطمئنان</translation>
    </message>
    <message>
        <source>Remove this check-in agreement?</source>
        <translation>هل تريد إزالة اتفاق الاطمئنان هذا؟</translation>
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
        <source>Check-in</source>
        <translation>اطمئنان</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>رسائل الاطمئنان</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>اطمئنان جديد</translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation>تعديل الاطمئنان</translation>
    </message>
    <message>
        <source>Remove this check-in?</source>
        <translation>هل تريد إزالة هذا الاطمئنان؟</translation>
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
        <source>Suspected proxy</source>
        <translation>وسيط محتمل</translation>
    </message>
    <message>
        <source>Suspected proxies</source>
        <translation>وسطاء محتملون</translation>
    </message>
    <message>
        <source>New suspected proxy</source>
        <translation>وسيط محتمل جديد</translation>
    </message>
    <message>
        <source>Edit suspected proxy</source>
        <translation>تعديل الوسيط المحتمل</translation>
    </message>
    <message>
        <source>Remove this suspected proxy?</source>
        <translation>هل تريد إزالة هذا الوسيط المحتمل؟</translation>
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
        <source>Contact log entry</source>
        <translation>إدخال في سجل التواصل</translation>
    </message>
    <message>
        <source>Contact log entries</source>
        <translation>إدخالات سجل التواصل</translation>
    </message>
    <message>
        <source>New contact log entry</source>
        <translation>إدخال جديد في سجل التواصل</translation>
    </message>
    <message>
        <source>Edit contact log entry</source>
        <translation>تعديل إدخال في سجل التواصل</translation>
    </message>
    <message>
        <source>Remove this contact log entry?</source>
        <translation>هل تريد إزالة هذا الإدخال من سجل التواصل؟</translation>
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
    <name>Storage</name>
    <message>
        <source>Your workbook could not be read or saved.</source>
        <translation>تعذّرت قراءة دفتر عملك أو حفظه.</translation>
    </message>
    <message>
        <source>This workbook was saved by a newer version of Workbook. Please update Workbook to open it. Nothing in the file has been changed.</source>
        <translation>حُفظ دفتر العمل هذا بإصدار أحدث من Workbook. يُرجى تحديث Workbook لفتحه. لم يُغيَّر شيء في الملف.</translation>
    </message>
    <message>
        <source>Your workbook file appears to be damaged. It has not been changed. You can restore it from one of the automatic backups.</source>
        <translation>يبدو أن ملف دفتر عملك تالف. لم يُغيَّر. يمكنك استعادته من إحدى النسخ الاحتياطية التلقائية.</translation>
    </message>
    <message>
        <source>Your last change could not be saved. It is still in the form, so you can try again. If this keeps happening, check that the disk is not full and the folder is writable.</source>
        <translation>تعذّر حفظ آخر تغيير أجريته. ما زال في النموذج، فيمكنك المحاولة مرة أخرى. إذا تكرر ذلك، فتأكد من أن القرص غير ممتلئ وأن المجلد قابل للكتابة.</translation>
    </message>
    <message>
        <source>A safety copy of your workbook could not be made. Your workbook itself is unchanged. Please check that the disk is not full and the folder is writable.</source>
        <translation>تعذّر إنشاء نسخة أمان من دفتر عملك. دفتر عملك نفسه لم يتغير. يُرجى التأكد من أن القرص غير ممتلئ وأن المجلد قابل للكتابة.</translation>
    </message>
    <message>
        <source>None of the automatic backups could be used to restore your workbook. Nothing has been deleted: the damaged file and the backups are all still in the data folder.</source>
        <translation>لم تصلح أي من النسخ الاحتياطية التلقائية لاستعادة دفتر عملك. لم يُحذف شيء: الملف التالف والنسخ الاحتياطية كلها ما زالت في مجلد البيانات.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This copy is %n saved changes behind.</source>
        <translation>
            <numerusform>لا ينقص هذه النسخةَ أي تغيير محفوظ.</numerusform>
            <numerusform>ينقص هذه النسخةَ تغييرٌ محفوظ واحد.</numerusform>
            <numerusform>ينقص هذه النسخةَ تغييران محفوظان.</numerusform>
            <numerusform>ينقص هذه النسخةَ %n تغييرات محفوظة.</numerusform>
            <numerusform>ينقص هذه النسخةَ %n تغييرًا محفوظًا.</numerusform>
            <numerusform>ينقص هذه النسخةَ %n تغيير محفوظ.</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message>
        <source>This copy of your workbook is older than the newest one Workbook has seen here.</source>
        <translation>هذه النسخة من دفتر عملك أقدم من أحدث نسخة رآها Workbook هنا.</translation>
    </message>
    <message>
        <source>Workbook cannot confirm that this is the newest copy of your workbook: the record of its newest version (workbook.db-seen in the data folder) is missing or does not belong to it.</source>
        <translation>لا يستطيع Workbook التأكد من أن هذه أحدث نسخة من دفتر عملك: سجل أحدث إصدار منه (workbook.db-seen في مجلد البيانات) مفقود أو لا يخصّه.</translation>
    </message>
    <message>
        <source>Your workbook was last changed on {when}.</source>
        <translation>آخر تغيير على دفتر عملك كان في {when}.</translation>
    </message>
    <message>
        <source>This copy is from {when}, {age} older.</source>
        <translation>هذه النسخة من {when}، أي أقدم بـ{age}.</translation>
    </message>
    <message>
        <source>An automatic backup or an old copy may have been put in its place, or its log file (workbook.db-wal) was deleted or damaged. Nothing has been changed.</source>
        <translation>ربما وُضعت مكانه نسخة احتياطية تلقائية أو نسخة قديمة، أو حُذف ملف السجل الخاص به (workbook.db-wal) أو تلف. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>You can restore the newest good automatic backup, from {when}, or keep working with this copy.</source>
        <translation>يمكنك استعادة أحدث نسخة احتياطية تلقائية سليمة، من {when}، أو مواصلة العمل بهذه النسخة.</translation>
    </message>
    <message>
        <source>None of the automatic backups is as new as your workbook was; you can keep working with this copy.</source>
        <translation>لا توجد نسخة احتياطية تلقائية بحداثة دفتر عملك؛ يمكنك مواصلة العمل بهذه النسخة.</translation>
    </message>
    <message>
        <source>No safety copy was made, because the workbook on disk is older than the newest version Workbook has seen. The existing backups are kept as they are.</source>
        <translation>لم تُنشأ نسخة أمان، لأن دفتر العمل على القرص أقدم من أحدث إصدار رآه Workbook. تبقى النسخ الاحتياطية الموجودة كما هي.</translation>
    </message>
    <message>
        <source>Your damaged workbook could not be moved aside, so nothing was restored. Please check that the data folder is writable.</source>
        <translation>تعذّر نقل دفتر عملك التالف جانبًا، لذلك لم تُستعَد أي نسخة. يُرجى التأكد من أن مجلد البيانات قابل للكتابة.</translation>
    </message>
    <message>
        <source>The backup could not be copied into place. Nothing has been changed. Please check that the disk is not full and the folder is writable.</source>
        <translation>تعذّر نسخ النسخة الاحتياطية إلى مكانها. لم يُغيَّر شيء. يُرجى التأكد من أن القرص غير ممتلئ وأن المجلد قابل للكتابة.</translation>
    </message>
    <message>
        <source>The backup could not be put in place. Your files are all still in the data folder.</source>
        <translation>تعذّر وضع النسخة الاحتياطية في مكانها. ملفاتك كلها ما زالت في مجلد البيانات.</translation>
    </message>
    <message>
        <source>Your workbook could not be read. Please check that the drive it is on is connected and that you can open files in the data folder.</source>
        <translation>تعذّرت قراءة دفتر عملك. يُرجى التأكد من أن محرك الأقراص الذي عليه متصل وأنك تستطيع فتح الملفات في مجلد البيانات.</translation>
    </message>
    <message>
        <source>Your passphrase or recovery code could not be changed, because the workbook could not be copied under its new key. Nothing has been changed; your current passphrase and recovery code still open it. Please check that the disk is not full.</source>
        <translation>تعذّر تغيير عبارة المرور أو رمز الاسترداد، لأنه تعذّر نسخ دفتر العمل بمفتاحه الجديد. لم يُغيَّر شيء؛ وما زالت عبارة المرور ورمز الاسترداد الحاليان يفتحانه. يُرجى التأكد من أن القرص غير ممتلئ.</translation>
    </message>
    <message>
        <source>There is no workbook in this folder to protect with a new key.</source>
        <translation>لا يوجد في هذا المجلد دفتر عمل لحمايته بمفتاح جديد.</translation>
    </message>
    <message>
        <source>A change of your passphrase or recovery code could not be completed, so the workbook could not be opened. Nothing is lost. Please check that the disk is not full and the data folder is writable, then open Workbook again.</source>
        <translation>تعذّر إكمال تغيير عبارة المرور أو رمز الاسترداد، لذلك تعذّر فتح دفتر العمل. لم يضِع شيء. يُرجى التأكد من أن القرص غير ممتلئ وأن مجلد البيانات قابل للكتابة، ثم افتح Workbook من جديد.</translation>
    </message>
    <message>
        <source>Your workbook can be read but not saved to. Please check that the drive it is on is connected and that its folder is not read-only, then open Workbook again.</source>
        <translation>يمكن قراءة دفتر عملك لكن لا يمكن الحفظ فيه. يُرجى التأكد من أن محرك الأقراص الذي عليه متصل وأن مجلده ليس للقراءة فقط، ثم افتح Workbook من جديد.</translation>
    </message>
    <message>
        <source>Your workbook file can no longer be found, so your last change could not be saved. It is still in the form. Please check that the drive it is on is still connected.</source>
        <translation>لم يعد ملف دفتر عملك موجودًا، لذلك تعذّر حفظ آخر تغيير. ما زال في النموذج. يُرجى التأكد من أن محرك الأقراص الذي عليه ما زال متصلًا.</translation>
    </message>
    <message>
        <source>Entries in your contact log are never changed or removed once written. You can correct an entry or withdraw it; the earlier version stays in the record.</source>
        <translation>لا تُغيَّر إدخالات سجل التواصل ولا تُحذف بعد كتابتها. يمكنك تصحيح إدخال أو سحبه؛ وتبقى النسخة السابقة في السجل.</translation>
    </message>
    <message>
        <source>Only the latest version of a log entry can be corrected or withdrawn. Please open the entry again and correct it there.</source>
        <translation>لا يمكن تصحيح أو سحب إلا أحدث نسخة من إدخال السجل. يُرجى فتح الإدخال من جديد وتصحيحه هناك.</translation>
    </message>
    <message>
        <source>This stays in your plan because entries in your contact log refer to it, and the log keeps every entry exactly as it was written.</source>
        <translation>يبقى هذا في خطتك لأن إدخالات في سجل التواصل تشير إليه، والسجل يحفظ كل إدخال كما كُتب تمامًا.</translation>
    </message>
    <message>
        <source>Your contact log already holds entries, and they are never removed or replaced. A plan file can be imported into a workbook whose contact log is still empty.</source>
        <translation>يحتوي سجل التواصل لديك على إدخالات بالفعل، ولا تُحذف أبدًا ولا تُستبدل. يمكن استيراد ملف خطة إلى دفتر عمل ما زال سجل التواصل فيه فارغًا.</translation>
    </message>
    <message>
        <source>This evidence file is not in the workbook (any more).</source>
        <translation>ملف الأدلة هذا غير موجود في دفتر العمل (أو لم يعد موجودًا).</translation>
    </message>
    <message>
        <source>The contact log in this plan does not hold together, so nothing was imported. {problem}</source>
        <translation>سجل التواصل في هذه الخطة غير متماسك، لذلك لم يُستورد شيء. {problem}</translation>
    </message>
    <message>
        <source>The folder for your workbook could not be created. Please check that the drive is connected and writable.</source>
        <translation>تعذّر إنشاء مجلد دفتر عملك. يُرجى التأكد من أن محرك الأقراص متصل وقابل للكتابة.</translation>
    </message>
    <message>
        <source>Your workbook file is missing or empty. You can restore it from the newest automatic backup.</source>
        <translation>ملف دفتر عملك مفقود أو فارغ. يمكنك استعادته من أحدث نسخة احتياطية تلقائية.</translation>
    </message>
    <message>
        <source>Some of its entries have no hash.</source>
        <translation>بعض إدخالاته ليس لها بصمة (hash).</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>I keep exactly the contact that a court or official requires: never less, never more. If a ruling needs to change, I ask through the proper channels.</source>
        <translation>ألتزم بالتواصل الذي تفرضه محكمة أو جهة رسمية بالضبط: لا أقل ولا أكثر. وإذا كان لا بد من تغيير حكم، أطلب ذلك عبر القنوات الصحيحة.</translation>
    </message>
    <message>
        <source>No letters and no visits: not on birthdays or holidays, and not in a hospital.</source>
        <translation>لا رسائل ولا زيارات: لا في أعياد الميلاد ولا في المناسبات، ولا في المستشفى.</translation>
    </message>
    <message>
        <source>Wherever I can, I leave unavoidable contact to a professional: my lawyer, an accountant or a mediator.</source>
        <translation>حيثما أمكن، أترك التواصل الذي لا مفر منه لمختص: محاميّ أو محاسب أو وسيط.</translation>
    </message>
    <message>
        <source>I do not answer his messages, whatever their tone: pleading, romantic, nostalgic, flattering or threatening.</source>
        <comment>he</comment>
        <translation>لا أرد على رسائله، مهما كانت نبرتها: متوسلة أو رومانسية أو حنينية أو متملقة أو مهددة.</translation>
    </message>
    <message>
        <source>I do not answer her messages, whatever their tone: pleading, romantic, nostalgic, flattering or threatening.</source>
        <comment>she</comment>
        <translation>لا أرد على رسائلها، مهما كانت نبرتها: متوسلة أو رومانسية أو حنينية أو متملقة أو مهددة.</translation>
    </message>
    <message>
        <source>I do not answer the other person&apos;s messages, whatever their tone: pleading, romantic, nostalgic, flattering or threatening.</source>
        <comment>they</comment>
        <translation>لا أرد على رسائل الطرف الآخر، مهما كانت نبرتها: متوسلة أو رومانسية أو حنينية أو متملقة أو مهددة.</translation>
    </message>
    <message>
        <source>I do not answer {name}&apos;s messages, whatever their tone: pleading, romantic, nostalgic, flattering or threatening.</source>
        <comment>name</comment>
        <translation>لا أرد على رسائل {name}، مهما كانت نبرتها: متوسلة أو رومانسية أو حنينية أو متملقة أو مهددة.</translation>
    </message>
    <message>
        <source>I return his gifts unopened.</source>
        <comment>he</comment>
        <translation>أعيد هداياه دون فتحها.</translation>
    </message>
    <message>
        <source>I return her gifts unopened.</source>
        <comment>she</comment>
        <translation>أعيد هداياها دون فتحها.</translation>
    </message>
    <message>
        <source>I return the other person&apos;s gifts unopened.</source>
        <comment>they</comment>
        <translation>أعيد هدايا الطرف الآخر دون فتحها.</translation>
    </message>
    <message>
        <source>I return {name}&apos;s gifts unopened.</source>
        <comment>name</comment>
        <translation>أعيد هدايا {name} دون فتحها.</translation>
    </message>
    <message>
        <source>I do not let him in, and I do not answer the intercom when it is him.</source>
        <comment>he</comment>
        <translation>لا أسمح له بالدخول، ولا أرد على جرس الباب حين يكون هو.</translation>
    </message>
    <message>
        <source>I do not let her in, and I do not answer the intercom when it is her.</source>
        <comment>she</comment>
        <translation>لا أسمح لها بالدخول، ولا أرد على جرس الباب حين تكون هي.</translation>
    </message>
    <message>
        <source>I do not let the other person in, and I do not answer the intercom when it is them.</source>
        <comment>they</comment>
        <translation>لا أسمح للطرف الآخر بالدخول، ولا أرد على جرس الباب حين يكون هو الطارق.</translation>
    </message>
    <message>
        <source>I do not let {name} in, and I do not answer the intercom when it is {name}.</source>
        <comment>name</comment>
        <translation>لا أسمح لـ{name} بالدخول، ولا أرد على جرس الباب حين يكون الطارق {name}.</translation>
    </message>
    <message>
        <source>I do not talk with him on the phone. If I hear his voice, I say my one firm sentence and hang up.</source>
        <comment>he</comment>
        <translation>لا أتحدث معه على الهاتف. إن سمعت صوته، أقول جملتي الحازمة الوحيدة وأُنهي المكالمة.</translation>
    </message>
    <message>
        <source>I do not talk with her on the phone. If I hear her voice, I say my one firm sentence and hang up.</source>
        <comment>she</comment>
        <translation>لا أتحدث معها على الهاتف. إن سمعت صوتها، أقول جملتي الحازمة الوحيدة وأُنهي المكالمة.</translation>
    </message>
    <message>
        <source>I do not talk with the other person on the phone. If I hear their voice, I say my one firm sentence and hang up.</source>
        <comment>they</comment>
        <translation>لا أتحدث مع الطرف الآخر على الهاتف. إن سمعت صوته، أقول جملتي الحازمة الوحيدة وأُنهي المكالمة.</translation>
    </message>
    <message>
        <source>I do not talk with {name} on the phone. If I hear {name}&apos;s voice, I say my one firm sentence and hang up.</source>
        <comment>name</comment>
        <translation>لا أتحدث مع {name} على الهاتف. إن سمعت صوت {name}، أقول جملتي الحازمة الوحيدة وأُنهي المكالمة.</translation>
    </message>
    <message>
        <source>I do not answer requests he passes on through other people.</source>
        <comment>he</comment>
        <translation>لا أرد على الطلبات التي ينقلها عن طريق أشخاص آخرين.</translation>
    </message>
    <message>
        <source>I do not answer requests she passes on through other people.</source>
        <comment>she</comment>
        <translation>لا أرد على الطلبات التي تنقلها عن طريق أشخاص آخرين.</translation>
    </message>
    <message>
        <source>I do not answer requests the other person passes on through other people.</source>
        <comment>they</comment>
        <translation>لا أرد على الطلبات التي ينقلها الطرف الآخر عن طريق أشخاص آخرين.</translation>
    </message>
    <message>
        <source>I do not answer requests {name} passes on through other people.</source>
        <comment>name</comment>
        <translation>لا أرد على طلبات {name} التي تصلني عن طريق أشخاص آخرين.</translation>
    </message>
    <message>
        <source>I do not ask him for anything, even when I am in need.</source>
        <comment>he</comment>
        <translation>لا أطلب منه شيئًا، حتى حين أكون في حاجة.</translation>
    </message>
    <message>
        <source>I do not ask her for anything, even when I am in need.</source>
        <comment>she</comment>
        <translation>لا أطلب منها شيئًا، حتى حين أكون في حاجة.</translation>
    </message>
    <message>
        <source>I do not ask the other person for anything, even when I am in need.</source>
        <comment>they</comment>
        <translation>لا أطلب من الطرف الآخر شيئًا، حتى حين أكون في حاجة.</translation>
    </message>
    <message>
        <source>I do not ask {name} for anything, even when I am in need.</source>
        <comment>name</comment>
        <translation>لا أطلب من {name} شيئًا، حتى حين أكون في حاجة.</translation>
    </message>
    <message>
        <source>When a meeting cannot be avoided, I keep to the agenda: no personal matters (mine or his), no closeness, no going back to shared memories.</source>
        <comment>he</comment>
        <translation>حين لا يمكن تجنب لقاء، ألتزم بجدول الأعمال: لا أمور شخصية (لي أو له)، ولا قرب، ولا عودة إلى الذكريات المشتركة.</translation>
    </message>
    <message>
        <source>When a meeting cannot be avoided, I keep to the agenda: no personal matters (mine or hers), no closeness, no going back to shared memories.</source>
        <comment>she</comment>
        <translation>حين لا يمكن تجنب لقاء، ألتزم بجدول الأعمال: لا أمور شخصية (لي أو لها)، ولا قرب، ولا عودة إلى الذكريات المشتركة.</translation>
    </message>
    <message>
        <source>When a meeting cannot be avoided, I keep to the agenda: no personal matters (mine or theirs), no closeness, no going back to shared memories.</source>
        <comment>they</comment>
        <translation>حين لا يمكن تجنب لقاء، ألتزم بجدول الأعمال: لا أمور شخصية (لي أو للطرف الآخر)، ولا قرب، ولا عودة إلى الذكريات المشتركة.</translation>
    </message>
    <message>
        <source>When a meeting cannot be avoided, I keep to the agenda: no personal matters (mine or {name}&apos;s), no closeness, no going back to shared memories.</source>
        <comment>name</comment>
        <translation>حين لا يمكن تجنب لقاء، ألتزم بجدول الأعمال: لا أمور شخصية (لي أو لـ{name})، ولا قرب، ولا عودة إلى الذكريات المشتركة.</translation>
    </message>
    <message>
        <source>I do not discuss him with the children, and I do not gossip about him.</source>
        <comment>he</comment>
        <translation>لا أتحدث عنه مع الأطفال، ولا أتكلم عنه بالسوء أمام الناس.</translation>
    </message>
    <message>
        <source>I do not discuss her with the children, and I do not gossip about her.</source>
        <comment>she</comment>
        <translation>لا أتحدث عنها مع الأطفال، ولا أتكلم عنها بالسوء أمام الناس.</translation>
    </message>
    <message>
        <source>I do not discuss the other person with the children, and I do not gossip about them.</source>
        <comment>they</comment>
        <translation>لا أتحدث عن الطرف الآخر مع الأطفال، ولا أتكلم عنه بالسوء أمام الناس.</translation>
    </message>
    <message>
        <source>I do not discuss {name} with the children, and I do not gossip about {name}.</source>
        <comment>name</comment>
        <translation>لا أتحدث عن {name} مع الأطفال، ولا أتكلم عن {name} بالسوء أمام الناس.</translation>
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
        <comment>he</comment>
        <translation>لا أتحدث عنه، ولن أنقل أي رسائل. شكرًا.</translation>
    </message>
    <message>
        <source>I don&apos;t talk about her, and I won&apos;t pass on any messages. Thank you.</source>
        <comment>she</comment>
        <translation>لا أتحدث عنها، ولن أنقل أي رسائل. شكرًا.</translation>
    </message>
    <message>
        <source>I don&apos;t talk about them, and I won&apos;t pass on any messages. Thank you.</source>
        <comment>they</comment>
        <translation>لا أتحدث عن ذلك الشخص، ولن أنقل أي رسائل. شكرًا.</translation>
    </message>
    <message>
        <source>I don&apos;t talk about {name}, and I won&apos;t pass on any messages. Thank you.</source>
        <comment>name</comment>
        <translation>لا أتحدث عن {name}، ولن أنقل أي رسائل. شكرًا.</translation>
    </message>
    <message>
        <source>Please don&apos;t bring me messages from him. If it is about the children, he can contact my lawyer.</source>
        <comment>he</comment>
        <translation>أرجو ألا تنقل لي رسائل منه. إن كان الأمر يخص الأطفال، يمكنه التواصل مع محاميّ.</translation>
    </message>
    <message>
        <source>Please don&apos;t bring me messages from her. If it is about the children, she can contact my lawyer.</source>
        <comment>she</comment>
        <translation>أرجو ألا تنقل لي رسائل منها. إن كان الأمر يخص الأطفال، يمكنها التواصل مع محاميّ.</translation>
    </message>
    <message>
        <source>Please don&apos;t bring me messages from them. If it is about the children, they can contact my lawyer.</source>
        <comment>they</comment>
        <translation>أرجو ألا تنقل لي رسائل من ذلك الشخص. إن كان الأمر يخص الأطفال، يمكنه التواصل مع محاميّ.</translation>
    </message>
    <message>
        <source>Please don&apos;t bring me messages from {name}. If it is about the children, {name} can contact my lawyer.</source>
        <comment>name</comment>
        <translation>أرجو ألا تنقل لي رسائل من {name}. إن كان الأمر يخص الأطفال، فالتواصل يكون مع محاميّ.</translation>
    </message>
    <message>
        <source>Unopened, by post to his lawyer, with no note.</source>
        <comment>he</comment>
        <translation>دون فتحها، بالبريد إلى محاميه، دون أي رسالة.</translation>
    </message>
    <message>
        <source>Unopened, by post to her lawyer, with no note.</source>
        <comment>she</comment>
        <translation>دون فتحها، بالبريد إلى محاميها، دون أي رسالة.</translation>
    </message>
    <message>
        <source>Unopened, by post to their lawyer, with no note.</source>
        <comment>they</comment>
        <translation>دون فتحها، بالبريد إلى محامي الطرف الآخر، دون أي رسالة.</translation>
    </message>
    <message>
        <source>Unopened, by post to {name}&apos;s lawyer, with no note.</source>
        <comment>name</comment>
        <translation>دون فتحها، بالبريد إلى محامي {name}، دون أي رسالة.</translation>
    </message>
    <message>
        <source>Unopened, handed back through a friend he does not know, with no note.</source>
        <comment>he</comment>
        <translation>دون فتحها، تُعاد عن طريق صديق لا يعرفه، دون أي رسالة.</translation>
    </message>
    <message>
        <source>Unopened, handed back through a friend she does not know, with no note.</source>
        <comment>she</comment>
        <translation>دون فتحها، تُعاد عن طريق صديق لا تعرفه، دون أي رسالة.</translation>
    </message>
    <message>
        <source>Unopened, handed back through a friend they do not know, with no note.</source>
        <comment>they</comment>
        <translation>دون فتحها، تُعاد عن طريق صديق لا يعرفه الطرف الآخر، دون أي رسالة.</translation>
    </message>
    <message>
        <source>Unopened, handed back through a friend {name} does not know, with no note.</source>
        <comment>name</comment>
        <translation>دون فتحها، تُعاد عن طريق صديق لا يعرفه {name}، دون أي رسالة.</translation>
    </message>
    <message>
        <source>He comes to my door, my workplace, or somewhere he knows I go.</source>
        <comment>he</comment>
        <translation>يأتي إلى بابي أو مكان عملي أو مكان يعرف أنني أذهب إليه.</translation>
    </message>
    <message>
        <source>She comes to my door, my workplace, or somewhere she knows I go.</source>
        <comment>she</comment>
        <translation>تأتي إلى بابي أو مكان عملي أو مكان تعرف أنني أذهب إليه.</translation>
    </message>
    <message>
        <source>The other person comes to my door, my workplace, or somewhere they know I go.</source>
        <comment>they</comment>
        <translation>يأتي الطرف الآخر إلى بابي أو مكان عملي أو مكان يعرف أنني أذهب إليه.</translation>
    </message>
    <message>
        <source>{name} comes to my door, my workplace, or somewhere {name} knows I go.</source>
        <comment>name</comment>
        <translation>مجيء {name} إلى بابي أو مكان عملي أو مكان معروف أنني أذهب إليه.</translation>
    </message>
    <message>
        <source>He says he is “in the area” or wants to “just talk for a minute”.</source>
        <comment>he</comment>
        <translation>يقول إنه «في المنطقة» أو يريد «أن يتحدث دقيقة فقط».</translation>
    </message>
    <message>
        <source>She says she is “in the area” or wants to “just talk for a minute”.</source>
        <comment>she</comment>
        <translation>تقول إنها «في المنطقة» أو تريد «أن تتحدث دقيقة فقط».</translation>
    </message>
    <message>
        <source>The other person says they are “in the area” or wants to “just talk for a minute”.</source>
        <comment>they</comment>
        <translation>يقول الطرف الآخر إنه «في المنطقة» أو يريد «أن يتحدث دقيقة فقط».</translation>
    </message>
    <message>
        <source>{name} says they are “in the area” or wants to “just talk for a minute”.</source>
        <comment>name</comment>
        <translation>يصلني من {name}: «أنا في المنطقة» أو «أريد الحديث دقيقة فقط».</translation>
    </message>
    <message>
        <source>His car, or someone close to him, is seen near my home or work.</source>
        <comment>he</comment>
        <translation>تُرى سيارته، أو شخص مقرب منه، قرب بيتي أو عملي.</translation>
    </message>
    <message>
        <source>Her car, or someone close to her, is seen near my home or work.</source>
        <comment>she</comment>
        <translation>تُرى سيارتها، أو شخص مقرب منها، قرب بيتي أو عملي.</translation>
    </message>
    <message>
        <source>The other person&apos;s car, or someone close to them, is seen near my home or work.</source>
        <comment>they</comment>
        <translation>تُرى سيارة الطرف الآخر، أو شخص مقرب منه، قرب بيتي أو عملي.</translation>
    </message>
    <message>
        <source>{name}&apos;s car, or someone close to {name}, is seen near my home or work.</source>
        <comment>name</comment>
        <translation>تُرى سيارة {name}، أو شخص مقرب من {name}، قرب بيتي أو عملي.</translation>
    </message>
    <message>
        <source>His messages mention where I live, where I work or where I go.</source>
        <comment>he</comment>
        <translation>تذكر رسائله أين أسكن أو أين أعمل أو أين أذهب.</translation>
    </message>
    <message>
        <source>Her messages mention where I live, where I work or where I go.</source>
        <comment>she</comment>
        <translation>تذكر رسائلها أين أسكن أو أين أعمل أو أين أذهب.</translation>
    </message>
    <message>
        <source>The other person&apos;s messages mention where I live, where I work or where I go.</source>
        <comment>they</comment>
        <translation>تذكر رسائل الطرف الآخر أين أسكن أو أين أعمل أو أين أذهب.</translation>
    </message>
    <message>
        <source>{name}&apos;s messages mention where I live, where I work or where I go.</source>
        <comment>name</comment>
        <translation>تذكر رسائل {name} أين أسكن أو أين أعمل أو أين أذهب.</translation>
    </message>
    <message>
        <source>Someone mentions that he asked about my routine or my new address.</source>
        <comment>he</comment>
        <translation>يذكر أحدهم أنه سأل عن روتيني أو عن عنواني الجديد.</translation>
    </message>
    <message>
        <source>Someone mentions that she asked about my routine or my new address.</source>
        <comment>she</comment>
        <translation>يذكر أحدهم أنها سألت عن روتيني أو عن عنواني الجديد.</translation>
    </message>
    <message>
        <source>Someone mentions that the other person asked about my routine or my new address.</source>
        <comment>they</comment>
        <translation>يذكر أحدهم أن الطرف الآخر سأل عن روتيني أو عن عنواني الجديد.</translation>
    </message>
    <message>
        <source>Someone mentions that {name} asked about my routine or my new address.</source>
        <comment>name</comment>
        <translation>يذكر أحدهم سؤال {name} عن روتيني أو عن عنواني الجديد.</translation>
    </message>
    <message>
        <source>At work, ask reception or security not to let him in.</source>
        <comment>he</comment>
        <translation>في العمل، أطلب من الاستقبال أو الأمن عدم السماح له بالدخول.</translation>
    </message>
    <message>
        <source>At work, ask reception or security not to let her in.</source>
        <comment>she</comment>
        <translation>في العمل، أطلب من الاستقبال أو الأمن عدم السماح لها بالدخول.</translation>
    </message>
    <message>
        <source>At work, ask reception or security not to let the other person in.</source>
        <comment>they</comment>
        <translation>في العمل، أطلب من الاستقبال أو الأمن عدم السماح للطرف الآخر بالدخول.</translation>
    </message>
    <message>
        <source>At work, ask reception or security not to let {name} in.</source>
        <comment>name</comment>
        <translation>في العمل، أطلب من الاستقبال أو الأمن عدم السماح لـ{name} بالدخول.</translation>
    </message>
    <message>
        <source>He threatens me, the children or himself, or tries to force me with secrets.</source>
        <comment>he</comment>
        <translation>يهددني أو يهدد الأطفال أو نفسه، أو يحاول إجباري بالأسرار.</translation>
    </message>
    <message>
        <source>She threatens me, the children or herself, or tries to force me with secrets.</source>
        <comment>she</comment>
        <translation>تهددني أو تهدد الأطفال أو نفسها، أو تحاول إجباري بالأسرار.</translation>
    </message>
    <message>
        <source>The other person threatens me, the children or themselves, or tries to force me with secrets.</source>
        <comment>they</comment>
        <translation>يهددني الطرف الآخر أو يهدد الأطفال أو نفسه، أو يحاول إجباري بالأسرار.</translation>
    </message>
    <message>
        <source>{name} threatens me, the children or themselves, or tries to force me with secrets.</source>
        <comment>name</comment>
        <translation>تهديدات من {name} لي أو للأطفال أو بإيذاء النفس، أو محاولة إجباري بالأسرار.</translation>
    </message>
    <message>
        <source>He hints at “consequences” if I do not answer him.</source>
        <comment>he</comment>
        <translation>يلمّح إلى «عواقب» إن لم أرد عليه.</translation>
    </message>
    <message>
        <source>She hints at “consequences” if I do not answer her.</source>
        <comment>she</comment>
        <translation>تلمّح إلى «عواقب» إن لم أرد عليها.</translation>
    </message>
    <message>
        <source>The other person hints at “consequences” if I do not answer them.</source>
        <comment>they</comment>
        <translation>يلمّح الطرف الآخر إلى «عواقب» إن لم أرد عليه.</translation>
    </message>
    <message>
        <source>{name} hints at “consequences” if I do not answer.</source>
        <comment>name</comment>
        <translation>تلميح {name} إلى «عواقب» إن لم أرد.</translation>
    </message>
    <message>
        <source>He threatens to share private photos, messages or secrets.</source>
        <comment>he</comment>
        <translation>يهدد بنشر صور أو رسائل أو أسرار خاصة.</translation>
    </message>
    <message>
        <source>She threatens to share private photos, messages or secrets.</source>
        <comment>she</comment>
        <translation>تهدد بنشر صور أو رسائل أو أسرار خاصة.</translation>
    </message>
    <message>
        <source>The other person threatens to share private photos, messages or secrets.</source>
        <comment>they</comment>
        <translation>يهدد الطرف الآخر بنشر صور أو رسائل أو أسرار خاصة.</translation>
    </message>
    <message>
        <source>{name} threatens to share private photos, messages or secrets.</source>
        <comment>name</comment>
        <translation>تهديد {name} بنشر صور أو رسائل أو أسرار خاصة.</translation>
    </message>
    <message>
        <source>He threatens to take the children, or to harm himself, me or someone I love.</source>
        <comment>he</comment>
        <translation>يهدد بأخذ الأطفال، أو بإيذاء نفسه أو إيذائي أو إيذاء شخص أحبه.</translation>
    </message>
    <message>
        <source>She threatens to take the children, or to harm herself, me or someone I love.</source>
        <comment>she</comment>
        <translation>تهدد بأخذ الأطفال، أو بإيذاء نفسها أو إيذائي أو إيذاء شخص أحبه.</translation>
    </message>
    <message>
        <source>The other person threatens to take the children, or to harm themselves, me or someone I love.</source>
        <comment>they</comment>
        <translation>يهدد الطرف الآخر بأخذ الأطفال، أو بإيذاء نفسه أو إيذائي أو إيذاء شخص أحبه.</translation>
    </message>
    <message>
        <source>{name} threatens to take the children, or to harm themselves, me or someone I love.</source>
        <comment>name</comment>
        <translation>تهديد {name} بأخذ الأطفال، أو بإيذاء النفس أو إيذائي أو إيذاء شخص أحبه.</translation>
    </message>
    <message>
        <source>His messages come more often, or grow angrier.</source>
        <comment>he</comment>
        <translation>تأتي رسائله أكثر، أو تزداد غضبًا.</translation>
    </message>
    <message>
        <source>Her messages come more often, or grow angrier.</source>
        <comment>she</comment>
        <translation>تأتي رسائلها أكثر، أو تزداد غضبًا.</translation>
    </message>
    <message>
        <source>The other person&apos;s messages come more often, or grow angrier.</source>
        <comment>they</comment>
        <translation>تأتي رسائل الطرف الآخر أكثر، أو تزداد غضبًا.</translation>
    </message>
    <message>
        <source>{name}&apos;s messages come more often, or grow angrier.</source>
        <comment>name</comment>
        <translation>تأتي رسائل {name} أكثر، أو تزداد غضبًا.</translation>
    </message>
    <message>
        <source>If he threatens to harm someone now, call the emergency number at once.</source>
        <comment>he</comment>
        <translation>إن هدد بإيذاء أحد الآن، الاتصال برقم الطوارئ فورًا.</translation>
    </message>
    <message>
        <source>If she threatens to harm someone now, call the emergency number at once.</source>
        <comment>she</comment>
        <translation>إن هددت بإيذاء أحد الآن، الاتصال برقم الطوارئ فورًا.</translation>
    </message>
    <message>
        <source>If the other person threatens to harm someone now, call the emergency number at once.</source>
        <comment>they</comment>
        <translation>إن هدد الطرف الآخر بإيذاء أحد الآن، الاتصال برقم الطوارئ فورًا.</translation>
    </message>
    <message>
        <source>If {name} threatens to harm someone now, call the emergency number at once.</source>
        <comment>name</comment>
        <translation>عند أي تهديد من {name} بإيذاء أحد الآن، الاتصال برقم الطوارئ فورًا.</translation>
    </message>
    <message>
        <source>He arrives early, late, or with someone he did not announce.</source>
        <comment>he</comment>
        <translation>يصل مبكرًا أو متأخرًا، أو مع شخص لم يُعلن عنه.</translation>
    </message>
    <message>
        <source>She arrives early, late, or with someone she did not announce.</source>
        <comment>she</comment>
        <translation>تصل مبكرًا أو متأخرةً، أو مع شخص لم تُعلن عنه.</translation>
    </message>
    <message>
        <source>The other person arrives early, late, or with someone they did not announce.</source>
        <comment>they</comment>
        <translation>يصل الطرف الآخر مبكرًا أو متأخرًا، أو مع شخص لم يُعلن عنه.</translation>
    </message>
    <message>
        <source>{name} arrives early, late, or with someone {name} did not announce.</source>
        <comment>name</comment>
        <translation>وصول {name} مبكرًا أو متأخرًا، أو مع شخص لم يُعلن عنه.</translation>
    </message>
    <message>
        <source>He brings up personal matters, shared memories or our relationship.</source>
        <comment>he</comment>
        <translation>يثير أمورًا شخصية أو ذكريات مشتركة أو علاقتنا.</translation>
    </message>
    <message>
        <source>She brings up personal matters, shared memories or our relationship.</source>
        <comment>she</comment>
        <translation>تثير أمورًا شخصية أو ذكريات مشتركة أو علاقتنا.</translation>
    </message>
    <message>
        <source>The other person brings up personal matters, shared memories or our relationship.</source>
        <comment>they</comment>
        <translation>يثير الطرف الآخر أمورًا شخصية أو ذكريات مشتركة أو علاقتنا.</translation>
    </message>
    <message>
        <source>{name} brings up personal matters, shared memories or our relationship.</source>
        <comment>name</comment>
        <translation>إثارة {name} لأمور شخصية أو ذكريات مشتركة أو لعلاقتنا.</translation>
    </message>
    <message>
        <source>He raises his voice, blocks my way or will not let me leave.</source>
        <comment>he</comment>
        <translation>يرفع صوته أو يسد طريقي أو لا يدعني أغادر.</translation>
    </message>
    <message>
        <source>She raises her voice, blocks my way or will not let me leave.</source>
        <comment>she</comment>
        <translation>ترفع صوتها أو تسد طريقي أو لا تدعني أغادر.</translation>
    </message>
    <message>
        <source>The other person raises their voice, blocks my way or will not let me leave.</source>
        <comment>they</comment>
        <translation>يرفع الطرف الآخر صوته أو يسد طريقي أو لا يدعني أغادر.</translation>
    </message>
    <message>
        <source>{name} raises their voice, blocks my way or will not let me leave.</source>
        <comment>name</comment>
        <translation>رفع {name} الصوت أو سدّ طريقي أو منعي من المغادرة.</translation>
    </message>
    <message>
        <source>He has found out where I am, or he is on his way.</source>
        <comment>he</comment>
        <translation>عرف أين أنا، أو هو في طريقه إليّ.</translation>
    </message>
    <message>
        <source>She has found out where I am, or she is on her way.</source>
        <comment>she</comment>
        <translation>عرفت أين أنا، أو هي في طريقها إليّ.</translation>
    </message>
    <message>
        <source>The other person has found out where I am, or is on their way.</source>
        <comment>they</comment>
        <translation>عرف الطرف الآخر أين أنا، أو هو في طريقه إليّ.</translation>
    </message>
    <message>
        <source>{name} has found out where I am, or is on the way.</source>
        <comment>name</comment>
        <translation>معرفة {name} بمكاني، أو أن {name} في الطريق إليّ.</translation>
    </message>
    <message>
        <source>Something during his time with the children puts them in danger.</source>
        <comment>he</comment>
        <translation>شيء ما خلال وقته مع الأطفال يعرّضهم للخطر.</translation>
    </message>
    <message>
        <source>Something during her time with the children puts them in danger.</source>
        <comment>she</comment>
        <translation>شيء ما خلال وقتها مع الأطفال يعرّضهم للخطر.</translation>
    </message>
    <message>
        <source>Something during the other person&apos;s time with the children puts them in danger.</source>
        <comment>they</comment>
        <translation>شيء ما خلال وقت الطرف الآخر مع الأطفال يعرّضهم للخطر.</translation>
    </message>
    <message>
        <source>Something during {name}&apos;s time with the children puts them in danger.</source>
        <comment>name</comment>
        <translation>شيء ما خلال وقت {name} مع الأطفال يعرّضهم للخطر.</translation>
    </message>
    <message>
        <source>He questions the children about me, or uses them to carry messages.</source>
        <comment>he</comment>
        <translation>يستجوب الأطفال عني، أو يستخدمهم لنقل الرسائل.</translation>
    </message>
    <message>
        <source>She questions the children about me, or uses them to carry messages.</source>
        <comment>she</comment>
        <translation>تستجوب الأطفال عني، أو تستخدمهم لنقل الرسائل.</translation>
    </message>
    <message>
        <source>The other person questions the children about me, or uses them to carry messages.</source>
        <comment>they</comment>
        <translation>يستجوب الطرف الآخر الأطفال عني، أو يستخدمهم لنقل الرسائل.</translation>
    </message>
    <message>
        <source>{name} questions the children about me, or uses them to carry messages.</source>
        <comment>name</comment>
        <translation>استجواب {name} للأطفال عني، أو استخدامهم لنقل الرسائل.</translation>
    </message>
    <message>
        <source>He does not bring the children back at the agreed time.</source>
        <comment>he</comment>
        <translation>لا يعيد الأطفال في الوقت المتفق عليه.</translation>
    </message>
    <message>
        <source>She does not bring the children back at the agreed time.</source>
        <comment>she</comment>
        <translation>لا تعيد الأطفال في الوقت المتفق عليه.</translation>
    </message>
    <message>
        <source>The other person does not bring the children back at the agreed time.</source>
        <comment>they</comment>
        <translation>لا يعيد الطرف الآخر الأطفال في الوقت المتفق عليه.</translation>
    </message>
    <message>
        <source>{name} does not bring the children back at the agreed time.</source>
        <comment>name</comment>
        <translation>عدم إعادة {name} للأطفال في الوقت المتفق عليه.</translation>
    </message>
    <message>
        <source>Listen to the children and reassure them; do not discuss him with them.</source>
        <comment>he</comment>
        <translation>الإصغاء إلى الأطفال وطمأنتهم؛ وعدم الحديث عنه معهم.</translation>
    </message>
    <message>
        <source>Listen to the children and reassure them; do not discuss her with them.</source>
        <comment>she</comment>
        <translation>الإصغاء إلى الأطفال وطمأنتهم؛ وعدم الحديث عنها معهم.</translation>
    </message>
    <message>
        <source>Listen to the children and reassure them; do not discuss the other person with them.</source>
        <comment>they</comment>
        <translation>الإصغاء إلى الأطفال وطمأنتهم؛ وعدم الحديث عن الطرف الآخر معهم.</translation>
    </message>
    <message>
        <source>Listen to the children and reassure them; do not discuss {name} with them.</source>
        <comment>name</comment>
        <translation>الإصغاء إلى الأطفال وطمأنتهم؛ وعدم الحديث عن {name} معهم.</translation>
    </message>
    <message>
        <source>People he sends, or who speak for him, keep pressing, watching or persuading me.</source>
        <comment>he</comment>
        <translation>أشخاص يرسلهم أو يتحدثون باسمه يواصلون الضغط عليّ أو مراقبتي أو محاولة إقناعي.</translation>
    </message>
    <message>
        <source>People she sends, or who speak for her, keep pressing, watching or persuading me.</source>
        <comment>she</comment>
        <translation>أشخاص ترسلهم أو يتحدثون باسمها يواصلون الضغط عليّ أو مراقبتي أو محاولة إقناعي.</translation>
    </message>
    <message>
        <source>People the other person sends, or who speak for them, keep pressing, watching or persuading me.</source>
        <comment>they</comment>
        <translation>أشخاص يرسلهم الطرف الآخر أو يتحدثون باسمه يواصلون الضغط عليّ أو مراقبتي أو محاولة إقناعي.</translation>
    </message>
    <message>
        <source>People {name} sends, or who speak for {name}, keep pressing, watching or persuading me.</source>
        <comment>name</comment>
        <translation>أشخاص من طرف {name} أو يتحدثون باسم {name} يواصلون الضغط عليّ أو مراقبتي أو محاولة إقناعي.</translation>
    </message>
    <message>
        <source>Friends or relatives pass on messages or requests from him.</source>
        <comment>he</comment>
        <translation>أصدقاء أو أقارب ينقلون رسائل أو طلبات منه.</translation>
    </message>
    <message>
        <source>Friends or relatives pass on messages or requests from her.</source>
        <comment>she</comment>
        <translation>أصدقاء أو أقارب ينقلون رسائل أو طلبات منها.</translation>
    </message>
    <message>
        <source>Friends or relatives pass on messages or requests from the other person.</source>
        <comment>they</comment>
        <translation>أصدقاء أو أقارب ينقلون رسائل أو طلبات من الطرف الآخر.</translation>
    </message>
    <message>
        <source>Friends or relatives pass on messages or requests from {name}.</source>
        <comment>name</comment>
        <translation>أصدقاء أو أقارب ينقلون رسائل أو طلبات من {name}.</translation>
    </message>
    <message>
        <source>People repeat things that only he could have told them.</source>
        <comment>he</comment>
        <translation>أناس يكررون أشياء لا يمكن أن يكون أخبرهم بها غيره.</translation>
    </message>
    <message>
        <source>People repeat things that only she could have told them.</source>
        <comment>she</comment>
        <translation>أناس يكررون أشياء لا يمكن أن تكون أخبرتهم بها غيرها.</translation>
    </message>
    <message>
        <source>People repeat things that only the other person could have told them.</source>
        <comment>they</comment>
        <translation>أناس يكررون أشياء لا يمكن أن يكون أخبرهم بها غير الطرف الآخر.</translation>
    </message>
    <message>
        <source>People repeat things that only {name} could have told them.</source>
        <comment>name</comment>
        <translation>أناس يكررون أشياء لا مصدر لها غير {name}.</translation>
    </message>
    <message>
        <source>Cut off those who knowingly spy for him; tell the unwitting ones how they are being used.</source>
        <comment>he</comment>
        <translation>قطع التواصل مع من يتجسسون لصالحه عن علم؛ وإخبار من يفعلون ذلك دون علم كيف يُستغلون.</translation>
    </message>
    <message>
        <source>Cut off those who knowingly spy for her; tell the unwitting ones how they are being used.</source>
        <comment>she</comment>
        <translation>قطع التواصل مع من يتجسسون لصالحها عن علم؛ وإخبار من يفعلون ذلك دون علم كيف يُستغلون.</translation>
    </message>
    <message>
        <source>Cut off those who knowingly spy for the other person; tell the unwitting ones how they are being used.</source>
        <comment>they</comment>
        <translation>قطع التواصل مع من يتجسسون لصالح الطرف الآخر عن علم؛ وإخبار من يفعلون ذلك دون علم كيف يُستغلون.</translation>
    </message>
    <message>
        <source>Cut off those who knowingly spy for {name}; tell the unwitting ones how they are being used.</source>
        <comment>name</comment>
        <translation>قطع التواصل مع من يتجسسون لصالح {name} عن علم؛ وإخبار من يفعلون ذلك دون علم كيف يُستغلون.</translation>
    </message>
    <message>
        <source>He follows, watches or contacts me online, or gets into my accounts.</source>
        <comment>he</comment>
        <translation>يلاحقني أو يراقبني أو يتواصل معي عبر الإنترنت، أو يدخل إلى حساباتي.</translation>
    </message>
    <message>
        <source>She follows, watches or contacts me online, or gets into my accounts.</source>
        <comment>she</comment>
        <translation>تلاحقني أو تراقبني أو تتواصل معي عبر الإنترنت، أو تدخل إلى حساباتي.</translation>
    </message>
    <message>
        <source>The other person follows, watches or contacts me online, or gets into my accounts.</source>
        <comment>they</comment>
        <translation>يلاحقني الطرف الآخر أو يراقبني أو يتواصل معي عبر الإنترنت، أو يدخل إلى حساباتي.</translation>
    </message>
    <message>
        <source>{name} follows, watches or contacts me online, or gets into my accounts.</source>
        <comment>name</comment>
        <translation>ملاحقة {name} لي أو مراقبتي أو التواصل معي عبر الإنترنت، أو الدخول إلى حساباتي.</translation>
    </message>
    <message>
        <source>He knows things I only wrote or did online.</source>
        <comment>he</comment>
        <translation>يعرف أشياء لم أكتبها أو أفعلها إلا عبر الإنترنت.</translation>
    </message>
    <message>
        <source>She knows things I only wrote or did online.</source>
        <comment>she</comment>
        <translation>تعرف أشياء لم أكتبها أو أفعلها إلا عبر الإنترنت.</translation>
    </message>
    <message>
        <source>The other person knows things I only wrote or did online.</source>
        <comment>they</comment>
        <translation>يعرف الطرف الآخر أشياء لم أكتبها أو أفعلها إلا عبر الإنترنت.</translation>
    </message>
    <message>
        <source>{name} knows things I only wrote or did online.</source>
        <comment>name</comment>
        <translation>معرفة {name} بأشياء لم أكتبها أو أفعلها إلا عبر الإنترنت.</translation>
    </message>
    <message>
        <source>Change my passwords from a device he has never touched, and turn on two-step sign-in.</source>
        <comment>he</comment>
        <translation>تغيير كلمات المرور من جهاز لم يلمسه قط، وتفعيل التحقق بخطوتين.</translation>
    </message>
    <message>
        <source>Change my passwords from a device she has never touched, and turn on two-step sign-in.</source>
        <comment>she</comment>
        <translation>تغيير كلمات المرور من جهاز لم تلمسه قط، وتفعيل التحقق بخطوتين.</translation>
    </message>
    <message>
        <source>Change my passwords from a device the other person has never touched, and turn on two-step sign-in.</source>
        <comment>they</comment>
        <translation>تغيير كلمات المرور من جهاز لم يلمسه الطرف الآخر قط، وتفعيل التحقق بخطوتين.</translation>
    </message>
    <message>
        <source>Change my passwords from a device {name} has never touched, and turn on two-step sign-in.</source>
        <comment>name</comment>
        <translation>تغيير كلمات المرور من جهاز لم تمسّه يد {name} قط، وتفعيل التحقق بخطوتين.</translation>
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
        <source>Do not open the door; do not answer the intercom.</source>
        <translation>عدم فتح الباب؛ وعدم الرد على جرس الباب.</translation>
    </message>
    <message>
        <source>Stay inside, away from the door, in a room I can lock.</source>
        <translation>البقاء في الداخل، بعيدًا عن الباب، في غرفة يمكن قفلها.</translation>
    </message>
    <message>
        <source>Tell my lawyer. If a protective order forbids this, report it to the police.</source>
        <translation>إخبار محاميّ. وإن كان أمر حماية يمنع ذلك، الإبلاغ عنه للشرطة.</translation>
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
        <source>A meeting I cannot avoid (a handover, mediation, a hearing) starts to go wrong.</source>
        <translation>لقاء لا أستطيع تجنبه (تسليم الأطفال، وساطة، جلسة) يبدأ في السوء.</translation>
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
        <source>The children come back frightened, withdrawn or hurt.</source>
        <translation>يعود الأطفال خائفين أو منطوين أو مصابين.</translation>
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
        <source>Call my lawyer: rulings change only through the proper channels.</source>
        <translation>الاتصال بمحاميّ: الأحكام لا تتغير إلا عبر القنوات الصحيحة.</translation>
    </message>
    <message>
        <source>Tell the professionals involved (guardian, school, child services) what I saw.</source>
        <translation>إخبار المختصين المعنيين (الوصي، المدرسة، خدمات حماية الطفل) بما رأيت.</translation>
    </message>
    <message>
        <source>Someone asks unusual questions about where I live, my plans or my new life.</source>
        <translation>أحدهم يسأل أسئلة غير معتادة عن مكان سكني أو خططي أو حياتي الجديدة.</translation>
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
        <source>Note the person on the suspected proxies page.</source>
        <translation>تدوين الشخص في صفحة الوسطاء المحتملين.</translation>
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
        <comment>he</comment>
        <translation>علاقته به</translation>
    </message>
    <message>
        <source>Connection to her</source>
        <comment>she</comment>
        <translation>علاقته بها</translation>
    </message>
    <message>
        <source>Connection to the other person</source>
        <comment>they</comment>
        <translation>علاقته بالطرف الآخر</translation>
    </message>
    <message>
        <source>Connection to {name}</source>
        <comment>name</comment>
        <translation>علاقته بـ{name}</translation>
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
    <message numerus="yes">
        <source>%n people without a decision yet</source>
        <translation>
            <numerusform>%n شخص لم يُتخذ بشأنه قرار بعد</numerusform>
            <numerusform>شخص واحد لم يُتخذ بشأنه قرار بعد</numerusform>
            <numerusform>شخصان لم يُتخذ بشأنهما قرار بعد</numerusform>
            <numerusform>%n أشخاص لم يُتخذ بشأنهم قرار بعد</numerusform>
            <numerusform>%n شخصًا لم يُتخذ بشأنهم قرار بعد</numerusform>
            <numerusform>%n شخص لم يُتخذ بشأنهم قرار بعد</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n contacts have no phone number or email yet</source>
        <translation>
            <numerusform>%n جهة اتصال ليس لها رقم هاتف أو بريد إلكتروني بعد</numerusform>
            <numerusform>جهة اتصال واحدة ليس لها رقم هاتف أو بريد إلكتروني بعد</numerusform>
            <numerusform>جهتا اتصال ليس لهما رقم هاتف أو بريد إلكتروني بعد</numerusform>
            <numerusform>%n جهات اتصال ليس لها رقم هاتف أو بريد إلكتروني بعد</numerusform>
            <numerusform>%n جهة اتصال ليس لها رقم هاتف أو بريد إلكتروني بعد</numerusform>
            <numerusform>%n جهة اتصال ليس لها رقم هاتف أو بريد إلكتروني بعد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please give a name, even a nickname or initials, so you can recognise this later.</source>
        <translation>يُرجى كتابة اسم، ولو لقبًا أو أحرفًا أولى، لتتعرّف عليه لاحقًا.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a phone number yet. Use digits, spaces, dashes or brackets, with an optional + at the start (for example +1 555 0100).</source>
        <translation>لا يبدو هذا رقم هاتف بعد. استخدم أرقامًا ومسافات وشرطات أو أقواسًا، مع علامة + اختيارية في البداية (مثلًا ‎+1 555 0100).</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like an email address yet (for example name@example.org).</source>
        <translation>لا يبدو هذا عنوان بريد إلكتروني بعد (مثلًا name@example.org).</translation>
    </message>
    <message>
        <source>The end date is before the start date. Please check both dates.</source>
        <translation>تاريخ النهاية يسبق تاريخ البداية. يُرجى مراجعة التاريخين.</translation>
    </message>
    <message>
        <source>The grace period needs to be at least one minute.</source>
        <translation>يجب ألا تقل مهلة الانتظار عن دقيقة واحدة.</translation>
    </message>
    <message>
        <source>The grace period can be at most 7 days (10,080 minutes).</source>
        <translation>لا يمكن أن تزيد مهلة الانتظار على 7 أيام (10080 دقيقة).</translation>
    </message>
    <message>
        <source>This points to an entry that no longer exists. Please choose another one.</source>
        <translation>يشير هذا إلى إدخال لم يعد موجودًا. يُرجى اختيار إدخال آخر.</translation>
    </message>
    <message>
        <source>This text is very long ({length:,} characters). Please keep it under {limit:,}.</source>
        <translation>هذا النص طويل جدًا ({length:,} حرفًا). يُرجى ألا يتجاوز {limit:,}.</translation>
    </message>
    <message>
        <source>This text contains invisible control characters. Please retype it.</source>
        <translation>يحتوي هذا النص على محارف تحكّم غير مرئية. يُرجى إعادة كتابته.</translation>
    </message>
    <message>
        <source>Please describe the situation in a few words.</source>
        <translation>يُرجى وصف الموقف في كلمات قليلة.</translation>
    </message>
    <message>
        <source>Please write the commitment in your own words, or remove it.</source>
        <translation>يُرجى كتابة الالتزام بكلماتك، أو حذفه.</translation>
    </message>
    <message>
        <source>A withdrawal needs the entry it withdraws.</source>
        <translation>يحتاج السحب إلى الإدخال الذي يسحبه.</translation>
    </message>
    <message>
        <source>Please choose the mandated contact to check in around.</source>
        <translation>يُرجى اختيار التواصل الملزم الذي يكون الاطمئنان قبله وبعده.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>This workbook helps you build your No Contact safety plan, one page at a time. You can stop whenever you need to: everything you write is saved the moment you write it, and you can come back to any page later. Nothing here is ever sent anywhere.</source>
        <translation>يساعدك هذا الدفتر على بناء خطة الأمان القائمة على «قطع التواصل»، صفحة بعد صفحة. يمكنك التوقف متى احتجت: كل ما تكتبه يُحفظ لحظة كتابته، ويمكنك العودة إلى أي صفحة لاحقًا. لا يُرسَل أي شيء من هنا إلى أي مكان أبدًا.</translation>
    </message>
    <message>
        <source>The plan follows one simple rule: keep exactly the contact that is mandated, and calmly decline everything else. The pages ahead help you write down what is required of you, your own boundaries, the people you trust, and what you will do when something goes wrong.</source>
        <translation>تتبع الخطة قاعدة بسيطة واحدة: التزم بالتواصل الملزم كما هو تمامًا، وارفض بهدوء كل ما عداه. تساعدك الصفحات التالية على تدوين ما هو مطلوب منك، وحدودك الخاصة، والأشخاص الذين تثق بهم، وما ستفعله عندما يسوء أمر ما.</translation>
    </message>
    <message>
        <source>Your plan is kept only on this computer, in this file:
{path}</source>
        <translation>تُحفظ خطتك على هذا الحاسوب فقط، في هذا الملف:
{path}</translation>
    </message>
    <message>
        <source>Your plan is kept only on this computer.</source>
        <translation>تُحفظ خطتك على هذا الحاسوب فقط.</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>الحماية</translation>
    </message>
    <message>
        <source>Passphrase and quick-exit settings.</source>
        <translation>عبارة المرور وإعدادات الخروج السريع.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Plan wizard</source>
        <translation>معالج الخطة</translation>
    </message>
    <message>
        <source>Your safety plan, page by page.</source>
        <translation>خطة أمانك، صفحة بعد صفحة.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>ن&amp;ظرة عامة</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>التا&amp;لي</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Leave the wizard for the overview of all sections. Everything is kept.</source>
        <translation>اترك المعالج إلى النظرة العامة على كل الأقسام. كل شيء محفوظ.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Go to the previous page. Nothing is lost.</source>
        <translation>انتقل إلى الصفحة السابقة. لن يضيع شيء.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Go to the next page. Nothing here has to be finished first.</source>
        <translation>انتقل إلى الصفحة التالية. لا يلزم إكمال شيء هنا أولًا.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Close the wizard and show the overview.</source>
        <translation>أغلق المعالج واعرض النظرة العامة.</translation>
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
    <message numerus="yes">
        <source>written %n minutes after</source>
        <translation>
            <numerusform>كُتب بعد %n دقيقة</numerusform>
            <numerusform>كُتب بعد دقيقة</numerusform>
            <numerusform>كُتب بعد دقيقتين</numerusform>
            <numerusform>كُتب بعد %n دقائق</numerusform>
            <numerusform>كُتب بعد %n دقيقة</numerusform>
            <numerusform>كُتب بعد %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>written %n hours after</source>
        <translation>
            <numerusform>كُتب بعد %n ساعة</numerusform>
            <numerusform>كُتب بعد ساعة</numerusform>
            <numerusform>كُتب بعد ساعتين</numerusform>
            <numerusform>كُتب بعد %n ساعات</numerusform>
            <numerusform>كُتب بعد %n ساعة</numerusform>
            <numerusform>كُتب بعد %n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>written %n days after</source>
        <translation>
            <numerusform>كُتب بعد %n يوم</numerusform>
            <numerusform>كُتب بعد يوم</numerusform>
            <numerusform>كُتب بعد يومين</numerusform>
            <numerusform>كُتب بعد %n أيام</numerusform>
            <numerusform>كُتب بعد %n يومًا</numerusform>
            <numerusform>كُتب بعد %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>written %n days after: long after the contact</source>
        <translation>
            <numerusform>كُتب بعد %n يوم: بعد التواصل بوقت طويل</numerusform>
            <numerusform>كُتب بعد يوم: بعد التواصل بوقت طويل</numerusform>
            <numerusform>كُتب بعد يومين: بعد التواصل بوقت طويل</numerusform>
            <numerusform>كُتب بعد %n أيام: بعد التواصل بوقت طويل</numerusform>
            <numerusform>كُتب بعد %n يومًا: بعد التواصل بوقت طويل</numerusform>
            <numerusform>كُتب بعد %n يوم: بعد التواصل بوقت طويل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The Workbook app has the workbook in {folder} open (process {pid}). Please close it there first, then try again. Nothing was changed.</source>
        <translation>تطبيق Workbook يفتح دفتر العمل الموجود في {folder} (العملية {pid}). يرجى إغلاقه هناك أولًا، ثم المحاولة مرة أخرى. لم يتغير شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the plan to {out} (%n pages, {size}).</source>
        <translation>
            <numerusform>حُفظت الخطة في {out} (%n صفحة، {size}).</numerusform>
            <numerusform>حُفظت الخطة في {out} (صفحة واحدة، {size}).</numerusform>
            <numerusform>حُفظت الخطة في {out} (صفحتان، {size}).</numerusform>
            <numerusform>حُفظت الخطة في {out} (%n صفحات، {size}).</numerusform>
            <numerusform>حُفظت الخطة في {out} (%n صفحة، {size}).</numerusform>
            <numerusform>حُفظت الخطة في {out} (%n صفحة، {size}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the plan for your lawyer to {out} (%n pages, {size}).</source>
        <translation>
            <numerusform>حُفظت الخطة الموجّهة لمحاميك في {out} (%n صفحة، {size}).</numerusform>
            <numerusform>حُفظت الخطة الموجّهة لمحاميك في {out} (صفحة واحدة، {size}).</numerusform>
            <numerusform>حُفظت الخطة الموجّهة لمحاميك في {out} (صفحتان، {size}).</numerusform>
            <numerusform>حُفظت الخطة الموجّهة لمحاميك في {out} (%n صفحات، {size}).</numerusform>
            <numerusform>حُفظت الخطة الموجّهة لمحاميك في {out} (%n صفحة، {size}).</numerusform>
            <numerusform>حُفظت الخطة الموجّهة لمحاميك في {out} (%n صفحة، {size}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the plan for court to {out} (%n pages, {size}).</source>
        <translation>
            <numerusform>حُفظت الخطة الموجّهة للمحكمة في {out} (%n صفحة، {size}).</numerusform>
            <numerusform>حُفظت الخطة الموجّهة للمحكمة في {out} (صفحة واحدة، {size}).</numerusform>
            <numerusform>حُفظت الخطة الموجّهة للمحكمة في {out} (صفحتان، {size}).</numerusform>
            <numerusform>حُفظت الخطة الموجّهة للمحكمة في {out} (%n صفحات، {size}).</numerusform>
            <numerusform>حُفظت الخطة الموجّهة للمحكمة في {out} (%n صفحة، {size}).</numerusform>
            <numerusform>حُفظت الخطة الموجّهة للمحكمة في {out} (%n صفحة، {size}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  It did not fit one page even in small type; it has %n pages.</source>
        <translation>
            <numerusform>  لم تتسع لها صفحة واحدة حتى بخط صغير؛ فيها %n صفحة.</numerusform>
            <numerusform>  لم تتسع لها صفحة واحدة حتى بخط صغير؛ فيها صفحة واحدة.</numerusform>
            <numerusform>  لم تتسع لها صفحة واحدة حتى بخط صغير؛ فيها صفحتان.</numerusform>
            <numerusform>  لم تتسع لها صفحة واحدة حتى بخط صغير؛ فيها %n صفحات.</numerusform>
            <numerusform>  لم تتسع لها صفحة واحدة حتى بخط صغير؛ فيها %n صفحة.</numerusform>
            <numerusform>  لم تتسع لها صفحة واحدة حتى بخط صغير؛ فيها %n صفحة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n calendar events to {out}.</source>
        <translation>
            <numerusform>حُفظ %n موعد في التقويم في {out}.</numerusform>
            <numerusform>حُفظ موعد واحد في التقويم في {out}.</numerusform>
            <numerusform>حُفظ موعدان في التقويم في {out}.</numerusform>
            <numerusform>حُفظت %n مواعيد في التقويم في {out}.</numerusform>
            <numerusform>حُفظ %n موعدًا في التقويم في {out}.</numerusform>
            <numerusform>حُفظ %n موعد في التقويم في {out}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the card for {name} to {out} (%n pages).</source>
        <translation>
            <numerusform>حُفظت البطاقة الموجّهة إلى {name} في {out} (%n صفحة).</numerusform>
            <numerusform>حُفظت البطاقة الموجّهة إلى {name} في {out} (صفحة واحدة).</numerusform>
            <numerusform>حُفظت البطاقة الموجّهة إلى {name} في {out} (صفحتان).</numerusform>
            <numerusform>حُفظت البطاقة الموجّهة إلى {name} في {out} (%n صفحات).</numerusform>
            <numerusform>حُفظت البطاقة الموجّهة إلى {name} في {out} (%n صفحة).</numerusform>
            <numerusform>حُفظت البطاقة الموجّهة إلى {name} في {out} (%n صفحة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path} has {count} problems, so nothing was imported:</source>
        <translation>
            <numerusform>في {path} {count} مشكلة، لذلك لم يُستورد شيء:</numerusform>
            <numerusform>في {path} مشكلة واحدة ({count})، لذلك لم يُستورد شيء:</numerusform>
            <numerusform>في {path} مشكلتان ({count})، لذلك لم يُستورد شيء:</numerusform>
            <numerusform>في {path} {count} مشكلات، لذلك لم يُستورد شيء:</numerusform>
            <numerusform>في {path} {count} مشكلة، لذلك لم يُستورد شيء:</numerusform>
            <numerusform>في {path} {count} مشكلة، لذلك لم يُستورد شيء:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and {count} more</source>
        <translation>
            <numerusform>و{count} أخرى</numerusform>
            <numerusform>و{count} أخرى</numerusform>
            <numerusform>و{count} أخريان</numerusform>
            <numerusform>و{count} أخرى</numerusform>
            <numerusform>و{count} أخرى</numerusform>
            <numerusform>و{count} أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The contact log in {path} is intact: %n entries, each unchanged since written.</source>
        <translation>
            <numerusform>سجل التواصل في {path} سليم: %n مدخل، لم يتغير أي منها منذ كتابته.</numerusform>
            <numerusform>سجل التواصل في {path} سليم: مدخل واحد، لم يتغير منذ كتابته.</numerusform>
            <numerusform>سجل التواصل في {path} سليم: مدخلان، لم يتغير أي منهما منذ كتابته.</numerusform>
            <numerusform>سجل التواصل في {path} سليم: %n مدخلات، لم يتغير أي منها منذ كتابته.</numerusform>
            <numerusform>سجل التواصل في {path} سليم: %n مدخلًا، لم يتغير أي منها منذ كتابته.</numerusform>
            <numerusform>سجل التواصل في {path} سليم: %n مدخل، لم يتغير أي منها منذ كتابته.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The contact log in the workbook in {folder} is intact: %n entries, each unchanged since written.</source>
        <translation>
            <numerusform>سجل التواصل في دفتر العمل في {folder} سليم: %n مدخل، لم يتغير أي منها منذ كتابته.</numerusform>
            <numerusform>سجل التواصل في دفتر العمل في {folder} سليم: مدخل واحد، لم يتغير منذ كتابته.</numerusform>
            <numerusform>سجل التواصل في دفتر العمل في {folder} سليم: مدخلان، لم يتغير أي منهما منذ كتابته.</numerusform>
            <numerusform>سجل التواصل في دفتر العمل في {folder} سليم: %n مدخلات، لم يتغير أي منها منذ كتابته.</numerusform>
            <numerusform>سجل التواصل في دفتر العمل في {folder} سليم: %n مدخلًا، لم يتغير أي منها منذ كتابته.</numerusform>
            <numerusform>سجل التواصل في دفتر العمل في {folder} سليم: %n مدخل، لم يتغير أي منها منذ كتابته.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>الوسائط الموضعية</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>إظهار هذه المساعدة والخروج</translation>
    </message>
    <message>
        <source>{prog}: {message} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {message} (راجِع &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>the folder that holds the workbook (default: ${env}, else your user data folder)</source>
        <translation>المجلد الذي يحوي دفتر العمل (الافتراضي: ${env}، وإلا فمجلد بيانات المستخدم)</translation>
    </message>
    <message>
        <source>A private, offline workbook for a No Contact safety plan. Without a command it opens the workbook window.</source>
        <translation>دفتر عمل خاص يعمل دون اتصال لخطة أمان قائمة على «قطع التواصل». من دون أمر يفتح نافذة دفتر العمل.</translation>
    </message>
    <message>
        <source>Everything stays on this computer; Workbook never uses the network.</source>
        <translation>يبقى كل شيء على هذا الحاسوب؛ لا يستخدم Workbook الشبكة أبدًا.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>إظهار الإصدار والخروج</translation>
    </message>
    <message>
        <source>read the workbook&apos;s passphrase from the first line of FILE instead of asking for it (never give it on the command line or in the environment)</source>
        <translation>قراءة عبارة مرور دفتر العمل من السطر الأول من FILE بدلًا من طلبها (لا تُعطَ أبدًا في سطر الأوامر أو في متغيرات البيئة)</translation>
    </message>
    <message>
        <source>write a complete, fictional example plan to look around in</source>
        <translation>كتابة خطة مثال كاملة وخيالية للاطلاع عليها</translation>
    </message>
    <message>
        <source>Write a complete, fictional example plan into an empty workbook, to look around before typing in your own. It never overwrites a plan.</source>
        <translation>يكتب خطة مثال كاملة وخيالية في دفتر عمل فارغ، للاطلاع عليها قبل كتابة خطتك. لا يكتب فوق خطة موجودة أبدًا.</translation>
    </message>
    <message>
        <source>save the plan, or a version of it for one reader, as a file</source>
        <translation>حفظ الخطة، أو نسخة منها لقارئ واحد، في ملف</translation>
    </message>
    <message>
        <source>Save the plan to a file: the whole plan (JSON or PDF), or a PDF for your lawyer or for a court, a card for a check-in partner, or your calendar. The file is not encrypted, unless it is a PDF protected with --pdf-password-file.</source>
        <translation>يحفظ الخطة في ملف: الخطة كاملة (JSON أو PDF)، أو ملف PDF لمحاميك أو للمحكمة، أو بطاقة لشخص الاطمئنان، أو تقويمك. الملف غير مشفّر، إلا إذا كان ملف PDF محميًا بـ --pdf-password-file.</translation>
    </message>
    <message>
        <source>the file to write (with --for partner and no --partner: a folder, one card per check-in partner)</source>
        <translation>الملف المراد كتابته (مع --for partner ومن دون --partner: مجلد، فيه بطاقة لكل شخص اطمئنان)</translation>
    </message>
    <message>
        <source>plan: everything (default); lawyer: leaves out code words, check-ins, safe places and what to take; court: also leaves out every address, trusted contacts&apos; details, backup plans and proxies&apos; notes; partner: a one-page card for a check-in partner; calendar: check-in times, mandated contact and review dates (.ics)</source>
        <translation>plan: كل شيء (الافتراضي)؛ lawyer: يستبعد كلمات السر، ومواعيد الاطمئنان، والأماكن الآمنة، وما يجب أخذه؛ court: يستبعد أيضًا كل العناوين، وتفاصيل الأشخاص الذين تثق بهم، والخطط البديلة، وملاحظات الوسطاء؛ partner: بطاقة من صفحة واحدة لشخص الاطمئنان؛ calendar: أوقات الاطمئنان، والتواصل الملزم، ومواعيد المراجعة (.ics)</translation>
    </message>
    <message>
        <source>with --for partner: the check-in partner&apos;s name as in the plan</source>
        <translation>مع --for partner: اسم شخص الاطمئنان كما هو في الخطة</translation>
    </message>
    <message>
        <source>with --for calendar: name partners and orders in event titles (calendars sync to other devices; by default every title is neutral)</source>
        <translation>مع --for calendar: ذكر أشخاص الاطمئنان والأوامر في عناوين المواعيد (التقاويم تتزامن مع أجهزة أخرى؛ افتراضيًا يكون كل عنوان محايدًا)</translation>
    </message>
    <message>
        <source>json (to move the plan or keep a copy) or pdf (to print); default: from the file name, else json</source>
        <translation>json (لنقل الخطة أو الاحتفاظ بنسخة) أو pdf (للطباعة)؛ الافتراضي: حسب اسم الملف، وإلا json</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>استبدال FILE إن كان موجودًا</translation>
    </message>
    <message>
        <source>the PDF&apos;s paper size (default: from your locale)</source>
        <translation>مقاس ورق ملف PDF (الافتراضي: حسب إعدادات منطقتك)</translation>
    </message>
    <message>
        <source>protect the PDF with the password on the first line of FILE (a file, so the password stays out of the shell history)</source>
        <translation>حماية ملف PDF بكلمة المرور الموجودة في السطر الأول من FILE (ملف، حتى لا تبقى كلمة المرور في سجل الطرفية)</translation>
    </message>
    <message>
        <source>load a plan from a JSON file made by &apos;workbook export&apos;</source>
        <translation>تحميل خطة من ملف JSON صُنع بـ &apos;workbook export&apos;</translation>
    </message>
    <message>
        <source>Load a plan from a JSON file. The whole file is checked first; if anything is wrong, every problem is listed and nothing is changed.</source>
        <translation>يحمّل خطة من ملف JSON. يُفحص الملف كله أولًا؛ وإن كان فيه خطأ، تُذكر كل المشكلات ولا يتغير شيء.</translation>
    </message>
    <message>
        <source>the JSON file to load</source>
        <translation>ملف JSON المراد تحميله</translation>
    </message>
    <message>
        <source>replace the plan already in the workbook (it is lost)</source>
        <translation>استبدال الخطة الموجودة في دفتر العمل (ستضيع)</translation>
    </message>
    <message>
        <source>check that the contact log was not changed, and print its latest hash</source>
        <translation>التحقق من أن سجل التواصل لم يتغير، وطباعة آخر بصمة له</translation>
    </message>
    <message>
        <source>Check the contact log&apos;s hash chain (docs/record.md) in the workbook, or in a plan file made by &apos;workbook export&apos;. Prints the number of entries and the latest hash, or names the first entry that was changed, removed or moved (exit code 1).</source>
        <translation>يتحقق من سلسلة بصمات سجل التواصل (docs/record.md) في دفتر العمل، أو في ملف خطة صُنع بـ &apos;workbook export&apos;. يطبع عدد المدخلات وآخر بصمة، أو يسمّي أول مدخل غُيّر أو حُذف أو نُقل (رمز الخروج 1).</translation>
    </message>
    <message>
        <source>an exported plan file to check instead of the workbook</source>
        <translation>ملف خطة مُصدَّر للتحقق منه بدلًا من دفتر العمل</translation>
    </message>
    <message>
        <source>choose {first} or {second}</source>
        <translation>اختر {first} أو {second}</translation>
    </message>
    <message>
        <source>The folder {folder} could not be created ({reason}). Please choose another one with --data-dir.</source>
        <translation>تعذّر إنشاء المجلد {folder} ({reason}). يرجى اختيار مجلد آخر بـ --data-dir.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>عبارة المرور: </translation>
    </message>
    <message>
        <source>Choose a passphrase for this workbook: </source>
        <translation>اختر عبارة مرور لدفتر العمل هذا: </translation>
    </message>
    <message>
        <source>Your recovery code opens the workbook if you ever forget the passphrase. It is shown only now: write it on paper, then clear this terminal.</source>
        <translation>رمز الاسترداد يفتح دفتر العمل إن نسيت عبارة المرور يومًا. يُعرض الآن فقط: اكتبه على ورقة، ثم امسح هذه الطرفية.</translation>
    </message>
    <message>
        <source>The workbook in {folder} already holds a plan, so the example was not written and nothing was changed. To look at the example, give an empty folder, for example: workbook demo --data-dir ~/workbook-example</source>
        <translation>دفتر العمل في {folder} يحوي خطة بالفعل، لذلك لم يُكتب المثال ولم يتغير شيء. للاطلاع على المثال، أعطِ مجلدًا فارغًا، مثلًا: workbook demo --data-dir ~/workbook-example</translation>
    </message>
    <message>
        <source>Wrote a fictional example plan to {folder}.</source>
        <translation>كُتبت خطة مثال خيالية في {folder}.</translation>
    </message>
    <message>
        <source>Open it with: workbook --data-dir {folder}</source>
        <translation>افتحه بـ: workbook --data-dir {folder}</translation>
    </message>
    <message>
        <source>--for calendar writes an iCalendar file; leave out --format.</source>
        <translation>--for calendar يكتب ملف iCalendar؛ احذف --format.</translation>
    </message>
    <message>
        <source>Only the whole plan (--for plan) can be saved as JSON.</source>
        <translation>الخطة الكاملة وحدها (--for plan) يمكن حفظها بصيغة JSON.</translation>
    </message>
    <message>
        <source>The password file {path} could not be read.</source>
        <translation>تعذّرت قراءة ملف كلمة المرور {path}.</translation>
    </message>
    <message>
        <source>The first line of {path} is empty; it should hold the password.</source>
        <translation>السطر الأول من {path} فارغ؛ يجب أن يحوي كلمة المرور.</translation>
    </message>
    <message>
        <source>--page-size and --pdf-password-file only apply to a PDF.</source>
        <translation>--page-size و--pdf-password-file لا ينطبقان إلا على ملف PDF.</translation>
    </message>
    <message>
        <source>--partner goes with --for partner.</source>
        <translation>--partner يُستخدم مع --for partner.</translation>
    </message>
    <message>
        <source>--calendar-names goes with --for calendar.</source>
        <translation>--calendar-names يُستخدم مع --for calendar.</translation>
    </message>
    <message>
        <source>{out} is a folder. Please give a file name, e.g. {example}</source>
        <translation>{out} مجلد. يرجى إعطاء اسم ملف، مثلًا {example}</translation>
    </message>
    <message>
        <source>{out} already exists. Add --force to replace it.</source>
        <translation>{out} موجود بالفعل. أضف --force لاستبداله.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Please create it first.</source>
        <translation>المجلد {folder} غير موجود. يرجى إنشاؤه أولًا.</translation>
    </message>
    <message>
        <source>{out} could not be written ({reason}).</source>
        <translation>تعذّرت كتابة {out} ({reason}).</translation>
    </message>
    <message>
        <source>Saved the plan to {out}.</source>
        <translation>حُفظت الخطة في {out}.</translation>
    </message>
    <message>
        <source>The PDF is protected with your password.</source>
        <translation>ملف PDF محمي بكلمة مرورك.</translation>
    </message>
    <message>
        <source>The file is not encrypted: keep it somewhere only you can reach.</source>
        <translation>الملف غير مشفّر: احفظه حيث لا يصل إليه أحد غيرك.</translation>
    </message>
    <message>
        <source>Character U+{code} in “{field}” on page {page} could not be drawn; it shows as �.</source>
        <translation>تعذّر رسم المحرف U+{code} في «{field}» في الصفحة {page}؛ يظهر بالشكل �.</translation>
    </message>
    <message>
        <source>Character U+{code} in a text on page {page} could not be drawn; it shows as �.</source>
        <translation>تعذّر رسم المحرف U+{code} في نص في الصفحة {page}؛ يظهر بالشكل �.</translation>
    </message>
    <message>
        <source>{out} is a file. Give a folder for the cards, or add --partner NAME.</source>
        <translation>{out} ملف. أعطِ مجلدًا للبطاقات، أو أضف --partner NAME.</translation>
    </message>
    <message>
        <source>No trusted contact is the partner of a check-in agreement yet.</source>
        <translation>لا يوجد بعد شخص تثق به هو شخص الاطمئنان في اتفاق اطمئنان.</translation>
    </message>
    <message>
        <source>Saved the card for {name} to {target}.</source>
        <translation>حُفظت البطاقة الموجّهة إلى {name} في {target}.</translation>
    </message>
    <message>
        <source>Saved the card for a partner without a name to {target}.</source>
        <translation>حُفظت البطاقة الموجّهة إلى شخص اطمئنان بلا اسم في {target}.</translation>
    </message>
    <message>
        <source>Titles name people and orders: calendars sync to other devices.</source>
        <translation>العناوين تذكر أشخاصًا وأوامر: التقاويم تتزامن مع أجهزة أخرى.</translation>
    </message>
    <message>
        <source>Every title is neutral (“{title}”); nothing else is in the file.</source>
        <translation>كل العناوين محايدة («{title}»)؛ ولا شيء آخر في الملف.</translation>
    </message>
    <message>
        <source>No check-in partner is called {name}. Partners: {names}.</source>
        <translation>لا يوجد شخص اطمئنان اسمه {name}. أشخاص الاطمئنان: {names}.</translation>
    </message>
    <message>
        <source>No check-in partner is called {name}. There are no check-in partners yet.</source>
        <translation>لا يوجد شخص اطمئنان اسمه {name}. لا يوجد أشخاص اطمئنان بعد.</translation>
    </message>
    <message>
        <source>The file is not encrypted: give it to your partner and keep no other copy.</source>
        <translation>الملف غير مشفّر: أعطه لشخص الاطمئنان ولا تحتفظ بأي نسخة أخرى.</translation>
    </message>
    <message>
        <source>There is no file {path}. Please check the name.</source>
        <translation>لا يوجد ملف {path}. يرجى التحقق من الاسم.</translation>
    </message>
    <message>
        <source>{path} is a folder. Please give the plan file itself.</source>
        <translation>{path} مجلد. يرجى إعطاء ملف الخطة نفسه.</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation>تعذّرت قراءة {path} ({reason}).</translation>
    </message>
    <message>
        <source>{path} is larger than {size} MB, far larger than any plan. Nothing was imported.</source>
        <translation>حجم {path} أكبر من {size} ميغابايت، أكبر بكثير من أي خطة. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The workbook in {folder} already holds a plan, so nothing was imported and nothing was changed. To replace that plan with the file, add --replace (the plan there now will be lost).</source>
        <translation>دفتر العمل في {folder} يحوي خطة بالفعل، لذلك لم يُستورد شيء ولم يتغير شيء. لاستبدال تلك الخطة بالملف، أضف --replace (ستضيع الخطة الموجودة الآن).</translation>
    </message>
    <message>
        <source>Imported the plan from {path} into {folder}.</source>
        <translation>استُوردت الخطة من {path} إلى {folder}.</translation>
    </message>
    <message>
        <source>{path} did not pass the check:</source>
        <translation>لم يجتز {path} الفحص:</translation>
    </message>
    <message>
        <source>The contact log in {path} has no hashes: it was written before Workbook kept them, so there is nothing to check.</source>
        <translation>سجل التواصل في {path} بلا بصمات: كُتب قبل أن يحفظها Workbook، فلا يوجد ما يُتحقق منه.</translation>
    </message>
    <message>
        <source>The contact log in {path} was altered. {problem}</source>
        <translation>سجل التواصل في {path} قد عُدّل. {problem}</translation>
    </message>
    <message>
        <source>The contact log in the workbook in {folder} was altered. {problem}</source>
        <translation>سجل التواصل في دفتر العمل في {folder} قد عُدّل. {problem}</translation>
    </message>
    <message>
        <source>{problem} (id {id})</source>
        <translation>{problem} (المعرّف {id})</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Latest hash in it now: {hash}</source>
        <translation>آخر بصمة فيه الآن: {hash}</translation>
    </message>
    <message>
        <source>(the log is empty)</source>
        <translation>(السجل فارغ)</translation>
    </message>
    <message>
        <source>Latest hash: {hash}</source>
        <translation>آخر بصمة: {hash}</translation>
    </message>
    <message>
        <source>The passphrase file {path} could not be read.</source>
        <translation>تعذّرت قراءة ملف عبارة المرور {path}.</translation>
    </message>
    <message>
        <source>This needs the workbook&apos;s passphrase. Run the command in a terminal to be asked for it, or give --passphrase-file FILE (a file only you can read).</source>
        <translation>يحتاج هذا إلى عبارة مرور دفتر العمل. شغّل الأمر في طرفية ليُطلب منك إدخالها، أو أعطِ --passphrase-file FILE (ملف لا يستطيع قراءته غيرك).</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>اكتبها مرة أخرى: </translation>
    </message>
    <message>
        <source>The two passphrases were not the same. Nothing was changed.</source>
        <translation>لم تكن عبارتا المرور متطابقتين. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>when the workbook on disk is older than the newest version seen (a backup or an old copy put in its place, or its log lost), keep working with it; the files there now are kept aside, not deleted</source>
        <translation>عندما يكون دفتر العمل على القرص أقدم من أحدث نسخة شوهدت (نسخة احتياطية أو نسخة قديمة وُضعت مكانه، أو فُقد سجله)، مواصلة العمل به؛ تُنحّى الملفات الموجودة الآن جانبًا ولا تُحذف</translation>
    </message>
    <message>
        <source>choose a new passphrase (the plan gets a new key)</source>
        <translation>اختيار عبارة مرور جديدة (تحصل الخطة على مفتاح جديد)</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The plan is encrypted again under a new key, so no earlier copy of the key file opens it or its backups any more; your recovery code keeps working. The current passphrase comes from --passphrase-file, the new one from --new-passphrase-file; without them both are asked for in the terminal.</source>
        <translation>اختر عبارة مرور جديدة. تُشفَّر الخطة من جديد بمفتاح جديد، فلا تعود أي نسخة سابقة من ملف المفتاح تفتحها ولا نسخها الاحتياطية؛ ويبقى رمز الاسترداد يعمل. تؤخذ عبارة المرور الحالية من --passphrase-file، والجديدة من --new-passphrase-file؛ ومن دونهما تُطلب كلتاهما في الطرفية.</translation>
    </message>
    <message>
        <source>read the new passphrase from the first line of FILE</source>
        <translation>قراءة عبارة المرور الجديدة من السطر الأول من FILE</translation>
    </message>
    <message>
        <source>make a new recovery code (the old one stops working)</source>
        <translation>إنشاء رمز استرداد جديد (يتوقف القديم عن العمل)</translation>
    </message>
    <message>
        <source>Make a new recovery code and show it once. The plan is encrypted again under a new key, so the old code opens nothing any more, not even through an earlier copy of the key file. Your passphrase keeps working.</source>
        <translation>ينشئ رمز استرداد جديدًا ويعرضه مرة واحدة. تُشفَّر الخطة من جديد بمفتاح جديد، فلا يعود الرمز القديم يفتح شيئًا، ولا حتى عبر نسخة سابقة من ملف المفتاح. تبقى عبارة المرور تعمل.</translation>
    </message>
    <message>
        <source>No workbook in {folder}. Please check the folder name, or give the right one with --data-dir. Nothing was created. (To make a new workbook, open the Workbook app or run &apos;workbook demo&apos; for an example.)</source>
        <translation>لا يوجد دفتر عمل في {folder}. يرجى التحقق من اسم المجلد، أو إعطاء المجلد الصحيح بـ --data-dir. لم يُنشأ شيء. (لإنشاء دفتر عمل جديد، افتح تطبيق Workbook أو شغّل &apos;workbook demo&apos; للحصول على مثال.)</translation>
    </message>
    <message>
        <source>{error}
To keep working with the copy on disk, run the command again with {option} (the files there now are kept aside, not deleted). To go back to the newest good backup instead, open the Workbook app.</source>
        <translation>{error}
لمواصلة العمل بالنسخة الموجودة على القرص، شغّل الأمر مرة أخرى مع {option} (تُنحّى الملفات الموجودة الآن جانبًا ولا تُحذف). للعودة بدلًا من ذلك إلى أحدث نسخة احتياطية سليمة، افتح تطبيق Workbook.</translation>
    </message>
    <message>
        <source>Kept working with the older copy; the files that were there are kept as {name}.</source>
        <translation>استمر العمل بالنسخة الأقدم؛ الملفات التي كانت هناك محفوظة باسم {name}.</translation>
    </message>
    <message>
        <source>The new passphrase file {path} could not be read.</source>
        <translation>تعذّرت قراءة ملف عبارة المرور الجديدة {path}.</translation>
    </message>
    <message>
        <source>The workbook in {folder} is not protected by a passphrase yet. Open it once (for example with &apos;workbook export&apos;) to set one.</source>
        <translation>دفتر العمل في {folder} غير محمي بعبارة مرور بعد. افتحه مرة واحدة (مثلًا بـ &apos;workbook export&apos;) لتعيين واحدة.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>عبارة المرور الحالية: </translation>
    </message>
    <message>
        <source>{error} Nothing was changed.</source>
        <translation>{error} لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Your new passphrase is set. No earlier copy of the key file opens this workbook or its backups any more. Copies of the workbook itself made before now still open with the key file that was beside them.</source>
        <translation>تم تعيين عبارة المرور الجديدة. لم تعد أي نسخة سابقة من ملف المفتاح تفتح دفتر العمل هذا أو نسخه الاحتياطية. أما نسخ دفتر العمل نفسه التي أُخذت قبل الآن فما زالت تُفتح بملف المفتاح الذي كان بجانبها.</translation>
    </message>
    <message>
        <source>A new recovery code is set. No earlier copy of the key file opens this workbook or its backups any more. Copies of the workbook itself made before now still open with the key file that was beside them.</source>
        <translation>تم تعيين رمز استرداد جديد. لم تعد أي نسخة سابقة من ملف المفتاح تفتح دفتر العمل هذا أو نسخه الاحتياطية. أما نسخ دفتر العمل نفسه التي أُخذت قبل الآن فما زالت تُفتح بملف المفتاح الذي كان بجانبها.</translation>
    </message>
    <message>
        <source>Your new recovery code opens the workbook if you ever forget the passphrase. It is shown only now: write it on paper, then clear this terminal. The old code no longer opens anything.</source>
        <translation>رمز الاسترداد الجديد يفتح دفتر العمل إن نسيت عبارة المرور يومًا. يُعرض الآن فقط: اكتبه على ورقة، ثم امسح هذه الطرفية. لم يعد الرمز القديم يفتح أي شيء.</translation>
    </message>
    <message>
        <source>Please give the new passphrase in a file too, with --new-passphrase-file FILE.</source>
        <translation>يرجى إعطاء عبارة المرور الجديدة في ملف أيضًا، بـ --new-passphrase-file FILE.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>عبارة المرور الجديدة: </translation>
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
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
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
    <message>
        <source>Workbook may not read this file. Please copy it somewhere you can open it.</source>
        <translation>لا يُسمح لـ Workbook بقراءة هذا الملف. يُرجى نسخه إلى مكان تستطيع فتحه فيه.</translation>
    </message>
    <message>
        <source>This file is no longer there. Please choose it again.</source>
        <translation>لم يعد هذا الملف موجودًا هناك. يُرجى اختياره مرة أخرى.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Please choose a file in it.</source>
        <translation>هذا مجلد وليس ملفًا. يُرجى اختيار ملف بداخله.</translation>
    </message>
    <message>
        <source>This file could not be read ({reason}).</source>
        <translation>تعذّرت قراءة هذا الملف ({reason}).</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not attached. Nothing was changed. Free some space, then attach it again.</source>
        <translation>القرص ممتلئ، لذلك لم يُرفق الملف. لم يُغيَّر شيء. أفرغ بعض المساحة، ثم أرفقه مرة أخرى.</translation>
    </message>
    <message>
        <source>The file could not be stored ({reason}). Nothing was changed.</source>
        <translation>تعذّر حفظ الملف ({reason}). لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>This is not an ordinary file, so it cannot be attached.</source>
        <translation>هذا ليس ملفًا عاديًا، لذلك لا يمكن إرفاقه.</translation>
    </message>
    <message>
        <source>This file is empty (0 bytes), so there is nothing to attach.</source>
        <translation>هذا الملف فارغ (0 بايت)، فلا يوجد ما يُرفق.</translation>
    </message>
    <message>
        <source>This file is too large to attach ({size:,} MB; the most is {limit:,} MB). Keep it somewhere safe and write where it is in the entry.</source>
        <translation>هذا الملف أكبر من أن يُرفق ({size:,} ميغابايت؛ والحد الأقصى {limit:,} ميغابايت). احفظه في مكان آمن واكتب في الإدخال أين هو.</translation>
    </message>
    <message>
        <source>This file changed while it was being read, so it was not attached. Wait until it is complete (for example a download or a recording), then attach it again.</source>
        <translation>تغيّر هذا الملف أثناء قراءته، لذلك لم يُرفق. انتظر حتى يكتمل (مثلًا تنزيل أو تسجيل)، ثم أرفقه مرة أخرى.</translation>
    </message>
    <message>
        <source>Attaching was stopped. Nothing was changed.</source>
        <translation>أُوقف الإرفاق. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>This attachment&apos;s record is damaged, so its file cannot be found.</source>
        <translation>سجل هذا المرفق تالف، لذلك لا يمكن العثور على ملفه.</translation>
    </message>
    <message>
        <source>This evidence file is damaged or was changed outside Workbook, so it cannot be trusted. An older backup of the data folder may still have it.</source>
        <translation>ملف الأدلة هذا تالف أو غُيّر خارج Workbook، لذلك لا يمكن الوثوق به. ربما ما زالت نسخة احتياطية أقدم من مجلد البيانات تحتوي عليه.</translation>
    </message>
    <message>
        <source>This evidence file is missing from the data folder. An older backup of the data folder may still have it.</source>
        <translation>ملف الأدلة هذا مفقود من مجلد البيانات. ربما ما زالت نسخة احتياطية أقدم من مجلد البيانات تحتوي عليه.</translation>
    </message>
    <message>
        <source>This file is too large to show here. Save a copy to look at it.</source>
        <translation>هذا الملف أكبر من أن يُعرض هنا. احفظ نسخة منه للاطلاع عليه.</translation>
    </message>
    <message>
        <source>This evidence file does not match the hash written in the record, so it was not saved.</source>
        <translation>لا يطابق ملف الأدلة هذا البصمة (hash) المكتوبة في السجل، لذلك لم يُحفظ.</translation>
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
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln إدخال</numerusform>
            <numerusform>إدخال واحد</numerusform>
            <numerusform>إدخالين</numerusform>
            <numerusform>%Ln إدخالات</numerusform>
            <numerusform>%Ln إدخالًا</numerusform>
            <numerusform>%Ln إدخال</numerusform>
        </translation>
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
        <translation>للتحقق منه: صدّر الخطة من Workbook كملف JSON ‪(workbook export --out plan.json)‬ ثم شغّل: ‪workbook verify plan.json‬. أو، دون Workbook، لكل إدخال في &quot;contact_log&quot; بالترتيب: خذ كل عضو ما عدا &quot;entry_hash&quot; وكل عضو قيمته فارغة ‪(&quot;&quot;, [], null, false)‬؛ واكتبها بصيغة JSON مع ترتيب المفاتيح ودون مسافات، بترميز UTF-8، مع إبقاء الأحرف غير ASCII كما هي؛ يجب أن تساوي بصمتها SHA-256 (مثلًا باستخدام sha256sum) قيمة &quot;entry_hash&quot;، ويجب أن تساوي &quot;previous_hash&quot; بصمة الإدخال الذي قبله.</translation>
    </message>
    <message>
        <source>In Python 3: json.dumps(entry, sort_keys=True, separators=(&apos;,&apos;, &apos;:&apos;), ensure_ascii=False).encode(&apos;utf-8&apos;) gives the bytes to hash with hashlib.sha256. The last entry&apos;s hash must be the one printed here.</source>
        <translation>في Python 3: ‪json.dumps(entry, sort_keys=True, separators=(&apos;,&apos;, &apos;:&apos;), ensure_ascii=False).encode(&apos;utf-8&apos;)‬ يعطي البايتات التي تُمرَّر إلى hashlib.sha256. يجب أن تكون بصمة الإدخال الأخير هي المطبوعة هنا.</translation>
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
        <source>Quick exit: press {key} (on some laptops Fn + {key}) or the Quick exit button at any time, on any page, to hide Workbook at once. What you were typing is kept.</source>
        <translation>الخروج السريع: اضغط {key} (في بعض الحواسيب المحمولة Fn + {key}) أو زر «خروج سريع» في أي وقت وفي أي صفحة لإخفاء Workbook فورًا. ما كنت تكتبه يبقى محفوظًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Lock after this long without use</source>
        <translation>القفل بعد هذه المدة دون استخدام</translation>
    </message>
    <message>
        <source>Also lock when the screen locks or the computer sleeps</source>
        <translation>القفل أيضًا عند قفل الشاشة أو دخول الحاسوب في وضع السكون</translation>
    </message>
    <message>
        <source>After a quick exit, keep Workbook running (locked) instead of closing it</source>
        <translation>بعد الخروج السريع، إبقاء Workbook قيد التشغيل (مقفلًا) بدلًا من إغلاقه</translation>
    </message>
    <message>
        <source>Lock after this long without use:</source>
        <translation>القفل بعد هذه المدة دون استخدام:</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation>رمز استرداد جديد…</translation>
    </message>
    <message>
        <source>What this protects…</source>
        <translation>ما الذي تحميه هذه الحماية…</translation>
    </message>
    <message>
        <source>Wipe everything…</source>
        <translation>مسح كل شيء…</translation>
    </message>
    <message>
        <source>What Workbook protects and what it cannot</source>
        <translation>ما يحميه Workbook وما لا يستطيع حمايته</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>What Workbook protects, and what it cannot</source>
        <translation>ما يحميه Workbook، وما لا يستطيع حمايته</translation>
    </message>
    <message>
        <source>Everything is wiped. Workbook will close now.</source>
        <translation>مُسح كل شيء. سيُغلق Workbook الآن.</translation>
    </message>
    <message>
        <source>Your workbook is wiped. Workbook will close now.</source>
        <translation>مُسح دفتر عملك. سيُغلق Workbook الآن.</translation>
    </message>
    <message>
        <source>Some files in the folder were not made by Workbook and were left alone: {files}</source>
        <translation>بعض الملفات في المجلد لم ينشئها Workbook فتُركت كما هي: {files}</translation>
    </message>
    <message>
        <source>Your keys are destroyed, so nothing can be read back.</source>
        <translation>أُتلفت مفاتيحك، فلا يمكن قراءة أي شيء بعد الآن.</translation>
    </message>
    <message>
        <source>A few files could not be removed; you can delete them yourself: {files}</source>
        <translation>تعذّرت إزالة بعض الملفات؛ يمكنك حذفها بنفسك: {files}</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>عبارة المرور الحالية:</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>لحظة من فضلك…</translation>
    </message>
    <message>
        <source>Giving your workbook its new key…</source>
        <translation>جارٍ إعطاء دفتر عملك مفتاحه الجديد…</translation>
    </message>
    <message>
        <source>That did not work just now. Nothing was changed; please try again.</source>
        <translation>لم ينجح ذلك الآن. لم يتغير شيء؛ يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <source>Your workbook is given a new key and copied under it (a few seconds for a long contact log). Your recovery code keeps working.</source>
        <translation>يُعطى دفتر عملك مفتاحًا جديدًا ويُنسخ به (بضع ثوانٍ إن كان سجل التواصل طويلًا). رمز الاسترداد ما زال يعمل.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
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
        <source>Your new passphrase is set.</source>
        <translation>تم تعيين عبارة المرور الجديدة.</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>إنشاء رمز استرداد جديد</translation>
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
        <source>Your workbook could not be protected just now.</source>
        <translation>تعذّرت حماية دفتر عملك الآن.</translation>
    </message>
    <message>
        <source>Nothing in it was changed. Please check that the disk is not full and try again.</source>
        <translation>لم يتغير فيه شيء. يرجى التأكد من أن القرص غير ممتلئ والمحاولة مرة أخرى.</translation>
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
        <source>New passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>اكتبها مرة أخرى:</translation>
    </message>
    <message>
        <source>{verdict}. {advice}</source>
        <translation>{verdict}. {advice}</translation>
    </message>
    <message>
        <source>No passphrase typed yet</source>
        <translation>لم تُكتب عبارة مرور بعد</translation>
    </message>
    <message>
        <source>Both match.</source>
        <translation>العبارتان متطابقتان.</translation>
    </message>
    <message>
        <source>The two don&apos;t match yet. Take your time; check each one with “Show what I type” if no one is around.</source>
        <translation>العبارتان غير متطابقتين بعد. لا داعي للعجلة؛ راجِع كل واحدة منهما بخيار «إظهار ما أكتبه» إن لم يكن أحد بالقرب.</translation>
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
        <source>wipe everything</source>
        <translation>امسح كل شيء</translation>
    </message>
    <message numerus="yes">
        <source>Wiping everything in %n seconds…</source>
        <translation>
            <numerusform>سيُمسح كل شيء خلال %n ثانية…</numerusform>
            <numerusform>سيُمسح كل شيء خلال ثانية واحدة…</numerusform>
            <numerusform>سيُمسح كل شيء خلال ثانيتين…</numerusform>
            <numerusform>سيُمسح كل شيء خلال %n ثوانٍ…</numerusform>
            <numerusform>سيُمسح كل شيء خلال %n ثانية…</numerusform>
            <numerusform>سيُمسح كل شيء خلال %n ثانية…</numerusform>
        </translation>
    </message>
    <message>
        <source>This destroys your whole workbook on this computer: your plan, every draft, the settings and the automatic backups. The key that unlocks them is destroyed first, so nothing can be read back afterwards — not with your passphrase, not with your recovery code, not by anyone. It cannot be undone.

Files you exported or printed are not touched; delete those yourself if you need to. If you may want your plan later, export it first and keep the file somewhere safe.</source>
        <translation>هذا يُتلف دفتر عملك كله على هذا الحاسوب: خطتك، وكل مسودة، والإعدادات، والنسخ الاحتياطية التلقائية. يُتلف أولًا المفتاح الذي يفتحها، فلا يمكن قراءة أي شيء بعد ذلك — لا بعبارة المرور، ولا برمز الاسترداد، ولا من قِبل أي أحد. لا يمكن التراجع عن ذلك.

الملفات التي صدّرتها أو طبعتها لا تُمَسّ؛ احذفها بنفسك إن احتجت إلى ذلك. إن كنت قد تريد خطتك لاحقًا، فصدّرها أولًا واحفظ الملف في مكان آمن.</translation>
    </message>
    <message>
        <source>Type {words} to confirm</source>
        <translation>اكتب {words} للتأكيد</translation>
    </message>
    <message>
        <source>Wipe everything</source>
        <translation>مسح كل شيء</translation>
    </message>
    <message>
        <source>Keep my workbook</source>
        <translation>الاحتفاظ بدفتر عملي</translation>
    </message>
    <message>
        <source>Wipe everything?</source>
        <translation>مسح كل شيء؟</translation>
    </message>
    <message>
        <source>To go ahead, type  &lt;b&gt;{words}&lt;/b&gt;  below:</source>
        <translation>للمتابعة، اكتب  &lt;b&gt;{words}&lt;/b&gt;  في الأسفل:</translation>
    </message>
    <message>
        <source>To go ahead, type {words} below</source>
        <translation>للمتابعة، اكتب {words} في الأسفل</translation>
    </message>
    <message>
        <source>Stop — keep my workbook</source>
        <translation>إيقاف — الاحتفاظ بدفتر عملي</translation>
    </message>
    <message>
        <source>Nothing has been deleted yet. To stop it, press Stop or Escape.</source>
        <translation>لم يُحذف شيء بعد. لإيقافه، اضغط «إيقاف» أو Escape.</translation>
    </message>
    <message>
        <source>Wiping…</source>
        <translation>جارٍ المسح…</translation>
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
    <message>
        <source>Workbook ran into an unexpected problem. Nothing you typed is shown here.</source>
        <translation>واجه Workbook مشكلة غير متوقعة. لا يظهر هنا شيء مما كتبته.</translation>
    </message>
    <message>
        <source>Kind of problem: {kind}</source>
        <translation>نوع المشكلة: {kind}</translation>
    </message>
    <message>
        <source>Quick exit ({key})</source>
        <translation>خروج سريع ({key})</translation>
    </message>
    <message>
        <source>Hide Workbook at once ({key}). What you were typing is kept.</source>
        <translation>يخفي Workbook فورًا ({key}). ما كنت تكتبه يبقى محفوظًا.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>خروج سريع</translation>
    </message>
    <message>
        <source>Hides Workbook at once. Shortcut {key}.</source>
        <translation>يخفي Workbook فورًا. الاختصار: {key}.</translation>
    </message>
    <message>
        <source>Workbook keeps everything on this computer. It never uses the internet.</source>
        <translation>يحفظ Workbook كل شيء على هذا الحاسوب. ولا يستخدم الإنترنت أبدًا.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What your passphrase protects.&lt;/b&gt; Everything you write is locked with a passphrase you choose. Someone who picks up this computer, copies its files or takes out the disk cannot read your plan without it.</source>
        <translation>&lt;b&gt;ما تحميه عبارة المرور.&lt;/b&gt; كل ما تكتبه مقفل بعبارة مرور تختارها بنفسك. من يأخذ هذا الحاسوب أو ينسخ ملفاته أو ينزع قرصه لا يستطيع قراءة خطتك من دونها.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it cannot protect against.&lt;/b&gt;</source>
        <translation>&lt;b&gt;ما لا تستطيع الحماية منه.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spying software&lt;/b&gt; (“stalkerware”). If the other person ever had this computer in their hands, set it up for you, or knows your account password, they may have installed a program that records what you type or what is on the screen. No app can hide from that. If you are not sure, use a device they have never touched, for example a library computer or a new phone or laptop.</source>
        <translation>&lt;b&gt;برامج التجسس&lt;/b&gt; («stalkerware»). إن كان الشخص الآخر قد وضع يده على هذا الحاسوب يومًا، أو أعدّه لك، أو يعرف كلمة مرور حسابك، فربما ثبّت برنامجًا يسجّل ما تكتبه أو ما يظهر على الشاشة. لا يستطيع أي تطبيق الاختباء من ذلك. وعند الشك، استخدم جهازًا لم يلمسه قط، مثل حاسوب في مكتبة عامة أو هاتف أو حاسوب محمول جديد.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone watching the screen&lt;/b&gt; while the workbook is open. Press &lt;b&gt;{key}&lt;/b&gt; or the &lt;b&gt;Quick exit&lt;/b&gt; button to hide it at once. It also locks itself when you leave it alone for a few minutes.</source>
        <translation>&lt;b&gt;شخص يراقب الشاشة&lt;/b&gt; أثناء فتح دفتر العمل. اضغط &lt;b&gt;{key}&lt;/b&gt; أو زر &lt;b&gt;خروج سريع&lt;/b&gt; لإخفائه فورًا. ويُقفل نفسه أيضًا حين يُترك دون استخدام بضع دقائق.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copies the computer makes by itself&lt;/b&gt;, which Workbook cannot remove: memory written to the disk (swap, hibernation), screenshots, thumbnails and “recent files” lists for files you export or print, and backups of this computer.</source>
        <translation>&lt;b&gt;نسخ يصنعها الحاسوب من تلقاء نفسه&lt;/b&gt;، ولا يستطيع Workbook إزالتها: الذاكرة المكتوبة على القرص (ملف التبديل «swap»، والإسبات)، ولقطات الشاشة، والصور المصغّرة، وقوائم «الملفات الأخيرة» للملفات التي تصدّرها أو تطبعها، والنسخ الاحتياطية لهذا الحاسوب.</translation>
    </message>
    <message>
        <source>&lt;b&gt;On a shared computer&lt;/b&gt; other people can see that Workbook is installed, but not what is in it. Exported files and printouts are not locked: keep them where only you can reach them.</source>
        <translation>&lt;b&gt;على حاسوب مشترك&lt;/b&gt; يستطيع الآخرون أن يروا أن Workbook مثبّت، لكن لا يرون ما فيه. الملفات المُصدَّرة والنسخ المطبوعة غير مقفلة: احفظها حيث لا يصل إليها أحد غيرك.</translation>
    </message>
    <message>
        <source>You will type this passphrase each time you open Workbook. A few ordinary words in a row, like a short odd sentence only you would think of, are easier to remember and harder to guess than a short password full of symbols. Avoid anything the other person knows or could guess: birthdays, pet names, passwords you have used before. If you ever forget it, the recovery code on the next page opens your workbook instead.</source>
        <translation>ستكتب عبارة المرور هذه في كل مرة تفتح فيها Workbook. بضع كلمات عادية متتالية، كجملة قصيرة غريبة لا تخطر إلا ببالك، أسهل في التذكّر وأصعب في التخمين من كلمة مرور قصيرة مليئة بالرموز. تجنّب كل ما يعرفه الشخص الآخر أو يستطيع تخمينه: تواريخ الميلاد، وأسماء الحيوانات الأليفة، وكلمات المرور التي استخدمتها من قبل. إن نسيتها يومًا، فرمز الاسترداد في الصفحة التالية يفتح دفتر عملك بدلًا منها.</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens your workbook instead. It is shown only this once.</source>
        <translation>إن نسيت عبارة المرور يومًا، فهذا الرمز يفتح دفتر عملك بدلًا منها. يُعرض هذه المرة فقط.</translation>
    </message>
    <message>
        <source>Write it on paper by hand, and keep the paper where the other person cannot reach it: with someone you trust, with your lawyer, or in a place only you know. Please don&apos;t photograph it, save it in a file or email it to yourself — copies on a phone or computer are easier to find. Letters and digits that look alike (O and 0, I and 1) are treated the same, so you can&apos;t get those wrong.</source>
        <translation>اكتبه بخط اليد على ورقة، واحفظ الورقة حيث لا يصل إليها الشخص الآخر: مع شخص تثق به، أو مع محاميك، أو في مكان لا يعرفه أحد سواك. يرجى ألا تصوّره أو تحفظه في ملف أو ترسله إلى بريدك الإلكتروني — فالنسخ على الهاتف أو الحاسوب أسهل في العثور عليها. الحروف والأرقام المتشابهة (O و0، I و1) تُعامَل معاملة واحدة، فلا يمكن أن تخطئ فيها.</translation>
    </message>
    <message>
        <source>Recovery code: {code}</source>
        <translation>رمز الاسترداد: {code}</translation>
    </message>
    <message>
        <source>Before you start: keeping your workbook private</source>
        <translation>قبل أن تبدأ: الحفاظ على خصوصية دفتر عملك</translation>
    </message>
    <message>
        <source>Scroll with the arrow keys to read all of it.</source>
        <translation>مرِّر بمفاتيح الأسهم لقراءة النص كله.</translation>
    </message>
    <message>
        <source>I understand — continue</source>
        <translation>فهمت — متابعة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>اختر عبارة مرور</translation>
    </message>
    <message>
        <source>I have written the code down and put it somewhere safe</source>
        <translation>كتبت الرمز ووضعته في مكان آمن</translation>
    </message>
    <message>
        <source>Open my workbook</source>
        <translation>افتح دفتر عملي</translation>
    </message>
    <message>
        <source>Write down your recovery code</source>
        <translation>اكتب رمز الاسترداد</translation>
    </message>
    <message>
        <source>Setting up your workbook…</source>
        <translation>جارٍ إعداد دفتر عملك…</translation>
    </message>
    <message>
        <source>Your workbook could not be set up because its folder could not be written. Please check that the disk is not full.</source>
        <translation>تعذّر إعداد دفتر عملك لأن الكتابة في مجلده لم تكن ممكنة. يرجى التأكد من أن القرص غير ممتلئ.</translation>
    </message>
    <message>
        <source>Something went wrong while setting up. Please try again.</source>
        <translation>حدث خطأ أثناء الإعداد. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>Please use at least %n characters — a few ordinary words in a row work well.</source>
        <translation>
            <numerusform>يرجى استخدام %n حرف على الأقل — بضع كلمات عادية متتالية تفي بالغرض.</numerusform>
            <numerusform>يرجى استخدام حرف واحد على الأقل — بضع كلمات عادية متتالية تفي بالغرض.</numerusform>
            <numerusform>يرجى استخدام حرفين على الأقل — بضع كلمات عادية متتالية تفي بالغرض.</numerusform>
            <numerusform>يرجى استخدام %n أحرف على الأقل — بضع كلمات عادية متتالية تفي بالغرض.</numerusform>
            <numerusform>يرجى استخدام %n حرفًا على الأقل — بضع كلمات عادية متتالية تفي بالغرض.</numerusform>
            <numerusform>يرجى استخدام %n حرف على الأقل — بضع كلمات عادية متتالية تفي بالغرض.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>قصيرة جدًا</translation>
    </message>
    <message>
        <source>Too easy to guess</source>
        <translation>سهلة التخمين جدًا</translation>
    </message>
    <message>
        <source>This is one of the passphrases people try first. Try three or four ordinary words that mean something only to you.</source>
        <translation>هذه من أوائل عبارات المرور التي يجرّبها الناس. جرّب ثلاث أو أربع كلمات عادية لا يعرف معناها سواك.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Someone with time could guess this. Adding another word or two helps most.</source>
        <translation>يمكن لمن لديه وقت أن يخمّنها. أكثر ما يفيد هو إضافة كلمة أو كلمتين.</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Good start. One more word would make it much harder to guess.</source>
        <translation>بداية جيدة. كلمة أخرى ستجعل تخمينها أصعب بكثير.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>Hard to guess. Make sure you can remember it.</source>
        <translation>صعبة التخمين. تأكّد من أنك تستطيع تذكّرها.</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Very hard to guess. Make sure you can remember it.</source>
        <translation>صعبة التخمين جدًا. تأكّد من أنك تستطيع تذكّرها.</translation>
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
    <message numerus="yes">
        <source>{times} and %n more times</source>
        <translation>
            <numerusform>{times}</numerusform>
            <numerusform>{times} ووقت آخر</numerusform>
            <numerusform>{times} ووقتان آخران</numerusform>
            <numerusform>{times} و%n أوقات أخرى</numerusform>
            <numerusform>{times} و%n وقتًا آخر</numerusform>
            <numerusform>{times} و%n وقت آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On {dates} and %n more dates</source>
        <translation>
            <numerusform>في {dates}</numerusform>
            <numerusform>في {dates} وتاريخ آخر</numerusform>
            <numerusform>في {dates} وتاريخان آخران</numerusform>
            <numerusform>في {dates} و%n تواريخ أخرى</numerusform>
            <numerusform>في {dates} و%n تاريخًا آخر</numerusform>
            <numerusform>في {dates} و%n تاريخ آخر</numerusform>
        </translation>
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
    <message>
        <source>“{name}” should be a whole number from {low} to {high}.</source>
        <translation>يجب أن يكون «{name}» عددًا صحيحًا من {low} إلى {high}.</translation>
    </message>
    <message>
        <source>“{name}” should be a list in square brackets.</source>
        <translation>يجب أن يكون «{name}» قائمة بين قوسين مربعين.</translation>
    </message>
    <message>
        <source>“{name}” holds more than {limit:,} items.</source>
        <translation>يحتوي «{name}» على أكثر من {limit:,} عنصر.</translation>
    </message>
    <message>
        <source>A time should be written as HH:MM, for example 09:30.</source>
        <translation>يُكتب الوقت بالشكل HH:MM، مثلًا 09:30.</translation>
    </message>
    <message>
        <source>“{name}” should be a date written as YYYY-MM-DD.</source>
        <translation>يجب أن يكون «{name}» تاريخًا مكتوبًا بالشكل YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>A schedule should be an object in curly braces { }.</source>
        <translation>يجب أن يكون الجدول الزمني كائنًا بين قوسين معقوفين { }.</translation>
    </message>
    <message>
        <source>A schedule needs its format version “v”, a whole number.</source>
        <translation>يحتاج الجدول الزمني إلى إصدار صيغته «v»، وهو عدد صحيح.</translation>
    </message>
    <message>
        <source>This schedule was written by a newer Workbook (format {version}); please update.</source>
        <translation>كتب هذا الجدولَ الزمني إصدارٌ أحدث من Workbook (الصيغة {version})؛ يُرجى التحديث.</translation>
    </message>
    <message>
        <source>A schedule has a part Workbook does not know: “{name}”.</source>
        <translation>في الجدول الزمني جزء لا يعرفه Workbook: «{name}».</translation>
    </message>
    <message>
        <source>“repeat” should be one of: {allowed}.</source>
        <translation>يجب أن تكون «repeat» إحدى القيم التالية: {allowed}.</translation>
    </message>
    <message>
        <source>Days of the week are written mo, tu, we, th, fr, sa, su.</source>
        <translation>تُكتب أيام الأسبوع بالشكل mo, tu, we, th, fr, sa, su.</translation>
    </message>
    <message>
        <source>“all_day” should be true or false.</source>
        <translation>يجب أن تكون «all_day» إما true أو false.</translation>
    </message>
    <message>
        <source>A stored schedule is not readable JSON.</source>
        <translation>جدول زمني محفوظ ليس بصيغة JSON قابلة للقراءة.</translation>
    </message>
</context>
</TS>
