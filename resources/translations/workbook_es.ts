<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutMe</name>
    <message>
        <source>My name</source>
        <translation>Mi nombre</translation>
    </message>
    <message>
        <source>As your check-in partners know you; they may need it to call for help.</source>
        <translation>Como te conocen tus personas de aviso; puede que lo necesiten para pedir ayuda.</translation>
    </message>
    <message>
        <source>My phone</source>
        <translation>Mi teléfono</translation>
    </message>
    <message>
        <source>The number your check-in partners call.</source>
        <translation>El número al que te llaman tus personas de aviso.</translation>
    </message>
    <message>
        <source>Where I live or stay</source>
        <translation>Dónde vivo o me quedo</translation>
    </message>
    <message>
        <source>The address your check-in partners would give the police. It is shown only in your own plan and on the partners&apos; cards.</source>
        <translation>La dirección que tus personas de aviso darían a la policía. Solo aparece en tu propio plan y en las tarjetas de aviso.</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Sobre mí</translation>
    </message>
    <message>
        <source>Only for the cards you give your check-in partners, who may need to call for help, and for your own copy of the plan. No other printout shows them.</source>
        <translation>Solo para las tarjetas que das a tus personas de aviso, que quizá tengan que pedir ayuda, y para tu propia copia del plan. Ninguna otra impresión lo muestra.</translation>
    </message>
</context>
<context>
    <name>Awareness</name>
    <message>
        <source>Not sure yet</source>
        <translation>Aún no lo sé</translation>
    </message>
    <message>
        <source>Knowing</source>
        <translation>Lo sabe</translation>
    </message>
    <message>
        <source>Unwitting</source>
        <translation>Sin saberlo</translation>
    </message>
</context>
<context>
    <name>BackupPlan</name>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>In my words</source>
        <translation>Con mis palabras</translation>
    </message>
    <message>
        <source>Needed for your own situation; optional otherwise.</source>
        <translation>Necesario si es tu propia situación; si no, es opcional.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>Steps, in order</source>
        <translation>Pasos, en orden</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>People to call, in order</source>
        <translation>A quién llamar, en orden</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation>Lugares seguros</translation>
    </message>
    <message>
        <source>What to take</source>
        <translation>Qué llevarme</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>Números de emergencia</translation>
    </message>
    <message>
        <source>Protective-order details</source>
        <translation>Datos de la orden de protección</translation>
    </message>
    <message>
        <source>no backup plan yet</source>
        <translation>aún no hay ningún plan alternativo</translation>
    </message>
    <message numerus="yes">
        <source>%n plans have no steps yet</source>
        <translation>
            <numerusform>%n plan aún no tiene pasos</numerusform>
            <numerusform>%n planes aún no tienen pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plans have nobody to call yet</source>
        <translation>
            <numerusform>%n plan aún no tiene a quién llamar</numerusform>
            <numerusform>%n planes aún no tienen a quién llamar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupPlans</name>
    <message>
        <source>Emergency: {numbers}</source>
        <translation>Emergencias: {numbers}</translation>
    </message>
    <message>
        <source>Police: {number}</source>
        <translation>Policía: {number}</translation>
    </message>
    <message>
        <source>New backup plan</source>
        <translation>Nuevo plan alternativo</translation>
    </message>
    <message>
        <source>Which situation is this plan for?</source>
        <translation>¿Para qué situación es este plan?</translation>
    </message>
    <message>
        <source>Pick the one closest to what worries you. You will get suggested warning signs and steps for it, and you can change everything afterwards.</source>
        <translation>Elige la que más se acerque a lo que te preocupa. Recibirás sugerencias de señales de alerta y de pasos, y después podrás cambiarlo todo.</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situaciones</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Space adds the selected suggestion to your plan, or takes it out again.</source>
        <translation>La barra espaciadora añade la sugerencia seleccionada a tu plan, o la vuelve a quitar.</translation>
    </message>
    <message>
        <source>Suggested warning signs — tick the ones that fit; you can reword them above:</source>
        <translation>Señales de alerta sugeridas: marca las que encajen; puedes reescribirlas arriba:</translation>
    </message>
    <message>
        <source>Suggested steps, in order — tick the ones you will take; you can reword them:</source>
        <translation>Pasos sugeridos, en orden: marca los que darás; puedes reescribirlos:</translation>
    </message>
    <message>
        <source>Add all these steps</source>
        <translation>Añadir todos estos pasos</translation>
    </message>
    <message>
        <source>Add every suggested step, in order, to your steps.</source>
        <translation>Añade cada paso sugerido, en orden, a tus pasos.</translation>
    </message>
    <message>
        <source>Add my country&apos;s numbers</source>
        <translation>Añadir los números de mi país</translation>
    </message>
    <message>
        <source>Add your country&apos;s emergency number and helplines to this plan.</source>
        <translation>Añade a este plan el número de emergencias y las líneas de ayuda de tu país.</translation>
    </message>
    <message>
        <source>Some situations are easier to face with a plan you made on a calm day. Pick a situation, note the warning signs, then write the steps in the order you will take them and who you will call. Being prepared is not being afraid.</source>
        <translation>Algunas situaciones se afrontan mejor con un plan hecho en un día tranquilo. Elige una situación, anota las señales de alerta y luego escribe los pasos en el orden en que los darás y a quién llamarás. Prepararse no es tener miedo.</translation>
    </message>
</context>
<context>
    <name>Boundaries</name>
    <message>
        <source>Examples you can use (then change them if you like):</source>
        <translation>Ejemplos que puedes usar (y cambiar luego si quieres):</translation>
    </message>
    <message>
        <source>“{example}”</source>
        <translation>«{example}»</translation>
    </message>
    <message>
        <source>Use this example: {example}</source>
        <translation>Usar este ejemplo: {example}</translation>
    </message>
    <message>
        <source>Use: {example}</source>
        <translation>Usar: {example}</translation>
    </message>
    <message>
        <source>Replace what you wrote with this example?</source>
        <translation>¿Cambiar lo que escribiste por este ejemplo?</translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation>&amp;Cambiarlo</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Quedarme con lo mío</translation>
    </message>
    <message>
        <source>These are the No Contact commitments that steady many people. For each one, decide: adopt it, rewrite it in your own words, or drop it. Then write the one firm sentence you will say if you ever hear his voice, and what you will tell people who pass on messages.</source>
        <comment>he</comment>
        <translation>Estos son los compromisos de Contacto Cero que dan firmeza a muchas personas. Para cada uno, decide: adoptarlo, reescribirlo con tus palabras o descartarlo. Después escribe la frase firme que dirás si alguna vez oyes su voz, y lo que dirás a quienes te traigan mensajes.</translation>
    </message>
    <message>
        <source>These are the No Contact commitments that steady many people. For each one, decide: adopt it, rewrite it in your own words, or drop it. Then write the one firm sentence you will say if you ever hear her voice, and what you will tell people who pass on messages.</source>
        <comment>she</comment>
        <translation>Estos son los compromisos de Contacto Cero que dan firmeza a muchas personas. Para cada uno, decide: adoptarlo, reescribirlo con tus palabras o descartarlo. Después escribe la frase firme que dirás si alguna vez oyes su voz, y lo que dirás a quienes te traigan mensajes.</translation>
    </message>
    <message>
        <source>These are the No Contact commitments that steady many people. For each one, decide: adopt it, rewrite it in your own words, or drop it. Then write the one firm sentence you will say if you ever hear the other person&apos;s voice, and what you will tell people who pass on messages.</source>
        <comment>they</comment>
        <translation>Estos son los compromisos de Contacto Cero que dan firmeza a muchas personas. Para cada uno, decide: adoptarlo, reescribirlo con tus palabras o descartarlo. Después escribe la frase firme que dirás si alguna vez oyes la voz de la otra persona, y lo que dirás a quienes te traigan mensajes.</translation>
    </message>
    <message>
        <source>These are the No Contact commitments that steady many people. For each one, decide: adopt it, rewrite it in your own words, or drop it. Then write the one firm sentence you will say if you ever hear {name}&apos;s voice, and what you will tell people who pass on messages.</source>
        <comment>name</comment>
        <translation>Estos son los compromisos de Contacto Cero que dan firmeza a muchas personas. Para cada uno, decide: adoptarlo, reescribirlo con tus palabras o descartarlo. Después escribe la frase firme que dirás si alguna vez oyes la voz de {name}, y lo que dirás a quienes te traigan mensajes.</translation>
    </message>
    <message>
        <source>My boundaries</source>
        <translation>Mis límites</translation>
    </message>
    <message>
        <source>Commitments, and my own words.</source>
        <translation>Compromisos y mis propias palabras.</translation>
    </message>
    <message>
        <source>Add &amp;my own…</source>
        <translation>Añadir uno &amp;mío…</translation>
    </message>
    <message>
        <source>R&amp;ewrite…</source>
        <translation>R&amp;eescribir…</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Reescribir</translation>
    </message>
    <message>
        <source>A&amp;dopt</source>
        <translation>A&amp;doptar</translation>
    </message>
    <message>
        <source>Adopt the selected commitment.</source>
        <translation>Adopta el compromiso seleccionado.</translation>
    </message>
    <message>
        <source>Dro&amp;p it</source>
        <translation>Descartar&amp;lo</translation>
    </message>
    <message>
        <source>Drop the selected commitment.</source>
        <translation>Descarta el compromiso seleccionado.</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>&amp;Compromisos</translation>
    </message>
    <message>
        <source>Short and calm is best. These words go on the first page of your plan.</source>
        <translation>Lo mejor es breve y sereno. Estas palabras van en la primera página de tu plan.</translation>
    </message>
    <message>
        <source>M&amp;y own words</source>
        <translation>Mis &amp;propias palabras</translation>
    </message>
</context>
<context>
    <name>BoundaryCommitment</name>
    <message>
        <source>The commitment in my words</source>
        <translation>El compromiso con mis palabras</translation>
    </message>
    <message>
        <source>Rewrite it until it sounds like you.</source>
        <translation>Reescríbelo hasta que suene a ti.</translation>
    </message>
    <message>
        <source>My decision</source>
        <translation>Mi decisión</translation>
    </message>
    <message>
        <source>Suggestion it started from</source>
        <translation>Sugerencia de la que partió</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>no commitment adopted yet</source>
        <translation>aún no has adoptado ningún compromiso</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested commitments not decided on yet</source>
        <translation>
            <numerusform>%n compromiso sugerido aún sin decidir</numerusform>
            <numerusform>%n compromisos sugeridos aún sin decidir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInAgreement</name>
    <message>
        <source>Check-in partner</source>
        <translation>Persona de aviso</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Daily times, or before and after a named event such as a handover.</source>
        <translation>Horas de cada día, o antes y después de un momento concreto, como una entrega de los niños.</translation>
    </message>
    <message>
        <source>Check-in times</source>
        <translation>Horas de aviso</translation>
    </message>
    <message>
        <source>Days and times, or before and after a mandated contact.</source>
        <translation>Días y horas, o antes y después de un contacto obligatorio.</translation>
    </message>
    <message>
        <source>Around this mandated contact</source>
        <translation>Alrededor de este contacto obligatorio</translation>
    </message>
    <message>
        <source>For check-ins before and after a mandated contact, such as a handover.</source>
        <translation>Para avisar antes y después de un contacto obligatorio, como una entrega de los niños.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Margen de espera</translation>
    </message>
    <message>
        <source>How long your partner waits before acting.</source>
        <translation>Cuánto espera tu persona de aviso antes de actuar.</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements have no code word for “I am not safe” yet</source>
        <translation>
            <numerusform>%n acuerdo aún no tiene palabra clave para «no estoy a salvo»</numerusform>
            <numerusform>%n acuerdos aún no tienen palabra clave para «no estoy a salvo»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements do not say yet what happens if you miss a check-in</source>
        <translation>
            <numerusform>%n acuerdo aún no dice qué pasa si no avisas</numerusform>
            <numerusform>%n acuerdos aún no dicen qué pasa si no avisas</numerusform>
        </translation>
    </message>
    <message>
        <source>If I miss a check-in, my partner…</source>
        <translation>Si no aviso, mi persona de aviso…</translation>
    </message>
    <message>
        <source>Step by step, in order.</source>
        <translation>Paso a paso, en orden.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>Code word for “I am not safe”</source>
        <translation>Palabra clave para «no estoy a salvo»</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>no check-in agreement yet</source>
        <translation>aún no hay ningún acuerdo de aviso</translation>
    </message>
    <message>
        <source>no check-in partner yet</source>
        <translation>aún no hay ninguna persona de aviso</translation>
    </message>
</context>
<context>
    <name>CheckInLogEntry</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>No particular agreement</source>
        <translation>Ningún acuerdo en concreto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Sin aviso</translation>
    </message>
    <message>
        <source>Workbook marks a check-in that did not happen in time.</source>
        <translation>Workbook marca un aviso que no llegó a tiempo.</translation>
    </message>
</context>
<context>
    <name>CheckInMethod</name>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Message app</source>
        <translation>App de mensajería</translation>
    </message>
</context>
<context>
    <name>CheckIns</name>
    <message>
        <source>A check-in partner is someone who always knows you are all right. Agree when and how you check in, how long they wait if they do not hear from you, and what they do then. Each time you check in, press “I checked in now” to keep a record.</source>
        <translation>Una persona de aviso es alguien que siempre sabe que estás bien. Acordad cuándo y cómo avisas, cuánto espera si no sabe de ti y qué hace entonces. Cada vez que avises, pulsa «Acabo de avisar» para dejar constancia.</translation>
    </message>
    <message>
        <source>I &amp;checked in now…</source>
        <translation>A&amp;cabo de avisar…</translation>
    </message>
    <message>
        <source>Add the current time and a short note to the check-in log.</source>
        <translation>Añade la hora actual y una nota breve al registro de avisos.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Agreements, and the log of check-ins made.</source>
        <translation>Los acuerdos y el registro de los avisos hechos.</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation>Acuer&amp;dos</translation>
    </message>
    <message>
        <source>Check-in &amp;log</source>
        <translation>Re&amp;gistro de avisos</translation>
    </message>
</context>
<context>
    <name>CommitmentStatus</name>
    <message>
        <source>Not decided yet</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptado</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>This could not be saved just now. Nothing else was changed; please try again.</source>
        <translation>No se pudo guardar ahora mismo. No se cambió nada más; inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezado</translation>
    </message>
    <message>
        <source>Looks complete</source>
        <translation>Parece completo</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message numerus="yes">
        <source>Showing all %Ln contacts.</source>
        <translation>
            <numerusform>Se muestra el único contacto (%Ln).</numerusform>
            <numerusform>Se muestran los %Ln contactos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln contacts.</source>
        <translation>
            <numerusform>Se muestran {shown} de %Ln contacto.</numerusform>
            <numerusform>Se muestran {shown} de %Ln contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Inside the order?</source>
        <translation>¿Dentro de la orden?</translation>
    </message>
    <message>
        <source>How I answered</source>
        <translation>Cómo respondí</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Inside or outside</source>
        <translation>Dentro o fuera</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Clear every filter.</source>
        <translation>Quita todos los filtros.</translation>
    </message>
    <message>
        <source>Counts per month</source>
        <translation>Recuento por mes</translation>
    </message>
    <message>
        <source>Contacts, judged</source>
        <translation>Contactos, valorados</translation>
    </message>
    <message>
        <source>A date; may be empty.</source>
        <translation>Una fecha; puede quedar vacía.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>Cualquier medio</translation>
    </message>
    <message>
        <source>Inside and outside</source>
        <translation>Dentro y fuera</translation>
    </message>
    <message>
        <source>Inside the order</source>
        <translation>Dentro de la orden</translation>
    </message>
    <message>
        <source>Outside any order</source>
        <translation>Fuera de toda orden</translation>
    </message>
    <message>
        <source>Not sure: topic not marked</source>
        <translation>No se sabe: tema sin marcar</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(aún sin nombre)</translation>
    </message>
    <message>
        <source>Comparing each contact with the orders…</source>
        <translation>Comparando cada contacto con las órdenes…</translation>
    </message>
    <message>
        <source>No contacts in the log yet.</source>
        <translation>Aún no hay contactos en el registro.</translation>
    </message>
    <message>
        <source>{name}: {count:,}</source>
        <translation>{name}: {count:,}</translation>
    </message>
    <message>
        <source>Through someone else: {people}.</source>
        <translation>A través de otra persona: {people}.</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <source>The entries, and how they stand.</source>
        <translation>Las entradas y cómo se valoran.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Inside or outside the orders</source>
        <translation>Dentro o fuera de las órdenes</translation>
    </message>
</context>
<context>
    <name>ContactChannel</name>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Message app</source>
        <translation>App de mensajería</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <source>Through someone else</source>
        <translation>A través de otra persona</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ContactLogEntry</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Written down</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <source>Written before this record was kept</source>
        <translation>Escrito antes de que se llevara este registro</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Corrige</translation>
    </message>
    <message>
        <source>What changed and why</source>
        <translation>Qué cambió y por qué</translation>
    </message>
    <message>
        <source>Optional. The earlier version stays in the record; this note is kept with the correction.</source>
        <translation>Opcional. La versión anterior se queda en el registro; esta nota se guarda con la corrección.</translation>
    </message>
    <message>
        <source>Why it was withdrawn</source>
        <translation>Por qué se retiró</translation>
    </message>
    <message>
        <source>Evidence files (SHA-256)</source>
        <translation>Archivos de prueba (SHA-256)</translation>
    </message>
    <message>
        <source>Hash of the entry before</source>
        <translation>Hash de la entrada anterior</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Him directly, or one of the suspected proxies.</source>
        <comment>he</comment>
        <translation>Él directamente, o uno de los posibles intermediarios.</translation>
    </message>
    <message>
        <source>Her directly, or one of the suspected proxies.</source>
        <comment>she</comment>
        <translation>Ella directamente, o uno de los posibles intermediarios.</translation>
    </message>
    <message>
        <source>The other person directly, or one of the suspected proxies.</source>
        <comment>they</comment>
        <translation>La otra persona directamente, o uno de los posibles intermediarios.</translation>
    </message>
    <message>
        <source>{name} directly, or one of the suspected proxies.</source>
        <comment>name</comment>
        <translation>{name} directamente, o uno de los posibles intermediarios.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>What was said or done</source>
        <translation>Qué se dijo o se hizo</translation>
    </message>
    <message>
        <source>Exact words</source>
        <translation>Palabras exactas</translation>
    </message>
    <message>
        <source>What was said or written, word for word, as far as you remember it.</source>
        <translation>Lo que se dijo o se escribió, palabra por palabra, hasta donde lo recuerdes.</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Testigos</translation>
    </message>
    <message>
        <source>Who else saw or heard it.</source>
        <translation>Quién más lo vio o lo oyó.</translation>
    </message>
    <message>
        <source>How I responded</source>
        <translation>Cómo respondí</translation>
    </message>
    <message>
        <source>My response in detail</source>
        <translation>Mi respuesta en detalle</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Lo comuniqué a</translation>
    </message>
    <message>
        <source>Report reference</source>
        <translation>Referencia de la denuncia</translation>
    </message>
    <message>
        <source>For example the police incident number, or whom you told and when.</source>
        <translation>Por ejemplo, el número de la denuncia en la policía, o a quién se lo contaste y cuándo.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Where the screenshot, letter or witness can be found.</source>
        <translation>Dónde están la captura de pantalla, la carta o el testigo.</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>Permitido por</translation>
    </message>
    <message>
        <source>The order that allowed this contact, or “not mandated”.</source>
        <translation>La orden que permitía este contacto, o «no obligatorio».</translation>
    </message>
    <message>
        <source>Not mandated</source>
        <translation>No obligatorio</translation>
    </message>
    <message>
        <source>Topic within what the order allows</source>
        <translation>Tema dentro de lo que permite la orden</translation>
    </message>
    <message>
        <source>Whether what it was about stayed within the topics the order allows.</source>
        <translation>Si aquello de lo que se habló se quedó dentro de los temas que permite la orden.</translation>
    </message>
</context>
<context>
    <name>ContactLogPage</name>
    <message>
        <source>Withdrawn on {date}: {reason}</source>
        <translation>Retirada el {date}: {reason}</translation>
    </message>
    <message>
        <source>Corrected on {date}</source>
        <translation>Corregida el {date}</translation>
    </message>
    <message>
        <source>(not in the plan)</source>
        <translation>(no está en el plan)</translation>
    </message>
    <message>
        <source>Not mandated</source>
        <translation>No obligatorio</translation>
    </message>
    <message>
        <source>Correct this entry</source>
        <translation>Corregir esta entrada</translation>
    </message>
    <message>
        <source>Change what needs changing. Save adds the corrected version to the log; the version you correct stays in the record.</source>
        <translation>Cambia lo que haga falta. Guardar añade la versión corregida al registro; la versión que corriges se queda en el registro.</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to correct.</source>
        <translation>No se cambió nada, así que no hay nada que corregir.</translation>
    </message>
    <message>
        <source>Change what needs changing first, or press Discard changes to leave.</source>
        <translation>Primero cambia lo que haga falta, o pulsa Descartar cambios para salir.</translation>
    </message>
    <message>
        <source>What changed, and why?</source>
        <translation>¿Qué cambió y por qué?</translation>
    </message>
    <message>
        <source>You changed: {fields}. A few words on why help whoever reads the log later. You may leave this empty.</source>
        <translation>Has cambiado: {fields}. Unas palabras sobre el porqué ayudan a quien lea el registro más adelante. Puedes dejarlo vacío.</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Guardar la corrección</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Please write a few words first.</source>
        <translation>Escribe primero unas palabras, por favor.</translation>
    </message>
    <message>
        <source>This is longer than Workbook can keep; please shorten it.</source>
        <translation>Es más largo de lo que Workbook puede guardar; acórtalo, por favor.</translation>
    </message>
    <message>
        <source>Version {n}: first written {date}</source>
        <translation>Versión {n}: escrita por primera vez el {date}</translation>
    </message>
    <message>
        <source>Version {n}: written before this record was kept (by {date} at the latest)</source>
        <translation>Versión {n}: escrita antes de que se llevara este registro (como muy tarde el {date})</translation>
    </message>
    <message>
        <source>Withdrawn on {date}</source>
        <translation>Retirada el {date}</translation>
    </message>
    <message>
        <source>Version {n}: corrected on {date}</source>
        <translation>Versión {n}: corregida el {date}</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Reason for withdrawing:</source>
        <translation>Motivo de la retirada:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message numerus="yes">
        <source>Record intact: %Ln entries, each unchanged since it was written.</source>
        <translation>
            <numerusform>Registro intacto: %Ln entrada, sin cambios desde que se escribió.</numerusform>
            <numerusform>Registro intacto: %Ln entradas, cada una sin cambios desde que se escribió.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written down</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>My response</source>
        <translation>Mi respuesta</translation>
    </message>
    <message>
        <source>Inside the order?</source>
        <translation>¿Dentro de la orden?</translation>
    </message>
    <message>
        <source>Corrected or withdrawn</source>
        <translation>Corregida o retirada</translation>
    </message>
    <message>
        <source>How I responded</source>
        <translation>Cómo respondí</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>Permitido por</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>History of this entry</source>
        <translation>Historial de esta entrada</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Checking the record…</source>
        <translation>Comprobando el registro…</translation>
    </message>
    <message>
        <source>Latest hash:</source>
        <translation>Último hash:</translation>
    </message>
    <message>
        <source>Latest hash of the contact log</source>
        <translation>Último hash del registro de contactos</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Copy the latest hash, to give to your lawyer.</source>
        <translation>Copia el último hash para dárselo a tu abogado.</translation>
    </message>
    <message>
        <source>Give this code to your lawyer: it stands for everything your log holds now. Any later change to an entry written before today would change it.</source>
        <translation>Da este código a tu abogado: representa todo lo que contiene ahora tu registro. Cualquier cambio posterior en una entrada escrita antes de hoy lo cambiaría.</translation>
    </message>
    <message>
        <source>The record was changed outside Workbook. {problem}</source>
        <translation>El registro se cambió fuera de Workbook. {problem}</translation>
    </message>
    <message>
        <source>Record intact: nothing written yet.</source>
        <translation>Registro intacto: aún no hay nada escrito.</translation>
    </message>
    <message>
        <source>Every entry was checked again just now.</source>
        <translation>Se acaban de comprobar de nuevo todas las entradas.</translation>
    </message>
    <message>
        <source>Checking every entry of the record ({n})…</source>
        <translation>Comprobando cada entrada del registro ({n})…</translation>
    </message>
    <message>
        <source>The record could not be checked just now. {reason}</source>
        <translation>Ahora mismo no se pudo comprobar el registro. {reason}</translation>
    </message>
    <message>
        <source>An entry you started earlier has not been saved yet. Nothing is lost.</source>
        <translation>Una entrada que empezaste antes aún no se ha guardado. No se ha perdido nada.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Continuarla</translation>
    </message>
    <message>
        <source>Open the unfinished entry where you left it.</source>
        <translation>Abre la entrada sin terminar donde la dejaste.</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <source>The latest version of each entry. Enter corrects the selected one.</source>
        <translation>La última versión de cada entrada. Intro corrige la seleccionada.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Write down a new contact.</source>
        <translation>Anota un contacto nuevo.</translation>
    </message>
    <message>
        <source>&amp;Correct this entry…</source>
        <translation>&amp;Corregir esta entrada…</translation>
    </message>
    <message>
        <source>Write a corrected version; the one it corrects stays in the record.</source>
        <translation>Escribe una versión corregida; la que corrige se queda en el registro.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Every version of the selected entry.</source>
        <translation>Todas las versiones de la entrada seleccionada.</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>Mark the selected entry as withdrawn, with your reason. It stays in the record.</source>
        <translation>Marca la entrada seleccionada como retirada, con tu motivo. Se queda en el registro.</translation>
    </message>
    <message>
        <source>written 23 hours after</source>
        <translation>escrito 23 horas después</translation>
    </message>
    <message>
        <source>Through someone</source>
        <translation>A través de otra persona</translation>
    </message>
    <message>
        <source>My firm sentence</source>
        <translation>Mi frase firme</translation>
    </message>
    <message>
        <source>Outside: not at a set time</source>
        <translation>Fuera: fuera del horario</translation>
    </message>
    <message>
        <source>Write down every contact or attempt, whether a court allowed it or not: when, who, how, what was said and how you answered. Each entry keeps when it was written down; nothing in the log is ever changed or removed, so it holds up as a record.</source>
        <translation>Anota cada contacto o intento, lo haya permitido un tribunal o no: cuándo, quién, cómo, qué se dijo y cómo respondiste. Cada entrada guarda cuándo se anotó; nada del registro se cambia ni se quita nunca, así que sirve como constancia.</translation>
    </message>
    <message>
        <source>Withdraw this entry?</source>
        <translation>¿Retirar esta entrada?</translation>
    </message>
    <message>
        <source>“{title}” will be marked as withdrawn, with your reason. It stays in the record, so the log shows that it was there and why you took it back.</source>
        <translation>«{title}» se marcará como retirada, con tu motivo. Se queda en el registro, para que se vea que estuvo ahí y por qué la retiraste.</translation>
    </message>
    <message>
        <source>&amp;Withdraw it</source>
        <translation>&amp;Retirarla</translation>
    </message>
    <message>
        <source>This entry could not be withdrawn just now. Please try again.</source>
        <translation>Ahora mismo no se pudo retirar esta entrada. Vuelve a intentarlo, por favor.</translation>
    </message>
</context>
<context>
    <name>ContactRole</name>
    <message>
        <source>Check-in partner</source>
        <translation>Persona de aviso</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Abogada o abogado</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Contable</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Persona de apoyo</translation>
    </message>
    <message>
        <source>Police contact</source>
        <translation>Contacto en la policía</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Compañera o compañero de trabajo</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Vecina o vecino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>These are the people you can turn to: family, friends, your lawyer, an advocate, a police contact. You do not have to face this alone, and you do not have to fill in everything now; a name is enough to start.</source>
        <translation>Estas son las personas a las que puedes acudir: familia, amistades, tu abogado, una persona de apoyo, un contacto en la policía. No tienes por qué enfrentarte a esto en soledad, y no tienes que rellenarlo todo ahora; un nombre basta para empezar.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>for example {example}</source>
        <translation>por ejemplo {example}</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>{field}: choose from a calendar</source>
        <translation>{field}: elegir en un calendario</translation>
    </message>
    <message>
        <source>Choose the day from a calendar (Alt+Down in the date box).</source>
        <translation>Elige el día en un calendario (Alt+Flecha abajo en la casilla de la fecha).</translation>
    </message>
    <message>
        <source>{field}: calendar</source>
        <translation>{field}: calendario</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <source>{field}: time</source>
        <translation>{field}: hora</translation>
    </message>
    <message>
        <source>Use this day and time</source>
        <translation>Usar este día y esta hora</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>Workbook cannot read this as a date. You can write it like {iso}.</source>
        <translation>Workbook no puede leer esto como una fecha. Puedes escribirla así: {iso}.</translation>
    </message>
    <message>
        <source>Workbook cannot read this as a date. You can write it like {example} or like {iso}.</source>
        <translation>Workbook no puede leer esto como una fecha. Puedes escribirla así: {example} o {iso}.</translation>
    </message>
    <message>
        <source>Please write a year between 1 and 9999.</source>
        <translation>Escribe un año entre 1 y 9999, por favor.</translation>
    </message>
    <message>
        <source>There is no month {month}: months go from 1 to 12.</source>
        <translation>No existe el mes {month}: los meses van del 1 al 12.</translation>
    </message>
    <message>
        <source>There is no day {day}: days start at 1.</source>
        <translation>No existe el día {day}: los días empiezan en el 1.</translation>
    </message>
    <message>
        <source>{month} {year} has no day 29: {year} is not a leap year.</source>
        <translation>No hay día 29 en {month} de {year}: {year} no es un año bisiesto.</translation>
    </message>
    <message>
        <source>{month} has no day {day}: it has {count} days.</source>
        <translation>No hay día {day} en {month}: tiene {count} días.</translation>
    </message>
    <message>
        <source>That time is not on a clock. Hours go from 0 to 23 and minutes from 0 to 59, for example {example}.</source>
        <translation>Esa hora no existe en un reloj. Las horas van de 0 a 23 y los minutos de 0 a 59, por ejemplo {example}.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message numerus="yes">
        <source>That is %n hours. A check-in partner usually waits minutes or a few hours before acting; is this right? You can save it as it is.</source>
        <translation>
            <numerusform>Eso es %n hora. Una persona de aviso suele esperar minutos o unas pocas horas antes de actuar; ¿es correcto? Puedes guardarlo tal como está.</numerusform>
            <numerusform>Eso son %n horas. Una persona de aviso suele esperar minutos o unas pocas horas antes de actuar; ¿es correcto? Puedes guardarlo tal como está.</numerusform>
        </translation>
    </message>
    <message>
        <source>Store this entry in your plan now.</source>
        <translation>Guarda ahora esta entrada en tu plan.</translation>
    </message>
    <message>
        <source>Fill in what you know; everything else can wait. Save stores it at once.</source>
        <translation>Rellena lo que sepas; lo demás puede esperar. Guardar lo almacena al momento.</translation>
    </message>
    <message>
        <source>This is what you typed last time. It is not saved yet: press Save to keep it.</source>
        <translation>Esto es lo que escribiste la última vez. Aún no está guardado: pulsa Guardar para conservarlo.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>Close without saving and forget what was typed. Escape closes and keeps it as a draft.</source>
        <translation>Cierra sin guardar y olvida lo escrito. Escape cierra y lo conserva como borrador.</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>{item} {number}: {problem}</source>
        <translation>{item} {number}: {problem}</translation>
    </message>
    <message>
        <source>{when} is in the future. Is this right? You can save it as it is.</source>
        <translation>{when} está en el futuro. ¿Es correcto? Puedes guardarlo tal como está.</translation>
    </message>
    <message>
        <source>Before saving, please look at: {fields}.</source>
        <translation>Antes de guardar, revisa: {fields}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Sin problemas</translation>
    </message>
    <message>
        <source>This entry could not be saved just now.</source>
        <translation>Esta entrada no se pudo guardar ahora mismo.</translation>
    </message>
    <message>
        <source>Forget what you typed in this entry?</source>
        <translation>¿Olvidar lo que escribiste en esta entrada?</translation>
    </message>
    <message>
        <source>The saved entry stays as it was.</source>
        <translation>La entrada guardada se queda como estaba.</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>&amp;Olvidarlo</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
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
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
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
        <translation>Archivos de pruebas</translation>
    </message>
    <message>
        <source>This image could not be shown here.</source>
        <translation>Esta imagen no se pudo mostrar aquí.</translation>
    </message>
    <message>
        <source>This file could not be read just now.</source>
        <translation>Ahora mismo no se pudo leer este archivo.</translation>
    </message>
    <message>
        <source>Attaching was stopped. Nothing was added.</source>
        <translation>Se detuvo la adjunción. No se añadió nada.</translation>
    </message>
    <message>
        <source>Screenshots, photos, recordings or letters that belong to this entry. Each file is stored encrypted and its SHA-256 goes into the record.</source>
        <translation>Capturas de pantalla, fotos, grabaciones o cartas que pertenecen a esta entrada. Cada archivo se guarda cifrado y su SHA-256 entra en el registro.</translation>
    </message>
    <message>
        <source>Add screenshots, photos, recordings or letters, or drop them here. Each is stored encrypted in the workbook, and kept when you save the entry; the original stays where it is.</source>
        <translation>Añade capturas de pantalla, fotos, grabaciones o cartas, o suéltalas aquí. Cada una se guarda cifrada en el cuaderno y se conserva al guardar la entrada; el original se queda donde está.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <source>Choose one or more files to attach to this entry.</source>
        <translation>Elige uno o más archivos para adjuntar a esta entrada.</translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>The selected files will not be attached to this entry.</source>
        <translation>Los archivos seleccionados no se adjuntarán a esta entrada.</translation>
    </message>
    <message>
        <source>Files can be attached once the workbook is open.</source>
        <translation>Se pueden adjuntar archivos cuando el cuaderno esté abierto.</translation>
    </message>
    <message>
        <source>Already attached to the version you correct.</source>
        <translation>Ya adjunto a la versión que corriges.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Storing the files encrypted…</source>
        <translation>Guardando los archivos cifrados…</translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <translation>{name}: {message}</translation>
    </message>
    <message>
        <source>{name} is already in the list, so it was not added again.</source>
        <translation>{name} ya está en la lista, así que no se añadió otra vez.</translation>
    </message>
    <message>
        <source>The files could not be attached just now. Nothing was added. Please try again.</source>
        <translation>Ahora mismo no se pudieron adjuntar los archivos. No se añadió nada. Vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>Please wait until the files are stored, or press Cancel.</source>
        <translation>Espera a que se guarden los archivos, o pulsa Cancelar.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <source>Write the selected file, readable, to a place you choose. Workbook first checks it is exactly the file that was attached.</source>
        <translation>Escribe el archivo seleccionado, legible, en el lugar que elijas. Workbook comprueba antes que es exactamente el archivo que se adjuntó.</translation>
    </message>
    <message>
        <source>No files are attached to this entry.</source>
        <translation>Esta entrada no tiene archivos adjuntos.</translation>
    </message>
    <message>
        <source>{file} (in an earlier version only)</source>
        <translation>{file} (solo en una versión anterior)</translation>
    </message>
    <message>
        <source>{file}
{problem}</source>
        <translation>{file}
{problem}</translation>
    </message>
    <message>
        <source>Preview of {name}</source>
        <translation>Vista previa de {name}</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Save a copy to look at it.</source>
        <translation>No hay vista previa para este tipo de archivo. Guarda una copia para verlo.</translation>
    </message>
    <message>
        <source>Saved a copy to {path}. It is readable by anyone who can open that folder.</source>
        <translation>Se guardó una copia en {path}. Puede leerla cualquiera que pueda abrir esa carpeta.</translation>
    </message>
    <message>
        <source>The copy could not be saved just now. Please try again.</source>
        <translation>Ahora mismo no se pudo guardar la copia. Vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Guardando una copia…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Who is this for?</source>
        <translation>¿Para quién es?</translation>
    </message>
    <message>
        <source>(a partner without a name)</source>
        <translation>(una persona de aviso sin nombre)</translation>
    </message>
    <message>
        <source>Check-in pa&amp;rtner:</source>
        <translation>Pe&amp;rsona de aviso:</translation>
    </message>
    <message>
        <source>Put &amp;names in the event titles</source>
        <translation>Poner los &amp;nombres en los títulos de los eventos</translation>
    </message>
    <message>
        <source>Calendars copy their events to phones, online accounts and anyone the calendar is shared with. With names, anyone who sees your calendar can read who you check in with and which order a date belongs to.</source>
        <translation>Los calendarios copian sus eventos a teléfonos, cuentas en línea y a cualquiera con quien se comparta el calendario. Con nombres, quien vea tu calendario puede leer a quién avisas y a qué orden pertenece cada fecha.</translation>
    </message>
    <message>
        <source>Also save the &amp;evidence files, numbered, in a folder</source>
        <translation>Guardar también los archivos de &amp;pruebas, numerados, en una carpeta</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <source>Protect the PDF with a &amp;password</source>
        <translation>Proteger el PDF con una &amp;contraseña</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Contraseña &amp;otra vez:</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Elegir dónde guardar…</translation>
    </message>
    <message>
        <source>Pre&amp;view the first pages</source>
        <translation>&amp;Vista previa de las primeras páginas</translation>
    </message>
    <message>
        <source>Preview of the first pages</source>
        <translation>Vista previa de las primeras páginas</translation>
    </message>
    <message>
        <source>Page {number} of the preview</source>
        <translation>Página {number} de la vista previa</translation>
    </message>
    <message>
        <source>The preview is shown beside the choices.</source>
        <translation>La vista previa se muestra junto a las opciones.</translation>
    </message>
    <message>
        <source>Please type the password you want to use.</source>
        <translation>Escribe la contraseña que quieres usar.</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>Las dos contraseñas aún no coinciden.</translation>
    </message>
    <message>
        <source>This password is short, so it is easy to guess. A longer one, such as a few words only you would put together, protects the PDF much better. You can still use this one.</source>
        <translation>Esta contraseña es corta, así que es fácil de adivinar. Una más larga, como unas palabras que solo tú combinarías, protege mucho mejor el PDF. Aun así, puedes usar esta.</translation>
    </message>
    <message>
        <source>No trusted contact is the partner of a check-in agreement yet. Add one on the Check-ins page first.</source>
        <translation>Todavía ninguna persona de confianza es persona de aviso en un acuerdo. Añade una primero en la página de avisos.</translation>
    </message>
    <message>
        <source>Making the calendar…</source>
        <translation>Preparando el calendario…</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Preparando el PDF…</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n events, each with a reminder.</source>
        <translation>
            <numerusform>%n evento, con un recordatorio.</numerusform>
            <numerusform>%n eventos, cada uno con un recordatorio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n pages.</source>
        <translation>
            <numerusform>Tiene %n página.</numerusform>
            <numerusform>Tiene %n páginas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files are in the folder “{folder}” beside it, numbered as in the PDF, with SHA256SUMS and MANIFEST.csv to check them.</source>
        <translation>
            <numerusform>Hay %n archivo de pruebas en la carpeta «{folder}», a su lado, numerado como en el PDF, con SHA256SUMS y MANIFEST.csv para comprobarlo.</numerusform>
            <numerusform>Hay %n archivos de pruebas en la carpeta «{folder}», a su lado, numerados como en el PDF, con SHA256SUMS y MANIFEST.csv para comprobarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar is saved as {name} in {folder}.</source>
        <translation>El calendario se ha guardado como {name} en {folder}.</translation>
    </message>
    <message>
        <source>It opens only with the password you chose.</source>
        <translation>Solo se abre con la contraseña que elegiste.</translation>
    </message>
    <message>
        <source>It is not protected by a password: keep it somewhere only you can reach.</source>
        <translation>No está protegido con contraseña: guárdalo donde solo tú puedas llegar.</translation>
    </message>
    <message>
        <source>A character in “{field}” on page {page} (U+{code}) could not be drawn and shows as a marked box.</source>
        <translation>Un carácter de «{field}» en la página {page} (U+{code}) no se pudo dibujar y aparece como un recuadro marcado.</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>The PDF is saved as {name} in {folder}.</source>
        <translation>El PDF se ha guardado como {name} en {folder}.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>{field}: now</source>
        <translation>{field}: ahora</translation>
    </message>
    <message>
        <source>Fill in the current date and time.</source>
        <translation>Pon la fecha y la hora actuales.</translation>
    </message>
    <message>
        <source>Please write when it was, for example {example}, or press Now.</source>
        <translation>Escribe cuándo fue, por ejemplo {example}, o pulsa «Ahora».</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add {item}</source>
        <translation>Añadir {item}</translation>
    </message>
    <message>
        <source>{field}: add {item}</source>
        <translation>{field}: añadir {item}</translation>
    </message>
    <message>
        <source>{item} {number}</source>
        <translation>{item} {number}</translation>
    </message>
    <message>
        <source>{field}: {item} {number} of {count}.</source>
        <translation>{field}: {item} {number} de {count}.</translation>
    </message>
    <message>
        <source>Remove {item}</source>
        <translation>Quitar {item}</translation>
    </message>
    <message>
        <source>Move {item} up</source>
        <translation>Subir {item}</translation>
    </message>
    <message>
        <source>Move {item} down</source>
        <translation>Bajar {item}</translation>
    </message>
    <message>
        <source>Add new…</source>
        <translation>Añadir nuevo…</translation>
    </message>
    <message>
        <source>{field}: add a new entry</source>
        <translation>{field}: añadir una entrada nueva</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>The entries chosen, in order.</source>
        <translation>Las entradas elegidas, en orden.</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Aún no has elegido nada.</translation>
    </message>
    <message>
        <source>{field}: choose one to add</source>
        <translation>{field}: elige una para añadir</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Añadir a la lista</translation>
    </message>
    <message>
        <source>{field}: add the chosen one</source>
        <translation>{field}: añadir la elegida</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(quitado)</translation>
    </message>
    <message>
        <source>{kind} {number}: {title}</source>
        <translation>{kind} {number}: {title}</translation>
    </message>
    <message>
        <source>Move {title} up</source>
        <translation>Subir {title}</translation>
    </message>
    <message>
        <source>{field}: earlier in the list</source>
        <translation>{field}: antes en la lista</translation>
    </message>
    <message>
        <source>Move {title} down</source>
        <translation>Bajar {title}</translation>
    </message>
    <message>
        <source>{field}: later in the list</source>
        <translation>{field}: después en la lista</translation>
    </message>
    <message>
        <source>Remove {title}</source>
        <translation>Quitar {title}</translation>
    </message>
    <message>
        <source>{field}: take it off the list</source>
        <translation>{field}: sacarlo de la lista</translation>
    </message>
</context>
<context>
    <name>HelpNow</name>
    <message>
        <source>These numbers are kept on this computer; they were checked on {date}. Workbook never goes online and never calls anyone for you.</source>
        <translation>Estos números se guardan en este ordenador; se comprobaron el {date}. Workbook nunca se conecta a internet y nunca llama a nadie por ti.</translation>
    </message>
    <message>
        <source>Emergency numbers: {title}</source>
        <translation>Números de emergencia: {title}</translation>
    </message>
    <message>
        <source>{url} (checked {date})</source>
        <translation>{url} (comprobado el {date})</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Tu país</translation>
    </message>
    <message>
        <source>Choose your country to see its emergency number and helplines.</source>
        <translation>Elige tu país para ver su número de emergencias y sus líneas de ayuda.</translation>
    </message>
    <message>
        <source>Choose your country…</source>
        <translation>Elige tu país…</translation>
    </message>
    <message>
        <source>Help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <source>The emergency number and the domestic-abuse helplines of your country.</source>
        <translation>El número de emergencias y las líneas de ayuda contra la violencia doméstica de tu país.</translation>
    </message>
    <message>
        <source>Your &amp;country:</source>
        <translation>Tu &amp;país:</translation>
    </message>
    <message>
        <source>Where these numbers come from</source>
        <translation>De dónde salen estos números</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Police: {number}</source>
        <translation>Policía: {number}</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>Alguien con quien hablar</translation>
    </message>
    <message>
        <source>No national domestic-abuse helpline for {country} could be checked, so none is listed here rather than a number that might be wrong. The emergency number above works whenever you are in danger.</source>
        <translation>No se pudo comprobar ninguna línea nacional de ayuda contra la violencia doméstica para {country}, así que aquí no aparece ninguna, en lugar de un número que podría ser incorrecto. El número de emergencias de arriba funciona siempre que estés en peligro.</translation>
    </message>
    <message>
        <source>Emergency number and helplines for your country (F1).</source>
        <translation>Número de emergencias y líneas de ayuda de tu país (F1).</translation>
    </message>
    <message>
        <source>Emergency number and helplines (F1)</source>
        <translation>Número de emergencias y líneas de ayuda (F1)</translation>
    </message>
    <message>
        <source>All helplines and details…</source>
        <translation>Todas las líneas de ayuda y detalles…</translation>
    </message>
    <message>
        <source>All helplines and details</source>
        <translation>Todas las líneas de ayuda y detalles</translation>
    </message>
    <message>
        <source>Your countr&amp;y:</source>
        <translation>Tu pa&amp;ís:</translation>
    </message>
    <message>
        <source>No national helpline for {country} could be checked.</source>
        <translation>No se pudo comprobar ninguna línea de ayuda nacional para {country}.</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} o {last}</translation>
    </message>
    <message>
        <source>If you are in danger now, call your local emergency number. Choose your country to see it here.</source>
        <translation>Si estás en peligro ahora, llama al número de emergencias de donde estés. Elige tu país para verlo aquí.</translation>
    </message>
    <message>
        <source>If you are in danger now, call one of these emergency numbers: {numbers}.</source>
        <translation>Si estás en peligro ahora, llama a uno de estos números de emergencia: {numbers}.</translation>
    </message>
    <message>
        <source>If you are in danger now, call {number} (or {others}).</source>
        <translation>Si estás en peligro ahora, llama al {number} (o al {others}).</translation>
    </message>
    <message>
        <source>If you are in danger now, call {number}.</source>
        <translation>Si estás en peligro ahora, llama al {number}.</translation>
    </message>
    <message>
        <source>In danger now? Call your local emergency number.</source>
        <translation>¿En peligro ahora? Llama al número de emergencias de donde estés.</translation>
    </message>
    <message>
        <source>In danger now? Call {number}.</source>
        <translation>¿En peligro ahora? Llama al {number}.</translation>
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
        <translation>Llamada gratuita.</translation>
    </message>
    <message>
        <source>Text: {how}</source>
        <translation>Mensaje de texto: {how}</translation>
    </message>
    <message>
        <source>Online: {how}</source>
        <translation>En línea: {how}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Idiomas: {languages}</translation>
    </message>
</context>
<context>
    <name>HelpNowData</name>
    <message>
        <source>Helpline for violence and abuse in Flanders</source>
        <translation>Línea de ayuda contra la violencia y el maltrato en Flandes</translation>
    </message>
    <message>
        <source>For people at risk of domestic violence; normal call rate</source>
        <translation>Para personas en riesgo de violencia doméstica; tarifa normal de llamada</translation>
    </message>
    <message>
        <source>Anonymous advice about violence in close relationships</source>
        <translation>Asesoramiento anónimo sobre la violencia en las relaciones cercanas</translation>
    </message>
    <message>
        <source>For people experiencing violence, and people worried about someone</source>
        <translation>Para personas que sufren violencia y para quienes están preocupados por alguien</translation>
    </message>
    <message>
        <source>Does not show on the phone bill</source>
        <translation>No aparece en la factura del teléfono</translation>
    </message>
    <message>
        <source>116 016 also reaches Nollalinja; does not show on the phone bill</source>
        <translation>El 116 016 también llega a Nollalinja; no aparece en la factura del teléfono</translation>
    </message>
    <message>
        <source>For people who cannot speak or hear: send a text message to 114 to reach emergency services</source>
        <translation>Para personas que no pueden hablar u oír: envía un mensaje de texto al 114 para llegar a los servicios de emergencia</translation>
    </message>
    <message>
        <source>For men experiencing domestic abuse</source>
        <translation>Para hombres que sufren maltrato doméstico</translation>
    </message>
    <message>
        <source>Anonymous; most callers are people experiencing domestic violence</source>
        <translation>Anónimo; la mayoría de quienes llaman sufren violencia doméstica</translation>
    </message>
    <message>
        <source>For people experiencing violence in relationships, and trafficking</source>
        <translation>Para personas que sufren violencia en la pareja, y trata de personas</translation>
    </message>
    <message>
        <source>National helpline for women facing violence, including domestic violence</source>
        <translation>Línea de ayuda nacional para mujeres que sufren violencia, también doméstica</translation>
    </message>
    <message>
        <source>Connects you to the nearest spousal violence counselling centre</source>
        <translation>Te pone en contacto con el centro de atención por violencia en la pareja más cercano</translation>
    </message>
    <message>
        <source>Anonymous; for women and men</source>
        <translation>Anónimo; para mujeres y hombres</translation>
    </message>
    <message>
        <source>Support line for victims of crime; most calls are about violence in the family</source>
        <translation>Línea de apoyo a víctimas de delitos; la mayoría de las llamadas son por violencia en la familia</translation>
    </message>
    <message>
        <source>For help and advice about domestic violence</source>
        <translation>Para ayuda y asesoramiento sobre la violencia doméstica</translation>
    </message>
    <message>
        <source>Dial 079 and choose option 1</source>
        <translation>Marca el 079 y elige la opción 1</translation>
    </message>
    <message>
        <source>You may stay anonymous</source>
        <translation>Puedes mantener el anonimato</translation>
    </message>
    <message>
        <source>Anonymous; for people aged 18 and over</source>
        <translation>Anónimo; para personas de 18 años o más</translation>
    </message>
    <message>
        <source>Legal advice and referral; domestic abuse can be reported here</source>
        <translation>Asesoramiento jurídico y derivación; aquí se puede denunciar el maltrato doméstico</translation>
    </message>
    <message>
        <source>Does not show on the phone bill; you may stay anonymous</source>
        <translation>No aparece en la factura del teléfono; puedes mantener el anonimato</translation>
    </message>
    <message>
        <source>Ministry of Social Development and Human Security; family violence is among its issues</source>
        <translation>Ministry of Social Development and Human Security; la violencia familiar está entre sus temas</translation>
    </message>
    <message>
        <source>Adults and children can report gender-based violence and child abuse</source>
        <translation>Adultos, niñas y niños pueden denunciar la violencia de género y el maltrato infantil</translation>
    </message>
    <message>
        <source>TTY: 1-800-787-3224</source>
        <translation>Teléfono de texto (TTY): 1-800-787-3224</translation>
    </message>
    <message>
        <source>Live chat and SMS</source>
        <translation>Chat en directo y SMS</translation>
    </message>
    <message>
        <source>hilfetelefon.de (chat and email)</source>
        <translation>hilfetelefon.de (chat y correo electrónico)</translation>
    </message>
    <message>
        <source>Email 016-online@igualdad.gob.es</source>
        <translation>Correo electrónico 016-online@igualdad.gob.es</translation>
    </message>
    <message>
        <source>nollalinja.fi (chat on weekdays)</source>
        <translation>nollalinja.fi (chat entre semana)</translation>
    </message>
    <message>
        <source>Email sos15900@isotita.gr</source>
        <translation>Correo electrónico sos15900@isotita.gr</translation>
    </message>
    <message>
        <source>soudanplus.jp (email and chat)</source>
        <translation>soudanplus.jp (correo electrónico y chat)</translation>
    </message>
    <message>
        <source>Email and chat</source>
        <translation>Correo electrónico y chat</translation>
    </message>
    <message>
        <source>Email info@helpline-violence.lu</source>
        <translation>Correo electrónico info@helpline-violence.lu</translation>
    </message>
    <message>
        <source>Email linkaprezeny@ivpr.gov.sk</source>
        <translation>Correo electrónico linkaprezeny@ivpr.gov.sk</translation>
    </message>
    <message>
        <source>SMS to 114</source>
        <translation>SMS al 114</translation>
    </message>
    <message>
        <source>SMS 3060 (free, does not show on the bill)</source>
        <translation>SMS 3060 (gratis, no aparece en la factura)</translation>
    </message>
    <message>
        <source>Text START to 88788</source>
        <translation>Envía START al 88788</translation>
    </message>
    <message>
        <source>24 hours, every day</source>
        <translation>24 horas, todos los días</translation>
    </message>
    <message>
        <source>Hours vary by region (for example weekdays 8:30–11:30 and 14:30–17:30)</source>
        <translation>El horario varía según la región (por ejemplo, entre semana de 8:30–11:30 y de 14:30–17:30)</translation>
    </message>
    <message>
        <source>Opening hours of the local centre</source>
        <translation>Horario de apertura del centro local</translation>
    </message>
    <message>
        <source>Every day, 12:00–20:00</source>
        <translation>Todos los días, 12:00–20:00</translation>
    </message>
    <message>
        <source>Every day, 12:00–22:00</source>
        <translation>Todos los días, 12:00–22:00</translation>
    </message>
    <message>
        <source>Every day, 7:30–19:30</source>
        <translation>Todos los días, 7:30–19:30</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>other languages</source>
        <translation>otros idiomas</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>neerlandés</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>18 other languages</source>
        <translation>otros 18 idiomas</translation>
    </message>
    <message>
        <source>sign language</source>
        <translation>lengua de signos</translation>
    </message>
    <message>
        <source>53 languages</source>
        <translation>53 idiomas</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finés</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>sueco</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>croata</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persa</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>albanés</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ucraniano</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polaco</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonés</translation>
    </message>
    <message>
        <source>many local languages</source>
        <translation>muchas lenguas locales</translation>
    </message>
    <message>
        <source>200+ languages through interpreters</source>
        <translation>más de 200 idiomas con intérpretes</translation>
    </message>
    <message>
        <source>and at set hours: English, Arabic, Creole, Dari, Spanish, Hebrew, Kabyle, Mandarin, Persian, Polish, Portuguese, Turkish</source>
        <translation>y a horas fijas: inglés, árabe, criollo, darí, español, hebreo, cabilio, mandarín, persa, polaco, portugués, turco</translation>
    </message>
    <message>
        <source>and by chat or email: English, Chinese, Korean, Spanish, Portuguese, Tagalog, Thai, Vietnamese, Indonesian, Nepali</source>
        <translation>y por chat o correo electrónico: inglés, chino, coreano, español, portugués, tagalo, tailandés, vietnamita, indonesio, nepalí</translation>
    </message>
    <message>
        <source>In Iceland, 112 also takes reports of violence, by phone or by web chat on 112.is.</source>
        <translation>En Islandia, el 112 también recibe denuncias de violencia, por teléfono o por el chat web de 112.is.</translation>
    </message>
    <message>
        <source>The 911 emergency hotline also takes calls about violence against women and children.</source>
        <translation>La línea de emergencias 911 también atiende llamadas por violencia contra mujeres, niñas y niños.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>That doesn&apos;t open this workbook. Please check it and try again.</source>
        <translation>Eso no abre este cuaderno. Revísalo e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The key file of this workbook (keys.json in its data folder) is damaged, so the workbook cannot be opened with it; typing the passphrase again will not help. If you have a copy of the data folder, put its keys.json back. Otherwise your recovery code opens the copy of the key file kept with the automatic backups (backups/keys.json).</source>
        <translation>El archivo de claves de este cuaderno (keys.json, en su carpeta de datos) está dañado, así que el cuaderno no se puede abrir con él; volver a escribir la frase de contraseña no servirá. Si tienes una copia de la carpeta de datos, vuelve a poner su keys.json. Si no, tu código de recuperación abre la copia del archivo de claves que se guarda con las copias de seguridad automáticas (backups/keys.json).</translation>
    </message>
    <message>
        <source>This data folder has no key file, so the workbook in it cannot be opened.</source>
        <translation>Esta carpeta de datos no tiene archivo de claves, así que el cuaderno que contiene no se puede abrir.</translation>
    </message>
    <message>
        <source>Please use at least {count} characters. A few ordinary words in a row are easy to remember and hard to guess.</source>
        <translation>Usa al menos {count} caracteres. Unas cuantas palabras corrientes seguidas son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>This data folder already has a workbook.</source>
        <translation>Esta carpeta de datos ya tiene un cuaderno.</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a recovery code. It has 24 letters and digits, in six groups of four.</source>
        <translation>Eso no parece un código de recuperación. Tiene 24 letras y cifras, en seis grupos de cuatro.</translation>
    </message>
    <message>
        <source>That key does not belong to this workbook.</source>
        <translation>Esa clave no es de este cuaderno.</translation>
    </message>
    <message>
        <source>This workbook&apos;s key file is from an earlier version of Workbook. Please change the passphrase first (you may type the same one again).</source>
        <translation>El archivo de claves de este cuaderno es de una versión anterior de Workbook. Cambia primero la frase de contraseña (puedes volver a escribir la misma).</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>El idioma del ordenador</translation>
    </message>
    <message>
        <source>Workbook speaks the language you choose from the next time you open it.</source>
        <translation>Workbook usará el idioma que elijas a partir de la próxima vez que lo abras.</translation>
    </message>
    <message>
        <source>Your choice could not be kept just now. Please try again.</source>
        <translation>Ahora mismo no se pudo guardar tu elección. Vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>Saved. Workbook will speak this language from the next time you open it.</source>
        <translation>Guardado. Workbook usará este idioma a partir de la próxima vez que lo abras.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Details of the selected entry</source>
        <translation>Detalles de la entrada seleccionada</translation>
    </message>
    <message>
        <source>Everything written in the selected entry, in full.</source>
        <translation>Todo lo escrito en la entrada seleccionada, completo.</translation>
    </message>
    <message>
        <source>Select an entry to read it here in full.</source>
        <translation>Selecciona una entrada para leerla aquí completa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;{label}:&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>An entry you started earlier has not been saved yet. Nothing is lost.</source>
        <translation>Una entrada que empezaste antes aún no se ha guardado. No se ha perdido nada.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Continuarla</translation>
    </message>
    <message>
        <source>Open the unfinished entry where you left it.</source>
        <translation>Abre la entrada sin terminar donde la dejaste.</translation>
    </message>
    <message>
        <source>Enter opens the selected entry, Delete removes it.</source>
        <translation>Intro abre la entrada seleccionada; Supr la quita.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add a new entry to this list.</source>
        <translation>Añade una entrada nueva a esta lista.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Open the selected entry.</source>
        <translation>Abre la entrada seleccionada.</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected entry.</source>
        <translation>Quita la entrada seleccionada.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected entry up.</source>
        <translation>Sube la entrada seleccionada.</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected entry down.</source>
        <translation>Baja la entrada seleccionada.</translation>
    </message>
    <message>
        <source>• {kind}: {title}</source>
        <translation>• {kind}: {title}</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” is used in %n other entries:</source>
        <translation>
            <numerusform>«{title}» se usa en %n entrada más:</numerusform>
            <numerusform>«{title}» se usa en otras %n entradas:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove it and clear those links</source>
        <translation>&amp;Quitarlo y borrar esos vínculos</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarlo</translation>
    </message>
    <message>
        <source>{entries}

If you remove it, those entries stay; they simply no longer point to it. You can choose someone or something else in them afterwards.</source>
        <translation>{entries}

Si lo quitas, esas entradas se quedan; simplemente dejan de apuntar a él. Después puedes elegir a otra persona u otra cosa en ellas.</translation>
    </message>
    <message>
        <source>“{title}” will be removed from your plan.</source>
        <translation>«{title}» se quitará de tu plan.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>This entry could not be removed just now. Please try again.</source>
        <translation>Esta entrada no se pudo quitar ahora mismo. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{header}: {text}</source>
        <translation>{header}: {text}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>MandateChannel</name>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Via lawyer</source>
        <translation>A través de abogados</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>Supervisado</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Por escrito</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
</context>
<context>
    <name>MandatedObligation</name>
    <message>
        <source>Who mandated it</source>
        <translation>Quién lo ordenó</translation>
    </message>
    <message>
        <source>Name of the court or person</source>
        <translation>Nombre del tribunal o de la persona</translation>
    </message>
    <message>
        <source>For example the name of the court, counselor or mediator.</source>
        <translation>Por ejemplo, el nombre del tribunal, de la terapeuta o del mediador.</translation>
    </message>
    <message>
        <source>Reference or case number</source>
        <translation>Referencia o número de expediente</translation>
    </message>
    <message>
        <source>What exactly is required</source>
        <translation>Qué se exige exactamente</translation>
    </message>
    <message>
        <source>Write it as the order says it: exactly this much, never less, never more.</source>
        <translation>Escríbelo como lo dice la orden: exactamente eso, nunca menos, nunca más.</translation>
    </message>
    <message>
        <source>When and how often</source>
        <translation>Cuándo y con qué frecuencia</translation>
    </message>
    <message>
        <source>Days and times</source>
        <translation>Días y horas</translation>
    </message>
    <message>
        <source>As the order sets them; contacts in the log are compared with these.</source>
        <translation>Tal como los fija la orden; los contactos del registro se comparan con ellos.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>How the contact happens</source>
        <translation>Cómo se produce el contacto</translation>
    </message>
    <message>
        <source>Topics allowed</source>
        <translation>Temas permitidos</translation>
    </message>
    <message>
        <source>For example: the children&apos;s logistics only.</source>
        <translation>Por ejemplo: solo la organización de los niños.</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Se encarga</translation>
    </message>
    <message>
        <source>The professional or trusted contact who handles this contact for you.</source>
        <translation>La persona profesional o de confianza que se encarga de este contacto por ti.</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>no mandated contact written down yet (leave it empty if there is none)</source>
        <translation>aún no has anotado ningún contacto obligatorio (déjalo vacío si no hay ninguno)</translation>
    </message>
    <message numerus="yes">
        <source>%n obligations have nobody to handle them yet</source>
        <translation>
            <numerusform>%n obligación aún no tiene quien se encargue</numerusform>
            <numerusform>%n obligaciones aún no tienen quien se encargue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obligations do not say yet what exactly is required</source>
        <translation>
            <numerusform>%n obligación aún no dice qué se exige exactamente</numerusform>
            <numerusform>%n obligaciones aún no dicen qué se exige exactamente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MandatedPage</name>
    <message>
        <source>A court, counselor, evaluator, mediator, guardian or the police may require some contact of you. Write down exactly what is required: you keep that much, never less and never more, and if a ruling needs to change, that happens through the proper channels. If nothing is mandated, simply go on to the next page.</source>
        <translation>Un tribunal, un orientador, un evaluador, un mediador, un tutor o la policía pueden exigirte algún contacto. Anota exactamente lo que se exige: cumples eso, ni menos ni más, y si una resolución debe cambiar, se hace por las vías adecuadas. Si no hay nada obligatorio, pasa sin más a la página siguiente.</translation>
    </message>
</context>
<context>
    <name>Mandator</name>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Perito</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Mediación</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor legal</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>OtherPerson</name>
    <message>
        <source>Him (he)</source>
        <translation>Él</translation>
    </message>
    <message>
        <source>Her (she)</source>
        <translation>Ella</translation>
    </message>
    <message>
        <source>Them (they)</source>
        <translation>La otra persona</translation>
    </message>
    <message>
        <source>A name I choose</source>
        <translation>Un nombre que yo elijo</translation>
    </message>
    <message>
        <source>Him</source>
        <comment>he</comment>
        <translation>Él</translation>
    </message>
    <message>
        <source>Her</source>
        <comment>she</comment>
        <translation>Ella</translation>
    </message>
    <message>
        <source>The other person</source>
        <comment>they</comment>
        <translation>La otra persona</translation>
    </message>
    <message>
        <source>{name}</source>
        <comment>name</comment>
        <translation>{name}</translation>
    </message>
    <message>
        <source>Him, directly</source>
        <comment>he</comment>
        <translation>Él, directamente</translation>
    </message>
    <message>
        <source>Her, directly</source>
        <comment>she</comment>
        <translation>Ella, directamente</translation>
    </message>
    <message>
        <source>The other person, directly</source>
        <comment>they</comment>
        <translation>La otra persona, directamente</translation>
    </message>
    <message>
        <source>{name}, directly</source>
        <comment>name</comment>
        <translation>{name}, directamente</translation>
    </message>
</context>
<context>
    <name>OtherPersonBox</name>
    <message>
        <source>How Workbook speaks of the other person</source>
        <translation>Cómo habla Workbook de la otra persona</translation>
    </message>
    <message>
        <source>Many pages speak of the person you are keeping your distance from. Choose how they are spoken of; you can change it at any time, and every page and PDF follows. A name stays inside your protected workbook, and a copy for a court never shows it.</source>
        <translation>Muchas páginas hablan de la persona de la que te estás alejando. Elige cómo nombrarla; puedes cambiarlo cuando quieras, y todas las páginas y los PDF lo seguirán. Un nombre se queda dentro de tu cuaderno protegido, y una copia para un tribunal nunca lo muestra.</translation>
    </message>
    <message>
        <source>For example: “{sentence}”</source>
        <translation>Por ejemplo: «{sentence}»</translation>
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
        <translation>Revisión de la orden de {title}: {date}. Ese día ya pasó; es un buen momento para mirarla, con tu abogada o abogado si lo tienes.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message numerus="yes">
        <source>The review date of %n more orders has passed too; they are on the page Mandated contact.</source>
        <translation>
            <numerusform>También ha pasado la fecha de revisión de %n orden más; está en la página Contacto obligatorio.</numerusform>
            <numerusform>También ha pasado la fecha de revisión de otras %n órdenes; están en la página Contacto obligatorio.</numerusform>
        </translation>
    </message>
    <message>
        <source>No review date chosen yet. You can set one on the last page of the wizard.</source>
        <translation>Aún no has elegido fecha de revisión. Puedes fijarla en la última página del asistente.</translation>
    </message>
    <message numerus="yes">
        <source>Next review: {date} (in %n days).</source>
        <translation>
            <numerusform>Próxima revisión: {date} (dentro de %n día).</numerusform>
            <numerusform>Próxima revisión: {date} (dentro de %n días).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review: {date} (tomorrow).</source>
        <translation>Próxima revisión: {date} (mañana).</translation>
    </message>
    <message>
        <source>Next review: {date} (today).</source>
        <translation>Próxima revisión: {date} (hoy).</translation>
    </message>
    <message>
        <source>Next review: {date} — that day has passed; a good moment to look.</source>
        <translation>Próxima revisión: {date}; ese día ya pasó: es un buen momento para mirarlo.</translation>
    </message>
    <message>
        <source>Overview of your plan</source>
        <translation>Resumen de tu plan</translation>
    </message>
    <message>
        <source>Every section, how complete it is and when it changed.</source>
        <translation>Cada sección, cuánto está completa y cuándo cambió.</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Tu plan</translation>
    </message>
    <message>
        <source>Welcome back. Here is every part of your plan. Open any of them to update it; every change is saved at once.</source>
        <translation>Hola de nuevo. Aquí está cada parte de tu plan. Abre cualquiera para actualizarla; cada cambio se guarda al momento.</translation>
    </message>
    <message>
        <source>Open {title}</source>
        <translation>Abrir {title}</translation>
    </message>
    <message>
        <source>&amp;Walk through the plan</source>
        <translation>&amp;Recorrer el plan</translation>
    </message>
    <message>
        <source>Go through every page from the start, with everything filled in as it is.</source>
        <translation>Recorre todas las páginas desde el principio, con todo lo que ya has escrito.</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>Save your plan as a PDF to print or to give to someone you trust.</source>
        <translation>Guarda tu plan como PDF para imprimirlo o dárselo a alguien de confianza.</translation>
    </message>
    <message>
        <source>{summary} · last changed {when}</source>
        <translation>{summary} · último cambio: {when}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>Missing: {items}; and %n more</source>
        <translation>
            <numerusform>Falta: {items}; y %n cosa más</numerusform>
            <numerusform>Falta: {items}; y %n cosas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: {items}</source>
        <translation>Falta: {items}</translation>
    </message>
    <message>
        <source>You have an unfinished entry on {section}.</source>
        <translation>Tienes una entrada sin terminar en {section}.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Continuarla</translation>
    </message>
    <message>
        <source>Open the unfinished entry on {section} where you left it.</source>
        <translation>Abre la entrada sin terminar en {section} donde la dejaste.</translation>
    </message>
    <message>
        <source>Continue the unfinished entry on {section}</source>
        <translation>Continuar la entrada sin terminar en {section}</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>{name} (continued)</source>
        <translation>{name} (continuación)</translation>
    </message>
    <message>
        <source>(nothing filled in yet)</source>
        <translation>(aún no se ha rellenado nada)</translation>
    </message>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
    <message>
        <source>{title} · made {date}</source>
        <translation>{title} · hecho el {date}</translation>
    </message>
    <message>
        <source>Page {page} of </source>
        <translation>Página {page} de </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(a contact that was removed)</source>
        <translation>(un contacto que se quitó)</translation>
    </message>
    <message>
        <source>a trusted contact</source>
        <translation>una persona de confianza</translation>
    </message>
    <message>
        <source>(a contact without a name)</source>
        <translation>(un contacto sin nombre)</translation>
    </message>
    <message>
        <source>(a proxy that was removed)</source>
        <translation>(un intermediario que se quitó)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>an order that was removed</source>
        <translation>una orden que se quitó</translation>
    </message>
    <message>
        <source>(an agreement that was removed)</source>
        <translation>(un acuerdo que se quitó)</translation>
    </message>
    <message>
        <source>With {partner} ({when})</source>
        <translation>Con {partner} ({when})</translation>
    </message>
    <message>
        <source>With {partner}</source>
        <translation>Con {partner}</translation>
    </message>
    <message>
        <source>Last changed {when}</source>
        <translation>Último cambio: {when}</translation>
    </message>
    <message>
        <source>No changes recorded yet</source>
        <translation>Aún no hay cambios registrados</translation>
    </message>
    <message>
        <source>Nothing entered here yet.</source>
        <translation>Aquí aún no hay nada.</translation>
    </message>
    <message>
        <source>Made on {date} at {time}</source>
        <translation>Hecho el {date} a las {time}</translation>
    </message>
    <message>
        <source>Plan started {date}</source>
        <translation>Plan empezado el {date}</translation>
    </message>
    <message>
        <source>Next review {date}</source>
        <translation>Próxima revisión: {date}</translation>
    </message>
    <message>
        <source>Essentials</source>
        <translation>Lo esencial</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing entered yet — the Mandated contact page helps you write down any contact a court or an official requires. Leave it empty if there is none.</source>
        <translation>Aún no hay nada: la página Contacto obligatorio te ayuda a anotar cualquier contacto que exija un tribunal o una autoridad. Déjala vacía si no hay ninguno.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the My boundaries page suggests commitments you can adopt and helps you find your one firm sentence.</source>
        <translation>Aún no hay nada: la página Mis límites te sugiere compromisos que puedes adoptar y te ayuda a encontrar tu frase firme.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Trusted contacts page helps you add the people you trust.</source>
        <translation>Aún no hay nada: la página Personas de confianza te ayuda a añadir a las personas en quienes confías.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Backup plans page helps you decide, ahead of time, what you will do if you must leave at once.</source>
        <translation>Aún no hay nada: la página Planes alternativos te ayuda a decidir de antemano qué harás si tienes que irte de inmediato.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Whereabouts check-ins page helps you agree with someone you trust when you will check in, and what they do if you do not.</source>
        <translation>Aún no hay nada: la página Avisos de dónde estoy te ayuda a acordar con alguien de confianza cuándo le avisarás y qué hará si no lo haces.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Suspected proxies page is where you note people who may carry messages for him.</source>
        <comment>he</comment>
        <translation>Aún no hay nada: en la página Posibles intermediarios anotas a las personas que podrían llevar mensajes de parte de él.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Suspected proxies page is where you note people who may carry messages for her.</source>
        <comment>she</comment>
        <translation>Aún no hay nada: en la página Posibles intermediarios anotas a las personas que podrían llevar mensajes de parte de ella.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Suspected proxies page is where you note people who may carry messages for the other person.</source>
        <comment>they</comment>
        <translation>Aún no hay nada: en la página Posibles intermediarios anotas a las personas que podrían llevar mensajes de parte de la otra persona.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Suspected proxies page is where you note people who may carry messages for {name}.</source>
        <comment>name</comment>
        <translation>Aún no hay nada: en la página Posibles intermediarios anotas a las personas que podrían llevar mensajes de parte de {name}.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Contact log page is where you write down each contact while it is fresh.</source>
        <translation>Aún no hay nada: en la página Registro de contactos anotas cada contacto mientras lo tienes fresco.</translation>
    </message>
    <message>
        <source>{section}: {missing}</source>
        <translation>{section}: {missing}</translation>
    </message>
    <message>
        <source>Still to fill in</source>
        <translation>Aún por rellenar</translation>
    </message>
    <message>
        <source>The most important parts of this plan on one page. Every record follows in full in the sections after it.</source>
        <translation>Lo más importante de este plan en una página. Cada apartado aparece completo en las secciones siguientes.</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Sobre mí</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>Números de emergencia</translation>
    </message>
    <message>
        <source>Check-in partners</source>
        <translation>Personas de aviso</translation>
    </message>
    <message>
        <source>Backup plans in brief</source>
        <translation>Planes alternativos en resumen</translation>
    </message>
    <message>
        <source>Nothing essential has been entered yet.</source>
        <translation>Aún no se ha escrito nada esencial.</translation>
    </message>
    <message>
        <source>This copy leaves out the parts of the plan its reader does not need.</source>
        <translation>Esta copia deja fuera las partes del plan que quien la lee no necesita.</translation>
    </message>
    <message>
        <source>Help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <source>Police: {number}</source>
        <translation>Policía: {number}</translation>
    </message>
    <message>
        <source>Numbers for {country} from Workbook&apos;s offline list, checked on {date}.</source>
        <translation>Números de {country} de la lista sin conexión de Workbook, comprobados el {date}.</translation>
    </message>
    <message>
        <source>… and {count} more in “{where}”.</source>
        <translation>… y {count} más en «{where}».</translation>
    </message>
    <message>
        <source>(no partner chosen yet)</source>
        <translation>(aún no se ha elegido persona de aviso)</translation>
    </message>
    <message>
        <source>grace period {minutes}</source>
        <translation>margen de espera {minutes}</translation>
    </message>
    <message>
        <source>Their code word: {word}</source>
        <translation>Su palabra clave: {word}</translation>
    </message>
    <message>
        <source>If I miss a check-in:</source>
        <translation>Si no aviso:</translation>
    </message>
    <message>
        <source>Call: {people}</source>
        <translation>Llamar a: {people}</translation>
    </message>
    <message>
        <source>My own words</source>
        <translation>Mis propias palabras</translation>
    </message>
    <message>
        <source>Commitments I keep</source>
        <translation>Compromisos que mantengo</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <source>Commitments I dropped</source>
        <translation>Compromisos que descarté</translation>
    </message>
    <message>
        <source>Check-ins made</source>
        <translation>Avisos hechos</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Anexos de prueba</translation>
    </message>
    <message>
        <source>The files attached to the log, numbered in the order of the log. Each file&apos;s SHA-256 is also in its entry&apos;s hash, so a file changed after it was attached no longer matches.</source>
        <translation>Los archivos adjuntos al registro, numerados en el orden del registro. El SHA-256 de cada archivo también forma parte del hash de su entrada, así que un archivo cambiado después de adjuntarse ya no coincide.</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>Nombre original</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>No. {n}, {when}</source>
        <translation>N.º {n}, {when}</translation>
    </message>
    <message>
        <source>Exhibit {n}</source>
        <translation>Anexo {n}</translation>
    </message>
    <message>
        <source>Inside or outside the orders, month by month</source>
        <translation>Dentro o fuera de las órdenes, mes a mes</translation>
    </message>
    <message>
        <source>Through {name}</source>
        <translation>A través de {name}</translation>
    </message>
    <message>
        <source>Not mandated</source>
        <translation>No obligatorio</translation>
    </message>
    <message>
        <source>Allowed by {order}</source>
        <translation>Permitido por {order}</translation>
    </message>
    <message>
        <source>Please choose A4 or Letter as the page size.</source>
        <translation>Elige A4 o Carta como tamaño de papel.</translation>
    </message>
    <message>
        <source>The folder for the PDF does not exist. Please choose another.</source>
        <translation>La carpeta para el PDF no existe. Elige otra.</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Please check that the folder is writable and has space, or choose another place.</source>
        <translation>No se pudo guardar el PDF ahí. Comprueba que se puede escribir en la carpeta y que hay espacio, o elige otro lugar.</translation>
    </message>
    <message>
        <source>Please choose which check-in partner the card is for.</source>
        <translation>Elige para qué persona de aviso es la tarjeta.</translation>
    </message>
    <message>
        <source>No trusted contact is the partner of a check-in agreement yet.</source>
        <translation>Todavía ninguna persona de confianza es la persona de aviso de un acuerdo de avisos.</translation>
    </message>
</context>
<context>
    <name>PersonalStatements</name>
    <message>
        <source>My firm sentence</source>
        <translation>Mi frase firme</translation>
    </message>
    <message>
        <source>What I say to people who pass on messages</source>
        <translation>Lo que digo a quienes traen mensajes</translation>
    </message>
    <message>
        <source>How I return gifts</source>
        <translation>Cómo devuelvo los regalos</translation>
    </message>
    <message>
        <source>What you say if you ever hear his voice, before you hang up.</source>
        <comment>he</comment>
        <translation>Lo que dices si alguna vez oyes su voz, antes de colgar.</translation>
    </message>
    <message>
        <source>What you say if you ever hear her voice, before you hang up.</source>
        <comment>she</comment>
        <translation>Lo que dices si alguna vez oyes su voz, antes de colgar.</translation>
    </message>
    <message>
        <source>What you say if you ever hear the other person&apos;s voice, before you hang up.</source>
        <comment>they</comment>
        <translation>Lo que dices si alguna vez oyes la voz de la otra persona, antes de colgar.</translation>
    </message>
    <message>
        <source>What you say if you ever hear {name}&apos;s voice, before you hang up.</source>
        <comment>name</comment>
        <translation>Lo que dices si alguna vez oyes la voz de {name}, antes de colgar.</translation>
    </message>
    <message>
        <source>For friends or family who bring requests from him.</source>
        <comment>he</comment>
        <translation>Para amigos o familiares que te traen peticiones de él.</translation>
    </message>
    <message>
        <source>For friends or family who bring requests from her.</source>
        <comment>she</comment>
        <translation>Para amigos o familiares que te traen peticiones de ella.</translation>
    </message>
    <message>
        <source>For friends or family who bring requests from the other person.</source>
        <comment>they</comment>
        <translation>Para amigos o familiares que te traen peticiones de la otra persona.</translation>
    </message>
    <message>
        <source>For friends or family who bring requests from {name}.</source>
        <comment>name</comment>
        <translation>Para amigos o familiares que te traen peticiones de {name}.</translation>
    </message>
    <message>
        <source>For example: unopened, by post to his lawyer, with no note.</source>
        <comment>he</comment>
        <translation>Por ejemplo: sin abrir, por correo a su abogado, sin ninguna nota.</translation>
    </message>
    <message>
        <source>For example: unopened, by post to her lawyer, with no note.</source>
        <comment>she</comment>
        <translation>Por ejemplo: sin abrir, por correo a su abogado, sin ninguna nota.</translation>
    </message>
    <message>
        <source>For example: unopened, by post to their lawyer, with no note.</source>
        <comment>they</comment>
        <translation>Por ejemplo: sin abrir, por correo al abogado de la otra persona, sin ninguna nota.</translation>
    </message>
    <message>
        <source>For example: unopened, by post to {name}&apos;s lawyer, with no note.</source>
        <comment>name</comment>
        <translation>Por ejemplo: sin abrir, por correo al abogado de {name}, sin ninguna nota.</translation>
    </message>
    <message>
        <source>no firm sentence yet</source>
        <translation>aún no hay frase firme</translation>
    </message>
    <message>
        <source>no reply for people who pass on messages yet</source>
        <translation>aún no hay respuesta para quienes traen mensajes</translation>
    </message>
    <message>
        <source>no plan for returning gifts yet</source>
        <translation>aún no hay plan para devolver regalos</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Plan started</source>
        <translation>Plan empezado</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>How Workbook speaks of the other person</source>
        <translation>Cómo habla Workbook de la otra persona</translation>
    </message>
    <message>
        <source>The name to use</source>
        <translation>El nombre que se usará</translation>
    </message>
    <message>
        <source>A first name, a nickname or an initial: whatever feels right to you.</source>
        <translation>Un nombre, un apodo o una inicial: lo que te resulte adecuado.</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>There is no mandated contact with this id in the file.</source>
        <translation>En el archivo no hay ningún contacto obligatorio con este id.</translation>
    </message>
    <message>
        <source>There is no boundary commitment with this id in the file.</source>
        <translation>En el archivo no hay ningún compromiso de límites con este id.</translation>
    </message>
    <message>
        <source>There is no trusted contact with this id in the file.</source>
        <translation>En el archivo no hay ninguna persona de confianza con este id.</translation>
    </message>
    <message>
        <source>There is no backup plan with this id in the file.</source>
        <translation>En el archivo no hay ningún plan alternativo con este id.</translation>
    </message>
    <message>
        <source>There is no check-in agreement with this id in the file.</source>
        <translation>En el archivo no hay ningún acuerdo de avisos con este id.</translation>
    </message>
    <message>
        <source>There is no check-in with this id in the file.</source>
        <translation>En el archivo no hay ningún aviso con este id.</translation>
    </message>
    <message>
        <source>There is no suspected proxy with this id in the file.</source>
        <translation>En el archivo no hay ningún posible intermediario con este id.</translation>
    </message>
    <message>
        <source>There is no contact-log entry with this id in the file.</source>
        <translation>En el archivo no hay ninguna entrada del registro de contactos con este id.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problems.</source>
        <translation>
            <numerusform>El archivo tiene un problema.</numerusform>
            <numerusform>El archivo tiene %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is more text after the end of the plan.</source>
        <translation>Hay más texto después del final del plan.</translation>
    </message>
    <message>
        <source>The file ends too early; part of it may be missing.</source>
        <translation>El archivo termina antes de tiempo; puede que falte una parte.</translation>
    </message>
    <message>
        <source>This file holds far more separate values than a plan of its size could, so it was not read any further.</source>
        <translation>Este archivo contiene muchos más valores de los que podría tener un plan de su tamaño, así que no se siguió leyendo.</translation>
    </message>
    <message>
        <source>This number is far too long.</source>
        <translation>Este número es demasiado largo.</translation>
    </message>
    <message>
        <source>Expected a value here (text in quotes, a number, ...).</source>
        <translation>Aquí se esperaba un valor (texto entre comillas, un número, ...).</translation>
    </message>
    <message>
        <source>Line breaks and tabs inside text must be written as \n and \t.</source>
        <translation>Los saltos de línea y los tabuladores dentro del texto se escriben como \n y \t.</translation>
    </message>
    <message>
        <source>This text has no closing quote mark.</source>
        <translation>A este texto le falta la comilla de cierre.</translation>
    </message>
    <message>
        <source>This text has a backslash that is not a valid escape.</source>
        <translation>Este texto tiene una barra invertida que no es una secuencia de escape válida.</translation>
    </message>
    <message>
        <source>The file is nested far too deeply to be a plan.</source>
        <translation>El archivo tiene demasiados niveles anidados para ser un plan.</translation>
    </message>
    <message>
        <source>Expected a field name in double quotes here.</source>
        <translation>Aquí se esperaba un nombre de campo entre comillas dobles.</translation>
    </message>
    <message>
        <source>Expected a colon (:) after the field name.</source>
        <translation>Se esperaban dos puntos (:) después del nombre del campo.</translation>
    </message>
    <message>
        <source>Expected a comma or a closing brace (}) here.</source>
        <translation>Aquí se esperaba una coma o una llave de cierre (}).</translation>
    </message>
    <message>
        <source>This list has more than {count:,} items, far more than any plan holds, so it was not read any further.</source>
        <translation>Esta lista tiene más de {count:,} elementos, muchos más de los que tiene cualquier plan, así que no se siguió leyendo.</translation>
    </message>
    <message>
        <source>Expected a comma or a closing bracket (]) here.</source>
        <translation>Aquí se esperaba una coma o un corchete de cierre (]).</translation>
    </message>
    <message>
        <source>This should be text in double quotes.</source>
        <translation>Esto debería ser texto entre comillas dobles.</translation>
    </message>
    <message>
        <source>This text contains a broken character (\ud800 ...).</source>
        <translation>Este texto contiene un carácter roto (\ud800 ...).</translation>
    </message>
    <message>
        <source>An id must be 1 to 64 letters, digits, dashes or underscores, in quotes.</source>
        <translation>Un id debe tener de 1 a 64 letras, cifras, guiones o guiones bajos, entre comillas.</translation>
    </message>
    <message>
        <source>This should be a date written as YYYY-MM-DD.</source>
        <translation>Esto debería ser una fecha escrita como AAAA-MM-DD (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>This should be a date and time written as YYYY-MM-DDTHH:MM:SS (local time).</source>
        <translation>Esto debería ser una fecha y hora escrita como YYYY-MM-DDTHH:MM:SS (hora local).</translation>
    </message>
    <message>
        <source>This should be one of: {allowed}.</source>
        <translation>Esto debería ser uno de estos valores: {allowed}.</translation>
    </message>
    <message>
        <source>This should be an object in curly braces { }.</source>
        <translation>Esto debería ser un objeto entre llaves { }.</translation>
    </message>
    <message>
        <source>This should be a whole number, without quotes.</source>
        <translation>Esto debería ser un número entero, sin comillas.</translation>
    </message>
    <message>
        <source>This should be true or false, without quotes.</source>
        <translation>Esto debería ser true o false, sin comillas.</translation>
    </message>
    <message>
        <source>This should be a list in square brackets.</source>
        <translation>Esto debería ser una lista entre corchetes.</translation>
    </message>
    <message>
        <source>This is already in the list above.</source>
        <translation>Esto ya está en la lista de arriba.</translation>
    </message>
    <message>
        <source>Workbook does not know this field. Please check its spelling.</source>
        <translation>Workbook no conoce este campo. Revisa cómo está escrito.</translation>
    </message>
    <message>
        <source>This entry needs its date and time (YYYY-MM-DDTHH:MM:SS).</source>
        <translation>Esta entrada necesita su fecha y hora (YYYY-MM-DDTHH:MM:SS).</translation>
    </message>
    <message>
        <source>This suggestion key is too long.</source>
        <translation>Esta clave de sugerencia es demasiado larga.</translation>
    </message>
    <message>
        <source>Another entry already uses this id (at {path}).</source>
        <translation>Otra entrada ya usa este id (en {path}).</translation>
    </message>
    <message>
        <source>This field appears twice in the same object.</source>
        <translation>Este campo aparece dos veces en el mismo objeto.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Please save it as UTF-8.</source>
        <translation>El archivo no es texto UTF-8. Guárdalo como UTF-8.</translation>
    </message>
</context>
<context>
    <name>ProxiesPage</name>
    <message>
        <source>He may send other people to watch you, carry messages, persuade or flatter you. Many of them do not know they are being used. Note who they are and what happened, then decide calmly: cut off those who knowingly spy, and tell the unwitting ones how they are being used.</source>
        <comment>he</comment>
        <translation>Puede que él envíe a otras personas para vigilarte, llevarte mensajes, convencerte o halagarte. Muchas no saben que las están usando. Anota quiénes son y qué pasó, y después decide con calma: corta con quienes espían a sabiendas y explica a quienes no lo saben cómo las están usando.</translation>
    </message>
    <message>
        <source>She may send other people to watch you, carry messages, persuade or flatter you. Many of them do not know they are being used. Note who they are and what happened, then decide calmly: cut off those who knowingly spy, and tell the unwitting ones how they are being used.</source>
        <comment>she</comment>
        <translation>Puede que ella envíe a otras personas para vigilarte, llevarte mensajes, convencerte o halagarte. Muchas no saben que las están usando. Anota quiénes son y qué pasó, y después decide con calma: corta con quienes espían a sabiendas y explica a quienes no lo saben cómo las están usando.</translation>
    </message>
    <message>
        <source>The other person may send people to watch you, carry messages, persuade or flatter you. Many of them do not know they are being used. Note who they are and what happened, then decide calmly: cut off those who knowingly spy, and tell the unwitting ones how they are being used.</source>
        <comment>they</comment>
        <translation>Puede que la otra persona envíe a gente para vigilarte, llevarte mensajes, convencerte o halagarte. Muchas no saben que las están usando. Anota quiénes son y qué pasó, y después decide con calma: corta con quienes espían a sabiendas y explica a quienes no lo saben cómo las están usando.</translation>
    </message>
    <message>
        <source>{name} may send other people to watch you, carry messages, persuade or flatter you. Many of them do not know they are being used. Note who they are and what happened, then decide calmly: cut off those who knowingly spy, and tell the unwitting ones how they are being used.</source>
        <comment>name</comment>
        <translation>Puede que {name} envíe a otras personas para vigilarte, llevarte mensajes, convencerte o halagarte. Muchas no saben que las están usando. Anota quiénes son y qué pasó, y después decide con calma: corta con quienes espían a sabiendas y explica a quienes no lo saben cómo las están usando.</translation>
    </message>
</context>
<context>
    <name>ProxyBehaviour</name>
    <message>
        <source>Spying</source>
        <translation>Espía</translation>
    </message>
    <message>
        <source>Harassing</source>
        <translation>Acosa</translation>
    </message>
    <message>
        <source>Persuading</source>
        <translation>Intenta convencerme</translation>
    </message>
    <message>
        <source>Flattering</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <source>Carrying messages</source>
        <translation>Trae mensajes</translation>
    </message>
</context>
<context>
    <name>ProxyDecision</name>
    <message>
        <source>Not decided yet</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <source>Cut off</source>
        <translation>Cortar el contacto</translation>
    </message>
    <message>
        <source>Inform and show how they are used</source>
        <translation>Informarle y mostrarle cómo le utilizan</translation>
    </message>
    <message>
        <source>Limit contact</source>
        <translation>Limitar el contacto</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Observar</translation>
    </message>
</context>
<context>
    <name>Readers</name>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>For me: my whole plan.</source>
        <translation>Para mí: mi plan completo.</translation>
    </message>
    <message>
        <source>It leaves nothing out. Keep it somewhere only you can reach.</source>
        <translation>No deja nada fuera. Guárdalo donde solo tú puedas llegar.</translation>
    </message>
    <message>
        <source>Me (the whole plan)</source>
        <translation>Yo (el plan completo)</translation>
    </message>
    <message>
        <source>Safety plan for my lawyer</source>
        <translation>Plan de seguridad para mi abogada o abogado</translation>
    </message>
    <message>
        <source>For my lawyer or advocate: mandated contact, the contact log with its check of what the orders allow and how to verify it, the evidence list, suspected proxies and my boundaries.</source>
        <translation>Para mi abogada, abogado o persona de apoyo: el contacto obligatorio, el registro de contactos con su comprobación de lo que permiten las órdenes y cómo verificarlo, la lista de pruebas, los posibles intermediarios y mis límites.</translation>
    </message>
    <message>
        <source>It leaves out code words, check-in arrangements, safe places and what I would take if I had to leave.</source>
        <translation>Deja fuera las palabras clave, los acuerdos para avisar de que estoy bien, los lugares seguros y lo que me llevaría si tuviera que irme.</translation>
    </message>
    <message>
        <source>My lawyer or advocate</source>
        <translation>Mi abogada, abogado o persona de apoyo</translation>
    </message>
    <message>
        <source>Contact record for the court</source>
        <translation>Registro de contactos para el tribunal</translation>
    </message>
    <message>
        <source>For filing with a court (the other side&apos;s lawyer will read it too): mandated contact, the contact log with its check of what the orders allow and how to verify it, and the evidence list.</source>
        <translation>Para presentar ante un tribunal (la parte contraria y su abogado también lo leerán): el contacto obligatorio, el registro de contactos con su comprobación de lo que permiten las órdenes y cómo verificarlo, y la lista de pruebas.</translation>
    </message>
    <message>
        <source>It leaves out every address and safe place, my trusted contacts&apos; details (they are named only by their role), code words, check-ins, backup plans and my notes on suspected proxies.</source>
        <translation>Deja fuera todas las direcciones y lugares seguros, los datos de mis personas de confianza (solo se nombra su papel), las palabras clave, los avisos de que estoy bien, los planes alternativos y mis notas sobre posibles intermediarios.</translation>
    </message>
    <message>
        <source>A court filing</source>
        <translation>Un escrito para el tribunal</translation>
    </message>
    <message>
        <source>Check-in card</source>
        <translation>Tarjeta de aviso</translation>
    </message>
    <message>
        <source>For one check-in partner: when I check in, what the code word means, what to do if I miss a check-in, my name, phone and where I stay, and the emergency number.</source>
        <translation>Para una persona con la que acordé avisar de que estoy bien: cuándo aviso, qué significa la palabra clave, qué hacer si no aviso, mi nombre, mi teléfono, dónde me quedo y el número de emergencias.</translation>
    </message>
    <message>
        <source>It leaves out everyone else&apos;s details and code words, and the contact log.</source>
        <translation>Deja fuera los datos y las palabras clave de las demás personas, y el registro de contactos.</translation>
    </message>
    <message>
        <source>A check-in partner (a one-page card)</source>
        <translation>Una persona de aviso (tarjeta de una página)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>For my own calendar: check-in times, mandated contact dates and times, and review dates, each with a reminder.</source>
        <translation>Para mi propio calendario: las horas de aviso, las fechas y horas del contacto obligatorio y las fechas de revisión, cada una con un recordatorio.</translation>
    </message>
    <message>
        <source>Every event is called only “Workbook: …” and holds nothing else, because calendars sync to other devices and accounts.</source>
        <translation>Cada evento se llama solo «Workbook: …» y no contiene nada más, porque los calendarios se sincronizan con otros dispositivos y cuentas.</translation>
    </message>
    <message>
        <source>My calendar (.ics file)</source>
        <translation>Mi calendario (archivo .ics)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Due now</source>
        <translation>Pendiente ahora</translation>
    </message>
    <message>
        <source>Let me know outside Workbook when something is due</source>
        <translation>Avisarme fuera de Workbook cuando haya algo pendiente</translation>
    </message>
    <message>
        <source>The notification says only “Workbook: something is due”, nothing else: never what is due, never a name. It comes only while Workbook is open and unlocked, and not while you are looking at it.</source>
        <translation>La notificación solo dice «Workbook: hay algo pendiente», nada más: nunca qué es, nunca un nombre. Solo llega mientras Workbook está abierto y desbloqueado, y no mientras lo estás mirando.</translation>
    </message>
    <message>
        <source>Due now: {text}</source>
        <translation>Pendiente ahora: {text}</translation>
    </message>
    <message>
        <source>I checked in now</source>
        <translation>Ya he avisado</translation>
    </message>
    <message>
        <source>Add a check-in at the current time to the check-in log.</source>
        <translation>Añade un aviso a la hora actual al registro de avisos.</translation>
    </message>
    <message>
        <source>I checked in now: {text}</source>
        <translation>Ya he avisado: {text}</translation>
    </message>
    <message>
        <source>Hide this</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide this: {text}</source>
        <translation>Ocultar: {text}</translation>
    </message>
    <message>
        <source>Stop listing this missed check-in here. It stays in the check-in log, marked as missed.</source>
        <translation>Deja de mostrar aquí este aviso no hecho. Se queda en el registro de avisos, marcado como no hecho.</translation>
    </message>
    <message numerus="yes">
        <source>%n things are due now; they are listed on the overview.</source>
        <translation>
            <numerusform>Hay %n cosa pendiente ahora; aparece en la vista general.</numerusform>
            <numerusform>Hay %n cosas pendientes ahora; aparecen en la vista general.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in noted at {time}.</source>
        <translation>Aviso anotado a las {time}.</translation>
    </message>
</context>
<context>
    <name>ReportedTo</name>
    <message>
        <source>The police</source>
        <translation>La policía</translation>
    </message>
    <message>
        <source>My lawyer</source>
        <translation>Mi abogada o abogado</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
</context>
<context>
    <name>ResponseKind</name>
    <message>
        <source>No response</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>My firm sentence</source>
        <translation>Mi frase firme</translation>
    </message>
    <message>
        <source>Forwarded to my lawyer</source>
        <translation>Reenviado a mi abogada o abogado</translation>
    </message>
    <message>
        <source>Replied as the order requires</source>
        <translation>Respondí como exige la orden</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Your workbook could not be opened.</source>
        <translation>No se pudo abrir tu cuaderno.</translation>
    </message>
    <message>
        <source>Your restored workbook could not be opened.</source>
        <translation>Tu cuaderno restaurado no se pudo abrir.</translation>
    </message>
    <message>
        <source>{problem}

There is no automatic backup in this folder yet, so nothing could be restored. The file has not been changed.</source>
        <translation>{problem}

Todavía no hay ninguna copia de seguridad automática en esta carpeta, así que no se ha podido restaurar nada. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Your workbook file appears to be damaged.</source>
        <translation>Parece que el archivo de tu cuaderno está dañado.</translation>
    </message>
    <message>
        <source>&amp;Restore the newest good backup</source>
        <translation>&amp;Restaurar la copia de seguridad buena más reciente</translation>
    </message>
    <message>
        <source>&amp;Close Workbook</source>
        <translation>&amp;Cerrar Workbook</translation>
    </message>
    <message>
        <source>Workbook keeps automatic backups. It can put the newest one that is whole in place of the damaged file. The damaged file is not deleted: it is kept in the same folder with &apos;damaged&apos; in its name.</source>
        <translation>Workbook guarda copias de seguridad automáticas. Puede poner la más reciente que esté entera en lugar del archivo dañado. El archivo dañado no se borra: se guarda en la misma carpeta con «damaged» en su nombre.</translation>
    </message>
    <message>
        <source>Your workbook could not be restored.</source>
        <translation>No se pudo restaurar tu cuaderno.</translation>
    </message>
    <message>
        <source>It holds your plan as it was on {when}. Changes made after that backup could not be recovered.</source>
        <translation>Contiene tu plan tal como estaba el {when}. Los cambios hechos después de esa copia de seguridad no se han podido recuperar.</translation>
    </message>
    <message>
        <source>Changes made after that backup could not be recovered.</source>
        <translation>Los cambios hechos después de esa copia de seguridad no se han podido recuperar.</translation>
    </message>
    <message>
        <source>Your workbook was restored from a backup.</source>
        <translation>Tu cuaderno se ha restaurado desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Something could not be saved just now.</source>
        <translation>Algo no se pudo guardar ahora mismo.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Next &amp;review of my plan:</source>
        <translation>Próxima re&amp;visión de mi plan:</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>Fecha de la próxima revisión</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Se guarda mientras escribes.</translation>
    </message>
    <message>
        <source>In 3 &amp;months</source>
        <translation>En 3 &amp;meses</translation>
    </message>
    <message>
        <source>Set the next review to three months from today.</source>
        <translation>Fija la próxima revisión dentro de tres meses.</translation>
    </message>
    <message>
        <source>Review and export</source>
        <translation>Revisar y exportar</translation>
    </message>
    <message>
        <source>Here is how your plan looks. Anything still missing is listed below with a button that takes you straight there; nothing has to be finished today. Choose when you want to look at the plan again, and export it as a PDF when you are ready to share it.</source>
        <translation>Así se ve tu plan. Lo que aún falta aparece abajo con un botón que te lleva directamente allí; nada tiene que estar terminado hoy. Elige cuándo quieres volver a mirar el plan y expórtalo como PDF cuando quieras compartirlo.</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>Save your plan as a PDF to print or to give to someone you trust.</source>
        <translation>Guarda tu plan como PDF para imprimirlo o dárselo a alguien de confianza.</translation>
    </message>
    <message>
        <source>Go to {title}</source>
        <translation>Ir a {title}</translation>
    </message>
</context>
<context>
    <name>ScheduleField</name>
    <message>
        <source>Please write times as hour:minute, for example 09:30 or 17:00, separated by commas.</source>
        <translation>Escribe las horas como hora:minutos, por ejemplo 09:30 o 17:00, separadas por comas.</translation>
    </message>
    <message>
        <source>Please write the days of the month as numbers from 1 to 31, or “last”, separated by commas.</source>
        <translation>Escribe los días del mes como números del 1 al 31, o «último», separados por comas.</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>How it repeats.</source>
        <translation>Cómo se repite.</translation>
    </message>
    <message>
        <source>No set days and times</source>
        <translation>Sin días ni horas fijos</translation>
    </message>
    <message>
        <source>Happens on this day of the week.</source>
        <translation>Ocurre este día de la semana.</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
    <message>
        <source>For example: 1, 15, last</source>
        <translation>Por ejemplo: 1, 15, último</translation>
    </message>
    <message>
        <source>Numbers from 1 to 31, or “last”, separated by commas.</source>
        <translation>Números del 1 al 31, o «último», separados por comas.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>For example: {first}, {second}</source>
        <translation>Por ejemplo: {first}, {second}</translation>
    </message>
    <message>
        <source>Dates separated by commas.</source>
        <translation>Fechas separadas por comas.</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>For example: 10:00, 17:30</source>
        <translation>Por ejemplo: 10:00, 17:30</translation>
    </message>
    <message>
        <source>Times of day written as hour:minute, separated by commas.</source>
        <translation>Horas del día escritas como hora:minuto, separadas por comas.</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>The whole day counts.</source>
        <translation>Cuenta el día entero.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How long it lasts</source>
        <translation>Cuánto dura</translation>
    </message>
    <message>
        <source>Minutes from each time; 0 for a moment, such as a check-in.</source>
        <translation>Minutos desde cada hora; 0 para un momento, como un aviso.</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Dura</translation>
    </message>
    <message>
        <source>Minutes before it</source>
        <translation>Minutos antes</translation>
    </message>
    <message>
        <source>Minutes after it ends</source>
        <translation>Minutos después de que termine</translation>
    </message>
    <message>
        <source>0 for no check-in then.</source>
        <translation>0 si no hay aviso en ese momento.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>May be empty.</source>
        <translation>Puede quedar vacío.</translation>
    </message>
    <message>
        <source>{schedule}. Next: {moments}</source>
        <translation>{schedule}. Próximas: {moments}</translation>
    </message>
    <message>
        <source>{schedule}. No more times after today.</source>
        <translation>{schedule}. No hay más fechas después de hoy.</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Mandated contact</source>
        <translation>Contacto obligatorio</translation>
    </message>
    <message>
        <source>My boundaries</source>
        <translation>Mis límites</translation>
    </message>
    <message>
        <source>Trusted contacts</source>
        <translation>Personas de confianza</translation>
    </message>
    <message>
        <source>Backup plans</source>
        <translation>Planes alternativos</translation>
    </message>
    <message>
        <source>Whereabouts check-ins</source>
        <translation>Avisos de dónde estoy</translation>
    </message>
    <message>
        <source>Suspected proxies</source>
        <translation>Posibles intermediarios</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Registro de contactos</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>Open the page {title}.</source>
        <translation>Abre la página {title}.</translation>
    </message>
    <message>
        <source>{title}: {details}</source>
        <translation>{title}: {details}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>Situation</name>
    <message>
        <source>They turn up at home or work</source>
        <comment>they</comment>
        <translation>La otra persona aparece en casa o en el trabajo</translation>
    </message>
    <message>
        <source>Threats or blackmail</source>
        <translation>Amenazas o chantaje</translation>
    </message>
    <message>
        <source>A forced meeting goes wrong</source>
        <translation>Un encuentro obligado sale mal</translation>
    </message>
    <message>
        <source>I must leave now</source>
        <translation>Tengo que irme ya</translation>
    </message>
    <message>
        <source>The children are at risk</source>
        <translation>Los niños están en peligro</translation>
    </message>
    <message>
        <source>Proxies harass me</source>
        <translation>Intermediarios me acosan</translation>
    </message>
    <message>
        <source>Online stalking</source>
        <translation>Acoso en internet</translation>
    </message>
    <message>
        <source>My own situation</source>
        <translation>Mi propia situación</translation>
    </message>
    <message>
        <source>He turns up at home or work</source>
        <comment>he</comment>
        <translation>Él aparece en casa o en el trabajo</translation>
    </message>
    <message>
        <source>She turns up at home or work</source>
        <comment>she</comment>
        <translation>Ella aparece en casa o en el trabajo</translation>
    </message>
    <message>
        <source>{name} turns up at home or work</source>
        <comment>name</comment>
        <translation>{name} aparece en casa o en el trabajo</translation>
    </message>
</context>
<context>
    <name>Specs</name>
    <message>
        <source>(no name yet)</source>
        <translation>(aún sin nombre)</translation>
    </message>
    <message>
        <source>no partner yet</source>
        <translation>aún sin persona de aviso</translation>
    </message>
    <message>
        <source>With {partner}: {when}</source>
        <translation>Con {partner}: {when}</translation>
    </message>
    <message>
        <source>With {partner}</source>
        <translation>Con {partner}</translation>
    </message>
    <message>
        <source>(empty commitment)</source>
        <translation>(compromiso vacío)</translation>
    </message>
    <message>
        <source>Check-in at {when}</source>
        <translation>Aviso: {when}</translation>
    </message>
    <message>
        <source>Contact on {when}</source>
        <translation>Contacto: {when}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Mandated by</source>
        <translation>Ordenado por</translation>
    </message>
    <message>
        <source>What is required</source>
        <translation>Qué se exige</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Se encarga</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>My decision</source>
        <translation>Mi decisión</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Mandated contact</source>
        <translation>Contacto obligatorio</translation>
    </message>
    <message>
        <source>Mandated contacts</source>
        <translation>Contactos obligatorios</translation>
    </message>
    <message>
        <source>New mandated contact</source>
        <translation>Nuevo contacto obligatorio</translation>
    </message>
    <message>
        <source>Edit mandated contact</source>
        <translation>Editar contacto obligatorio</translation>
    </message>
    <message>
        <source>Remove this mandated contact?</source>
        <translation>¿Quitar este contacto obligatorio?</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Nuevo compromiso</translation>
    </message>
    <message>
        <source>Edit commitment</source>
        <translation>Editar compromiso</translation>
    </message>
    <message>
        <source>Remove this commitment?</source>
        <translation>¿Quitar este compromiso?</translation>
    </message>
    <message>
        <source>Trusted contact</source>
        <translation>Persona de confianza</translation>
    </message>
    <message>
        <source>Trusted contacts</source>
        <translation>Personas de confianza</translation>
    </message>
    <message>
        <source>New trusted contact</source>
        <translation>Nueva persona de confianza</translation>
    </message>
    <message>
        <source>Edit trusted contact</source>
        <translation>Editar persona de confianza</translation>
    </message>
    <message>
        <source>Remove this trusted contact?</source>
        <translation>¿Quitar a esta persona de confianza?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Papeles</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Knows?</source>
        <translation>¿Lo sabe?</translation>
    </message>
    <message>
        <source>Backup plan</source>
        <translation>Plan alternativo</translation>
    </message>
    <message>
        <source>Backup plans</source>
        <translation>Planes alternativos</translation>
    </message>
    <message>
        <source>New backup plan</source>
        <translation>Nuevo plan alternativo</translation>
    </message>
    <message>
        <source>Edit backup plan</source>
        <translation>Editar plan alternativo</translation>
    </message>
    <message>
        <source>Remove this backup plan?</source>
        <translation>¿Quitar este plan alternativo?</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>In my words</source>
        <translation>Con mis palabras</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Contacts to call</source>
        <translation>A quién llamar</translation>
    </message>
    <message>
        <source>Check-in agreement</source>
        <translation>Acuerdo de aviso</translation>
    </message>
    <message>
        <source>Check-in agreements</source>
        <translation>Acuerdos de aviso</translation>
    </message>
    <message>
        <source>New check-in agreement</source>
        <translation>Nuevo acuerdo de aviso</translation>
    </message>
    <message>
        <source>Edit check-in agreement</source>
        <translation>Editar acuerdo de aviso</translation>
    </message>
    <message>
        <source>Remove this check-in agreement?</source>
        <translation>¿Quitar este acuerdo de aviso?</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Persona de aviso</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Margen de espera</translation>
    </message>
    <message>
        <source>If I miss one</source>
        <translation>Si no aviso</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Nuevo aviso</translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation>Editar aviso</translation>
    </message>
    <message>
        <source>Remove this check-in?</source>
        <translation>¿Quitar este aviso?</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Suspected proxy</source>
        <translation>Posible intermediario</translation>
    </message>
    <message>
        <source>Suspected proxies</source>
        <translation>Posibles intermediarios</translation>
    </message>
    <message>
        <source>New suspected proxy</source>
        <translation>Nuevo posible intermediario</translation>
    </message>
    <message>
        <source>Edit suspected proxy</source>
        <translation>Editar posible intermediario</translation>
    </message>
    <message>
        <source>Remove this suspected proxy?</source>
        <translation>¿Quitar este posible intermediario?</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Knowing?</source>
        <translation>¿Lo sabe?</translation>
    </message>
    <message>
        <source>Contact log entry</source>
        <translation>Entrada del registro de contactos</translation>
    </message>
    <message>
        <source>Contact log entries</source>
        <translation>Entradas del registro de contactos</translation>
    </message>
    <message>
        <source>New contact log entry</source>
        <translation>Nueva entrada del registro de contactos</translation>
    </message>
    <message>
        <source>Edit contact log entry</source>
        <translation>Editar entrada del registro de contactos</translation>
    </message>
    <message>
        <source>Remove this contact log entry?</source>
        <translation>¿Quitar esta entrada del registro de contactos?</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>My response</source>
        <translation>Mi respuesta</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>Permitido por</translation>
    </message>
    <message>
        <source>Not mandated</source>
        <translation>No obligatorio</translation>
    </message>
    <message>
        <source>Inside the order?</source>
        <translation>¿Dentro de la orden?</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Your workbook could not be read or saved.</source>
        <translation>No se pudo leer ni guardar tu cuaderno.</translation>
    </message>
    <message>
        <source>This workbook was saved by a newer version of Workbook. Please update Workbook to open it. Nothing in the file has been changed.</source>
        <translation>Este cuaderno se guardó con una versión más nueva de Workbook. Actualiza Workbook para abrirlo. No se ha cambiado nada en el archivo.</translation>
    </message>
    <message>
        <source>Your workbook file appears to be damaged. It has not been changed. You can restore it from one of the automatic backups.</source>
        <translation>Parece que el archivo de tu cuaderno está dañado. No se ha modificado. Puedes restaurarlo desde una de las copias de seguridad automáticas.</translation>
    </message>
    <message>
        <source>Your last change could not be saved. It is still in the form, so you can try again. If this keeps happening, check that the disk is not full and the folder is writable.</source>
        <translation>No se pudo guardar tu último cambio. Sigue en el formulario, así que puedes intentarlo de nuevo. Si vuelve a pasar, comprueba que el disco no esté lleno y que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <source>A safety copy of your workbook could not be made. Your workbook itself is unchanged. Please check that the disk is not full and the folder is writable.</source>
        <translation>No se pudo hacer una copia de seguridad de tu cuaderno. El cuaderno en sí no ha cambiado. Comprueba que el disco no esté lleno y que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <source>None of the automatic backups could be used to restore your workbook. Nothing has been deleted: the damaged file and the backups are all still in the data folder.</source>
        <translation>Ninguna de las copias de seguridad automáticas sirvió para restaurar tu cuaderno. No se ha borrado nada: el archivo dañado y las copias siguen todos en la carpeta de datos.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This copy is %n saved changes behind.</source>
        <translation>
            <numerusform>A esta copia le falta %n cambio guardado.</numerusform>
            <numerusform>A esta copia le faltan %n cambios guardados.</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>This copy of your workbook is older than the newest one Workbook has seen here.</source>
        <translation>Esta copia de tu cuaderno es más antigua que la más reciente que Workbook ha visto aquí.</translation>
    </message>
    <message>
        <source>Workbook cannot confirm that this is the newest copy of your workbook: the record of its newest version (workbook.db-seen in the data folder) is missing or does not belong to it.</source>
        <translation>Workbook no puede confirmar que esta sea la copia más reciente de tu cuaderno: el registro de su versión más reciente (workbook.db-seen en la carpeta de datos) falta o no le corresponde.</translation>
    </message>
    <message>
        <source>Your workbook was last changed on {when}.</source>
        <translation>Tu cuaderno se modificó por última vez el {when}.</translation>
    </message>
    <message>
        <source>This copy is from {when}, {age} older.</source>
        <translation>Esta copia es del {when}: {age} más antigua.</translation>
    </message>
    <message>
        <source>An automatic backup or an old copy may have been put in its place, or its log file (workbook.db-wal) was deleted or damaged. Nothing has been changed.</source>
        <translation>Puede que se haya puesto en su lugar una copia de seguridad automática o una copia antigua, o que su archivo de registro (workbook.db-wal) se haya borrado o dañado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>You can restore the newest good automatic backup, from {when}, or keep working with this copy.</source>
        <translation>Puedes restaurar la copia de seguridad automática buena más reciente, del {when}, o seguir trabajando con esta copia.</translation>
    </message>
    <message>
        <source>None of the automatic backups is as new as your workbook was; you can keep working with this copy.</source>
        <translation>Ninguna de las copias de seguridad automáticas es tan reciente como lo era tu cuaderno; puedes seguir trabajando con esta copia.</translation>
    </message>
    <message>
        <source>No safety copy was made, because the workbook on disk is older than the newest version Workbook has seen. The existing backups are kept as they are.</source>
        <translation>No se hizo ninguna copia de seguridad, porque el cuaderno del disco es más antiguo que la versión más reciente que Workbook ha visto. Las copias que ya había se conservan tal cual.</translation>
    </message>
    <message>
        <source>Your damaged workbook could not be moved aside, so nothing was restored. Please check that the data folder is writable.</source>
        <translation>No se pudo apartar tu cuaderno dañado, así que no se restauró nada. Comprueba que se pueda escribir en la carpeta de datos.</translation>
    </message>
    <message>
        <source>The backup could not be copied into place. Nothing has been changed. Please check that the disk is not full and the folder is writable.</source>
        <translation>No se pudo copiar la copia de seguridad en su sitio. No se ha cambiado nada. Comprueba que el disco no esté lleno y que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <source>The backup could not be put in place. Your files are all still in the data folder.</source>
        <translation>No se pudo poner la copia de seguridad en su sitio. Todos tus archivos siguen en la carpeta de datos.</translation>
    </message>
    <message>
        <source>Your workbook could not be read. Please check that the drive it is on is connected and that you can open files in the data folder.</source>
        <translation>No se pudo leer tu cuaderno. Comprueba que la unidad donde está esté conectada y que puedas abrir archivos de la carpeta de datos.</translation>
    </message>
    <message>
        <source>Your passphrase or recovery code could not be changed, because the workbook could not be copied under its new key. Nothing has been changed; your current passphrase and recovery code still open it. Please check that the disk is not full.</source>
        <translation>No se pudo cambiar tu frase de contraseña ni tu código de recuperación, porque no se pudo copiar el cuaderno con su nueva clave. No se ha cambiado nada; tu frase de contraseña y tu código de recuperación actuales lo siguen abriendo. Comprueba que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>There is no workbook in this folder to protect with a new key.</source>
        <translation>En esta carpeta no hay ningún cuaderno que proteger con una clave nueva.</translation>
    </message>
    <message>
        <source>A change of your passphrase or recovery code could not be completed, so the workbook could not be opened. Nothing is lost. Please check that the disk is not full and the data folder is writable, then open Workbook again.</source>
        <translation>No se pudo completar un cambio de tu frase de contraseña o de tu código de recuperación, así que no se pudo abrir el cuaderno. No se ha perdido nada. Comprueba que el disco no esté lleno y que se pueda escribir en la carpeta de datos, y vuelve a abrir Workbook.</translation>
    </message>
    <message>
        <source>Your workbook can be read but not saved to. Please check that the drive it is on is connected and that its folder is not read-only, then open Workbook again.</source>
        <translation>Tu cuaderno se puede leer pero no guardar. Comprueba que la unidad donde está esté conectada y que su carpeta no sea de solo lectura, y vuelve a abrir Workbook.</translation>
    </message>
    <message>
        <source>Your workbook file can no longer be found, so your last change could not be saved. It is still in the form. Please check that the drive it is on is still connected.</source>
        <translation>Ya no se encuentra el archivo de tu cuaderno, así que no se pudo guardar tu último cambio. Sigue en el formulario. Comprueba que la unidad donde está siga conectada.</translation>
    </message>
    <message>
        <source>Entries in your contact log are never changed or removed once written. You can correct an entry or withdraw it; the earlier version stays in the record.</source>
        <translation>Las entradas de tu registro de contactos nunca se cambian ni se quitan una vez escritas. Puedes corregir una entrada o retirarla; la versión anterior se queda en el registro.</translation>
    </message>
    <message>
        <source>Only the latest version of a log entry can be corrected or withdrawn. Please open the entry again and correct it there.</source>
        <translation>Solo se puede corregir o retirar la última versión de una entrada del registro. Vuelve a abrir la entrada y corrígela ahí.</translation>
    </message>
    <message>
        <source>This stays in your plan because entries in your contact log refer to it, and the log keeps every entry exactly as it was written.</source>
        <translation>Esto se queda en tu plan porque hay entradas de tu registro de contactos que remiten a ello, y el registro conserva cada entrada tal como se escribió.</translation>
    </message>
    <message>
        <source>Your contact log already holds entries, and they are never removed or replaced. A plan file can be imported into a workbook whose contact log is still empty.</source>
        <translation>Tu registro de contactos ya tiene entradas, y nunca se quitan ni se sustituyen. Un archivo de plan se puede importar en un cuaderno cuyo registro de contactos aún esté vacío.</translation>
    </message>
    <message>
        <source>This evidence file is not in the workbook (any more).</source>
        <translation>Este archivo de prueba no está (o ya no está) en el cuaderno.</translation>
    </message>
    <message>
        <source>The contact log in this plan does not hold together, so nothing was imported. {problem}</source>
        <translation>El registro de contactos de este plan no es coherente, así que no se importó nada. {problem}</translation>
    </message>
    <message>
        <source>The folder for your workbook could not be created. Please check that the drive is connected and writable.</source>
        <translation>No se pudo crear la carpeta de tu cuaderno. Comprueba que la unidad esté conectada y que se pueda escribir en ella.</translation>
    </message>
    <message>
        <source>Your workbook file is missing or empty. You can restore it from the newest automatic backup.</source>
        <translation>Falta el archivo de tu cuaderno o está vacío. Puedes restaurarlo desde la copia de seguridad automática más reciente.</translation>
    </message>
    <message>
        <source>Some of its entries have no hash.</source>
        <translation>Algunas de sus entradas no tienen hash.</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>I keep exactly the contact that a court or official requires: never less, never more. If a ruling needs to change, I ask through the proper channels.</source>
        <translation>Mantengo exactamente el contacto que exige un tribunal o una autoridad: nunca menos, nunca más. Si una resolución tiene que cambiar, lo pido por las vías adecuadas.</translation>
    </message>
    <message>
        <source>No letters and no visits: not on birthdays or holidays, and not in a hospital.</source>
        <translation>Ni cartas ni visitas: tampoco en cumpleaños o fiestas, ni en un hospital.</translation>
    </message>
    <message>
        <source>Wherever I can, I leave unavoidable contact to a professional: my lawyer, an accountant or a mediator.</source>
        <translation>Siempre que puedo, dejo el contacto inevitable en manos de un profesional: mi abogada o abogado, un contable o una persona mediadora.</translation>
    </message>
    <message>
        <source>I do not answer his messages, whatever their tone: pleading, romantic, nostalgic, flattering or threatening.</source>
        <comment>he</comment>
        <translation>No respondo a sus mensajes, sea cual sea su tono: suplicante, romántico, nostálgico, halagador o amenazante.</translation>
    </message>
    <message>
        <source>I do not answer her messages, whatever their tone: pleading, romantic, nostalgic, flattering or threatening.</source>
        <comment>she</comment>
        <translation>No respondo a sus mensajes, sea cual sea su tono: suplicante, romántico, nostálgico, halagador o amenazante.</translation>
    </message>
    <message>
        <source>I do not answer the other person&apos;s messages, whatever their tone: pleading, romantic, nostalgic, flattering or threatening.</source>
        <comment>they</comment>
        <translation>No respondo a los mensajes de la otra persona, sea cual sea su tono: suplicante, romántico, nostálgico, halagador o amenazante.</translation>
    </message>
    <message>
        <source>I do not answer {name}&apos;s messages, whatever their tone: pleading, romantic, nostalgic, flattering or threatening.</source>
        <comment>name</comment>
        <translation>No respondo a los mensajes de {name}, sea cual sea su tono: suplicante, romántico, nostálgico, halagador o amenazante.</translation>
    </message>
    <message>
        <source>I return his gifts unopened.</source>
        <comment>he</comment>
        <translation>Le devuelvo sus regalos sin abrir.</translation>
    </message>
    <message>
        <source>I return her gifts unopened.</source>
        <comment>she</comment>
        <translation>Le devuelvo sus regalos sin abrir.</translation>
    </message>
    <message>
        <source>I return the other person&apos;s gifts unopened.</source>
        <comment>they</comment>
        <translation>Devuelvo los regalos de la otra persona sin abrir.</translation>
    </message>
    <message>
        <source>I return {name}&apos;s gifts unopened.</source>
        <comment>name</comment>
        <translation>Devuelvo los regalos de {name} sin abrir.</translation>
    </message>
    <message>
        <source>I do not let him in, and I do not answer the intercom when it is him.</source>
        <comment>he</comment>
        <translation>No le dejo entrar y no contesto al portero automático cuando es él.</translation>
    </message>
    <message>
        <source>I do not let her in, and I do not answer the intercom when it is her.</source>
        <comment>she</comment>
        <translation>No la dejo entrar y no contesto al portero automático cuando es ella.</translation>
    </message>
    <message>
        <source>I do not let the other person in, and I do not answer the intercom when it is them.</source>
        <comment>they</comment>
        <translation>No dejo entrar a la otra persona y no contesto al portero automático cuando es ella.</translation>
    </message>
    <message>
        <source>I do not let {name} in, and I do not answer the intercom when it is {name}.</source>
        <comment>name</comment>
        <translation>No dejo entrar a {name} y no contesto al portero automático cuando es {name}.</translation>
    </message>
    <message>
        <source>I do not talk with him on the phone. If I hear his voice, I say my one firm sentence and hang up.</source>
        <comment>he</comment>
        <translation>No hablo con él por teléfono. Si oigo su voz, digo mi frase firme y cuelgo.</translation>
    </message>
    <message>
        <source>I do not talk with her on the phone. If I hear her voice, I say my one firm sentence and hang up.</source>
        <comment>she</comment>
        <translation>No hablo con ella por teléfono. Si oigo su voz, digo mi frase firme y cuelgo.</translation>
    </message>
    <message>
        <source>I do not talk with the other person on the phone. If I hear their voice, I say my one firm sentence and hang up.</source>
        <comment>they</comment>
        <translation>No hablo con la otra persona por teléfono. Si oigo su voz, digo mi frase firme y cuelgo.</translation>
    </message>
    <message>
        <source>I do not talk with {name} on the phone. If I hear {name}&apos;s voice, I say my one firm sentence and hang up.</source>
        <comment>name</comment>
        <translation>No hablo con {name} por teléfono. Si oigo su voz, digo mi frase firme y cuelgo.</translation>
    </message>
    <message>
        <source>I do not answer requests he passes on through other people.</source>
        <comment>he</comment>
        <translation>No respondo a las peticiones que me hace llegar a través de otras personas.</translation>
    </message>
    <message>
        <source>I do not answer requests she passes on through other people.</source>
        <comment>she</comment>
        <translation>No respondo a las peticiones que me hace llegar a través de otras personas.</translation>
    </message>
    <message>
        <source>I do not answer requests the other person passes on through other people.</source>
        <comment>they</comment>
        <translation>No respondo a las peticiones que la otra persona me hace llegar a través de otras personas.</translation>
    </message>
    <message>
        <source>I do not answer requests {name} passes on through other people.</source>
        <comment>name</comment>
        <translation>No respondo a las peticiones que {name} me hace llegar a través de otras personas.</translation>
    </message>
    <message>
        <source>I do not ask him for anything, even when I am in need.</source>
        <comment>he</comment>
        <translation>No le pido nada, ni siquiera cuando lo necesito.</translation>
    </message>
    <message>
        <source>I do not ask her for anything, even when I am in need.</source>
        <comment>she</comment>
        <translation>No le pido nada, ni siquiera cuando lo necesito.</translation>
    </message>
    <message>
        <source>I do not ask the other person for anything, even when I am in need.</source>
        <comment>they</comment>
        <translation>No le pido nada a la otra persona, ni siquiera cuando lo necesito.</translation>
    </message>
    <message>
        <source>I do not ask {name} for anything, even when I am in need.</source>
        <comment>name</comment>
        <translation>No le pido nada a {name}, ni siquiera cuando lo necesito.</translation>
    </message>
    <message>
        <source>When a meeting cannot be avoided, I keep to the agenda: no personal matters (mine or his), no closeness, no going back to shared memories.</source>
        <comment>he</comment>
        <translation>Cuando un encuentro no se puede evitar, me ciño al orden del día: nada personal (ni mío ni suyo), nada de cercanía, nada de volver a recuerdos compartidos.</translation>
    </message>
    <message>
        <source>When a meeting cannot be avoided, I keep to the agenda: no personal matters (mine or hers), no closeness, no going back to shared memories.</source>
        <comment>she</comment>
        <translation>Cuando un encuentro no se puede evitar, me ciño al orden del día: nada personal (ni mío ni suyo), nada de cercanía, nada de volver a recuerdos compartidos.</translation>
    </message>
    <message>
        <source>When a meeting cannot be avoided, I keep to the agenda: no personal matters (mine or theirs), no closeness, no going back to shared memories.</source>
        <comment>they</comment>
        <translation>Cuando un encuentro no se puede evitar, me ciño al orden del día: nada personal (ni mío ni de la otra persona), nada de cercanía, nada de volver a recuerdos compartidos.</translation>
    </message>
    <message>
        <source>When a meeting cannot be avoided, I keep to the agenda: no personal matters (mine or {name}&apos;s), no closeness, no going back to shared memories.</source>
        <comment>name</comment>
        <translation>Cuando un encuentro no se puede evitar, me ciño al orden del día: nada personal (ni mío ni de {name}), nada de cercanía, nada de volver a recuerdos compartidos.</translation>
    </message>
    <message>
        <source>I do not discuss him with the children, and I do not gossip about him.</source>
        <comment>he</comment>
        <translation>No hablo de él con los niños y no cotilleo sobre él.</translation>
    </message>
    <message>
        <source>I do not discuss her with the children, and I do not gossip about her.</source>
        <comment>she</comment>
        <translation>No hablo de ella con los niños y no cotilleo sobre ella.</translation>
    </message>
    <message>
        <source>I do not discuss the other person with the children, and I do not gossip about them.</source>
        <comment>they</comment>
        <translation>No hablo de la otra persona con los niños y no cotilleo sobre ella.</translation>
    </message>
    <message>
        <source>I do not discuss {name} with the children, and I do not gossip about {name}.</source>
        <comment>name</comment>
        <translation>No hablo de {name} con los niños y no cotilleo sobre {name}.</translation>
    </message>
    <message>
        <source>I write down what happens and tell the people who should know. At the first transgression I act fully; I do not wait for a second.</source>
        <translation>Anoto lo que pasa y se lo cuento a quienes deben saberlo. A la primera transgresión actúo del todo; no espero a una segunda.</translation>
    </message>
    <message>
        <source>I stay firm, polite and consistent: no negotiating, no giving in to pressure, no saying one thing and doing another.</source>
        <translation>Me mantengo firme, educada y coherente: sin negociar, sin ceder a la presión, sin decir una cosa y hacer otra.</translation>
    </message>
    <message>
        <source>I will not talk with you. Goodbye.</source>
        <translation>No voy a hablar contigo. Adiós.</translation>
    </message>
    <message>
        <source>I have nothing more to say to you. I am hanging up now.</source>
        <translation>No tengo nada más que decirte. Ahora cuelgo.</translation>
    </message>
    <message>
        <source>I am not discussing this. Please contact my lawyer.</source>
        <translation>No voy a hablar de esto. Ponte en contacto con mi abogado.</translation>
    </message>
    <message>
        <source>All contact goes through my lawyer. Goodbye.</source>
        <translation>Todo contacto pasa por mi abogado. Adiós.</translation>
    </message>
    <message>
        <source>I don&apos;t talk about him, and I won&apos;t pass on any messages. Thank you.</source>
        <comment>he</comment>
        <translation>No hablo de él y no voy a transmitir ningún mensaje. Gracias.</translation>
    </message>
    <message>
        <source>I don&apos;t talk about her, and I won&apos;t pass on any messages. Thank you.</source>
        <comment>she</comment>
        <translation>No hablo de ella y no voy a transmitir ningún mensaje. Gracias.</translation>
    </message>
    <message>
        <source>I don&apos;t talk about them, and I won&apos;t pass on any messages. Thank you.</source>
        <comment>they</comment>
        <translation>No hablo de esa persona y no voy a transmitir ningún mensaje. Gracias.</translation>
    </message>
    <message>
        <source>I don&apos;t talk about {name}, and I won&apos;t pass on any messages. Thank you.</source>
        <comment>name</comment>
        <translation>No hablo de {name} y no voy a transmitir ningún mensaje. Gracias.</translation>
    </message>
    <message>
        <source>Please don&apos;t bring me messages from him. If it is about the children, he can contact my lawyer.</source>
        <comment>he</comment>
        <translation>Por favor, no me traigas mensajes suyos. Si es sobre los niños, puede ponerse en contacto con mi abogado.</translation>
    </message>
    <message>
        <source>Please don&apos;t bring me messages from her. If it is about the children, she can contact my lawyer.</source>
        <comment>she</comment>
        <translation>Por favor, no me traigas mensajes de ella. Si es sobre los niños, puede ponerse en contacto con mi abogado.</translation>
    </message>
    <message>
        <source>Please don&apos;t bring me messages from them. If it is about the children, they can contact my lawyer.</source>
        <comment>they</comment>
        <translation>Por favor, no me traigas mensajes de esa persona. Si es sobre los niños, puede ponerse en contacto con mi abogado.</translation>
    </message>
    <message>
        <source>Please don&apos;t bring me messages from {name}. If it is about the children, {name} can contact my lawyer.</source>
        <comment>name</comment>
        <translation>Por favor, no me traigas mensajes de {name}. Si es sobre los niños, {name} puede ponerse en contacto con mi abogado.</translation>
    </message>
    <message>
        <source>Unopened, by post to his lawyer, with no note.</source>
        <comment>he</comment>
        <translation>Sin abrir, por correo a su abogado, sin ninguna nota.</translation>
    </message>
    <message>
        <source>Unopened, by post to her lawyer, with no note.</source>
        <comment>she</comment>
        <translation>Sin abrir, por correo a su abogado, sin ninguna nota.</translation>
    </message>
    <message>
        <source>Unopened, by post to their lawyer, with no note.</source>
        <comment>they</comment>
        <translation>Sin abrir, por correo al abogado de la otra persona, sin ninguna nota.</translation>
    </message>
    <message>
        <source>Unopened, by post to {name}&apos;s lawyer, with no note.</source>
        <comment>name</comment>
        <translation>Sin abrir, por correo al abogado de {name}, sin ninguna nota.</translation>
    </message>
    <message>
        <source>Unopened, handed back through a friend he does not know, with no note.</source>
        <comment>he</comment>
        <translation>Sin abrir, devuelto a través de una amistad a la que él no conoce, sin ninguna nota.</translation>
    </message>
    <message>
        <source>Unopened, handed back through a friend she does not know, with no note.</source>
        <comment>she</comment>
        <translation>Sin abrir, devuelto a través de una amistad a la que ella no conoce, sin ninguna nota.</translation>
    </message>
    <message>
        <source>Unopened, handed back through a friend they do not know, with no note.</source>
        <comment>they</comment>
        <translation>Sin abrir, devuelto a través de una amistad a la que la otra persona no conoce, sin ninguna nota.</translation>
    </message>
    <message>
        <source>Unopened, handed back through a friend {name} does not know, with no note.</source>
        <comment>name</comment>
        <translation>Sin abrir, devuelto a través de una amistad a la que {name} no conoce, sin ninguna nota.</translation>
    </message>
    <message>
        <source>He comes to my door, my workplace, or somewhere he knows I go.</source>
        <comment>he</comment>
        <translation>Viene a mi puerta, a mi trabajo o a algún sitio al que sabe que voy.</translation>
    </message>
    <message>
        <source>She comes to my door, my workplace, or somewhere she knows I go.</source>
        <comment>she</comment>
        <translation>Viene a mi puerta, a mi trabajo o a algún sitio al que sabe que voy.</translation>
    </message>
    <message>
        <source>The other person comes to my door, my workplace, or somewhere they know I go.</source>
        <comment>they</comment>
        <translation>La otra persona viene a mi puerta, a mi trabajo o a algún sitio al que sabe que voy.</translation>
    </message>
    <message>
        <source>{name} comes to my door, my workplace, or somewhere {name} knows I go.</source>
        <comment>name</comment>
        <translation>{name} viene a mi puerta, a mi trabajo o a algún sitio al que sabe que voy.</translation>
    </message>
    <message>
        <source>He says he is “in the area” or wants to “just talk for a minute”.</source>
        <comment>he</comment>
        <translation>Dice que está «por la zona» o que quiere «solo hablar un minuto».</translation>
    </message>
    <message>
        <source>She says she is “in the area” or wants to “just talk for a minute”.</source>
        <comment>she</comment>
        <translation>Dice que está «por la zona» o que quiere «solo hablar un minuto».</translation>
    </message>
    <message>
        <source>The other person says they are “in the area” or wants to “just talk for a minute”.</source>
        <comment>they</comment>
        <translation>La otra persona dice que está «por la zona» o que quiere «solo hablar un minuto».</translation>
    </message>
    <message>
        <source>{name} says they are “in the area” or wants to “just talk for a minute”.</source>
        <comment>name</comment>
        <translation>{name} dice que está «por la zona» o que quiere «solo hablar un minuto».</translation>
    </message>
    <message>
        <source>His car, or someone close to him, is seen near my home or work.</source>
        <comment>he</comment>
        <translation>Se ve su coche, o a alguien cercano a él, cerca de mi casa o de mi trabajo.</translation>
    </message>
    <message>
        <source>Her car, or someone close to her, is seen near my home or work.</source>
        <comment>she</comment>
        <translation>Se ve su coche, o a alguien cercano a ella, cerca de mi casa o de mi trabajo.</translation>
    </message>
    <message>
        <source>The other person&apos;s car, or someone close to them, is seen near my home or work.</source>
        <comment>they</comment>
        <translation>Se ve el coche de la otra persona, o a alguien cercano a ella, cerca de mi casa o de mi trabajo.</translation>
    </message>
    <message>
        <source>{name}&apos;s car, or someone close to {name}, is seen near my home or work.</source>
        <comment>name</comment>
        <translation>Se ve el coche de {name}, o a alguien cercano a {name}, cerca de mi casa o de mi trabajo.</translation>
    </message>
    <message>
        <source>His messages mention where I live, where I work or where I go.</source>
        <comment>he</comment>
        <translation>Sus mensajes mencionan dónde vivo, dónde trabajo o adónde voy.</translation>
    </message>
    <message>
        <source>Her messages mention where I live, where I work or where I go.</source>
        <comment>she</comment>
        <translation>Sus mensajes mencionan dónde vivo, dónde trabajo o adónde voy.</translation>
    </message>
    <message>
        <source>The other person&apos;s messages mention where I live, where I work or where I go.</source>
        <comment>they</comment>
        <translation>Los mensajes de la otra persona mencionan dónde vivo, dónde trabajo o adónde voy.</translation>
    </message>
    <message>
        <source>{name}&apos;s messages mention where I live, where I work or where I go.</source>
        <comment>name</comment>
        <translation>Los mensajes de {name} mencionan dónde vivo, dónde trabajo o adónde voy.</translation>
    </message>
    <message>
        <source>Someone mentions that he asked about my routine or my new address.</source>
        <comment>he</comment>
        <translation>Alguien comenta que él preguntó por mi rutina o por mi nueva dirección.</translation>
    </message>
    <message>
        <source>Someone mentions that she asked about my routine or my new address.</source>
        <comment>she</comment>
        <translation>Alguien comenta que ella preguntó por mi rutina o por mi nueva dirección.</translation>
    </message>
    <message>
        <source>Someone mentions that the other person asked about my routine or my new address.</source>
        <comment>they</comment>
        <translation>Alguien comenta que la otra persona preguntó por mi rutina o por mi nueva dirección.</translation>
    </message>
    <message>
        <source>Someone mentions that {name} asked about my routine or my new address.</source>
        <comment>name</comment>
        <translation>Alguien comenta que {name} preguntó por mi rutina o por mi nueva dirección.</translation>
    </message>
    <message>
        <source>At work, ask reception or security not to let him in.</source>
        <comment>he</comment>
        <translation>En el trabajo, pedir a recepción o a seguridad que no le dejen entrar.</translation>
    </message>
    <message>
        <source>At work, ask reception or security not to let her in.</source>
        <comment>she</comment>
        <translation>En el trabajo, pedir a recepción o a seguridad que no la dejen entrar.</translation>
    </message>
    <message>
        <source>At work, ask reception or security not to let the other person in.</source>
        <comment>they</comment>
        <translation>En el trabajo, pedir a recepción o a seguridad que no dejen entrar a la otra persona.</translation>
    </message>
    <message>
        <source>At work, ask reception or security not to let {name} in.</source>
        <comment>name</comment>
        <translation>En el trabajo, pedir a recepción o a seguridad que no dejen entrar a {name}.</translation>
    </message>
    <message>
        <source>He threatens me, the children or himself, or tries to force me with secrets.</source>
        <comment>he</comment>
        <translation>Me amenaza a mí, a los niños o a sí mismo, o intenta obligarme con secretos.</translation>
    </message>
    <message>
        <source>She threatens me, the children or herself, or tries to force me with secrets.</source>
        <comment>she</comment>
        <translation>Me amenaza a mí, a los niños o a sí misma, o intenta obligarme con secretos.</translation>
    </message>
    <message>
        <source>The other person threatens me, the children or themselves, or tries to force me with secrets.</source>
        <comment>they</comment>
        <translation>La otra persona me amenaza a mí, a los niños o a sí misma, o intenta obligarme con secretos.</translation>
    </message>
    <message>
        <source>{name} threatens me, the children or themselves, or tries to force me with secrets.</source>
        <comment>name</comment>
        <translation>{name} me amenaza a mí o a los niños, o amenaza con hacerse daño, o intenta obligarme con secretos.</translation>
    </message>
    <message>
        <source>He hints at “consequences” if I do not answer him.</source>
        <comment>he</comment>
        <translation>Insinúa «consecuencias» si no le respondo.</translation>
    </message>
    <message>
        <source>She hints at “consequences” if I do not answer her.</source>
        <comment>she</comment>
        <translation>Insinúa «consecuencias» si no le respondo.</translation>
    </message>
    <message>
        <source>The other person hints at “consequences” if I do not answer them.</source>
        <comment>they</comment>
        <translation>La otra persona insinúa «consecuencias» si no le respondo.</translation>
    </message>
    <message>
        <source>{name} hints at “consequences” if I do not answer.</source>
        <comment>name</comment>
        <translation>{name} insinúa «consecuencias» si no respondo.</translation>
    </message>
    <message>
        <source>He threatens to share private photos, messages or secrets.</source>
        <comment>he</comment>
        <translation>Amenaza con difundir fotos, mensajes o secretos privados.</translation>
    </message>
    <message>
        <source>She threatens to share private photos, messages or secrets.</source>
        <comment>she</comment>
        <translation>Amenaza con difundir fotos, mensajes o secretos privados.</translation>
    </message>
    <message>
        <source>The other person threatens to share private photos, messages or secrets.</source>
        <comment>they</comment>
        <translation>La otra persona amenaza con difundir fotos, mensajes o secretos privados.</translation>
    </message>
    <message>
        <source>{name} threatens to share private photos, messages or secrets.</source>
        <comment>name</comment>
        <translation>{name} amenaza con difundir fotos, mensajes o secretos privados.</translation>
    </message>
    <message>
        <source>He threatens to take the children, or to harm himself, me or someone I love.</source>
        <comment>he</comment>
        <translation>Amenaza con llevarse a los niños o con hacerse daño, hacérmelo a mí o a alguien a quien quiero.</translation>
    </message>
    <message>
        <source>She threatens to take the children, or to harm herself, me or someone I love.</source>
        <comment>she</comment>
        <translation>Amenaza con llevarse a los niños o con hacerse daño, hacérmelo a mí o a alguien a quien quiero.</translation>
    </message>
    <message>
        <source>The other person threatens to take the children, or to harm themselves, me or someone I love.</source>
        <comment>they</comment>
        <translation>La otra persona amenaza con llevarse a los niños o con hacerse daño, hacérmelo a mí o a alguien a quien quiero.</translation>
    </message>
    <message>
        <source>{name} threatens to take the children, or to harm themselves, me or someone I love.</source>
        <comment>name</comment>
        <translation>{name} amenaza con llevarse a los niños o con hacerse daño, hacérmelo a mí o a alguien a quien quiero.</translation>
    </message>
    <message>
        <source>His messages come more often, or grow angrier.</source>
        <comment>he</comment>
        <translation>Sus mensajes llegan más a menudo o son cada vez más furiosos.</translation>
    </message>
    <message>
        <source>Her messages come more often, or grow angrier.</source>
        <comment>she</comment>
        <translation>Sus mensajes llegan más a menudo o son cada vez más furiosos.</translation>
    </message>
    <message>
        <source>The other person&apos;s messages come more often, or grow angrier.</source>
        <comment>they</comment>
        <translation>Los mensajes de la otra persona llegan más a menudo o son cada vez más furiosos.</translation>
    </message>
    <message>
        <source>{name}&apos;s messages come more often, or grow angrier.</source>
        <comment>name</comment>
        <translation>Los mensajes de {name} llegan más a menudo o son cada vez más furiosos.</translation>
    </message>
    <message>
        <source>If he threatens to harm someone now, call the emergency number at once.</source>
        <comment>he</comment>
        <translation>Si amenaza con hacer daño a alguien ahora, llamar enseguida al número de emergencias.</translation>
    </message>
    <message>
        <source>If she threatens to harm someone now, call the emergency number at once.</source>
        <comment>she</comment>
        <translation>Si amenaza con hacer daño a alguien ahora, llamar enseguida al número de emergencias.</translation>
    </message>
    <message>
        <source>If the other person threatens to harm someone now, call the emergency number at once.</source>
        <comment>they</comment>
        <translation>Si la otra persona amenaza con hacer daño a alguien ahora, llamar enseguida al número de emergencias.</translation>
    </message>
    <message>
        <source>If {name} threatens to harm someone now, call the emergency number at once.</source>
        <comment>name</comment>
        <translation>Si {name} amenaza con hacer daño a alguien ahora, llamar enseguida al número de emergencias.</translation>
    </message>
    <message>
        <source>He arrives early, late, or with someone he did not announce.</source>
        <comment>he</comment>
        <translation>Llega antes, tarde o con alguien a quien no había anunciado.</translation>
    </message>
    <message>
        <source>She arrives early, late, or with someone she did not announce.</source>
        <comment>she</comment>
        <translation>Llega antes, tarde o con alguien a quien no había anunciado.</translation>
    </message>
    <message>
        <source>The other person arrives early, late, or with someone they did not announce.</source>
        <comment>they</comment>
        <translation>La otra persona llega antes, tarde o con alguien a quien no había anunciado.</translation>
    </message>
    <message>
        <source>{name} arrives early, late, or with someone {name} did not announce.</source>
        <comment>name</comment>
        <translation>{name} llega antes, tarde o con alguien a quien no había anunciado.</translation>
    </message>
    <message>
        <source>He brings up personal matters, shared memories or our relationship.</source>
        <comment>he</comment>
        <translation>Saca temas personales, recuerdos compartidos o nuestra relación.</translation>
    </message>
    <message>
        <source>She brings up personal matters, shared memories or our relationship.</source>
        <comment>she</comment>
        <translation>Saca temas personales, recuerdos compartidos o nuestra relación.</translation>
    </message>
    <message>
        <source>The other person brings up personal matters, shared memories or our relationship.</source>
        <comment>they</comment>
        <translation>La otra persona saca temas personales, recuerdos compartidos o nuestra relación.</translation>
    </message>
    <message>
        <source>{name} brings up personal matters, shared memories or our relationship.</source>
        <comment>name</comment>
        <translation>{name} saca temas personales, recuerdos compartidos o nuestra relación.</translation>
    </message>
    <message>
        <source>He raises his voice, blocks my way or will not let me leave.</source>
        <comment>he</comment>
        <translation>Levanta la voz, me cierra el paso o no me deja irme.</translation>
    </message>
    <message>
        <source>She raises her voice, blocks my way or will not let me leave.</source>
        <comment>she</comment>
        <translation>Levanta la voz, me cierra el paso o no me deja irme.</translation>
    </message>
    <message>
        <source>The other person raises their voice, blocks my way or will not let me leave.</source>
        <comment>they</comment>
        <translation>La otra persona levanta la voz, me cierra el paso o no me deja irme.</translation>
    </message>
    <message>
        <source>{name} raises their voice, blocks my way or will not let me leave.</source>
        <comment>name</comment>
        <translation>{name} levanta la voz, me cierra el paso o no me deja irme.</translation>
    </message>
    <message>
        <source>He has found out where I am, or he is on his way.</source>
        <comment>he</comment>
        <translation>Ha descubierto dónde estoy, o viene de camino.</translation>
    </message>
    <message>
        <source>She has found out where I am, or she is on her way.</source>
        <comment>she</comment>
        <translation>Ha descubierto dónde estoy, o viene de camino.</translation>
    </message>
    <message>
        <source>The other person has found out where I am, or is on their way.</source>
        <comment>they</comment>
        <translation>La otra persona ha descubierto dónde estoy, o viene de camino.</translation>
    </message>
    <message>
        <source>{name} has found out where I am, or is on the way.</source>
        <comment>name</comment>
        <translation>{name} ha descubierto dónde estoy, o viene de camino.</translation>
    </message>
    <message>
        <source>Something during his time with the children puts them in danger.</source>
        <comment>he</comment>
        <translation>Algo durante el tiempo que pasa con los niños los pone en peligro.</translation>
    </message>
    <message>
        <source>Something during her time with the children puts them in danger.</source>
        <comment>she</comment>
        <translation>Algo durante el tiempo que pasa con los niños los pone en peligro.</translation>
    </message>
    <message>
        <source>Something during the other person&apos;s time with the children puts them in danger.</source>
        <comment>they</comment>
        <translation>Algo durante el tiempo que la otra persona pasa con los niños los pone en peligro.</translation>
    </message>
    <message>
        <source>Something during {name}&apos;s time with the children puts them in danger.</source>
        <comment>name</comment>
        <translation>Algo durante el tiempo que {name} pasa con los niños los pone en peligro.</translation>
    </message>
    <message>
        <source>He questions the children about me, or uses them to carry messages.</source>
        <comment>he</comment>
        <translation>Interroga a los niños sobre mí, o los usa para llevar mensajes.</translation>
    </message>
    <message>
        <source>She questions the children about me, or uses them to carry messages.</source>
        <comment>she</comment>
        <translation>Interroga a los niños sobre mí, o los usa para llevar mensajes.</translation>
    </message>
    <message>
        <source>The other person questions the children about me, or uses them to carry messages.</source>
        <comment>they</comment>
        <translation>La otra persona interroga a los niños sobre mí, o los usa para llevar mensajes.</translation>
    </message>
    <message>
        <source>{name} questions the children about me, or uses them to carry messages.</source>
        <comment>name</comment>
        <translation>{name} interroga a los niños sobre mí, o los usa para llevar mensajes.</translation>
    </message>
    <message>
        <source>He does not bring the children back at the agreed time.</source>
        <comment>he</comment>
        <translation>No devuelve a los niños a la hora acordada.</translation>
    </message>
    <message>
        <source>She does not bring the children back at the agreed time.</source>
        <comment>she</comment>
        <translation>No devuelve a los niños a la hora acordada.</translation>
    </message>
    <message>
        <source>The other person does not bring the children back at the agreed time.</source>
        <comment>they</comment>
        <translation>La otra persona no devuelve a los niños a la hora acordada.</translation>
    </message>
    <message>
        <source>{name} does not bring the children back at the agreed time.</source>
        <comment>name</comment>
        <translation>{name} no devuelve a los niños a la hora acordada.</translation>
    </message>
    <message>
        <source>Listen to the children and reassure them; do not discuss him with them.</source>
        <comment>he</comment>
        <translation>Escuchar a los niños y tranquilizarlos; no hablar de él con ellos.</translation>
    </message>
    <message>
        <source>Listen to the children and reassure them; do not discuss her with them.</source>
        <comment>she</comment>
        <translation>Escuchar a los niños y tranquilizarlos; no hablar de ella con ellos.</translation>
    </message>
    <message>
        <source>Listen to the children and reassure them; do not discuss the other person with them.</source>
        <comment>they</comment>
        <translation>Escuchar a los niños y tranquilizarlos; no hablar de la otra persona con ellos.</translation>
    </message>
    <message>
        <source>Listen to the children and reassure them; do not discuss {name} with them.</source>
        <comment>name</comment>
        <translation>Escuchar a los niños y tranquilizarlos; no hablar de {name} con ellos.</translation>
    </message>
    <message>
        <source>People he sends, or who speak for him, keep pressing, watching or persuading me.</source>
        <comment>he</comment>
        <translation>Personas que él envía, o que hablan en su nombre, siguen presionándome, vigilándome o intentando convencerme.</translation>
    </message>
    <message>
        <source>People she sends, or who speak for her, keep pressing, watching or persuading me.</source>
        <comment>she</comment>
        <translation>Personas que ella envía, o que hablan en su nombre, siguen presionándome, vigilándome o intentando convencerme.</translation>
    </message>
    <message>
        <source>People the other person sends, or who speak for them, keep pressing, watching or persuading me.</source>
        <comment>they</comment>
        <translation>Personas que envía la otra persona, o que hablan en su nombre, siguen presionándome, vigilándome o intentando convencerme.</translation>
    </message>
    <message>
        <source>People {name} sends, or who speak for {name}, keep pressing, watching or persuading me.</source>
        <comment>name</comment>
        <translation>Personas que {name} envía, o que hablan en nombre de {name}, siguen presionándome, vigilándome o intentando convencerme.</translation>
    </message>
    <message>
        <source>Friends or relatives pass on messages or requests from him.</source>
        <comment>he</comment>
        <translation>Amistades o familiares me transmiten mensajes o peticiones suyas.</translation>
    </message>
    <message>
        <source>Friends or relatives pass on messages or requests from her.</source>
        <comment>she</comment>
        <translation>Amistades o familiares me transmiten mensajes o peticiones de ella.</translation>
    </message>
    <message>
        <source>Friends or relatives pass on messages or requests from the other person.</source>
        <comment>they</comment>
        <translation>Amistades o familiares me transmiten mensajes o peticiones de la otra persona.</translation>
    </message>
    <message>
        <source>Friends or relatives pass on messages or requests from {name}.</source>
        <comment>name</comment>
        <translation>Amistades o familiares me transmiten mensajes o peticiones de {name}.</translation>
    </message>
    <message>
        <source>People repeat things that only he could have told them.</source>
        <comment>he</comment>
        <translation>Hay quien repite cosas que solo él podría haberle contado.</translation>
    </message>
    <message>
        <source>People repeat things that only she could have told them.</source>
        <comment>she</comment>
        <translation>Hay quien repite cosas que solo ella podría haberle contado.</translation>
    </message>
    <message>
        <source>People repeat things that only the other person could have told them.</source>
        <comment>they</comment>
        <translation>Hay quien repite cosas que solo la otra persona podría haberle contado.</translation>
    </message>
    <message>
        <source>People repeat things that only {name} could have told them.</source>
        <comment>name</comment>
        <translation>Hay quien repite cosas que solo {name} podría haberle contado.</translation>
    </message>
    <message>
        <source>Cut off those who knowingly spy for him; tell the unwitting ones how they are being used.</source>
        <comment>he</comment>
        <translation>Cortar el contacto con quienes le espían a sabiendas; explicar a quienes lo hacen sin saberlo cómo los está utilizando.</translation>
    </message>
    <message>
        <source>Cut off those who knowingly spy for her; tell the unwitting ones how they are being used.</source>
        <comment>she</comment>
        <translation>Cortar el contacto con quienes la espían a sabiendas; explicar a quienes lo hacen sin saberlo cómo los está utilizando.</translation>
    </message>
    <message>
        <source>Cut off those who knowingly spy for the other person; tell the unwitting ones how they are being used.</source>
        <comment>they</comment>
        <translation>Cortar el contacto con quienes espían para la otra persona a sabiendas; explicar a quienes lo hacen sin saberlo cómo los está utilizando.</translation>
    </message>
    <message>
        <source>Cut off those who knowingly spy for {name}; tell the unwitting ones how they are being used.</source>
        <comment>name</comment>
        <translation>Cortar el contacto con quienes espían para {name} a sabiendas; explicar a quienes lo hacen sin saberlo cómo los está utilizando.</translation>
    </message>
    <message>
        <source>He follows, watches or contacts me online, or gets into my accounts.</source>
        <comment>he</comment>
        <translation>Me sigue, me vigila o me contacta por internet, o entra en mis cuentas.</translation>
    </message>
    <message>
        <source>She follows, watches or contacts me online, or gets into my accounts.</source>
        <comment>she</comment>
        <translation>Me sigue, me vigila o me contacta por internet, o entra en mis cuentas.</translation>
    </message>
    <message>
        <source>The other person follows, watches or contacts me online, or gets into my accounts.</source>
        <comment>they</comment>
        <translation>La otra persona me sigue, me vigila o me contacta por internet, o entra en mis cuentas.</translation>
    </message>
    <message>
        <source>{name} follows, watches or contacts me online, or gets into my accounts.</source>
        <comment>name</comment>
        <translation>{name} me sigue, me vigila o me contacta por internet, o entra en mis cuentas.</translation>
    </message>
    <message>
        <source>He knows things I only wrote or did online.</source>
        <comment>he</comment>
        <translation>Sabe cosas que solo escribí o hice por internet.</translation>
    </message>
    <message>
        <source>She knows things I only wrote or did online.</source>
        <comment>she</comment>
        <translation>Sabe cosas que solo escribí o hice por internet.</translation>
    </message>
    <message>
        <source>The other person knows things I only wrote or did online.</source>
        <comment>they</comment>
        <translation>La otra persona sabe cosas que solo escribí o hice por internet.</translation>
    </message>
    <message>
        <source>{name} knows things I only wrote or did online.</source>
        <comment>name</comment>
        <translation>{name} sabe cosas que solo escribí o hice por internet.</translation>
    </message>
    <message>
        <source>Change my passwords from a device he has never touched, and turn on two-step sign-in.</source>
        <comment>he</comment>
        <translation>Cambiar mis contraseñas desde un dispositivo que él nunca haya tocado y activar la verificación en dos pasos.</translation>
    </message>
    <message>
        <source>Change my passwords from a device she has never touched, and turn on two-step sign-in.</source>
        <comment>she</comment>
        <translation>Cambiar mis contraseñas desde un dispositivo que ella nunca haya tocado y activar la verificación en dos pasos.</translation>
    </message>
    <message>
        <source>Change my passwords from a device the other person has never touched, and turn on two-step sign-in.</source>
        <comment>they</comment>
        <translation>Cambiar mis contraseñas desde un dispositivo que la otra persona nunca haya tocado y activar la verificación en dos pasos.</translation>
    </message>
    <message>
        <source>Change my passwords from a device {name} has never touched, and turn on two-step sign-in.</source>
        <comment>name</comment>
        <translation>Cambiar mis contraseñas desde un dispositivo que {name} nunca haya tocado y activar la verificación en dos pasos.</translation>
    </message>
    <message>
        <source>If I am in danger, call the emergency number at once.</source>
        <translation>Si estoy en peligro, llamar enseguida al número de emergencias.</translation>
    </message>
    <message>
        <source>Write down what happened, with the time, in the contact log.</source>
        <translation>Anotar lo que pasó, con la hora, en el registro de contactos.</translation>
    </message>
    <message>
        <source>Call my check-in partner and tell them where I am and how I am.</source>
        <translation>Llamar a mi persona de aviso y decirle dónde estoy y cómo estoy.</translation>
    </message>
    <message>
        <source>Do not open the door; do not answer the intercom.</source>
        <translation>No abrir la puerta; no contestar al portero automático.</translation>
    </message>
    <message>
        <source>Stay inside, away from the door, in a room I can lock.</source>
        <translation>Quedarme dentro, lejos de la puerta, en una habitación que pueda cerrar con llave.</translation>
    </message>
    <message>
        <source>Tell my lawyer. If a protective order forbids this, report it to the police.</source>
        <translation>Decírselo a mi abogado. Si una orden de protección lo prohíbe, denunciarlo a la policía.</translation>
    </message>
    <message>
        <source>Do not answer, do not negotiate, and do not give in.</source>
        <translation>No responder, no negociar y no ceder.</translation>
    </message>
    <message>
        <source>Keep the message: take a screenshot that shows the date and time.</source>
        <translation>Guardar el mensaje: hacer una captura de pantalla en la que se vean la fecha y la hora.</translation>
    </message>
    <message>
        <source>Tell the people who should know: my lawyer and my check-in partner.</source>
        <translation>Contárselo a quienes deben saberlo: mi abogado y mi persona de aviso.</translation>
    </message>
    <message>
        <source>Report the threat to the police and note the incident number.</source>
        <translation>Denunciar la amenaza a la policía y anotar el número de la denuncia.</translation>
    </message>
    <message>
        <source>A meeting I cannot avoid (a handover, mediation, a hearing) starts to go wrong.</source>
        <translation>Un encuentro que no puedo evitar (una entrega de los niños, una mediación, una vista) empieza a ir mal.</translation>
    </message>
    <message>
        <source>Keep to the agenda: no personal matters, no shared memories.</source>
        <translation>Ceñirme al orden del día: nada personal, nada de recuerdos compartidos.</translation>
    </message>
    <message>
        <source>Say one short, firm sentence that the meeting is over, and leave.</source>
        <translation>Decir una frase corta y firme de que el encuentro ha terminado, y marcharme.</translation>
    </message>
    <message>
        <source>Go to the professional who is there (mediator, supervisor, lawyer) or to a public place.</source>
        <translation>Ir con el profesional que esté allí (mediación, supervisión, abogado) o a un lugar público.</translation>
    </message>
    <message>
        <source>Ask my lawyer whether future meetings can be supervised or left to professionals.</source>
        <translation>Preguntar a mi abogado si los próximos encuentros pueden ser supervisados o quedar en manos de profesionales.</translation>
    </message>
    <message>
        <source>I have to get out of where I am, quickly and safely.</source>
        <translation>Tengo que salir de donde estoy, rápido y con seguridad.</translation>
    </message>
    <message>
        <source>Threats against my life, or violence that is getting worse.</source>
        <translation>Amenazas contra mi vida, o violencia que va a más.</translation>
    </message>
    <message>
        <source>My instinct tells me I am not safe here.</source>
        <translation>Mi instinto me dice que aquí no estoy a salvo.</translation>
    </message>
    <message>
        <source>Take the children and the bag I packed in advance, if it is safe to do so.</source>
        <translation>Llevarme a los niños y la bolsa que preparé de antemano, si es seguro hacerlo.</translation>
    </message>
    <message>
        <source>Go to my safe place.</source>
        <translation>Ir a mi lugar seguro.</translation>
    </message>
    <message>
        <source>Call a domestic-abuse helpline if I need a shelter place for tonight.</source>
        <translation>Llamar a una línea de ayuda contra la violencia doméstica si necesito un lugar de acogida para esta noche.</translation>
    </message>
    <message>
        <source>Once I am safe, write down what happened, with the time, in the contact log, and tell my lawyer.</source>
        <translation>Cuando esté a salvo, anotar lo que pasó, con la hora, en el registro de contactos, y decírselo a mi abogado.</translation>
    </message>
    <message>
        <source>The children come back frightened, withdrawn or hurt.</source>
        <translation>Los niños vuelven asustados, retraídos o con lesiones.</translation>
    </message>
    <message>
        <source>If a child is in danger now, call the emergency number at once.</source>
        <translation>Si un niño está en peligro ahora, llamar enseguida al número de emergencias.</translation>
    </message>
    <message>
        <source>Keep exactly to what the court orders; do not break them.</source>
        <translation>Cumplir exactamente lo que ordena el tribunal; no incumplirlo.</translation>
    </message>
    <message>
        <source>Call my lawyer: rulings change only through the proper channels.</source>
        <translation>Llamar a mi abogado: las resoluciones solo cambian por las vías adecuadas.</translation>
    </message>
    <message>
        <source>Tell the professionals involved (guardian, school, child services) what I saw.</source>
        <translation>Contar a los profesionales implicados (tutor legal, colegio, servicios de protección de menores) lo que vi.</translation>
    </message>
    <message>
        <source>Someone asks unusual questions about where I live, my plans or my new life.</source>
        <translation>Alguien hace preguntas extrañas sobre dónde vivo, mis planes o mi nueva vida.</translation>
    </message>
    <message>
        <source>Do not answer requests passed on by other people.</source>
        <translation>No responder a peticiones transmitidas por otras personas.</translation>
    </message>
    <message>
        <source>Say my sentence for people who pass on messages, and end the conversation.</source>
        <translation>Decir mi frase para quienes traen mensajes y terminar la conversación.</translation>
    </message>
    <message>
        <source>Note the person on the suspected proxies page.</source>
        <translation>Anotar a esa persona en la página de posibles intermediarios.</translation>
    </message>
    <message>
        <source>New or unknown accounts follow me or send me messages.</source>
        <translation>Cuentas nuevas o desconocidas me siguen o me envían mensajes.</translation>
    </message>
    <message>
        <source>My accounts show sign-ins or changes I did not make.</source>
        <translation>Mis cuentas muestran inicios de sesión o cambios que yo no hice.</translation>
    </message>
    <message>
        <source>Do not answer, from any account.</source>
        <translation>No responder, desde ninguna cuenta.</translation>
    </message>
    <message>
        <source>Take screenshots that show the date and time before blocking or reporting.</source>
        <translation>Hacer capturas de pantalla en las que se vean la fecha y la hora antes de bloquear o denunciar.</translation>
    </message>
    <message>
        <source>Make my profiles private and check which apps can see my location.</source>
        <translation>Poner mis perfiles en privado y revisar qué aplicaciones pueden ver mi ubicación.</translation>
    </message>
    <message>
        <source>Tell my lawyer, and report threats or harassment to the police.</source>
        <translation>Decírselo a mi abogado y denunciar las amenazas o el acoso a la policía.</translation>
    </message>
    <message>
        <source>Something else that worries me; I describe it in my own words.</source>
        <translation>Otra cosa que me preocupa; la describo con mis propias palabras.</translation>
    </message>
    <message>
        <source>Say one short, firm sentence, then hang up or leave.</source>
        <translation>Decir una frase corta y firme, y después colgar o marcharme.</translation>
    </message>
    <message>
        <source>Tell the people who should know, such as my lawyer.</source>
        <translation>Contárselo a quienes deben saberlo, como mi abogado.</translation>
    </message>
</context>
<context>
    <name>SuspectedProxy</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A nickname or initials are fine.</source>
        <translation>Basta con un apodo o unas iniciales.</translation>
    </message>
    <message>
        <source>Connection to him</source>
        <comment>he</comment>
        <translation>Relación con él</translation>
    </message>
    <message>
        <source>Connection to her</source>
        <comment>she</comment>
        <translation>Relación con ella</translation>
    </message>
    <message>
        <source>Connection to the other person</source>
        <comment>they</comment>
        <translation>Relación con la otra persona</translation>
    </message>
    <message>
        <source>Connection to {name}</source>
        <comment>name</comment>
        <translation>Relación con {name}</translation>
    </message>
    <message>
        <source>Connection to me</source>
        <translation>Relación conmigo</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>What they did, in my words</source>
        <translation>Qué hizo, con mis palabras</translation>
    </message>
    <message>
        <source>Dates and evidence</source>
        <translation>Fechas y pruebas</translation>
    </message>
    <message>
        <source>Knowing or unwitting</source>
        <translation>Lo sabe o sin saberlo</translation>
    </message>
    <message>
        <source>My decision</source>
        <translation>Mi decisión</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message numerus="yes">
        <source>%n people without a decision yet</source>
        <translation>
            <numerusform>%n persona aún sin decisión</numerusform>
            <numerusform>%n personas aún sin decisión</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicFit</name>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>TrustedContact</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A nickname or initials are fine.</source>
        <translation>Basta con un apodo o unas iniciales.</translation>
    </message>
    <message>
        <source>Relationship to me</source>
        <translation>Relación conmigo</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Papeles</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>One number per line.</source>
        <translation>Un número por línea.</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Knows my situation</source>
        <translation>Conoce mi situación</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <source>A word you agreed on that means you need help.</source>
        <translation>Una palabra que acordasteis y que significa que necesitas ayuda.</translation>
    </message>
    <message>
        <source>Best times to reach</source>
        <translation>Mejores horas para localizarle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>no trusted contact yet</source>
        <translation>aún no hay ninguna persona de confianza</translation>
    </message>
    <message>
        <source>no check-in partner yet</source>
        <translation>aún no hay ninguna persona de aviso</translation>
    </message>
    <message>
        <source>no emergency contact yet</source>
        <translation>aún no hay ningún contacto de emergencia</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts have no phone number or email yet</source>
        <translation>
            <numerusform>%n contacto aún no tiene teléfono ni correo</numerusform>
            <numerusform>%n contactos aún no tienen teléfono ni correo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please give a name, even a nickname or initials, so you can recognise this later.</source>
        <translation>Escribe un nombre, aunque sea un apodo o unas iniciales, para que puedas reconocerlo más adelante.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a phone number yet. Use digits, spaces, dashes or brackets, with an optional + at the start (for example +1 555 0100).</source>
        <translation>Esto todavía no parece un número de teléfono. Usa cifras, espacios, guiones o paréntesis, con un + opcional al principio (por ejemplo +1 555 0100).</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like an email address yet (for example name@example.org).</source>
        <translation>Esto todavía no parece una dirección de correo electrónico (por ejemplo nombre@example.org).</translation>
    </message>
    <message>
        <source>The end date is before the start date. Please check both dates.</source>
        <translation>La fecha de fin es anterior a la de inicio. Revisa las dos fechas.</translation>
    </message>
    <message>
        <source>The grace period needs to be at least one minute.</source>
        <translation>El margen de espera tiene que ser de al menos un minuto.</translation>
    </message>
    <message>
        <source>The grace period can be at most 7 days (10,080 minutes).</source>
        <translation>El margen de espera puede ser como máximo de 7 días (10.080 minutos).</translation>
    </message>
    <message>
        <source>This points to an entry that no longer exists. Please choose another one.</source>
        <translation>Esto remite a una entrada que ya no existe. Elige otra.</translation>
    </message>
    <message>
        <source>This text is very long ({length:,} characters). Please keep it under {limit:,}.</source>
        <translation>Este texto es muy largo ({length:,} caracteres). Intenta que no pase de {limit:,}.</translation>
    </message>
    <message>
        <source>This text contains invisible control characters. Please retype it.</source>
        <translation>Este texto contiene caracteres de control invisibles. Vuelve a escribirlo.</translation>
    </message>
    <message>
        <source>Please describe the situation in a few words.</source>
        <translation>Describe la situación en pocas palabras.</translation>
    </message>
    <message>
        <source>Please write the commitment in your own words, or remove it.</source>
        <translation>Escribe el compromiso con tus propias palabras, o quítalo.</translation>
    </message>
    <message>
        <source>A withdrawal needs the entry it withdraws.</source>
        <translation>Una retirada necesita la entrada que retira.</translation>
    </message>
    <message>
        <source>Please choose the mandated contact to check in around.</source>
        <translation>Elige el contacto obligatorio alrededor del cual avisar.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>This workbook helps you build your No Contact safety plan, one page at a time. You can stop whenever you need to: everything you write is saved the moment you write it, and you can come back to any page later. Nothing here is ever sent anywhere.</source>
        <translation>Este cuaderno te ayuda a construir tu plan de seguridad de Contacto Cero, página a página. Puedes parar cuando lo necesites: todo lo que escribes se guarda en el momento, y puedes volver a cualquier página más tarde. Nada de aquí se envía nunca a ningún sitio.</translation>
    </message>
    <message>
        <source>The plan follows one simple rule: keep exactly the contact that is mandated, and calmly decline everything else. The pages ahead help you write down what is required of you, your own boundaries, the people you trust, and what you will do when something goes wrong.</source>
        <translation>El plan sigue una regla sencilla: mantener exactamente el contacto obligatorio y rechazar con calma todo lo demás. Las páginas siguientes te ayudan a anotar lo que se te exige, tus propios límites, las personas en quienes confías y lo que harás si algo sale mal.</translation>
    </message>
    <message>
        <source>Your plan is kept only on this computer, in this file:
{path}</source>
        <translation>Tu plan se guarda solo en este ordenador, en este archivo:
{path}</translation>
    </message>
    <message>
        <source>Your plan is kept only on this computer.</source>
        <translation>Tu plan se guarda solo en este ordenador.</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>Passphrase and quick-exit settings.</source>
        <translation>Frase de contraseña y salida rápida.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Plan wizard</source>
        <translation>Asistente del plan</translation>
    </message>
    <message>
        <source>Your safety plan, page by page.</source>
        <translation>Tu plan de seguridad, página a página.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; A&amp;trás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Termi&amp;nar</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Leave the wizard for the overview of all sections. Everything is kept.</source>
        <translation>Sal del asistente al resumen de todas las secciones. Todo se conserva.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Go to the previous page. Nothing is lost.</source>
        <translation>Ve a la página anterior. No se pierde nada.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Go to the next page. Nothing here has to be finished first.</source>
        <translation>Ve a la página siguiente. No hace falta terminar nada de aquí antes.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Close the wizard and show the overview.</source>
        <translation>Cierra el asistente y muestra el resumen.</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Workbook: check-in</source>
        <translation>Workbook: aviso</translation>
    </message>
    <message>
        <source>Workbook: appointment</source>
        <translation>Workbook: cita</translation>
    </message>
    <message>
        <source>Workbook: review</source>
        <translation>Workbook: revisión</translation>
    </message>
    <message>
        <source>Check in with {partner}</source>
        <translation>Avisar a {partner}</translation>
    </message>
    <message>
        <source>Mandated contact: {order}</source>
        <translation>Contacto obligatorio: {order}</translation>
    </message>
    <message>
        <source>Review my safety plan</source>
        <translation>Revisar mi plan de seguridad</translation>
    </message>
    <message>
        <source>Review of an order: {order}</source>
        <translation>Revisión de una orden: {order}</translation>
    </message>
    <message>
        <source>{which} has no structured times yet, so it is not in the calendar. Add its times on the Check-ins page.</source>
        <translation>{which} aún no tiene horas fijadas, así que no está en el calendario. Añade sus horas en la página de avisos.</translation>
    </message>
    <message>
        <source>{which} has no structured schedule yet, so it is not in the calendar (its review date is). Add its schedule on the Mandated contact page.</source>
        <translation>{which} aún no tiene un horario fijado, así que no está en el calendario (su fecha de revisión sí). Añade su horario en la página Contacto obligatorio.</translation>
    </message>
    <message>
        <source>{which}: the times are not complete ({problem}), so they are not in the calendar.</source>
        <translation>{which}: las horas no están completas ({problem}), así que no están en el calendario.</translation>
    </message>
    <message>
        <source>{which} happens around a mandated contact that has no schedule yet, so it is not in the calendar.</source>
        <translation>{which} ocurre alrededor de un contacto obligatorio que aún no tiene horario, así que no está en el calendario.</translation>
    </message>
    <message>
        <source>The check-ins of {which} are listed for the coming year, at most {count:,} of them; export the calendar again later for the ones after that.</source>
        <translation>Los avisos de {which} aparecen para el próximo año, como máximo {count:,}; vuelve a exportar el calendario más adelante para los siguientes.</translation>
    </message>
    <message>
        <source>my check-in partner</source>
        <translation>mi persona de aviso</translation>
    </message>
    <message>
        <source>Check-in agreement {number}</source>
        <translation>Acuerdo de aviso {number}</translation>
    </message>
    <message>
        <source>Mandated contact {number}</source>
        <translation>Contacto obligatorio {number}</translation>
    </message>
    <message>
        <source>The folder for the calendar does not exist. Please choose another.</source>
        <translation>La carpeta para el calendario no existe. Elige otra, por favor.</translation>
    </message>
    <message>
        <source>The calendar could not be saved there ({reason}). Please choose another folder.</source>
        <translation>No se pudo guardar ahí el calendario ({reason}). Elige otra carpeta, por favor.</translation>
    </message>
</context>
<context>
    <name>chain</name>
    <message>
        <source>Entry {number} was changed after it was written: its content no longer matches its hash.</source>
        <translation>La entrada {number} se cambió después de escribirse: su contenido ya no coincide con su hash.</translation>
    </message>
    <message>
        <source>Entry {number} does not follow the entry before it: an entry was removed, added or moved there.</source>
        <translation>La entrada {number} no sigue a la anterior: ahí se quitó, se añadió o se movió una entrada.</translation>
    </message>
    <message>
        <source>Entry {number} has no hash: it was not written by Workbook&apos;s log.</source>
        <translation>La entrada {number} no tiene hash: no la escribió el registro de Workbook.</translation>
    </message>
    <message>
        <source>Entry {number} corrects an entry that is not before it in the log.</source>
        <translation>La entrada {number} corrige una entrada que no está antes que ella en el registro.</translation>
    </message>
    <message>
        <source>Entry {number} corrects an entry that an earlier entry already corrected.</source>
        <translation>La entrada {number} corrige una entrada que ya corrigió otra anterior.</translation>
    </message>
    <message>
        <source>Entry {number} has the same id as an earlier entry.</source>
        <translation>La entrada {number} tiene el mismo identificador que una entrada anterior.</translation>
    </message>
    <message>
        <source>The log should end with entry {number}, but it does not: entries at its end were removed or changed.</source>
        <translation>El registro debería terminar en la entrada {number}, pero no es así: se quitaron o cambiaron entradas del final.</translation>
    </message>
    <message>
        <source>not written down yet</source>
        <translation>aún sin anotar</translation>
    </message>
    <message>
        <source>written before this record was kept</source>
        <translation>escrito antes de que se llevara este registro</translation>
    </message>
    <message>
        <source>written before the time it gives</source>
        <translation>escrito antes de la hora que indica</translation>
    </message>
    <message>
        <source>written at the time</source>
        <translation>escrito en el momento</translation>
    </message>
    <message numerus="yes">
        <source>written %n minutes after</source>
        <translation>
            <numerusform>escrito %n minuto después</numerusform>
            <numerusform>escrito %n minutos después</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>written %n hours after</source>
        <translation>
            <numerusform>escrito %n hora después</numerusform>
            <numerusform>escrito %n horas después</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>written %n days after</source>
        <translation>
            <numerusform>escrito %n día después</numerusform>
            <numerusform>escrito %n días después</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>written %n days after: long after the contact</source>
        <translation>
            <numerusform>escrito %n día después: mucho después del contacto</numerusform>
            <numerusform>escrito %n días después: mucho después del contacto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The Workbook app has the workbook in {folder} open (process {pid}). Please close it there first, then try again. Nothing was changed.</source>
        <translation>La aplicación Workbook tiene abierto el cuaderno de {folder} (proceso {pid}). Ciérrala allí primero y vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the plan to {out} (%n pages, {size}).</source>
        <translation>
            <numerusform>Se ha guardado el plan en {out} (%n página, {size}).</numerusform>
            <numerusform>Se ha guardado el plan en {out} (%n páginas, {size}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the plan for your lawyer to {out} (%n pages, {size}).</source>
        <translation>
            <numerusform>Se ha guardado el plan para tu abogada o abogado en {out} (%n página, {size}).</numerusform>
            <numerusform>Se ha guardado el plan para tu abogada o abogado en {out} (%n páginas, {size}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the plan for court to {out} (%n pages, {size}).</source>
        <translation>
            <numerusform>Se ha guardado el plan para el tribunal en {out} (%n página, {size}).</numerusform>
            <numerusform>Se ha guardado el plan para el tribunal en {out} (%n páginas, {size}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  It did not fit one page even in small type; it has %n pages.</source>
        <translation>
            <numerusform>  No cupo en una página ni con letra pequeña; tiene %n página.</numerusform>
            <numerusform>  No cupo en una página ni con letra pequeña; tiene %n páginas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n calendar events to {out}.</source>
        <translation>
            <numerusform>Se ha guardado %n evento de calendario en {out}.</numerusform>
            <numerusform>Se han guardado %n eventos de calendario en {out}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the card for {name} to {out} (%n pages).</source>
        <translation>
            <numerusform>Se ha guardado la tarjeta para {name} en {out} (%n página).</numerusform>
            <numerusform>Se ha guardado la tarjeta para {name} en {out} (%n páginas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path} has {count} problems, so nothing was imported:</source>
        <translation>
            <numerusform>{path} tiene {count} problema, así que no se ha importado nada:</numerusform>
            <numerusform>{path} tiene {count} problemas, así que no se ha importado nada:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and {count} more</source>
        <translation>
            <numerusform>y {count} más</numerusform>
            <numerusform>y {count} más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The contact log in {path} is intact: %n entries, each unchanged since written.</source>
        <translation>
            <numerusform>El registro de contactos de {path} está intacto: %n entrada, sin cambios desde que se escribió.</numerusform>
            <numerusform>El registro de contactos de {path} está intacto: %n entradas, cada una sin cambios desde que se escribió.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The contact log in the workbook in {folder} is intact: %n entries, each unchanged since written.</source>
        <translation>
            <numerusform>El registro de contactos del cuaderno de {folder} está intacto: %n entrada, sin cambios desde que se escribió.</numerusform>
            <numerusform>El registro de contactos del cuaderno de {folder} está intacto: %n entradas, cada una sin cambios desde que se escribió.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>{prog}: {message} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {message} (consulta &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>the folder that holds the workbook (default: ${env}, else your user data folder)</source>
        <translation>la carpeta que contiene el cuaderno (por defecto: ${env}, si no, tu carpeta de datos de usuario)</translation>
    </message>
    <message>
        <source>A private, offline workbook for a No Contact safety plan. Without a command it opens the workbook window.</source>
        <translation>Un cuaderno privado y sin conexión para un plan de seguridad de Contacto Cero. Sin ninguna orden, abre la ventana del cuaderno.</translation>
    </message>
    <message>
        <source>Everything stays on this computer; Workbook never uses the network.</source>
        <translation>Todo se queda en este ordenador; Workbook nunca usa la red.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <source>read the workbook&apos;s passphrase from the first line of FILE instead of asking for it (never give it on the command line or in the environment)</source>
        <translation>leer la contraseña del cuaderno de la primera línea de FILE en lugar de pedirla (nunca la des en la línea de órdenes ni en el entorno)</translation>
    </message>
    <message>
        <source>write a complete, fictional example plan to look around in</source>
        <translation>escribir un plan de ejemplo completo e inventado para echar un vistazo</translation>
    </message>
    <message>
        <source>Write a complete, fictional example plan into an empty workbook, to look around before typing in your own. It never overwrites a plan.</source>
        <translation>Escribe un plan de ejemplo completo e inventado en un cuaderno vacío, para echar un vistazo antes de escribir el tuyo. Nunca sobrescribe un plan.</translation>
    </message>
    <message>
        <source>save the plan, or a version of it for one reader, as a file</source>
        <translation>guardar el plan, o una versión para una persona lectora, como archivo</translation>
    </message>
    <message>
        <source>Save the plan to a file: the whole plan (JSON or PDF), or a PDF for your lawyer or for a court, a card for a check-in partner, or your calendar. The file is not encrypted, unless it is a PDF protected with --pdf-password-file.</source>
        <translation>Guarda el plan en un archivo: el plan completo (JSON o PDF), o un PDF para tu abogada o abogado o para un tribunal, una tarjeta para una persona de aviso, o tu calendario. El archivo no está cifrado, salvo que sea un PDF protegido con --pdf-password-file.</translation>
    </message>
    <message>
        <source>the file to write (with --for partner and no --partner: a folder, one card per check-in partner)</source>
        <translation>el archivo que se escribe (con --for partner y sin --partner: una carpeta, con una tarjeta por cada persona de aviso)</translation>
    </message>
    <message>
        <source>plan: everything (default); lawyer: leaves out code words, check-ins, safe places and what to take; court: also leaves out every address, trusted contacts&apos; details, backup plans and proxies&apos; notes; partner: a one-page card for a check-in partner; calendar: check-in times, mandated contact and review dates (.ics)</source>
        <translation>plan: todo (por defecto); lawyer: deja fuera las palabras clave, los avisos, los lugares seguros y lo que llevarte; court: deja fuera además todas las direcciones, los datos de las personas de confianza, los planes alternativos y las notas sobre intermediarios; partner: una tarjeta de una página para una persona de aviso; calendar: horas de aviso, contacto obligatorio y fechas de revisión (.ics)</translation>
    </message>
    <message>
        <source>with --for partner: the check-in partner&apos;s name as in the plan</source>
        <translation>con --for partner: el nombre de la persona de aviso tal como está en el plan</translation>
    </message>
    <message>
        <source>with --for calendar: name partners and orders in event titles (calendars sync to other devices; by default every title is neutral)</source>
        <translation>con --for calendar: nombrar a las personas de aviso y las órdenes en los títulos de los eventos (los calendarios se sincronizan con otros dispositivos; por defecto todos los títulos son neutros)</translation>
    </message>
    <message>
        <source>json (to move the plan or keep a copy) or pdf (to print); default: from the file name, else json</source>
        <translation>json (para mover el plan o guardar una copia) o pdf (para imprimir); por defecto: según el nombre del archivo, si no, json</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>sustituir FILE si ya existe</translation>
    </message>
    <message>
        <source>the PDF&apos;s paper size (default: from your locale)</source>
        <translation>el tamaño de papel del PDF (por defecto: según tu configuración regional)</translation>
    </message>
    <message>
        <source>protect the PDF with the password on the first line of FILE (a file, so the password stays out of the shell history)</source>
        <translation>proteger el PDF con la contraseña de la primera línea de FILE (un archivo, para que la contraseña no quede en el historial de la terminal)</translation>
    </message>
    <message>
        <source>load a plan from a JSON file made by &apos;workbook export&apos;</source>
        <translation>cargar un plan desde un archivo JSON hecho con &apos;workbook export&apos;</translation>
    </message>
    <message>
        <source>Load a plan from a JSON file. The whole file is checked first; if anything is wrong, every problem is listed and nothing is changed.</source>
        <translation>Carga un plan desde un archivo JSON. Primero se revisa el archivo entero; si algo está mal, se enumeran todos los problemas y no se cambia nada.</translation>
    </message>
    <message>
        <source>the JSON file to load</source>
        <translation>el archivo JSON que se carga</translation>
    </message>
    <message>
        <source>replace the plan already in the workbook (it is lost)</source>
        <translation>sustituir el plan que ya está en el cuaderno (se pierde)</translation>
    </message>
    <message>
        <source>check that the contact log was not changed, and print its latest hash</source>
        <translation>comprobar que el registro de contactos no se ha cambiado y mostrar su último hash</translation>
    </message>
    <message>
        <source>Check the contact log&apos;s hash chain (docs/record.md) in the workbook, or in a plan file made by &apos;workbook export&apos;. Prints the number of entries and the latest hash, or names the first entry that was changed, removed or moved (exit code 1).</source>
        <translation>Comprueba la cadena de hashes del registro de contactos (docs/record.md) en el cuaderno, o en un archivo de plan hecho con &apos;workbook export&apos;. Muestra el número de entradas y el último hash, o nombra la primera entrada que se cambió, se quitó o se movió (código de salida 1).</translation>
    </message>
    <message>
        <source>an exported plan file to check instead of the workbook</source>
        <translation>un archivo de plan exportado que comprobar en lugar del cuaderno</translation>
    </message>
    <message>
        <source>choose {first} or {second}</source>
        <translation>elige {first} o {second}</translation>
    </message>
    <message>
        <source>The folder {folder} could not be created ({reason}). Please choose another one with --data-dir.</source>
        <translation>No se pudo crear la carpeta {folder} ({reason}). Elige otra con --data-dir, por favor.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>Choose a passphrase for this workbook: </source>
        <translation>Elige una contraseña para este cuaderno: </translation>
    </message>
    <message>
        <source>Your recovery code opens the workbook if you ever forget the passphrase. It is shown only now: write it on paper, then clear this terminal.</source>
        <translation>Tu código de recuperación abre el cuaderno si alguna vez olvidas la contraseña. Solo se muestra ahora: apúntalo en un papel y después borra esta terminal.</translation>
    </message>
    <message>
        <source>The workbook in {folder} already holds a plan, so the example was not written and nothing was changed. To look at the example, give an empty folder, for example: workbook demo --data-dir ~/workbook-example</source>
        <translation>El cuaderno de {folder} ya contiene un plan, así que el ejemplo no se ha escrito y no se ha cambiado nada. Para ver el ejemplo, indica una carpeta vacía, por ejemplo: workbook demo --data-dir ~/workbook-example</translation>
    </message>
    <message>
        <source>Wrote a fictional example plan to {folder}.</source>
        <translation>Se ha escrito un plan de ejemplo inventado en {folder}.</translation>
    </message>
    <message>
        <source>Open it with: workbook --data-dir {folder}</source>
        <translation>Ábrelo con: workbook --data-dir {folder}</translation>
    </message>
    <message>
        <source>--for calendar writes an iCalendar file; leave out --format.</source>
        <translation>--for calendar escribe un archivo iCalendar; quita --format.</translation>
    </message>
    <message>
        <source>Only the whole plan (--for plan) can be saved as JSON.</source>
        <translation>Solo el plan completo (--for plan) se puede guardar como JSON.</translation>
    </message>
    <message>
        <source>The password file {path} could not be read.</source>
        <translation>No se pudo leer el archivo de la contraseña {path}.</translation>
    </message>
    <message>
        <source>The first line of {path} is empty; it should hold the password.</source>
        <translation>La primera línea de {path} está vacía; debería contener la contraseña.</translation>
    </message>
    <message>
        <source>--page-size and --pdf-password-file only apply to a PDF.</source>
        <translation>--page-size y --pdf-password-file solo sirven para un PDF.</translation>
    </message>
    <message>
        <source>--partner goes with --for partner.</source>
        <translation>--partner va con --for partner.</translation>
    </message>
    <message>
        <source>--calendar-names goes with --for calendar.</source>
        <translation>--calendar-names va con --for calendar.</translation>
    </message>
    <message>
        <source>{out} is a folder. Please give a file name, e.g. {example}</source>
        <translation>{out} es una carpeta. Indica un nombre de archivo, por ejemplo {example}</translation>
    </message>
    <message>
        <source>{out} already exists. Add --force to replace it.</source>
        <translation>{out} ya existe. Añade --force para sustituirlo.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Please create it first.</source>
        <translation>La carpeta {folder} no existe. Créala primero, por favor.</translation>
    </message>
    <message>
        <source>{out} could not be written ({reason}).</source>
        <translation>No se pudo escribir {out} ({reason}).</translation>
    </message>
    <message>
        <source>Saved the plan to {out}.</source>
        <translation>Se ha guardado el plan en {out}.</translation>
    </message>
    <message>
        <source>The PDF is protected with your password.</source>
        <translation>El PDF está protegido con tu contraseña.</translation>
    </message>
    <message>
        <source>The file is not encrypted: keep it somewhere only you can reach.</source>
        <translation>El archivo no está cifrado: guárdalo donde solo tú puedas llegar.</translation>
    </message>
    <message>
        <source>Character U+{code} in “{field}” on page {page} could not be drawn; it shows as �.</source>
        <translation>El carácter U+{code} de «{field}» en la página {page} no se pudo dibujar; aparece como �.</translation>
    </message>
    <message>
        <source>Character U+{code} in a text on page {page} could not be drawn; it shows as �.</source>
        <translation>El carácter U+{code} de un texto en la página {page} no se pudo dibujar; aparece como �.</translation>
    </message>
    <message>
        <source>{out} is a file. Give a folder for the cards, or add --partner NAME.</source>
        <translation>{out} es un archivo. Indica una carpeta para las tarjetas, o añade --partner NAME.</translation>
    </message>
    <message>
        <source>No trusted contact is the partner of a check-in agreement yet.</source>
        <translation>Todavía ninguna persona de confianza es la persona de aviso de un acuerdo de aviso.</translation>
    </message>
    <message>
        <source>Saved the card for {name} to {target}.</source>
        <translation>Se ha guardado la tarjeta para {name} en {target}.</translation>
    </message>
    <message>
        <source>Saved the card for a partner without a name to {target}.</source>
        <translation>Se ha guardado la tarjeta para una persona de aviso sin nombre en {target}.</translation>
    </message>
    <message>
        <source>Titles name people and orders: calendars sync to other devices.</source>
        <translation>Los títulos nombran a personas y órdenes: los calendarios se sincronizan con otros dispositivos.</translation>
    </message>
    <message>
        <source>Every title is neutral (“{title}”); nothing else is in the file.</source>
        <translation>Todos los títulos son neutros («{title}»); en el archivo no hay nada más.</translation>
    </message>
    <message>
        <source>No check-in partner is called {name}. Partners: {names}.</source>
        <translation>Ninguna persona de aviso se llama {name}. Personas de aviso: {names}.</translation>
    </message>
    <message>
        <source>No check-in partner is called {name}. There are no check-in partners yet.</source>
        <translation>Ninguna persona de aviso se llama {name}. Todavía no hay personas de aviso.</translation>
    </message>
    <message>
        <source>The file is not encrypted: give it to your partner and keep no other copy.</source>
        <translation>El archivo no está cifrado: dáselo a tu persona de aviso y no guardes ninguna otra copia.</translation>
    </message>
    <message>
        <source>There is no file {path}. Please check the name.</source>
        <translation>No hay ningún archivo {path}. Revisa el nombre, por favor.</translation>
    </message>
    <message>
        <source>{path} is a folder. Please give the plan file itself.</source>
        <translation>{path} es una carpeta. Indica el propio archivo del plan, por favor.</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation>No se pudo leer {path} ({reason}).</translation>
    </message>
    <message>
        <source>{path} is larger than {size} MB, far larger than any plan. Nothing was imported.</source>
        <translation>{path} ocupa más de {size} MB, mucho más que cualquier plan. No se ha importado nada.</translation>
    </message>
    <message>
        <source>The workbook in {folder} already holds a plan, so nothing was imported and nothing was changed. To replace that plan with the file, add --replace (the plan there now will be lost).</source>
        <translation>El cuaderno de {folder} ya contiene un plan, así que no se ha importado nada y no se ha cambiado nada. Para sustituir ese plan por el del archivo, añade --replace (el plan que hay ahora se perderá).</translation>
    </message>
    <message>
        <source>Imported the plan from {path} into {folder}.</source>
        <translation>Se ha importado el plan de {path} en {folder}.</translation>
    </message>
    <message>
        <source>{path} did not pass the check:</source>
        <translation>{path} no ha pasado la comprobación:</translation>
    </message>
    <message>
        <source>The contact log in {path} has no hashes: it was written before Workbook kept them, so there is nothing to check.</source>
        <translation>El registro de contactos de {path} no tiene hashes: se escribió antes de que Workbook los guardara, así que no hay nada que comprobar.</translation>
    </message>
    <message>
        <source>The contact log in {path} was altered. {problem}</source>
        <translation>El registro de contactos de {path} ha sido alterado. {problem}</translation>
    </message>
    <message>
        <source>The contact log in the workbook in {folder} was altered. {problem}</source>
        <translation>El registro de contactos del cuaderno de {folder} ha sido alterado. {problem}</translation>
    </message>
    <message>
        <source>{problem} (id {id})</source>
        <translation>{problem} (id {id})</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Latest hash in it now: {hash}</source>
        <translation>Último hash que contiene ahora: {hash}</translation>
    </message>
    <message>
        <source>(the log is empty)</source>
        <translation>(el registro está vacío)</translation>
    </message>
    <message>
        <source>Latest hash: {hash}</source>
        <translation>Último hash: {hash}</translation>
    </message>
    <message>
        <source>The passphrase file {path} could not be read.</source>
        <translation>No se pudo leer el archivo de la contraseña {path}.</translation>
    </message>
    <message>
        <source>This needs the workbook&apos;s passphrase. Run the command in a terminal to be asked for it, or give --passphrase-file FILE (a file only you can read).</source>
        <translation>Para esto hace falta la contraseña del cuaderno. Ejecuta la orden en una terminal para que se te pida, o da --passphrase-file FILE (un archivo que solo tú puedas leer).</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Escríbela otra vez: </translation>
    </message>
    <message>
        <source>The two passphrases were not the same. Nothing was changed.</source>
        <translation>Las dos contraseñas no eran iguales. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>when the workbook on disk is older than the newest version seen (a backup or an old copy put in its place, or its log lost), keep working with it; the files there now are kept aside, not deleted</source>
        <translation>cuando el cuaderno del disco es más antiguo que la versión más reciente vista (una copia de seguridad o una copia antigua puesta en su lugar, o su registro perdido), seguir trabajando con él; los archivos que hay ahora se apartan, no se borran</translation>
    </message>
    <message>
        <source>choose a new passphrase (the plan gets a new key)</source>
        <translation>elegir una contraseña nueva (el plan recibe una clave nueva)</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The plan is encrypted again under a new key, so no earlier copy of the key file opens it or its backups any more; your recovery code keeps working. The current passphrase comes from --passphrase-file, the new one from --new-passphrase-file; without them both are asked for in the terminal.</source>
        <translation>Elige una contraseña nueva. El plan se vuelve a cifrar con una clave nueva, así que ninguna copia anterior del archivo de claves lo abre ya, ni a sus copias de seguridad; tu código de recuperación sigue funcionando. La contraseña actual se lee de --passphrase-file y la nueva de --new-passphrase-file; sin ellos, las dos se piden en la terminal.</translation>
    </message>
    <message>
        <source>read the new passphrase from the first line of FILE</source>
        <translation>leer la contraseña nueva de la primera línea de FILE</translation>
    </message>
    <message>
        <source>make a new recovery code (the old one stops working)</source>
        <translation>crear un código de recuperación nuevo (el antiguo deja de funcionar)</translation>
    </message>
    <message>
        <source>Make a new recovery code and show it once. The plan is encrypted again under a new key, so the old code opens nothing any more, not even through an earlier copy of the key file. Your passphrase keeps working.</source>
        <translation>Crea un código de recuperación nuevo y lo muestra una vez. El plan se vuelve a cifrar con una clave nueva, así que el código antiguo ya no abre nada, ni siquiera a través de una copia anterior del archivo de claves. Tu contraseña sigue funcionando.</translation>
    </message>
    <message>
        <source>No workbook in {folder}. Please check the folder name, or give the right one with --data-dir. Nothing was created. (To make a new workbook, open the Workbook app or run &apos;workbook demo&apos; for an example.)</source>
        <translation>No hay ningún cuaderno en {folder}. Revisa el nombre de la carpeta, o indica la correcta con --data-dir. No se ha creado nada. (Para crear un cuaderno nuevo, abre la aplicación Workbook o ejecuta &apos;workbook demo&apos; para tener un ejemplo.)</translation>
    </message>
    <message>
        <source>{error}
To keep working with the copy on disk, run the command again with {option} (the files there now are kept aside, not deleted). To go back to the newest good backup instead, open the Workbook app.</source>
        <translation>{error}
Para seguir trabajando con la copia del disco, vuelve a ejecutar la orden con {option} (los archivos que hay ahora se apartan, no se borran). Para volver en cambio a la copia de seguridad buena más reciente, abre la aplicación Workbook.</translation>
    </message>
    <message>
        <source>Kept working with the older copy; the files that were there are kept as {name}.</source>
        <translation>Se sigue trabajando con la copia antigua; los archivos que había se guardan como {name}.</translation>
    </message>
    <message>
        <source>The new passphrase file {path} could not be read.</source>
        <translation>No se pudo leer el archivo de la contraseña nueva {path}.</translation>
    </message>
    <message>
        <source>The workbook in {folder} is not protected by a passphrase yet. Open it once (for example with &apos;workbook export&apos;) to set one.</source>
        <translation>El cuaderno de {folder} todavía no está protegido con una contraseña. Ábrelo una vez (por ejemplo con &apos;workbook export&apos;) para poner una.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Contraseña actual: </translation>
    </message>
    <message>
        <source>{error} Nothing was changed.</source>
        <translation>{error} No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Your new passphrase is set. No earlier copy of the key file opens this workbook or its backups any more. Copies of the workbook itself made before now still open with the key file that was beside them.</source>
        <translation>Tu nueva contraseña ya está puesta. Ninguna copia anterior del archivo de claves abre ya este cuaderno ni sus copias de seguridad. Las copias del propio cuaderno hechas antes de ahora siguen abriéndose con el archivo de claves que tenían al lado.</translation>
    </message>
    <message>
        <source>A new recovery code is set. No earlier copy of the key file opens this workbook or its backups any more. Copies of the workbook itself made before now still open with the key file that was beside them.</source>
        <translation>Ya hay un código de recuperación nuevo. Ninguna copia anterior del archivo de claves abre ya este cuaderno ni sus copias de seguridad. Las copias del propio cuaderno hechas antes de ahora siguen abriéndose con el archivo de claves que tenían al lado.</translation>
    </message>
    <message>
        <source>Your new recovery code opens the workbook if you ever forget the passphrase. It is shown only now: write it on paper, then clear this terminal. The old code no longer opens anything.</source>
        <translation>Tu nuevo código de recuperación abre el cuaderno si alguna vez olvidas la contraseña. Solo se muestra ahora: apúntalo en un papel y después borra esta terminal. El código antiguo ya no abre nada.</translation>
    </message>
    <message>
        <source>Please give the new passphrase in a file too, with --new-passphrase-file FILE.</source>
        <translation>Indica también la contraseña nueva en un archivo, con --new-passphrase-file FILE.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Contraseña nueva: </translation>
    </message>
</context>
<context>
    <name>compliance</name>
    <message>
        <source>Inside the order</source>
        <translation>Dentro de la orden</translation>
    </message>
    <message>
        <source>Outside any order</source>
        <translation>Fuera de toda orden</translation>
    </message>
    <message>
        <source>Inside? Topic not marked</source>
        <translation>¿Dentro? Tema sin marcar</translation>
    </message>
    <message>
        <source>Outside any order: it came through someone else.</source>
        <translation>Fuera de toda orden: llegó a través de otra persona.</translation>
    </message>
    <message>
        <source>Outside any order: none was in force that day.</source>
        <translation>Fuera de toda orden: ese día no había ninguna en vigor.</translation>
    </message>
    <message>
        <source>Outside any order: no order in force allows contact this way.</source>
        <translation>Fuera de toda orden: ninguna orden en vigor permite el contacto por este medio.</translation>
    </message>
    <message>
        <source>Outside any order: not at a time the order&apos;s schedule allows.</source>
        <translation>Fuera de toda orden: no fue en un momento que permita el horario de la orden.</translation>
    </message>
    <message>
        <source>Outside the order: the topic went beyond what it allows.</source>
        <translation>Fuera de la orden: el tema fue más allá de lo que permite.</translation>
    </message>
    <message>
        <source>Way and time fit the order; whether the topic stayed within it is not marked.</source>
        <translation>El medio y la hora encajan con la orden; no está marcado si el tema se mantuvo dentro.</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Dentro</translation>
    </message>
    <message>
        <source>Outside: through someone else</source>
        <translation>Fuera: a través de otra persona</translation>
    </message>
    <message>
        <source>Outside: no order that day</source>
        <translation>Fuera: ninguna orden ese día</translation>
    </message>
    <message>
        <source>Outside: not a way allowed</source>
        <translation>Fuera: medio no permitido</translation>
    </message>
    <message>
        <source>Outside: not at a set time</source>
        <translation>Fuera: fuera del horario</translation>
    </message>
    <message>
        <source>Outside: the topic</source>
        <translation>Fuera: el tema</translation>
    </message>
    <message>
        <source>Not sure: topic not marked</source>
        <translation>No se sabe: tema sin marcar</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>Sin responder.</translation>
    </message>
    <message>
        <source>Answered with my firm sentence.</source>
        <translation>Respondido con mi frase firme.</translation>
    </message>
    <message>
        <source>Forwarded to my lawyer.</source>
        <translation>Reenviado a mi abogado.</translation>
    </message>
    <message>
        <source>Answered as the order requires.</source>
        <translation>Respondido como exige la orden.</translation>
    </message>
    <message>
        <source>Answered some other way.</source>
        <translation>Respondido de otra manera.</translation>
    </message>
    <message>
        <source>Inside the order.</source>
        <translation>Dentro de la orden.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>Fuera</translation>
    </message>
    <message>
        <source>Through someone else</source>
        <translation>A través de otra persona</translation>
    </message>
    <message>
        <source>Outside: not answered</source>
        <translation>Fuera: sin responder</translation>
    </message>
    <message>
        <source>Outside: firm sentence</source>
        <translation>Fuera: frase firme</translation>
    </message>
    <message>
        <source>Outside: to my lawyer</source>
        <translation>Fuera: a mi abogado</translation>
    </message>
    <message>
        <source>Outside: other answer</source>
        <translation>Fuera: otra respuesta</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>The evidence folder could not be made there ({reason}).</source>
        <translation>No se pudo crear ahí la carpeta de pruebas ({reason}).</translation>
    </message>
    <message>
        <source>That folder already holds files. Please choose an empty folder for the evidence, so nothing from another export is mixed in.</source>
        <translation>Esa carpeta ya contiene archivos. Elige una carpeta vacía para las pruebas, para que no se mezcle nada de otra exportación.</translation>
    </message>
    <message>
        <source>Workbook may not read this file. Please copy it somewhere you can open it.</source>
        <translation>Workbook no tiene permiso para leer este archivo. Cópialo a algún sitio donde puedas abrirlo.</translation>
    </message>
    <message>
        <source>This file is no longer there. Please choose it again.</source>
        <translation>Este archivo ya no está ahí. Vuelve a elegirlo.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Please choose a file in it.</source>
        <translation>Esto es una carpeta, no un archivo. Elige un archivo de dentro.</translation>
    </message>
    <message>
        <source>This file could not be read ({reason}).</source>
        <translation>No se pudo leer este archivo ({reason}).</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not attached. Nothing was changed. Free some space, then attach it again.</source>
        <translation>El disco está lleno, así que no se adjuntó el archivo. No se ha cambiado nada. Libera algo de espacio y vuelve a adjuntarlo.</translation>
    </message>
    <message>
        <source>The file could not be stored ({reason}). Nothing was changed.</source>
        <translation>No se pudo guardar el archivo ({reason}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This is not an ordinary file, so it cannot be attached.</source>
        <translation>Este no es un archivo normal, así que no se puede adjuntar.</translation>
    </message>
    <message>
        <source>This file is empty (0 bytes), so there is nothing to attach.</source>
        <translation>Este archivo está vacío (0 bytes), así que no hay nada que adjuntar.</translation>
    </message>
    <message>
        <source>This file is too large to attach ({size:,} MB; the most is {limit:,} MB). Keep it somewhere safe and write where it is in the entry.</source>
        <translation>Este archivo es demasiado grande para adjuntarlo ({size:,} MB; el máximo es {limit:,} MB). Guárdalo en un lugar seguro y anota en la entrada dónde está.</translation>
    </message>
    <message>
        <source>This file changed while it was being read, so it was not attached. Wait until it is complete (for example a download or a recording), then attach it again.</source>
        <translation>Este archivo cambió mientras se leía, así que no se adjuntó. Espera a que esté completo (por ejemplo, una descarga o una grabación) y vuelve a adjuntarlo.</translation>
    </message>
    <message>
        <source>Attaching was stopped. Nothing was changed.</source>
        <translation>Se detuvo el adjunto. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This attachment&apos;s record is damaged, so its file cannot be found.</source>
        <translation>El registro de este adjunto está dañado, así que no se puede encontrar su archivo.</translation>
    </message>
    <message>
        <source>This evidence file is damaged or was changed outside Workbook, so it cannot be trusted. An older backup of the data folder may still have it.</source>
        <translation>Este archivo de prueba está dañado o se cambió fuera de Workbook, así que no es fiable. Puede que una copia de seguridad más antigua de la carpeta de datos aún lo tenga.</translation>
    </message>
    <message>
        <source>This evidence file is missing from the data folder. An older backup of the data folder may still have it.</source>
        <translation>Este archivo de prueba falta en la carpeta de datos. Puede que una copia de seguridad más antigua de la carpeta de datos aún lo tenga.</translation>
    </message>
    <message>
        <source>This file is too large to show here. Save a copy to look at it.</source>
        <translation>Este archivo es demasiado grande para mostrarlo aquí. Guarda una copia para verlo.</translation>
    </message>
    <message>
        <source>This evidence file does not match the hash written in the record, so it was not saved.</source>
        <translation>Este archivo de prueba no coincide con el hash anotado en el registro, así que no se guardó.</translation>
    </message>
</context>
<context>
    <name>partner card</name>
    <message>
        <source>This check-in partner is no longer in the plan.</source>
        <translation>Esta persona de aviso ya no está en el plan.</translation>
    </message>
    <message>
        <source>{name} has no check-in agreement yet. Add one on the Check-ins page, then make the card.</source>
        <translation>{name} aún no tiene ningún acuerdo de aviso. Añade uno en la página de avisos y después prepara la tarjeta.</translation>
    </message>
    <message>
        <source>This partner</source>
        <translation>Esta persona de aviso</translation>
    </message>
    <message>
        <source>Check-in card for {partner}</source>
        <translation>Tarjeta de aviso para {partner}</translation>
    </message>
    <message>
        <source>Check-in card</source>
        <translation>Tarjeta de aviso</translation>
    </message>
    <message>
        <source>Thank you for being my check-in partner. This card is for you alone: please keep it somewhere private.</source>
        <translation>Gracias por ser mi persona de aviso. Esta tarjeta es solo para ti: guárdala en un lugar privado, por favor.</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Sobre mí</translation>
    </message>
    <message>
        <source>(My name, phone and where I stay are not filled in yet.)</source>
        <translation>(Mi nombre, mi teléfono y dónde me quedo aún no están rellenados.)</translation>
    </message>
    <message>
        <source>Agreement {number}</source>
        <translation>Acuerdo {number}</translation>
    </message>
    <message>
        <source>When I check in</source>
        <translation>Cuándo aviso</translation>
    </message>
    <message>
        <source>If I say or write “{code}”, it means I am not safe, even if everything else I say sounds normal. Act at once, as below.</source>
        <translation>Si digo o escribo «{code}», significa que no estoy a salvo, aunque todo lo demás que diga suene normal. Actúa enseguida, como se indica abajo.</translation>
    </message>
    <message>
        <source>If I miss a check-in by more than {grace}, or use the code word</source>
        <translation>Si no aviso en más de {grace}, o uso la palabra clave</translation>
    </message>
    <message>
        <source>Call me. If you cannot reach me, call the emergency number.</source>
        <translation>Llámame. Si no me localizas, llama al número de emergencias.</translation>
    </message>
    <message>
        <source>Our code word</source>
        <translation>Nuestra palabra clave</translation>
    </message>
    <message>
        <source>Our own code word is “{code}”: if I use it with you, something is wrong.</source>
        <translation>Nuestra palabra clave es «{code}»: si la uso contigo, algo va mal.</translation>
    </message>
    <message>
        <source>In danger now</source>
        <translation>En peligro ahora</translation>
    </message>
    <message>
        <source>Call the emergency number: {number}.</source>
        <translation>Llama al número de emergencias: {number}.</translation>
    </message>
    <message>
        <source>Call the emergency number of the country you are in.</source>
        <translation>Llama al número de emergencias del país en el que estés.</translation>
    </message>
    <message>
        <source>Made {when} with Workbook.</source>
        <translation>Hecha el {when} con Workbook.</translation>
    </message>
    <message>
        <source>The folder for the card does not exist. Please choose another.</source>
        <translation>La carpeta para la tarjeta no existe. Elige otra, por favor.</translation>
    </message>
    <message>
        <source>The card could not be saved there ({reason}). Please choose another folder.</source>
        <translation>No se pudo guardar ahí la tarjeta ({reason}). Elige otra carpeta, por favor.</translation>
    </message>
</context>
<context>
    <name>pdf_log</name>
    <message>
        <source>a withdrawal</source>
        <translation>una retirada</translation>
    </message>
    <message>
        <source>a correction</source>
        <translation>una corrección</translation>
    </message>
    <message>
        <source>by {date} at the latest</source>
        <translation>como muy tarde el {date}</translation>
    </message>
    <message>
        <source>No. {n}</source>
        <translation>N.º {n}</translation>
    </message>
    <message>
        <source>Withdraws No. {n}</source>
        <translation>Retira el n.º {n}</translation>
    </message>
    <message>
        <source>Corrects No. {n}</source>
        <translation>Corrige el n.º {n}</translation>
    </message>
    <message>
        <source>Why: {note}</source>
        <translation>Por qué: {note}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Replaced by No. {n}</source>
        <translation>Sustituida por el n.º {n}</translation>
    </message>
    <message>
        <source>Hash {start}…</source>
        <translation>Hash {start}…</translation>
    </message>
    <message>
        <source>(withdrawn: as No. {n})</source>
        <translation>(retirada: como n.º {n})</translation>
    </message>
    <message>
        <source>Exhibit {numbers}</source>
        <translation>Anexo {numbers}</translation>
    </message>
    <message>
        <source>Exhibits {numbers}</source>
        <translation>Anexos {numbers}</translation>
    </message>
    <message>
        <source>In the record</source>
        <translation>En el registro</translation>
    </message>
    <message>
        <source>No. {n}, {when}</source>
        <translation>N.º {n}, {when}</translation>
    </message>
    <message>
        <source>Every entry in the order it was written down. Nothing in this log is ever changed or removed: a correction or a withdrawal is a further entry that names the one it replaces. How to check that with ordinary tools is at the end of this section.</source>
        <translation>Cada entrada en el orden en que se anotó. En este registro nunca se cambia ni se quita nada: una corrección o una retirada es una entrada más que nombra la que sustituye. Al final de esta sección se explica cómo comprobarlo con herramientas corrientes.</translation>
    </message>
    <message>
        <source>Checking this log</source>
        <translation>Cómo comprobar este registro</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Each entry carries a SHA-256 hash of its content, both of its times and the hash of the entry before it, so that every hash depends on every entry written before it. Changing, removing, adding or reordering any entry changes every hash after it, and the last one.</source>
        <translation>Cada entrada lleva un hash SHA-256 de su contenido, de sus dos horas y del hash de la entrada anterior, de modo que cada hash depende de todas las entradas escritas antes. Cambiar, quitar, añadir o reordenar cualquier entrada cambia todos los hashes posteriores, y también el último.</translation>
    </message>
    <message>
        <source>This log holds {entries}. Its latest hash, which stands for all of them, is:</source>
        <translation>Este registro contiene {entries}. Su último hash, que las representa a todas, es:</translation>
    </message>
    <message>
        <source>To check it: export the plan from Workbook as a JSON file (workbook export --out plan.json) and run: workbook verify plan.json. Or, without Workbook, for each entry of &quot;contact_log&quot; in order: take every member except &quot;entry_hash&quot; and every member whose value is empty (&quot;&quot;, [], null, false); write them as JSON with the keys sorted and no spaces, in UTF-8, characters outside ASCII as themselves; its SHA-256 (for example with sha256sum) must equal &quot;entry_hash&quot;, and &quot;previous_hash&quot; must equal the hash of the entry before it.</source>
        <translation>Para comprobarlo: exporta el plan desde Workbook como archivo JSON (workbook export --out plan.json) y ejecuta: workbook verify plan.json. O, sin Workbook, para cada entrada de &quot;contact_log&quot; en orden: toma todos los miembros excepto &quot;entry_hash&quot; y los que tengan un valor vacío (&quot;&quot;, [], null, false); escríbelos como JSON con las claves ordenadas y sin espacios, en UTF-8, con los caracteres fuera de ASCII tal cual; su SHA-256 (por ejemplo con sha256sum) debe ser igual a &quot;entry_hash&quot;, y &quot;previous_hash&quot; debe ser igual al hash de la entrada anterior.</translation>
    </message>
    <message>
        <source>In Python 3: json.dumps(entry, sort_keys=True, separators=(&apos;,&apos;, &apos;:&apos;), ensure_ascii=False).encode(&apos;utf-8&apos;) gives the bytes to hash with hashlib.sha256. The last entry&apos;s hash must be the one printed here.</source>
        <translation>En Python 3: json.dumps(entry, sort_keys=True, separators=(&apos;,&apos;, &apos;:&apos;), ensure_ascii=False).encode(&apos;utf-8&apos;) da los bytes que se pasan a hashlib.sha256. El hash de la última entrada debe ser el que aparece impreso aquí.</translation>
    </message>
    <message>
        <source>The hashes show that no entry was changed after it was written and in which order they were written. The times come from the clock of the computer the log was kept on.</source>
        <translation>Los hashes muestran que ninguna entrada se cambió después de escribirse y en qué orden se escribieron. Las horas vienen del reloj del ordenador en el que se llevó el registro.</translation>
    </message>
</context>
<context>
    <name>protection</name>
    <message>
        <source>Your workbook now has a new key. The old passphrase no longer opens it or its automatic backups, not even with an older copy of the key file. Your recovery code keeps working. What this cannot undo: a copy of the workbook folder taken before this change still opens with the old passphrase, wherever that copy is now.</source>
        <translation>Tu cuaderno tiene ahora una clave nueva. La contraseña antigua ya no lo abre, ni tampoco sus copias de seguridad automáticas, ni siquiera con una copia antigua del archivo de claves. Tu código de recuperación sigue funcionando. Lo que esto no puede deshacer: una copia de la carpeta del cuaderno hecha antes de este cambio todavía se abre con la contraseña antigua, esté donde esté esa copia.</translation>
    </message>
    <message>
        <source>Your workbook now has a new key: the old code no longer opens it or its automatic backups, not even with an older copy of the key file. What this cannot undo: a copy of the workbook folder taken before now still opens with the old code.</source>
        <translation>Tu cuaderno tiene ahora una clave nueva: el código antiguo ya no lo abre, ni tampoco sus copias de seguridad automáticas, ni siquiera con una copia antigua del archivo de claves. Lo que esto no puede deshacer: una copia de la carpeta del cuaderno hecha antes de ahora todavía se abre con el código antiguo.</translation>
    </message>
    <message>
        <source>Your workbook could not be opened again just now: please close Workbook and start it again.</source>
        <translation>Ahora mismo no se pudo volver a abrir tu cuaderno: cierra Workbook y vuelve a abrirlo, por favor.</translation>
    </message>
    <message>
        <source>Your new passphrase is set. Your workbook could not be opened again just now: please close Workbook and start it again.</source>
        <translation>Tu nueva contraseña ya está puesta. Ahora mismo no se pudo volver a abrir tu cuaderno: cierra Workbook y vuelve a abrirlo, por favor.</translation>
    </message>
    <message>
        <source>Quick exit: press {key} (on some laptops Fn + {key}) or the Quick exit button at any time, on any page, to hide Workbook at once. What you were typing is kept.</source>
        <translation>Salida rápida: pulsa {key} (en algunos portátiles Fn + {key}) o el botón Salida rápida en cualquier momento y en cualquier página para ocultar Workbook al instante. Lo que estabas escribiendo se conserva.</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Lock after this long without use</source>
        <translation>Bloquear tras este tiempo sin usarlo</translation>
    </message>
    <message>
        <source>Also lock when the screen locks or the computer sleeps</source>
        <translation>Bloquear también cuando se bloquee la pantalla o el ordenador entre en reposo</translation>
    </message>
    <message>
        <source>After a quick exit, keep Workbook running (locked) instead of closing it</source>
        <translation>Tras una salida rápida, mantener Workbook abierto (bloqueado) en lugar de cerrarlo</translation>
    </message>
    <message>
        <source>Lock after this long without use:</source>
        <translation>Bloquear tras este tiempo sin usarlo:</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Cambiar la contraseña…</translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation>Nuevo código de recuperación…</translation>
    </message>
    <message>
        <source>What this protects…</source>
        <translation>Qué protege esto…</translation>
    </message>
    <message>
        <source>Wipe everything…</source>
        <translation>Borrarlo todo…</translation>
    </message>
    <message>
        <source>What Workbook protects and what it cannot</source>
        <translation>Lo que Workbook protege y lo que no puede proteger</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>What Workbook protects, and what it cannot</source>
        <translation>Lo que Workbook protege, y lo que no puede proteger</translation>
    </message>
    <message>
        <source>Everything is wiped. Workbook will close now.</source>
        <translation>Todo se ha borrado. Workbook se cerrará ahora.</translation>
    </message>
    <message>
        <source>Your workbook is wiped. Workbook will close now.</source>
        <translation>Tu cuaderno se ha borrado. Workbook se cerrará ahora.</translation>
    </message>
    <message>
        <source>Some files in the folder were not made by Workbook and were left alone: {files}</source>
        <translation>Algunos archivos de la carpeta no los creó Workbook y se han dejado como estaban: {files}</translation>
    </message>
    <message>
        <source>Your keys are destroyed, so nothing can be read back.</source>
        <translation>Tus claves se han destruido, así que ya no se puede leer nada.</translation>
    </message>
    <message>
        <source>A few files could not be removed; you can delete them yourself: {files}</source>
        <translation>No se pudieron quitar algunos archivos; puedes borrarlos tú: {files}</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Contraseña actual:</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Un momento…</translation>
    </message>
    <message>
        <source>Giving your workbook its new key…</source>
        <translation>Dando a tu cuaderno su nueva clave…</translation>
    </message>
    <message>
        <source>That did not work just now. Nothing was changed; please try again.</source>
        <translation>Ahora mismo no ha funcionado. No se ha cambiado nada; vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>Cambia tu contraseña</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Contraseña nueva:</translation>
    </message>
    <message>
        <source>Your workbook is given a new key and copied under it (a few seconds for a long contact log). Your recovery code keeps working.</source>
        <translation>Tu cuaderno recibe una clave nueva y se copia con ella (unos segundos si el registro de contactos es largo). Tu código de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Write down your new recovery code</source>
        <translation>Tu contraseña ha cambiado. Apunta tu nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Your key file was made by an earlier version of Workbook, so your recovery code had to be replaced too: the old code no longer opens this workbook. The new one is shown only this once.</source>
        <translation>Tu archivo de claves lo creó una versión anterior de Workbook, así que también hubo que cambiar tu código de recuperación: el código antiguo ya no abre este cuaderno. El nuevo se muestra solo esta vez.</translation>
    </message>
    <message>
        <source>Your new passphrase is set.</source>
        <translation>Tu nueva contraseña ya está puesta.</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Crear un código de recuperación nuevo</translation>
    </message>
    <message>
        <source>The new code replaces the old one, and your workbook is given a new key. Use this if you lost the paper, or someone else may have seen it.</source>
        <translation>El código nuevo sustituye al antiguo y tu cuaderno recibe una clave nueva. Úsalo si perdiste el papel o si alguien más ha podido verlo.</translation>
    </message>
    <message>
        <source>Write down your new recovery code</source>
        <translation>Apunta tu nuevo código de recuperación</translation>
    </message>
    <message>
        <source>It is shown only this once.</source>
        <translation>Solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>Workbook is already open with this workbook.</source>
        <translation>Workbook ya está abierto con este cuaderno.</translation>
    </message>
    <message>
        <source>It did not come forward when asked. Look for it on the taskbar or in the window list: it may be minimised or locked. Only one Workbook can have a workbook open at a time, so that neither saves an older copy of an entry over a newer one.</source>
        <translation>No pasó al frente cuando se le pidió. Búscalo en la barra de tareas o en la lista de ventanas: puede estar minimizado o bloqueado. Solo un Workbook puede tener abierto un cuaderno a la vez, para que ninguno guarde una copia antigua de una entrada encima de una más nueva.</translation>
    </message>
    <message>
        <source>Your workbook could not be protected just now.</source>
        <translation>Ahora mismo no se pudo proteger tu cuaderno.</translation>
    </message>
    <message>
        <source>Nothing in it was changed. Please check that the disk is not full and try again.</source>
        <translation>No se ha cambiado nada de su contenido. Comprueba que el disco no esté lleno y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this workbook. Please check that Caps Lock is off and try again. There is no limit on how many times you can try.</source>
        <translation>Esa contraseña no abre este cuaderno. Comprueba que el bloqueo de mayúsculas esté desactivado y vuelve a intentarlo. Puedes intentarlo tantas veces como quieras.</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this workbook. Please check each group of four and try again.</source>
        <translation>Ese código de recuperación no abre este cuaderno. Revisa cada grupo de cuatro y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your workbook is open. Please choose a new passphrase now, so you won&apos;t need the recovery code next time. Your recovery code keeps working too.</source>
        <translation>Tu cuaderno está abierto. Elige ahora una contraseña nueva, para no necesitar el código de recuperación la próxima vez. Tu código de recuperación también sigue funcionando.</translation>
    </message>
    <message>
        <source>{key} hides Workbook at once.</source>
        <translation>{key} oculta Workbook al instante.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation>He olvidado mi contraseña</translation>
    </message>
    <message>
        <source>Workbook is locked</source>
        <translation>Workbook está bloqueado</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <source>Please type your passphrase to open your workbook.</source>
        <translation>Escribe tu contraseña para abrir tu cuaderno.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Open with the code</source>
        <translation>Abrir con el código</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Volver a la contraseña</translation>
    </message>
    <message>
        <source>Open with your recovery code</source>
        <translation>Abrir con tu código de recuperación</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you set up Workbook. Spaces, dashes and small or capital letters don&apos;t matter.</source>
        <translation>Escribe el código de recuperación que apuntaste al configurar Workbook. No importan los espacios, los guiones ni las mayúsculas o minúsculas.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Contraseña nueva otra vez</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Fuerza de la contraseña</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Escríbela otra vez:</translation>
    </message>
    <message>
        <source>{verdict}. {advice}</source>
        <translation>{verdict}. {advice}</translation>
    </message>
    <message>
        <source>No passphrase typed yet</source>
        <translation>Todavía no has escrito ninguna contraseña</translation>
    </message>
    <message>
        <source>Both match.</source>
        <translation>Las dos coinciden.</translation>
    </message>
    <message>
        <source>The two don&apos;t match yet. Take your time; check each one with “Show what I type” if no one is around.</source>
        <translation>Las dos todavía no coinciden. Tómate tu tiempo; revisa cada una con «Mostrar lo que escribo» si no hay nadie cerca.</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Usar esta contraseña</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Elige una contraseña nueva</translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation>Escribe primero tu contraseña, por favor.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Something went wrong while opening. Please try again.</source>
        <translation>Algo salió mal al abrir. Vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>Saving your new passphrase…</source>
        <translation>Guardando tu nueva contraseña…</translation>
    </message>
    <message>
        <source>The new passphrase could not be saved. Your recovery code still works.</source>
        <translation>No se pudo guardar la nueva contraseña. Tu código de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Ya lo he apuntado</translation>
    </message>
    <message>
        <source>wipe everything</source>
        <translation>borrar todo</translation>
    </message>
    <message numerus="yes">
        <source>Wiping everything in %n seconds…</source>
        <translation>
            <numerusform>Se borrará todo en %n segundo…</numerusform>
            <numerusform>Se borrará todo en %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <source>This destroys your whole workbook on this computer: your plan, every draft, the settings and the automatic backups. The key that unlocks them is destroyed first, so nothing can be read back afterwards — not with your passphrase, not with your recovery code, not by anyone. It cannot be undone.

Files you exported or printed are not touched; delete those yourself if you need to. If you may want your plan later, export it first and keep the file somewhere safe.</source>
        <translation>Esto destruye todo tu cuaderno en este ordenador: tu plan, cada borrador, los ajustes y las copias de seguridad automáticas. Primero se destruye la clave que los abre, así que después no se puede leer nada: ni con tu contraseña, ni con tu código de recuperación, ni por nadie. No se puede deshacer.

Los archivos que exportaste o imprimiste no se tocan; bórralos tú si lo necesitas. Si es posible que más adelante quieras tu plan, expórtalo antes y guarda el archivo en un lugar seguro.</translation>
    </message>
    <message>
        <source>Type {words} to confirm</source>
        <translation>Escribe {words} para confirmar</translation>
    </message>
    <message>
        <source>Wipe everything</source>
        <translation>Borrarlo todo</translation>
    </message>
    <message>
        <source>Keep my workbook</source>
        <translation>Conservar mi cuaderno</translation>
    </message>
    <message>
        <source>Wipe everything?</source>
        <translation>¿Borrarlo todo?</translation>
    </message>
    <message>
        <source>To go ahead, type  &lt;b&gt;{words}&lt;/b&gt;  below:</source>
        <translation>Para seguir, escribe  &lt;b&gt;{words}&lt;/b&gt;  aquí debajo:</translation>
    </message>
    <message>
        <source>To go ahead, type {words} below</source>
        <translation>Para seguir, escribe {words} aquí debajo</translation>
    </message>
    <message>
        <source>Stop — keep my workbook</source>
        <translation>Detener — conservar mi cuaderno</translation>
    </message>
    <message>
        <source>Nothing has been deleted yet. To stop it, press Stop or Escape.</source>
        <translation>Todavía no se ha borrado nada. Para detenerlo, pulsa Detener o Escape.</translation>
    </message>
    <message>
        <source>Wiping…</source>
        <translation>Borrando…</translation>
    </message>
    <message>
        <source>This copy of your workbook is older than the one last seen here.</source>
        <translation>Esta copia de tu cuaderno es más antigua que la última que se vio aquí.</translation>
    </message>
    <message>
        <source>Workbook cannot confirm that this is the newest copy of your workbook.</source>
        <translation>Workbook no puede confirmar que esta sea la copia más reciente de tu cuaderno.</translation>
    </message>
    <message>
        <source>Open the &amp;newest good backup</source>
        <translation>Abrir la copia de seguridad buena más &amp;reciente</translation>
    </message>
    <message>
        <source>Open this &amp;older copy anyway</source>
        <translation>Abrir esta copia &amp;antigua de todos modos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>It holds your plan as it was when the backup was made, on {when}. The copy that was in its place has been kept in the data folder, with a date in its name; nothing was deleted.</source>
        <translation>Contiene tu plan tal como estaba cuando se hizo la copia de seguridad, el {when}. La copia que estaba en su lugar se ha guardado en la carpeta de datos, con una fecha en su nombre; no se ha borrado nada.</translation>
    </message>
    <message>
        <source>It holds your plan as it was when the backup was made. The copy that was in its place has been kept in the data folder, with a date in its name; nothing was deleted.</source>
        <translation>Contiene tu plan tal como estaba cuando se hizo la copia de seguridad. La copia que estaba en su lugar se ha guardado en la carpeta de datos, con una fecha en su nombre; no se ha borrado nada.</translation>
    </message>
    <message>
        <source>Your workbook was restored from the newest good backup.</source>
        <translation>Tu cuaderno se ha restaurado desde la copia de seguridad buena más reciente.</translation>
    </message>
    <message>
        <source>Your workbook is open as it is in this older copy.</source>
        <translation>Tu cuaderno está abierto tal como está en esta copia antigua.</translation>
    </message>
    <message>
        <source>Changes made after this copy was taken are not in it. From now on it counts as the newest copy. The files that were in the folder have been kept there, with a date in their name; nothing was deleted.</source>
        <translation>Los cambios hechos después de esta copia no están en ella. A partir de ahora cuenta como la copia más reciente. Los archivos que había en la carpeta se han quedado allí, con una fecha en su nombre; no se ha borrado nada.</translation>
    </message>
    <message>
        <source>Your workbook could not be opened.</source>
        <translation>No se pudo abrir tu cuaderno.</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Workbook ran into an unexpected problem. Nothing you typed is shown here.</source>
        <translation>Workbook ha tenido un problema inesperado. Aquí no se muestra nada de lo que escribiste.</translation>
    </message>
    <message>
        <source>Kind of problem: {kind}</source>
        <translation>Tipo de problema: {kind}</translation>
    </message>
    <message>
        <source>Quick exit ({key})</source>
        <translation>Salida rápida ({key})</translation>
    </message>
    <message>
        <source>Hide Workbook at once ({key}). What you were typing is kept.</source>
        <translation>Oculta Workbook al instante ({key}). Lo que estabas escribiendo se conserva.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Hides Workbook at once. Shortcut {key}.</source>
        <translation>Oculta Workbook al instante. Atajo: {key}.</translation>
    </message>
    <message>
        <source>Workbook keeps everything on this computer. It never uses the internet.</source>
        <translation>Workbook guarda todo en este ordenador. Nunca usa internet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What your passphrase protects.&lt;/b&gt; Everything you write is locked with a passphrase you choose. Someone who picks up this computer, copies its files or takes out the disk cannot read your plan without it.</source>
        <translation>&lt;b&gt;Lo que protege tu contraseña.&lt;/b&gt; Todo lo que escribes queda cerrado con una contraseña que eliges tú. Quien coja este ordenador, copie sus archivos o saque el disco no puede leer tu plan sin ella.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it cannot protect against.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contra lo que no puede proteger.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spying software&lt;/b&gt; (“stalkerware”). If the other person ever had this computer in their hands, set it up for you, or knows your account password, they may have installed a program that records what you type or what is on the screen. No app can hide from that. If you are not sure, use a device they have never touched, for example a library computer or a new phone or laptop.</source>
        <translation>&lt;b&gt;Programas espía&lt;/b&gt; («stalkerware»). Si la otra persona ha tenido alguna vez este ordenador en sus manos, te lo configuró o conoce la contraseña de tu cuenta, puede haber instalado un programa que registre lo que escribes o lo que aparece en la pantalla. Ninguna aplicación puede esconderse de eso. Si tienes dudas, usa un dispositivo que nunca haya tocado, por ejemplo un ordenador de una biblioteca o un teléfono o portátil nuevo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone watching the screen&lt;/b&gt; while the workbook is open. Press &lt;b&gt;{key}&lt;/b&gt; or the &lt;b&gt;Quick exit&lt;/b&gt; button to hide it at once. It also locks itself when you leave it alone for a few minutes.</source>
        <translation>&lt;b&gt;Alguien que mire la pantalla&lt;/b&gt; mientras el cuaderno está abierto. Pulsa &lt;b&gt;{key}&lt;/b&gt; o el botón &lt;b&gt;Salida rápida&lt;/b&gt; para ocultarlo al instante. También se bloquea solo cuando lo dejas sin usar unos minutos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copies the computer makes by itself&lt;/b&gt;, which Workbook cannot remove: memory written to the disk (swap, hibernation), screenshots, thumbnails and “recent files” lists for files you export or print, and backups of this computer.</source>
        <translation>&lt;b&gt;Copias que el ordenador hace por su cuenta&lt;/b&gt;, que Workbook no puede quitar: la memoria escrita en el disco (intercambio o «swap», hibernación), capturas de pantalla, miniaturas y listas de «archivos recientes» de los archivos que exportas o imprimes, y las copias de seguridad de este ordenador.</translation>
    </message>
    <message>
        <source>&lt;b&gt;On a shared computer&lt;/b&gt; other people can see that Workbook is installed, but not what is in it. Exported files and printouts are not locked: keep them where only you can reach them.</source>
        <translation>&lt;b&gt;En un ordenador compartido&lt;/b&gt; otras personas pueden ver que Workbook está instalado, pero no lo que contiene. Los archivos exportados y las copias impresas no están protegidos con contraseña: guárdalos donde solo tú puedas llegar a ellos.</translation>
    </message>
    <message>
        <source>You will type this passphrase each time you open Workbook. A few ordinary words in a row, like a short odd sentence only you would think of, are easier to remember and harder to guess than a short password full of symbols. Avoid anything the other person knows or could guess: birthdays, pet names, passwords you have used before. If you ever forget it, the recovery code on the next page opens your workbook instead.</source>
        <translation>Escribirás esta contraseña cada vez que abras Workbook. Unas cuantas palabras corrientes seguidas, como una frase corta y rara que solo se te ocurriría a ti, son más fáciles de recordar y más difíciles de adivinar que una clave corta llena de símbolos. Evita todo lo que la otra persona sepa o pueda adivinar: cumpleaños, nombres de mascotas, claves que ya hayas usado. Si alguna vez la olvidas, el código de recuperación de la página siguiente abre tu cuaderno en su lugar.</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens your workbook instead. It is shown only this once.</source>
        <translation>Si alguna vez olvidas tu contraseña, este código abre tu cuaderno en su lugar. Solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>Write it on paper by hand, and keep the paper where the other person cannot reach it: with someone you trust, with your lawyer, or in a place only you know. Please don&apos;t photograph it, save it in a file or email it to yourself — copies on a phone or computer are easier to find. Letters and digits that look alike (O and 0, I and 1) are treated the same, so you can&apos;t get those wrong.</source>
        <translation>Escríbelo a mano en un papel y guarda el papel donde la otra persona no pueda llegar: con alguien de confianza, con tu abogada o abogado, o en un sitio que solo tú conozcas. Por favor, no le hagas una foto, no lo guardes en un archivo ni te lo envíes por correo: las copias en un teléfono o un ordenador son más fáciles de encontrar. Las letras y cifras que se parecen (O y 0, I y 1) cuentan como iguales, así que no puedes equivocarte con ellas.</translation>
    </message>
    <message>
        <source>Recovery code: {code}</source>
        <translation>Código de recuperación: {code}</translation>
    </message>
    <message>
        <source>Before you start: keeping your workbook private</source>
        <translation>Antes de empezar: mantener tu cuaderno en privado</translation>
    </message>
    <message>
        <source>Scroll with the arrow keys to read all of it.</source>
        <translation>Desplázate con las teclas de flecha para leerlo todo.</translation>
    </message>
    <message>
        <source>I understand — continue</source>
        <translation>Lo entiendo — continuar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elige una contraseña</translation>
    </message>
    <message>
        <source>I have written the code down and put it somewhere safe</source>
        <translation>He apuntado el código y lo he guardado en un lugar seguro</translation>
    </message>
    <message>
        <source>Open my workbook</source>
        <translation>Abrir mi cuaderno</translation>
    </message>
    <message>
        <source>Write down your recovery code</source>
        <translation>Apunta tu código de recuperación</translation>
    </message>
    <message>
        <source>Setting up your workbook…</source>
        <translation>Preparando tu cuaderno…</translation>
    </message>
    <message>
        <source>Your workbook could not be set up because its folder could not be written. Please check that the disk is not full.</source>
        <translation>No se pudo preparar tu cuaderno porque no se pudo escribir en su carpeta. Comprueba que el disco no esté lleno, por favor.</translation>
    </message>
    <message>
        <source>Something went wrong while setting up. Please try again.</source>
        <translation>Algo salió mal al preparar el cuaderno. Vuelve a intentarlo, por favor.</translation>
    </message>
    <message numerus="yes">
        <source>Please use at least %n characters — a few ordinary words in a row work well.</source>
        <translation>
            <numerusform>Usa al menos %n carácter — unas cuantas palabras corrientes seguidas funcionan bien.</numerusform>
            <numerusform>Usa al menos %n caracteres — unas cuantas palabras corrientes seguidas funcionan bien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Demasiado corta</translation>
    </message>
    <message>
        <source>Too easy to guess</source>
        <translation>Demasiado fácil de adivinar</translation>
    </message>
    <message>
        <source>This is one of the passphrases people try first. Try three or four ordinary words that mean something only to you.</source>
        <translation>Es una de las contraseñas que se prueban primero. Prueba con tres o cuatro palabras corrientes que solo signifiquen algo para ti.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Someone with time could guess this. Adding another word or two helps most.</source>
        <translation>Alguien con tiempo podría adivinarla. Lo que más ayuda es añadir una o dos palabras más.</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good start. One more word would make it much harder to guess.</source>
        <translation>Buen comienzo. Una palabra más la haría mucho más difícil de adivinar.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Hard to guess. Make sure you can remember it.</source>
        <translation>Difícil de adivinar. Asegúrate de poder recordarla.</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very hard to guess. Make sure you can remember it.</source>
        <translation>Muy difícil de adivinar. Asegúrate de poder recordarla.</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Workbook: something is due</source>
        <translation>Workbook: hay algo pendiente</translation>
    </message>
    <message>
        <source>your check-in partner</source>
        <translation>tu persona de aviso</translation>
    </message>
    <message>
        <source>Check in with {partner}: due at {time}.</source>
        <translation>Avisa a {partner}: a las {time}.</translation>
    </message>
    <message>
        <source>The check-in with {partner} at {time} was missed. If you are safe, let them know now.</source>
        <translation>El aviso a {partner} de las {time} no se hizo. Si estás a salvo, házselo saber ahora.</translation>
    </message>
    <message>
        <source>Mandated contact tomorrow at {time} ({who}).</source>
        <translation>Contacto obligatorio mañana a las {time} ({who}).</translation>
    </message>
    <message>
        <source>Mandated contact tomorrow at {time}.</source>
        <translation>Contacto obligatorio mañana a las {time}.</translation>
    </message>
    <message>
        <source>The review date of your plan ({day}) has passed.</source>
        <translation>Ha pasado la fecha de revisión de tu plan ({day}).</translation>
    </message>
    <message>
        <source>The review date of an order ({day}) has passed.</source>
        <translation>Ha pasado la fecha de revisión de una orden ({day}).</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>On these dates</source>
        <translation>En estas fechas</translation>
    </message>
    <message>
        <source>Before and after a mandated contact</source>
        <translation>Antes y después de un contacto obligatorio</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Please add at least one time of day, or tick “All day”.</source>
        <translation>Añade al menos una hora del día, o marca «Todo el día».</translation>
    </message>
    <message>
        <source>That is more times a day than Workbook can keep ({count:,}). Please keep it to {limit} or fewer; the note can say more.</source>
        <translation>Son más horas al día de las que Workbook puede guardar ({count:,}). Deja {limit} o menos; la nota puede decir más.</translation>
    </message>
    <message>
        <source>The same time is listed twice.</source>
        <translation>La misma hora aparece dos veces.</translation>
    </message>
    <message>
        <source>Times are kept to the minute, without seconds or a time zone.</source>
        <translation>Las horas se guardan al minuto, sin segundos ni zona horaria.</translation>
    </message>
    <message>
        <source>The last day is before the first day. Please check both dates.</source>
        <translation>El último día es anterior al primero. Revisa las dos fechas, por favor.</translation>
    </message>
    <message>
        <source>How long it lasts can be from 0 minutes up to a whole day (1,440 minutes).</source>
        <translation>La duración puede ir de 0 minutos a un día entero (1440 minutos).</translation>
    </message>
    <message>
        <source>Minutes before or after can be from 0 up to a whole day (1,440 minutes).</source>
        <translation>Los minutos antes o después pueden ir de 0 a un día entero (1440 minutos).</translation>
    </message>
    <message>
        <source>Please say how many minutes before, or after, the contact you check in.</source>
        <translation>Indica cuántos minutos antes o después del contacto avisas.</translation>
    </message>
    <message>
        <source>“Before and after a mandated contact” is for check-ins only.</source>
        <translation>«Antes y después de un contacto obligatorio» es solo para avisos.</translation>
    </message>
    <message>
        <source>Please tick at least one day of the week.</source>
        <translation>Marca al menos un día de la semana.</translation>
    </message>
    <message>
        <source>A day of the week is not one Workbook knows.</source>
        <translation>Hay un día de la semana que Workbook no conoce.</translation>
    </message>
    <message>
        <source>Please give the first day, so Workbook knows which weeks count.</source>
        <translation>Indica el primer día, para que Workbook sepa qué semanas cuentan.</translation>
    </message>
    <message>
        <source>Please give the day it happens.</source>
        <translation>Indica el día en que ocurre.</translation>
    </message>
    <message>
        <source>Please give the days of the month as numbers from 1 to 31 (or “last”).</source>
        <translation>Escribe los días del mes como números del 1 al 31 (o «último»).</translation>
    </message>
    <message>
        <source>Please add at least one date.</source>
        <translation>Añade al menos una fecha.</translation>
    </message>
    <message>
        <source>That is more dates than Workbook can keep ({count:,}); please keep it to {limit}.</source>
        <translation>Son más fechas de las que Workbook puede guardar ({count:,}); deja {limit} como máximo.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{before} before and {after} after each mandated contact</source>
        <translation>{before} antes y {after} después de cada contacto obligatorio</translation>
    </message>
    <message>
        <source>{before} before each mandated contact</source>
        <translation>{before} antes de cada contacto obligatorio</translation>
    </message>
    <message>
        <source>{after} after each mandated contact</source>
        <translation>{after} después de cada contacto obligatorio</translation>
    </message>
    <message>
        <source>{days}, all day</source>
        <translation>{days}, todo el día</translation>
    </message>
    <message numerus="yes">
        <source>{times} and %n more times</source>
        <translation>
            <numerusform>{times} y %n hora más</numerusform>
            <numerusform>{times} y %n horas más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On {dates} and %n more dates</source>
        <translation>
            <numerusform>El {dates} y %n fecha más</numerusform>
            <numerusform>El {dates} y %n fechas más</numerusform>
        </translation>
    </message>
    <message>
        <source>{days} at {times} for {duration}</source>
        <translation>{days} a las {times} durante {duration}</translation>
    </message>
    <message>
        <source>{days} at {times}</source>
        <translation>{days} a las {times}</translation>
    </message>
    <message>
        <source>Every {days}</source>
        <translation>Cada {days}</translation>
    </message>
    <message>
        <source>Every other {days}</source>
        <translation>Cada dos semanas: {days}</translation>
    </message>
    <message>
        <source>Every month on day {days}</source>
        <translation>Cada mes el día {days}</translation>
    </message>
    <message>
        <source>Every month on the last day</source>
        <translation>Cada mes el último día</translation>
    </message>
    <message>
        <source>Every month on day {days} and on the last day</source>
        <translation>Cada mes el día {days} y el último día</translation>
    </message>
    <message>
        <source>On {dates}</source>
        <translation>El {dates}</translation>
    </message>
    <message>
        <source>, on {start}</source>
        <translation>, el {start}</translation>
    </message>
    <message>
        <source>, from {start} to {end}</source>
        <translation>, del {start} al {end}</translation>
    </message>
    <message>
        <source>, from {start}</source>
        <translation>, desde el {start}</translation>
    </message>
    <message>
        <source>, until {end}</source>
        <translation>, hasta el {end}</translation>
    </message>
    <message>
        <source>“{name}” should be a whole number from {low} to {high}.</source>
        <translation>«{name}» debería ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>“{name}” should be a list in square brackets.</source>
        <translation>«{name}» debería ser una lista entre corchetes.</translation>
    </message>
    <message>
        <source>“{name}” holds more than {limit:,} items.</source>
        <translation>«{name}» tiene más de {limit:,} elementos.</translation>
    </message>
    <message>
        <source>A time should be written as HH:MM, for example 09:30.</source>
        <translation>Una hora se escribe como HH:MM, por ejemplo 09:30.</translation>
    </message>
    <message>
        <source>“{name}” should be a date written as YYYY-MM-DD.</source>
        <translation>«{name}» debería ser una fecha escrita como YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>A schedule should be an object in curly braces { }.</source>
        <translation>Un horario debería ser un objeto entre llaves { }.</translation>
    </message>
    <message>
        <source>A schedule needs its format version “v”, a whole number.</source>
        <translation>Un horario necesita su versión de formato «v», un número entero.</translation>
    </message>
    <message>
        <source>This schedule was written by a newer Workbook (format {version}); please update.</source>
        <translation>Este horario lo escribió un Workbook más nuevo (formato {version}); actualiza Workbook.</translation>
    </message>
    <message>
        <source>A schedule has a part Workbook does not know: “{name}”.</source>
        <translation>Un horario tiene una parte que Workbook no conoce: «{name}».</translation>
    </message>
    <message>
        <source>“repeat” should be one of: {allowed}.</source>
        <translation>«repeat» debería ser uno de estos valores: {allowed}.</translation>
    </message>
    <message>
        <source>Days of the week are written mo, tu, we, th, fr, sa, su.</source>
        <translation>Los días de la semana se escriben mo, tu, we, th, fr, sa, su.</translation>
    </message>
    <message>
        <source>“all_day” should be true or false.</source>
        <translation>«all_day» debería ser true o false.</translation>
    </message>
    <message>
        <source>A stored schedule is not readable JSON.</source>
        <translation>Un horario guardado no es JSON legible.</translation>
    </message>
</context>
</TS>
