<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutMe</name>
    <message>
        <source>My name</source>
        <translation>Mon nom</translation>
    </message>
    <message>
        <source>As your check-in partners know you; they may need it to call for help.</source>
        <translation>Tel que vos personnes relais vous connaissent ; elles peuvent en avoir besoin pour appeler à l’aide.</translation>
    </message>
    <message>
        <source>My phone</source>
        <translation>Mon téléphone</translation>
    </message>
    <message>
        <source>The number your check-in partners call.</source>
        <translation>Le numéro que vos personnes relais appellent.</translation>
    </message>
    <message>
        <source>Where I live or stay</source>
        <translation>Où je vis ou je séjourne</translation>
    </message>
    <message>
        <source>The address your check-in partners would give the police. It is shown only in your own plan and on the partners&apos; cards.</source>
        <translation>L’adresse que vos personnes relais donneraient à la police. Elle n’apparaît que dans votre propre plan et sur les cartes relais.</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>À propos de moi</translation>
    </message>
    <message>
        <source>Only for the cards you give your check-in partners, who may need to call for help, and for your own copy of the plan. No other printout shows them.</source>
        <translation>Uniquement pour les cartes que vous donnez à vos personnes relais, qui peuvent avoir à appeler à l’aide, et pour votre propre exemplaire du plan. Aucune autre impression ne les montre.</translation>
    </message>
</context>
<context>
    <name>Awareness</name>
    <message>
        <source>Not sure yet</source>
        <translation>Je ne sais pas encore</translation>
    </message>
    <message>
        <source>Knowing</source>
        <translation>En connaissance de cause</translation>
    </message>
    <message>
        <source>Unwitting</source>
        <translation>Sans le savoir</translation>
    </message>
</context>
<context>
    <name>BackupPlan</name>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>In my words</source>
        <translation>Avec mes mots</translation>
    </message>
    <message>
        <source>Needed for your own situation; optional otherwise.</source>
        <translation>Nécessaire pour votre propre situation ; facultatif sinon.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes d’alerte</translation>
    </message>
    <message>
        <source>Steps, in order</source>
        <translation>Étapes, dans l’ordre</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>People to call, in order</source>
        <translation>Personnes à appeler, dans l’ordre</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation>Lieux sûrs</translation>
    </message>
    <message>
        <source>What to take</source>
        <translation>Quoi emporter</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>Numéros d’urgence</translation>
    </message>
    <message>
        <source>Protective-order details</source>
        <translation>Détails de l’ordonnance de protection</translation>
    </message>
    <message>
        <source>no backup plan yet</source>
        <translation>pas encore de plan de secours</translation>
    </message>
    <message numerus="yes">
        <source>%n plans have no steps yet</source>
        <translation>
            <numerusform>%n plan n’a pas encore d’étapes</numerusform>
            <numerusform>%n plans n’ont pas encore d’étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plans have nobody to call yet</source>
        <translation>
            <numerusform>%n plan n’a encore personne à appeler</numerusform>
            <numerusform>%n plans n’ont encore personne à appeler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupPlans</name>
    <message>
        <source>Emergency: {numbers}</source>
        <translation>Urgences : {numbers}</translation>
    </message>
    <message>
        <source>Police: {number}</source>
        <translation>Police : {number}</translation>
    </message>
    <message>
        <source>New backup plan</source>
        <translation>Nouveau plan de secours</translation>
    </message>
    <message>
        <source>Which situation is this plan for?</source>
        <translation>Pour quelle situation est ce plan ?</translation>
    </message>
    <message>
        <source>Pick the one closest to what worries you. You will get suggested warning signs and steps for it, and you can change everything afterwards.</source>
        <translation>Choisissez celle qui ressemble le plus à ce qui vous inquiète. Vous recevrez des signes d’alerte et des étapes suggérés, et vous pourrez tout modifier ensuite.</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Space adds the selected suggestion to your plan, or takes it out again.</source>
        <translation>La barre d’espace ajoute la suggestion sélectionnée à votre plan, ou la retire.</translation>
    </message>
    <message>
        <source>Suggested warning signs — tick the ones that fit; you can reword them above:</source>
        <translation>Signes d’alerte suggérés — cochez ceux qui correspondent ; vous pouvez les reformuler au-dessus :</translation>
    </message>
    <message>
        <source>Suggested steps, in order — tick the ones you will take; you can reword them:</source>
        <translation>Étapes suggérées, dans l’ordre — cochez celles que vous suivrez ; vous pouvez les reformuler :</translation>
    </message>
    <message>
        <source>Add all these steps</source>
        <translation>Ajouter toutes ces étapes</translation>
    </message>
    <message>
        <source>Add every suggested step, in order, to your steps.</source>
        <translation>Ajouter chaque étape suggérée, dans l’ordre, à vos étapes.</translation>
    </message>
    <message>
        <source>Add my country&apos;s numbers</source>
        <translation>Ajouter les numéros de mon pays</translation>
    </message>
    <message>
        <source>Add your country&apos;s emergency number and helplines to this plan.</source>
        <translation>Ajouter à ce plan le numéro d’urgence et les lignes d’écoute de votre pays.</translation>
    </message>
    <message>
        <source>Some situations are easier to face with a plan you made on a calm day. Pick a situation, note the warning signs, then write the steps in the order you will take them and who you will call. Being prepared is not being afraid.</source>
        <translation>Certaines situations sont plus faciles à affronter avec un plan préparé un jour calme. Choisissez une situation, notez les signes d’alerte, puis écrivez les étapes dans l’ordre où vous les suivrez et qui vous appellerez. Se préparer, ce n’est pas avoir peur.</translation>
    </message>
</context>
<context>
    <name>Boundaries</name>
    <message>
        <source>Examples you can use (then change them if you like):</source>
        <translation>Des exemples à utiliser (puis à modifier si vous le souhaitez) :</translation>
    </message>
    <message>
        <source>“{example}”</source>
        <translation>« {example} »</translation>
    </message>
    <message>
        <source>Use this example: {example}</source>
        <translation>Utiliser cet exemple : {example}</translation>
    </message>
    <message>
        <source>Use: {example}</source>
        <translation>Utiliser : {example}</translation>
    </message>
    <message>
        <source>Replace what you wrote with this example?</source>
        <translation>Remplacer ce que vous avez écrit par cet exemple ?</translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder le mien</translation>
    </message>
    <message>
        <source>These are the No Contact commitments that steady many people. For each one, decide: adopt it, rewrite it in your own words, or drop it. Then write the one firm sentence you will say if you ever hear his voice, and what you will tell people who pass on messages.</source>
        <comment>he</comment>
        <translation>Voici les engagements de Zéro Contact qui aident beaucoup de personnes à tenir bon. Pour chacun, décidez : l’adopter, le réécrire avec vos mots ou l’abandonner. Écrivez ensuite la phrase ferme que vous direz si jamais vous entendez sa voix, et ce que vous direz aux personnes qui transmettent des messages.</translation>
    </message>
    <message>
        <source>These are the No Contact commitments that steady many people. For each one, decide: adopt it, rewrite it in your own words, or drop it. Then write the one firm sentence you will say if you ever hear her voice, and what you will tell people who pass on messages.</source>
        <comment>she</comment>
        <translation>Voici les engagements de Zéro Contact qui aident beaucoup de personnes à tenir bon. Pour chacun, décidez : l’adopter, le réécrire avec vos mots ou l’abandonner. Écrivez ensuite la phrase ferme que vous direz si jamais vous entendez sa voix, et ce que vous direz aux personnes qui transmettent des messages.</translation>
    </message>
    <message>
        <source>These are the No Contact commitments that steady many people. For each one, decide: adopt it, rewrite it in your own words, or drop it. Then write the one firm sentence you will say if you ever hear the other person&apos;s voice, and what you will tell people who pass on messages.</source>
        <comment>they</comment>
        <translation>Voici les engagements de Zéro Contact qui aident beaucoup de personnes à tenir bon. Pour chacun, décidez : l’adopter, le réécrire avec vos mots ou l’abandonner. Écrivez ensuite la phrase ferme que vous direz si jamais vous entendez la voix de l’autre personne, et ce que vous direz aux personnes qui transmettent des messages.</translation>
    </message>
    <message>
        <source>These are the No Contact commitments that steady many people. For each one, decide: adopt it, rewrite it in your own words, or drop it. Then write the one firm sentence you will say if you ever hear {name}&apos;s voice, and what you will tell people who pass on messages.</source>
        <comment>name</comment>
        <translation>Voici les engagements de Zéro Contact qui aident beaucoup de personnes à tenir bon. Pour chacun, décidez : l’adopter, le réécrire avec vos mots ou l’abandonner. Écrivez ensuite la phrase ferme que vous direz si jamais vous entendez la voix de {name}, et ce que vous direz aux personnes qui transmettent des messages.</translation>
    </message>
    <message>
        <source>My boundaries</source>
        <translation>Mes limites</translation>
    </message>
    <message>
        <source>Commitments, and my own words.</source>
        <translation>Les engagements, et mes propres mots.</translation>
    </message>
    <message>
        <source>Add &amp;my own…</source>
        <translation>Ajouter le &amp;mien…</translation>
    </message>
    <message>
        <source>R&amp;ewrite…</source>
        <translation>R&amp;éécrire…</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Réécrire</translation>
    </message>
    <message>
        <source>A&amp;dopt</source>
        <translation>A&amp;dopter</translation>
    </message>
    <message>
        <source>Adopt the selected commitment.</source>
        <translation>Adopter l’engagement sélectionné.</translation>
    </message>
    <message>
        <source>Dro&amp;p it</source>
        <translation>L’a&amp;bandonner</translation>
    </message>
    <message>
        <source>Drop the selected commitment.</source>
        <translation>Abandonner l’engagement sélectionné.</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>&amp;Engagements</translation>
    </message>
    <message>
        <source>Short and calm is best. These words go on the first page of your plan.</source>
        <translation>Court et calme, c’est le mieux. Ces mots figurent sur la première page de votre plan.</translation>
    </message>
    <message>
        <source>M&amp;y own words</source>
        <translation>Mes pr&amp;opres mots</translation>
    </message>
</context>
<context>
    <name>BoundaryCommitment</name>
    <message>
        <source>The commitment in my words</source>
        <translation>L’engagement avec mes mots</translation>
    </message>
    <message>
        <source>Rewrite it until it sounds like you.</source>
        <translation>Reformulez-le jusqu’à ce qu’il vous ressemble.</translation>
    </message>
    <message>
        <source>My decision</source>
        <translation>Ma décision</translation>
    </message>
    <message>
        <source>Suggestion it started from</source>
        <translation>Suggestion de départ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>no commitment adopted yet</source>
        <translation>pas encore d’engagement adopté</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested commitments not decided on yet</source>
        <translation>
            <numerusform>%n engagement suggéré pas encore décidé</numerusform>
            <numerusform>%n engagements suggérés pas encore décidés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInAgreement</name>
    <message>
        <source>Check-in partner</source>
        <translation>Personne relais</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l’instant</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Daily times, or before and after a named event such as a handover.</source>
        <translation>Des heures chaque jour, ou avant et après un moment précis comme une remise des enfants.</translation>
    </message>
    <message>
        <source>Check-in times</source>
        <translation>Heures des signes de vie</translation>
    </message>
    <message>
        <source>Days and times, or before and after a mandated contact.</source>
        <translation>Des jours et des heures, ou avant et après un contact imposé.</translation>
    </message>
    <message>
        <source>Around this mandated contact</source>
        <translation>Autour de ce contact imposé</translation>
    </message>
    <message>
        <source>For check-ins before and after a mandated contact, such as a handover.</source>
        <translation>Pour donner signe de vie avant et après un contact imposé, comme une remise des enfants.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Délai de grâce</translation>
    </message>
    <message>
        <source>How long your partner waits before acting.</source>
        <translation>Combien de temps votre personne relais attend avant d’agir.</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements have no code word for “I am not safe” yet</source>
        <translation>
            <numerusform>%n accord n’a pas encore de mot de code pour « je ne suis pas en sécurité »</numerusform>
            <numerusform>%n accords n’ont pas encore de mot de code pour « je ne suis pas en sécurité »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements do not say yet what happens if you miss a check-in</source>
        <translation>
            <numerusform>%n accord ne dit pas encore ce qui se passe si vous ne donnez pas signe de vie</numerusform>
            <numerusform>%n accords ne disent pas encore ce qui se passe si vous ne donnez pas signe de vie</numerusform>
        </translation>
    </message>
    <message>
        <source>If I miss a check-in, my partner…</source>
        <translation>Si je ne donne pas signe de vie, ma personne relais…</translation>
    </message>
    <message>
        <source>Step by step, in order.</source>
        <translation>Étape par étape, dans l’ordre.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>Code word for “I am not safe”</source>
        <translation>Mot de code pour « je ne suis pas en sécurité »</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>no check-in agreement yet</source>
        <translation>pas encore d’accord de signe de vie</translation>
    </message>
    <message>
        <source>no check-in partner yet</source>
        <translation>pas encore de personne relais</translation>
    </message>
</context>
<context>
    <name>CheckInLogEntry</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>No particular agreement</source>
        <translation>Aucun accord en particulier</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Workbook marks a check-in that did not happen in time.</source>
        <translation>Workbook marque un signe de vie qui n’a pas eu lieu à temps.</translation>
    </message>
</context>
<context>
    <name>CheckInMethod</name>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Message app</source>
        <translation>Messagerie</translation>
    </message>
</context>
<context>
    <name>CheckIns</name>
    <message>
        <source>A check-in partner is someone who always knows you are all right. Agree when and how you check in, how long they wait if they do not hear from you, and what they do then. Each time you check in, press “I checked in now” to keep a record.</source>
        <translation>Une personne relais est quelqu’un qui sait toujours que vous allez bien. Convenez quand et comment vous donnez signe de vie, combien de temps elle attend si elle n’a pas de nouvelles, et ce qu’elle fait alors. Chaque fois que vous donnez signe de vie, appuyez sur « J’ai donné signe de vie » pour en garder la trace.</translation>
    </message>
    <message>
        <source>I &amp;checked in now…</source>
        <translation>J’ai donné si&amp;gne de vie…</translation>
    </message>
    <message>
        <source>Add the current time and a short note to the check-in log.</source>
        <translation>Ajouter l’heure actuelle et une courte note au journal des signes de vie.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Signes de vie</translation>
    </message>
    <message>
        <source>Agreements, and the log of check-ins made.</source>
        <translation>Les accords, et le journal des signes de vie donnés.</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation>A&amp;ccords</translation>
    </message>
    <message>
        <source>Check-in &amp;log</source>
        <translation>&amp;Journal des signes de vie</translation>
    </message>
</context>
<context>
    <name>CommitmentStatus</name>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>This could not be saved just now. Nothing else was changed; please try again.</source>
        <translation>L’enregistrement n’a pas pu se faire pour l’instant. Rien d’autre n’a changé ; veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Looks complete</source>
        <translation>Semble complet</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message numerus="yes">
        <source>Showing all %Ln contacts.</source>
        <translation>
            <numerusform>Affichage du seul contact (%Ln).</numerusform>
            <numerusform>Affichage des %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %Ln contacts.</source>
        <translation>
            <numerusform>Affichage de {shown} contact sur %Ln.</numerusform>
            <numerusform>Affichage de {shown} contacts sur %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Inside the order?</source>
        <translation>Dans le cadre de l’ordonnance ?</translation>
    </message>
    <message>
        <source>How I answered</source>
        <translation>Ma réponse</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Inside or outside</source>
        <translation>Dans ou hors de l’ordonnance</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Clear every filter.</source>
        <translation>Effacer tous les filtres.</translation>
    </message>
    <message>
        <source>Counts per month</source>
        <translation>Nombre par mois</translation>
    </message>
    <message>
        <source>Contacts, judged</source>
        <translation>Contacts, évalués</translation>
    </message>
    <message>
        <source>A date; may be empty.</source>
        <translation>Une date ; peut rester vide.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>N’importe quel moyen</translation>
    </message>
    <message>
        <source>Inside and outside</source>
        <translation>Dans et hors</translation>
    </message>
    <message>
        <source>Inside the order</source>
        <translation>Dans l’ordonnance</translation>
    </message>
    <message>
        <source>Outside any order</source>
        <translation>Hors de toute ordonnance</translation>
    </message>
    <message>
        <source>Not sure: topic not marked</source>
        <translation>Incertain : sujet non indiqué</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <source>Comparing each contact with the orders…</source>
        <translation>Comparaison de chaque contact avec les ordonnances…</translation>
    </message>
    <message>
        <source>No contacts in the log yet.</source>
        <translation>Aucun contact dans le journal pour l’instant.</translation>
    </message>
    <message>
        <source>{name}: {count:,}</source>
        <translation>{name} : {count:,}</translation>
    </message>
    <message>
        <source>Through someone else: {people}.</source>
        <translation>Par quelqu’un d’autre : {people}.</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <source>The entries, and how they stand.</source>
        <translation>Les entrées, et leur évaluation.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Inside or outside the orders</source>
        <translation>Dans ou hors des ordonnances</translation>
    </message>
</context>
<context>
    <name>ContactChannel</name>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Message app</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>Through someone else</source>
        <translation>Par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ContactLogEntry</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Written down</source>
        <translation>Noté le</translation>
    </message>
    <message>
        <source>Written before this record was kept</source>
        <translation>Écrit avant la tenue de ce registre</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Corrige</translation>
    </message>
    <message>
        <source>What changed and why</source>
        <translation>Ce qui a changé et pourquoi</translation>
    </message>
    <message>
        <source>Optional. The earlier version stays in the record; this note is kept with the correction.</source>
        <translation>Facultatif. La version précédente reste dans le registre ; cette note est gardée avec la correction.</translation>
    </message>
    <message>
        <source>Why it was withdrawn</source>
        <translation>Pourquoi elle a été retirée</translation>
    </message>
    <message>
        <source>Evidence files (SHA-256)</source>
        <translation>Fichiers de preuve (SHA-256)</translation>
    </message>
    <message>
        <source>Hash of the entry before</source>
        <translation>Empreinte de l’entrée précédente</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Him directly, or one of the suspected proxies.</source>
        <comment>he</comment>
        <translation>Lui directement, ou l’un des intermédiaires possibles.</translation>
    </message>
    <message>
        <source>Her directly, or one of the suspected proxies.</source>
        <comment>she</comment>
        <translation>Elle directement, ou l’un des intermédiaires possibles.</translation>
    </message>
    <message>
        <source>The other person directly, or one of the suspected proxies.</source>
        <comment>they</comment>
        <translation>L’autre personne directement, ou l’un des intermédiaires possibles.</translation>
    </message>
    <message>
        <source>{name} directly, or one of the suspected proxies.</source>
        <comment>name</comment>
        <translation>{name} directement, ou l’un des intermédiaires possibles.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>What was said or done</source>
        <translation>Ce qui a été dit ou fait</translation>
    </message>
    <message>
        <source>Exact words</source>
        <translation>Mots exacts</translation>
    </message>
    <message>
        <source>What was said or written, word for word, as far as you remember it.</source>
        <translation>Ce qui a été dit ou écrit, mot pour mot, autant que vous vous en souvenez.</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Témoins</translation>
    </message>
    <message>
        <source>Who else saw or heard it.</source>
        <translation>Qui d’autre l’a vu ou entendu.</translation>
    </message>
    <message>
        <source>How I responded</source>
        <translation>Comment j’ai répondu</translation>
    </message>
    <message>
        <source>My response in detail</source>
        <translation>Ma réponse en détail</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Signalé à</translation>
    </message>
    <message>
        <source>Report reference</source>
        <translation>Référence du signalement</translation>
    </message>
    <message>
        <source>For example the police incident number, or whom you told and when.</source>
        <translation>Par exemple le numéro de la plainte à la police, ou à qui vous l’avez dit et quand.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Where the screenshot, letter or witness can be found.</source>
        <translation>Où se trouvent la capture d’écran, la lettre ou le témoin.</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>Autorisé par</translation>
    </message>
    <message>
        <source>The order that allowed this contact, or “not mandated”.</source>
        <translation>L’ordonnance qui autorisait ce contact, ou « non imposé ».</translation>
    </message>
    <message>
        <source>Not mandated</source>
        <translation>Non imposé</translation>
    </message>
    <message>
        <source>Topic within what the order allows</source>
        <translation>Sujet dans le cadre de l’ordonnance</translation>
    </message>
    <message>
        <source>Whether what it was about stayed within the topics the order allows.</source>
        <translation>Si le sujet est resté dans les thèmes que l’ordonnance autorise.</translation>
    </message>
</context>
<context>
    <name>ContactLogPage</name>
    <message>
        <source>Withdrawn on {date}: {reason}</source>
        <translation>Retirée le {date} : {reason}</translation>
    </message>
    <message>
        <source>Corrected on {date}</source>
        <translation>Corrigée le {date}</translation>
    </message>
    <message>
        <source>(not in the plan)</source>
        <translation>(pas dans le plan)</translation>
    </message>
    <message>
        <source>Not mandated</source>
        <translation>Non imposé</translation>
    </message>
    <message>
        <source>Correct this entry</source>
        <translation>Corriger cette entrée</translation>
    </message>
    <message>
        <source>Change what needs changing. Save adds the corrected version to the log; the version you correct stays in the record.</source>
        <translation>Modifiez ce qui doit l’être. Enregistrer ajoute la version corrigée au journal ; la version que vous corrigez reste dans le registre.</translation>
    </message>
    <message>
        <source>Nothing was changed, so there is nothing to correct.</source>
        <translation>Rien n’a changé, il n’y a donc rien à corriger.</translation>
    </message>
    <message>
        <source>Change what needs changing first, or press Discard changes to leave.</source>
        <translation>Modifiez d’abord ce qui doit l’être, ou appuyez sur Abandonner les modifications pour sortir.</translation>
    </message>
    <message>
        <source>What changed, and why?</source>
        <translation>Qu’est-ce qui a changé, et pourquoi ?</translation>
    </message>
    <message>
        <source>You changed: {fields}. A few words on why help whoever reads the log later. You may leave this empty.</source>
        <translation>Vous avez modifié : {fields}. Quelques mots sur la raison aideront la personne qui lira le journal plus tard. Vous pouvez laisser ce champ vide.</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Please write a few words first.</source>
        <translation>Écrivez d’abord quelques mots, s’il vous plaît.</translation>
    </message>
    <message>
        <source>This is longer than Workbook can keep; please shorten it.</source>
        <translation>C’est plus long que ce que Workbook peut garder ; raccourcissez-le, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Version {n}: first written {date}</source>
        <translation>Version {n} : écrite pour la première fois le {date}</translation>
    </message>
    <message>
        <source>Version {n}: written before this record was kept (by {date} at the latest)</source>
        <translation>Version {n} : écrite avant la tenue de ce registre (au plus tard le {date})</translation>
    </message>
    <message>
        <source>Withdrawn on {date}</source>
        <translation>Retirée le {date}</translation>
    </message>
    <message>
        <source>Version {n}: corrected on {date}</source>
        <translation>Version {n} : corrigée le {date}</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>Reason for withdrawing:</source>
        <translation>Raison du retrait :</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message numerus="yes">
        <source>Record intact: %Ln entries, each unchanged since it was written.</source>
        <translation>
            <numerusform>Registre intact : %Ln entrée, inchangée depuis qu’elle a été écrite.</numerusform>
            <numerusform>Registre intact : %Ln entrées, chacune inchangée depuis qu’elle a été écrite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written down</source>
        <translation>Noté</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>My response</source>
        <translation>Ma réponse</translation>
    </message>
    <message>
        <source>Inside the order?</source>
        <translation>Dans le cadre de l’ordonnance ?</translation>
    </message>
    <message>
        <source>Corrected or withdrawn</source>
        <translation>Corrigée ou retirée</translation>
    </message>
    <message>
        <source>How I responded</source>
        <translation>Comment j’ai répondu</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>Autorisé par</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>History of this entry</source>
        <translation>Historique de cette entrée</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Checking the record…</source>
        <translation>Vérification du registre…</translation>
    </message>
    <message>
        <source>Latest hash:</source>
        <translation>Dernière empreinte :</translation>
    </message>
    <message>
        <source>Latest hash of the contact log</source>
        <translation>Dernière empreinte du journal des contacts</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy the latest hash, to give to your lawyer.</source>
        <translation>Copier la dernière empreinte, pour la donner à votre avocat.</translation>
    </message>
    <message>
        <source>Give this code to your lawyer: it stands for everything your log holds now. Any later change to an entry written before today would change it.</source>
        <translation>Donnez ce code à votre avocat : il représente tout ce que contient votre journal aujourd’hui. Toute modification ultérieure d’une entrée écrite avant aujourd’hui le changerait.</translation>
    </message>
    <message>
        <source>The record was changed outside Workbook. {problem}</source>
        <translation>Le registre a été modifié en dehors de Workbook. {problem}</translation>
    </message>
    <message>
        <source>Record intact: nothing written yet.</source>
        <translation>Registre intact : rien n’est encore écrit.</translation>
    </message>
    <message>
        <source>Every entry was checked again just now.</source>
        <translation>Chaque entrée vient d’être vérifiée à nouveau.</translation>
    </message>
    <message>
        <source>Checking every entry of the record ({n})…</source>
        <translation>Vérification de chaque entrée du registre ({n})…</translation>
    </message>
    <message>
        <source>The record could not be checked just now. {reason}</source>
        <translation>Le registre n’a pas pu être vérifié pour l’instant. {reason}</translation>
    </message>
    <message>
        <source>An entry you started earlier has not been saved yet. Nothing is lost.</source>
        <translation>Une entrée commencée plus tôt n’est pas encore enregistrée. Rien n’est perdu.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>La reprendre</translation>
    </message>
    <message>
        <source>Open the unfinished entry where you left it.</source>
        <translation>Ouvrir l’entrée inachevée là où vous l’avez laissée.</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <source>The latest version of each entry. Enter corrects the selected one.</source>
        <translation>La dernière version de chaque entrée. Entrée corrige celle qui est sélectionnée.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Write down a new contact.</source>
        <translation>Noter un nouveau contact.</translation>
    </message>
    <message>
        <source>&amp;Correct this entry…</source>
        <translation>&amp;Corriger cette entrée…</translation>
    </message>
    <message>
        <source>Write a corrected version; the one it corrects stays in the record.</source>
        <translation>Écrire une version corrigée ; celle qu’elle corrige reste dans le registre.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Every version of the selected entry.</source>
        <translation>Toutes les versions de l’entrée sélectionnée.</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Mark the selected entry as withdrawn, with your reason. It stays in the record.</source>
        <translation>Marquer l’entrée sélectionnée comme retirée, avec votre raison. Elle reste dans le registre.</translation>
    </message>
    <message>
        <source>written 23 hours after</source>
        <translation>écrit 23 heures après</translation>
    </message>
    <message>
        <source>Through someone</source>
        <translation>Par quelqu’un</translation>
    </message>
    <message>
        <source>My firm sentence</source>
        <translation>Ma phrase ferme</translation>
    </message>
    <message>
        <source>Outside: not at a set time</source>
        <translation>Hors : pas à une heure prévue</translation>
    </message>
    <message>
        <source>Write down every contact or attempt, whether a court allowed it or not: when, who, how, what was said and how you answered. Each entry keeps when it was written down; nothing in the log is ever changed or removed, so it holds up as a record.</source>
        <translation>Notez chaque contact ou tentative, qu’un tribunal l’ait autorisé ou non : quand, qui, comment, ce qui a été dit et ce que vous avez répondu. Chaque entrée garde le moment où elle a été écrite ; rien dans le journal n’est jamais modifié ni supprimé, il fait donc foi.</translation>
    </message>
    <message>
        <source>Withdraw this entry?</source>
        <translation>Retirer cette entrée ?</translation>
    </message>
    <message>
        <source>“{title}” will be marked as withdrawn, with your reason. It stays in the record, so the log shows that it was there and why you took it back.</source>
        <translation>« {title} » sera marquée comme retirée, avec votre raison. Elle reste dans le registre, pour que le journal montre qu’elle était là et pourquoi vous l’avez retirée.</translation>
    </message>
    <message>
        <source>&amp;Withdraw it</source>
        <translation>&amp;La retirer</translation>
    </message>
    <message>
        <source>This entry could not be withdrawn just now. Please try again.</source>
        <translation>Cette entrée n’a pas pu être retirée pour l’instant. Veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>ContactRole</name>
    <message>
        <source>Check-in partner</source>
        <translation>Personne relais</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contact d’urgence</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Avocat ou avocate</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Comptable</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Personne d’accompagnement</translation>
    </message>
    <message>
        <source>Police contact</source>
        <translation>Contact à la police</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Voisin ou voisine</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>These are the people you can turn to: family, friends, your lawyer, an advocate, a police contact. You do not have to face this alone, and you do not have to fill in everything now; a name is enough to start.</source>
        <translation>Ce sont les personnes vers qui vous pouvez vous tourner : famille, amis, votre avocat, une personne d’accompagnement, un contact dans la police. Vous n’avez pas à affronter cela en solitaire, ni à tout remplir maintenant ; un nom suffit pour commencer.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>for example {example}</source>
        <translation>par exemple {example}</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>{field}: choose from a calendar</source>
        <translation>{field} : choisir dans un calendrier</translation>
    </message>
    <message>
        <source>Choose the day from a calendar (Alt+Down in the date box).</source>
        <translation>Choisissez le jour dans un calendrier (Alt+Flèche bas dans la case de la date).</translation>
    </message>
    <message>
        <source>{field}: calendar</source>
        <translation>{field} : calendrier</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Heure :</translation>
    </message>
    <message>
        <source>{field}: time</source>
        <translation>{field} : heure</translation>
    </message>
    <message>
        <source>Use this day and time</source>
        <translation>Utiliser ce jour et cette heure</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>Workbook cannot read this as a date. You can write it like {iso}.</source>
        <translation>Workbook ne peut pas lire ceci comme une date. Vous pouvez l’écrire ainsi : {iso}.</translation>
    </message>
    <message>
        <source>Workbook cannot read this as a date. You can write it like {example} or like {iso}.</source>
        <translation>Workbook ne peut pas lire ceci comme une date. Vous pouvez l’écrire ainsi : {example} ou {iso}.</translation>
    </message>
    <message>
        <source>Please write a year between 1 and 9999.</source>
        <translation>Veuillez écrire une année entre 1 et 9999.</translation>
    </message>
    <message>
        <source>There is no month {month}: months go from 1 to 12.</source>
        <translation>Il n’y a pas de mois {month} : les mois vont de 1 à 12.</translation>
    </message>
    <message>
        <source>There is no day {day}: days start at 1.</source>
        <translation>Il n’y a pas de jour {day} : les jours commencent à 1.</translation>
    </message>
    <message>
        <source>{month} {year} has no day 29: {year} is not a leap year.</source>
        <translation>Il n’y a pas de 29 {month} en {year} : {year} n’est pas une année bissextile.</translation>
    </message>
    <message>
        <source>{month} has no day {day}: it has {count} days.</source>
        <translation>Il n’y a pas de jour {day} en {month} : ce mois compte {count} jours.</translation>
    </message>
    <message>
        <source>That time is not on a clock. Hours go from 0 to 23 and minutes from 0 to 59, for example {example}.</source>
        <translation>Cette heure n’existe pas sur une horloge. Les heures vont de 0 à 23 et les minutes de 0 à 59, par exemple {example}.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message numerus="yes">
        <source>That is %n hours. A check-in partner usually waits minutes or a few hours before acting; is this right? You can save it as it is.</source>
        <translation>
            <numerusform>Cela fait %n heure. Une personne relais attend en général quelques minutes ou quelques heures avant d’agir ; est-ce bien cela ? Vous pouvez l’enregistrer tel quel.</numerusform>
            <numerusform>Cela fait %n heures. Une personne relais attend en général quelques minutes ou quelques heures avant d’agir ; est-ce bien cela ? Vous pouvez l’enregistrer tel quel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Store this entry in your plan now.</source>
        <translation>Enregistrer cette entrée dans votre plan maintenant.</translation>
    </message>
    <message>
        <source>Fill in what you know; everything else can wait. Save stores it at once.</source>
        <translation>Remplissez ce que vous savez ; le reste peut attendre. Enregistrer le conserve aussitôt.</translation>
    </message>
    <message>
        <source>This is what you typed last time. It is not saved yet: press Save to keep it.</source>
        <translation>Voici ce que vous aviez tapé la dernière fois. Ce n’est pas encore enregistré : appuyez sur Enregistrer pour le garder.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>Close without saving and forget what was typed. Escape closes and keeps it as a draft.</source>
        <translation>Fermer sans enregistrer et oublier ce qui a été tapé. Échap ferme et le garde comme brouillon.</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>{item} {number}: {problem}</source>
        <translation>{item} {number} : {problem}</translation>
    </message>
    <message>
        <source>{when} is in the future. Is this right? You can save it as it is.</source>
        <translation>{when} est dans le futur. Est-ce bien cela ? Vous pouvez l’enregistrer tel quel.</translation>
    </message>
    <message>
        <source>Before saving, please look at: {fields}.</source>
        <translation>Avant d’enregistrer, veuillez vérifier : {fields}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>This entry could not be saved just now.</source>
        <translation>Cette entrée n’a pas pu être enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>Forget what you typed in this entry?</source>
        <translation>Oublier ce que vous avez tapé dans cette entrée ?</translation>
    </message>
    <message>
        <source>The saved entry stays as it was.</source>
        <translation>L’entrée enregistrée reste telle quelle.</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>&amp;L’oublier</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer à modifier</translation>
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
        <translation>Image</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
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
        <translation>Fichiers de preuve</translation>
    </message>
    <message>
        <source>This image could not be shown here.</source>
        <translation>Cette image n’a pas pu être affichée ici.</translation>
    </message>
    <message>
        <source>This file could not be read just now.</source>
        <translation>Ce fichier n’a pas pu être lu pour l’instant.</translation>
    </message>
    <message>
        <source>Attaching was stopped. Nothing was added.</source>
        <translation>L’ajout a été interrompu. Rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Screenshots, photos, recordings or letters that belong to this entry. Each file is stored encrypted and its SHA-256 goes into the record.</source>
        <translation>Captures d’écran, photos, enregistrements ou lettres qui appartiennent à cette entrée. Chaque fichier est gardé chiffré et son SHA-256 entre dans le registre.</translation>
    </message>
    <message>
        <source>Add screenshots, photos, recordings or letters, or drop them here. Each is stored encrypted in the workbook, and kept when you save the entry; the original stays where it is.</source>
        <translation>Ajoutez des captures d’écran, photos, enregistrements ou lettres, ou déposez-les ici. Chacun est gardé chiffré dans le classeur, et conservé quand vous enregistrez l’entrée ; l’original reste où il est.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Choose one or more files to attach to this entry.</source>
        <translation>Choisir un ou plusieurs fichiers à joindre à cette entrée.</translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation>Re&amp;tirer de la liste</translation>
    </message>
    <message>
        <source>The selected files will not be attached to this entry.</source>
        <translation>Les fichiers sélectionnés ne seront pas joints à cette entrée.</translation>
    </message>
    <message>
        <source>Files can be attached once the workbook is open.</source>
        <translation>Les fichiers peuvent être joints une fois le classeur ouvert.</translation>
    </message>
    <message>
        <source>Already attached to the version you correct.</source>
        <translation>Déjà joint à la version que vous corrigez.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Storing the files encrypted…</source>
        <translation>Chiffrement des fichiers…</translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <translation>{name} : {message}</translation>
    </message>
    <message>
        <source>{name} is already in the list, so it was not added again.</source>
        <translation>{name} est déjà dans la liste, il n’a donc pas été ajouté à nouveau.</translation>
    </message>
    <message>
        <source>The files could not be attached just now. Nothing was added. Please try again.</source>
        <translation>Les fichiers n’ont pas pu être joints pour l’instant. Rien n’a été ajouté. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Please wait until the files are stored, or press Cancel.</source>
        <translation>Veuillez attendre que les fichiers soient enregistrés, ou appuyez sur Annuler.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Write the selected file, readable, to a place you choose. Workbook first checks it is exactly the file that was attached.</source>
        <translation>Écrire le fichier sélectionné, lisible, à l’endroit de votre choix. Workbook vérifie d’abord que c’est exactement le fichier qui a été joint.</translation>
    </message>
    <message>
        <source>No files are attached to this entry.</source>
        <translation>Aucun fichier n’est joint à cette entrée.</translation>
    </message>
    <message>
        <source>{file} (in an earlier version only)</source>
        <translation>{file} (dans une version précédente seulement)</translation>
    </message>
    <message>
        <source>{file}
{problem}</source>
        <translation>{file}
{problem}</translation>
    </message>
    <message>
        <source>Preview of {name}</source>
        <translation>Aperçu de {name}</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Save a copy to look at it.</source>
        <translation>Pas d’aperçu pour ce type de fichier. Enregistrez une copie pour le consulter.</translation>
    </message>
    <message>
        <source>Saved a copy to {path}. It is readable by anyone who can open that folder.</source>
        <translation>Copie enregistrée dans {path}. Toute personne qui peut ouvrir ce dossier peut la lire.</translation>
    </message>
    <message>
        <source>The copy could not be saved just now. Please try again.</source>
        <translation>La copie n’a pas pu être enregistrée pour l’instant. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Enregistrement d’une copie…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Who is this for?</source>
        <translation>Pour qui est-ce ?</translation>
    </message>
    <message>
        <source>(a partner without a name)</source>
        <translation>(une personne relais sans nom)</translation>
    </message>
    <message>
        <source>Check-in pa&amp;rtner:</source>
        <translation>Personne &amp;relais :</translation>
    </message>
    <message>
        <source>Put &amp;names in the event titles</source>
        <translation>Mettre les &amp;noms dans les titres des événements</translation>
    </message>
    <message>
        <source>Calendars copy their events to phones, online accounts and anyone the calendar is shared with. With names, anyone who sees your calendar can read who you check in with and which order a date belongs to.</source>
        <translation>Les agendas copient leurs événements sur les téléphones, les comptes en ligne et chez toute personne avec qui l’agenda est partagé. Avec les noms, quiconque voit votre agenda peut lire à qui vous donnez signe de vie et à quelle ordonnance une date appartient.</translation>
    </message>
    <message>
        <source>Also save the &amp;evidence files, numbered, in a folder</source>
        <translation>Enregistrer aussi les fichiers de &amp;preuve, numérotés, dans un dossier</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Format du papier :</translation>
    </message>
    <message>
        <source>Protect the PDF with a &amp;password</source>
        <translation>Protéger le PDF par un mot de &amp;passe</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse :</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Mot de passe &amp;à nouveau :</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Choisir où enregistrer…</translation>
    </message>
    <message>
        <source>Pre&amp;view the first pages</source>
        <translation>A&amp;perçu des premières pages</translation>
    </message>
    <message>
        <source>Preview of the first pages</source>
        <translation>Aperçu des premières pages</translation>
    </message>
    <message>
        <source>Page {number} of the preview</source>
        <translation>Page {number} de l’aperçu</translation>
    </message>
    <message>
        <source>The preview is shown beside the choices.</source>
        <translation>L’aperçu s’affiche à côté des choix.</translation>
    </message>
    <message>
        <source>Please type the password you want to use.</source>
        <translation>Veuillez taper le mot de passe que vous voulez utiliser.</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>Les deux mots de passe ne sont pas encore identiques.</translation>
    </message>
    <message>
        <source>This password is short, so it is easy to guess. A longer one, such as a few words only you would put together, protects the PDF much better. You can still use this one.</source>
        <translation>Ce mot de passe est court, il est donc facile à deviner. Un plus long, par exemple quelques mots que personne d’autre n’associerait, protège bien mieux le PDF. Vous pouvez quand même utiliser celui-ci.</translation>
    </message>
    <message>
        <source>No trusted contact is the partner of a check-in agreement yet. Add one on the Check-ins page first.</source>
        <translation>Aucune personne de confiance n’est encore personne relais d’un accord. Ajoutez-en une d’abord sur la page des signes de vie.</translation>
    </message>
    <message>
        <source>Making the calendar…</source>
        <translation>Préparation de l’agenda…</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Préparation du PDF…</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d’agenda (*.ics)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n events, each with a reminder.</source>
        <translation>
            <numerusform>%n événement, avec un rappel.</numerusform>
            <numerusform>%n événements, chacun avec un rappel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n pages.</source>
        <translation>
            <numerusform>Il compte %n page.</numerusform>
            <numerusform>Il compte %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files are in the folder “{folder}” beside it, numbered as in the PDF, with SHA256SUMS and MANIFEST.csv to check them.</source>
        <translation>
            <numerusform>%n fichier de preuve est dans le dossier « {folder} » à côté, numéroté comme dans le PDF, avec SHA256SUMS et MANIFEST.csv pour le vérifier.</numerusform>
            <numerusform>%n fichiers de preuve sont dans le dossier « {folder} » à côté, numérotés comme dans le PDF, avec SHA256SUMS et MANIFEST.csv pour les vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar is saved as {name} in {folder}.</source>
        <translation>L’agenda est enregistré sous {name} dans {folder}.</translation>
    </message>
    <message>
        <source>It opens only with the password you chose.</source>
        <translation>Il ne s’ouvre qu’avec le mot de passe que vous avez choisi.</translation>
    </message>
    <message>
        <source>It is not protected by a password: keep it somewhere only you can reach.</source>
        <translation>Il n’est pas protégé par un mot de passe : gardez-le là où vous seul·e pouvez y accéder.</translation>
    </message>
    <message>
        <source>A character in “{field}” on page {page} (U+{code}) could not be drawn and shows as a marked box.</source>
        <translation>Un caractère de « {field} » page {page} (U+{code}) n’a pas pu être dessiné et apparaît comme une case marquée.</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>The PDF is saved as {name} in {folder}.</source>
        <translation>Le PDF est enregistré sous {name} dans {folder}.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>{field}: now</source>
        <translation>{field} : maintenant</translation>
    </message>
    <message>
        <source>Fill in the current date and time.</source>
        <translation>Remplir avec la date et l’heure actuelles.</translation>
    </message>
    <message>
        <source>Please write when it was, for example {example}, or press Now.</source>
        <translation>Écrivez quand c’était, par exemple {example}, ou appuyez sur « Maintenant ».</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add {item}</source>
        <translation>Ajouter {item}</translation>
    </message>
    <message>
        <source>{field}: add {item}</source>
        <translation>{field} : ajouter {item}</translation>
    </message>
    <message>
        <source>{item} {number}</source>
        <translation>{item} {number}</translation>
    </message>
    <message>
        <source>{field}: {item} {number} of {count}.</source>
        <translation>{field} : {item} {number} sur {count}.</translation>
    </message>
    <message>
        <source>Remove {item}</source>
        <translation>Retirer {item}</translation>
    </message>
    <message>
        <source>Move {item} up</source>
        <translation>Monter {item}</translation>
    </message>
    <message>
        <source>Move {item} down</source>
        <translation>Descendre {item}</translation>
    </message>
    <message>
        <source>Add new…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>{field}: add a new entry</source>
        <translation>{field} : ajouter une nouvelle entrée</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>The entries chosen, in order.</source>
        <translation>Les entrées choisies, dans l’ordre.</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Rien n’est encore choisi.</translation>
    </message>
    <message>
        <source>{field}: choose one to add</source>
        <translation>{field} : choisissez-en une à ajouter</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Ajouter à la liste</translation>
    </message>
    <message>
        <source>{field}: add the chosen one</source>
        <translation>{field} : ajouter celle choisie</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>{kind} {number}: {title}</source>
        <translation>{kind} {number} : {title}</translation>
    </message>
    <message>
        <source>Move {title} up</source>
        <translation>Monter {title}</translation>
    </message>
    <message>
        <source>{field}: earlier in the list</source>
        <translation>{field} : plus haut dans la liste</translation>
    </message>
    <message>
        <source>Move {title} down</source>
        <translation>Descendre {title}</translation>
    </message>
    <message>
        <source>{field}: later in the list</source>
        <translation>{field} : plus bas dans la liste</translation>
    </message>
    <message>
        <source>Remove {title}</source>
        <translation>Retirer {title}</translation>
    </message>
    <message>
        <source>{field}: take it off the list</source>
        <translation>{field} : le retirer de la liste</translation>
    </message>
</context>
<context>
    <name>HelpNow</name>
    <message>
        <source>These numbers are kept on this computer; they were checked on {date}. Workbook never goes online and never calls anyone for you.</source>
        <translation>Ces numéros sont gardés sur cet ordinateur ; ils ont été vérifiés le {date}. Workbook ne va jamais en ligne et n’appelle jamais personne à votre place.</translation>
    </message>
    <message>
        <source>Emergency numbers: {title}</source>
        <translation>Numéros d’urgence : {title}</translation>
    </message>
    <message>
        <source>{url} (checked {date})</source>
        <translation>{url} (vérifié le {date})</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Votre pays</translation>
    </message>
    <message>
        <source>Choose your country to see its emergency number and helplines.</source>
        <translation>Choisissez votre pays pour voir son numéro d’urgence et ses lignes d’écoute.</translation>
    </message>
    <message>
        <source>Choose your country…</source>
        <translation>Choisissez votre pays…</translation>
    </message>
    <message>
        <source>Help now</source>
        <translation>Aide immédiate</translation>
    </message>
    <message>
        <source>The emergency number and the domestic-abuse helplines of your country.</source>
        <translation>Le numéro d’urgence et les lignes d’écoute contre les violences conjugales de votre pays.</translation>
    </message>
    <message>
        <source>Your &amp;country:</source>
        <translation>Votre &amp;pays :</translation>
    </message>
    <message>
        <source>Where these numbers come from</source>
        <translation>D’où viennent ces numéros</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Police: {number}</source>
        <translation>Police : {number}</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>Quelqu’un à qui parler</translation>
    </message>
    <message>
        <source>No national domestic-abuse helpline for {country} could be checked, so none is listed here rather than a number that might be wrong. The emergency number above works whenever you are in danger.</source>
        <translation>Aucune ligne d’écoute nationale contre les violences conjugales n’a pu être vérifiée pour {country} ; aucune n’est donc indiquée ici plutôt qu’un numéro qui pourrait être faux. Le numéro d’urgence ci-dessus fonctionne dès que vous êtes en danger.</translation>
    </message>
    <message>
        <source>Emergency number and helplines for your country (F1).</source>
        <translation>Numéro d’urgence et lignes d’écoute de votre pays (F1).</translation>
    </message>
    <message>
        <source>Emergency number and helplines (F1)</source>
        <translation>Numéro d’urgence et lignes d’écoute (F1)</translation>
    </message>
    <message>
        <source>All helplines and details…</source>
        <translation>Toutes les lignes d’écoute et les détails…</translation>
    </message>
    <message>
        <source>All helplines and details</source>
        <translation>Toutes les lignes d’écoute et les détails</translation>
    </message>
    <message>
        <source>Your countr&amp;y:</source>
        <translation>Votre pa&amp;ys :</translation>
    </message>
    <message>
        <source>No national helpline for {country} could be checked.</source>
        <translation>Aucune ligne d’écoute nationale n’a pu être vérifiée pour {country}.</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} ou {last}</translation>
    </message>
    <message>
        <source>If you are in danger now, call your local emergency number. Choose your country to see it here.</source>
        <translation>Si vous êtes en danger maintenant, appelez le numéro d’urgence local. Choisissez votre pays pour le voir ici.</translation>
    </message>
    <message>
        <source>If you are in danger now, call one of these emergency numbers: {numbers}.</source>
        <translation>Si vous êtes en danger maintenant, appelez l’un de ces numéros d’urgence : {numbers}.</translation>
    </message>
    <message>
        <source>If you are in danger now, call {number} (or {others}).</source>
        <translation>Si vous êtes en danger maintenant, appelez le {number} (ou le {others}).</translation>
    </message>
    <message>
        <source>If you are in danger now, call {number}.</source>
        <translation>Si vous êtes en danger maintenant, appelez le {number}.</translation>
    </message>
    <message>
        <source>In danger now? Call your local emergency number.</source>
        <translation>En danger maintenant ? Appelez le numéro d’urgence local.</translation>
    </message>
    <message>
        <source>In danger now? Call {number}.</source>
        <translation>En danger maintenant ? Appelez le {number}.</translation>
    </message>
    <message>
        <source>{name}: {phone} ({hours})</source>
        <translation>{name} : {phone} ({hours})</translation>
    </message>
    <message>
        <source>{name}: {phone}</source>
        <translation>{name} : {phone}</translation>
    </message>
    <message>
        <source>Free to call.</source>
        <translation>Appel gratuit.</translation>
    </message>
    <message>
        <source>Text: {how}</source>
        <translation>SMS : {how}</translation>
    </message>
    <message>
        <source>Online: {how}</source>
        <translation>En ligne : {how}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Langues : {languages}</translation>
    </message>
</context>
<context>
    <name>HelpNowData</name>
    <message>
        <source>Helpline for violence and abuse in Flanders</source>
        <translation>Ligne d’écoute pour les violences et les maltraitances en Flandre</translation>
    </message>
    <message>
        <source>For people at risk of domestic violence; normal call rate</source>
        <translation>Pour les personnes exposées aux violences conjugales ; prix d’un appel normal</translation>
    </message>
    <message>
        <source>Anonymous advice about violence in close relationships</source>
        <translation>Conseils anonymes sur la violence dans les relations proches</translation>
    </message>
    <message>
        <source>For people experiencing violence, and people worried about someone</source>
        <translation>Pour les personnes qui subissent des violences, et celles qui s’inquiètent pour quelqu’un</translation>
    </message>
    <message>
        <source>Does not show on the phone bill</source>
        <translation>N’apparaît pas sur la facture de téléphone</translation>
    </message>
    <message>
        <source>116 016 also reaches Nollalinja; does not show on the phone bill</source>
        <translation>Le 116 016 joint aussi Nollalinja ; n’apparaît pas sur la facture de téléphone</translation>
    </message>
    <message>
        <source>For people who cannot speak or hear: send a text message to 114 to reach emergency services</source>
        <translation>Pour les personnes qui ne peuvent pas parler ou entendre : envoyez un SMS au 114 pour joindre les secours</translation>
    </message>
    <message>
        <source>For men experiencing domestic abuse</source>
        <translation>Pour les hommes victimes de violences conjugales</translation>
    </message>
    <message>
        <source>Anonymous; most callers are people experiencing domestic violence</source>
        <translation>Anonyme ; la plupart des appels viennent de personnes qui subissent des violences conjugales</translation>
    </message>
    <message>
        <source>For people experiencing violence in relationships, and trafficking</source>
        <translation>Pour les personnes qui subissent des violences dans le couple, et la traite des êtres humains</translation>
    </message>
    <message>
        <source>National helpline for women facing violence, including domestic violence</source>
        <translation>Ligne d’écoute nationale pour les femmes confrontées à la violence, y compris conjugale</translation>
    </message>
    <message>
        <source>Connects you to the nearest spousal violence counselling centre</source>
        <translation>Vous met en relation avec le centre d’aide aux victimes de violences conjugales le plus proche</translation>
    </message>
    <message>
        <source>Anonymous; for women and men</source>
        <translation>Anonyme ; pour les femmes et les hommes</translation>
    </message>
    <message>
        <source>Support line for victims of crime; most calls are about violence in the family</source>
        <translation>Ligne de soutien aux victimes d’infractions ; la plupart des appels concernent la violence dans la famille</translation>
    </message>
    <message>
        <source>For help and advice about domestic violence</source>
        <translation>Pour de l’aide et des conseils sur les violences conjugales</translation>
    </message>
    <message>
        <source>Dial 079 and choose option 1</source>
        <translation>Composez le 079 et choisissez l’option 1</translation>
    </message>
    <message>
        <source>You may stay anonymous</source>
        <translation>Vous pouvez rester anonyme</translation>
    </message>
    <message>
        <source>Anonymous; for people aged 18 and over</source>
        <translation>Anonyme ; pour les personnes de 18 ans et plus</translation>
    </message>
    <message>
        <source>Legal advice and referral; domestic abuse can be reported here</source>
        <translation>Conseils juridiques et orientation ; les violences conjugales peuvent être signalées ici</translation>
    </message>
    <message>
        <source>Does not show on the phone bill; you may stay anonymous</source>
        <translation>N’apparaît pas sur la facture de téléphone ; vous pouvez rester anonyme</translation>
    </message>
    <message>
        <source>Ministry of Social Development and Human Security; family violence is among its issues</source>
        <translation>Ministry of Social Development and Human Security ; la violence familiale fait partie de ses domaines</translation>
    </message>
    <message>
        <source>Adults and children can report gender-based violence and child abuse</source>
        <translation>Adultes et enfants peuvent signaler les violences fondées sur le genre et la maltraitance des enfants</translation>
    </message>
    <message>
        <source>TTY: 1-800-787-3224</source>
        <translation>Téléphone texte (TTY, ATS) : 1-800-787-3224</translation>
    </message>
    <message>
        <source>Live chat and SMS</source>
        <translation>Chat en direct et SMS</translation>
    </message>
    <message>
        <source>hilfetelefon.de (chat and email)</source>
        <translation>hilfetelefon.de (chat et e-mail)</translation>
    </message>
    <message>
        <source>Email 016-online@igualdad.gob.es</source>
        <translation>E-mail 016-online@igualdad.gob.es</translation>
    </message>
    <message>
        <source>nollalinja.fi (chat on weekdays)</source>
        <translation>nollalinja.fi (chat en semaine)</translation>
    </message>
    <message>
        <source>Email sos15900@isotita.gr</source>
        <translation>E-mail sos15900@isotita.gr</translation>
    </message>
    <message>
        <source>soudanplus.jp (email and chat)</source>
        <translation>soudanplus.jp (e-mail et chat)</translation>
    </message>
    <message>
        <source>Email and chat</source>
        <translation>E-mail et chat</translation>
    </message>
    <message>
        <source>Email info@helpline-violence.lu</source>
        <translation>E-mail info@helpline-violence.lu</translation>
    </message>
    <message>
        <source>Email linkaprezeny@ivpr.gov.sk</source>
        <translation>E-mail linkaprezeny@ivpr.gov.sk</translation>
    </message>
    <message>
        <source>SMS to 114</source>
        <translation>SMS au 114</translation>
    </message>
    <message>
        <source>SMS 3060 (free, does not show on the bill)</source>
        <translation>SMS 3060 (gratuit, n’apparaît pas sur la facture)</translation>
    </message>
    <message>
        <source>Text START to 88788</source>
        <translation>Envoyez START au 88788</translation>
    </message>
    <message>
        <source>24 hours, every day</source>
        <translation>24 heures sur 24, tous les jours</translation>
    </message>
    <message>
        <source>Hours vary by region (for example weekdays 8:30–11:30 and 14:30–17:30)</source>
        <translation>Les horaires varient selon la région (par exemple en semaine 8:30–11:30 et 14:30–17:30)</translation>
    </message>
    <message>
        <source>Opening hours of the local centre</source>
        <translation>Heures d’ouverture du centre local</translation>
    </message>
    <message>
        <source>Every day, 12:00–20:00</source>
        <translation>Tous les jours, 12:00–20:00</translation>
    </message>
    <message>
        <source>Every day, 12:00–22:00</source>
        <translation>Tous les jours, 12:00–22:00</translation>
    </message>
    <message>
        <source>Every day, 7:30–19:30</source>
        <translation>Tous les jours, 7:30–19:30</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>other languages</source>
        <translation>autres langues</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>18 other languages</source>
        <translation>18 autres langues</translation>
    </message>
    <message>
        <source>sign language</source>
        <translation>langue des signes</translation>
    </message>
    <message>
        <source>53 languages</source>
        <translation>53 langues</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finnois</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>suédois</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>croate</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persan</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>albanais</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainien</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polonais</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonais</translation>
    </message>
    <message>
        <source>many local languages</source>
        <translation>de nombreuses langues locales</translation>
    </message>
    <message>
        <source>200+ languages through interpreters</source>
        <translation>plus de 200 langues grâce à des interprètes</translation>
    </message>
    <message>
        <source>and at set hours: English, Arabic, Creole, Dari, Spanish, Hebrew, Kabyle, Mandarin, Persian, Polish, Portuguese, Turkish</source>
        <translation>et à certaines heures : anglais, arabe, créole, dari, espagnol, hébreu, kabyle, mandarin, persan, polonais, portugais, turc</translation>
    </message>
    <message>
        <source>and by chat or email: English, Chinese, Korean, Spanish, Portuguese, Tagalog, Thai, Vietnamese, Indonesian, Nepali</source>
        <translation>et par chat ou e-mail : anglais, chinois, coréen, espagnol, portugais, tagalog, thaï, vietnamien, indonésien, népalais</translation>
    </message>
    <message>
        <source>In Iceland, 112 also takes reports of violence, by phone or by web chat on 112.is.</source>
        <translation>En Islande, le 112 reçoit aussi les signalements de violences, par téléphone ou par le chat en ligne sur 112.is.</translation>
    </message>
    <message>
        <source>The 911 emergency hotline also takes calls about violence against women and children.</source>
        <translation>La ligne d’urgence 911 prend aussi les appels concernant les violences faites aux femmes et aux enfants.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>That doesn&apos;t open this workbook. Please check it and try again.</source>
        <translation>Cela n’ouvre pas ce classeur. Veuillez vérifier et réessayer.</translation>
    </message>
    <message>
        <source>The key file of this workbook (keys.json in its data folder) is damaged, so the workbook cannot be opened with it; typing the passphrase again will not help. If you have a copy of the data folder, put its keys.json back. Otherwise your recovery code opens the copy of the key file kept with the automatic backups (backups/keys.json).</source>
        <translation>Le fichier de clés de ce classeur (keys.json, dans son dossier de données) est endommagé : le classeur ne peut pas être ouvert avec lui, et retaper la phrase secrète n’y changera rien. Si vous avez une copie du dossier de données, remettez-en le fichier keys.json. Sinon, votre code de récupération ouvre la copie du fichier de clés gardée avec les sauvegardes automatiques (backups/keys.json).</translation>
    </message>
    <message>
        <source>This data folder has no key file, so the workbook in it cannot be opened.</source>
        <translation>Ce dossier de données n’a pas de fichier de clés : le classeur qu’il contient ne peut donc pas être ouvert.</translation>
    </message>
    <message>
        <source>Please use at least {count} characters. A few ordinary words in a row are easy to remember and hard to guess.</source>
        <translation>Veuillez utiliser au moins {count} caractères. Quelques mots ordinaires à la suite sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <source>This data folder already has a workbook.</source>
        <translation>Ce dossier de données contient déjà un classeur.</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a recovery code. It has 24 letters and digits, in six groups of four.</source>
        <translation>Cela ne ressemble pas à un code de récupération. Il compte 24 lettres et chiffres, en six groupes de quatre.</translation>
    </message>
    <message>
        <source>That key does not belong to this workbook.</source>
        <translation>Cette clé n’appartient pas à ce classeur.</translation>
    </message>
    <message>
        <source>This workbook&apos;s key file is from an earlier version of Workbook. Please change the passphrase first (you may type the same one again).</source>
        <translation>Le fichier de clés de ce classeur vient d’une version antérieure de Workbook. Veuillez d’abord changer la phrase secrète (vous pouvez retaper la même).</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>La langue de l’ordinateur</translation>
    </message>
    <message>
        <source>Workbook speaks the language you choose from the next time you open it.</source>
        <translation>Workbook parlera la langue choisie à partir de la prochaine ouverture.</translation>
    </message>
    <message>
        <source>Your choice could not be kept just now. Please try again.</source>
        <translation>Votre choix n’a pas pu être gardé pour l’instant. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Saved. Workbook will speak this language from the next time you open it.</source>
        <translation>Enregistré. Workbook parlera cette langue à partir de la prochaine ouverture.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Details of the selected entry</source>
        <translation>Détails de l’entrée sélectionnée</translation>
    </message>
    <message>
        <source>Everything written in the selected entry, in full.</source>
        <translation>Tout ce qui est écrit dans l’entrée sélectionnée, en entier.</translation>
    </message>
    <message>
        <source>Select an entry to read it here in full.</source>
        <translation>Sélectionnez une entrée pour la lire ici en entier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;{label} :&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>An entry you started earlier has not been saved yet. Nothing is lost.</source>
        <translation>Une entrée commencée plus tôt n’est pas encore enregistrée. Rien n’est perdu.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>La reprendre</translation>
    </message>
    <message>
        <source>Open the unfinished entry where you left it.</source>
        <translation>Ouvrir l’entrée inachevée là où vous l’avez laissée.</translation>
    </message>
    <message>
        <source>Enter opens the selected entry, Delete removes it.</source>
        <translation>Entrée ouvre l’entrée sélectionnée, Suppr la supprime.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a new entry to this list.</source>
        <translation>Ajouter une nouvelle entrée à cette liste.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Open the selected entry.</source>
        <translation>Ouvrir l’entrée sélectionnée.</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Remove the selected entry.</source>
        <translation>Supprimer l’entrée sélectionnée.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected entry up.</source>
        <translation>Monter l’entrée sélectionnée.</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected entry down.</source>
        <translation>Descendre l’entrée sélectionnée.</translation>
    </message>
    <message>
        <source>• {kind}: {title}</source>
        <translation>• {kind} : {title}</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” is used in %n other entries:</source>
        <translation>
            <numerusform>« {title} » est utilisé dans %n autre entrée :</numerusform>
            <numerusform>« {title} » est utilisé dans %n autres entrées :</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove it and clear those links</source>
        <translation>&amp;Le supprimer et effacer ces liens</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Le garder</translation>
    </message>
    <message>
        <source>{entries}

If you remove it, those entries stay; they simply no longer point to it. You can choose someone or something else in them afterwards.</source>
        <translation>{entries}

Si vous le supprimez, ces entrées restent ; elles n’y renvoient simplement plus. Vous pourrez ensuite y choisir quelqu’un ou autre chose.</translation>
    </message>
    <message>
        <source>“{title}” will be removed from your plan.</source>
        <translation>« {title} » sera supprimé de votre plan.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>This entry could not be removed just now. Please try again.</source>
        <translation>Cette entrée n’a pas pu être supprimée pour l’instant. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>{header}: {text}</source>
        <translation>{header} : {text}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
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
        <translation>En personne</translation>
    </message>
    <message>
        <source>Via lawyer</source>
        <translation>Par les avocats</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>Supervisé</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Par écrit</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
</context>
<context>
    <name>MandatedObligation</name>
    <message>
        <source>Who mandated it</source>
        <translation>Qui l’a imposé</translation>
    </message>
    <message>
        <source>Name of the court or person</source>
        <translation>Nom du tribunal ou de la personne</translation>
    </message>
    <message>
        <source>For example the name of the court, counselor or mediator.</source>
        <translation>Par exemple le nom du tribunal, du thérapeute ou du médiateur.</translation>
    </message>
    <message>
        <source>Reference or case number</source>
        <translation>Référence ou numéro de dossier</translation>
    </message>
    <message>
        <source>What exactly is required</source>
        <translation>Ce qui est exigé exactement</translation>
    </message>
    <message>
        <source>Write it as the order says it: exactly this much, never less, never more.</source>
        <translation>Écrivez-le comme l’ordonnance le dit : exactement cela, jamais moins, jamais plus.</translation>
    </message>
    <message>
        <source>When and how often</source>
        <translation>Quand et à quelle fréquence</translation>
    </message>
    <message>
        <source>Days and times</source>
        <translation>Jours et heures</translation>
    </message>
    <message>
        <source>As the order sets them; contacts in the log are compared with these.</source>
        <translation>Tels que l’ordonnance les fixe ; les contacts du journal y sont comparés.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>How the contact happens</source>
        <translation>Comment le contact a lieu</translation>
    </message>
    <message>
        <source>Topics allowed</source>
        <translation>Sujets autorisés</translation>
    </message>
    <message>
        <source>For example: the children&apos;s logistics only.</source>
        <translation>Par exemple : uniquement l’organisation concernant les enfants.</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Pris en charge par</translation>
    </message>
    <message>
        <source>The professional or trusted contact who handles this contact for you.</source>
        <translation>La personne professionnelle ou de confiance qui gère ce contact pour vous.</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l’instant</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de réexamen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>no mandated contact written down yet (leave it empty if there is none)</source>
        <translation>aucun contact imposé noté pour l’instant (laissez vide s’il n’y en a pas)</translation>
    </message>
    <message numerus="yes">
        <source>%n obligations have nobody to handle them yet</source>
        <translation>
            <numerusform>%n obligation n’a encore personne pour s’en occuper</numerusform>
            <numerusform>%n obligations n’ont encore personne pour s’en occuper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obligations do not say yet what exactly is required</source>
        <translation>
            <numerusform>%n obligation ne dit pas encore ce qui est exigé exactement</numerusform>
            <numerusform>%n obligations ne disent pas encore ce qui est exigé exactement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MandatedPage</name>
    <message>
        <source>A court, counselor, evaluator, mediator, guardian or the police may require some contact of you. Write down exactly what is required: you keep that much, never less and never more, and if a ruling needs to change, that happens through the proper channels. If nothing is mandated, simply go on to the next page.</source>
        <translation>Un tribunal, un conseiller, un évaluateur, un médiateur, un tuteur ou la police peuvent vous imposer un certain contact. Notez exactement ce qui est exigé : vous respectez cela, jamais moins et jamais plus, et si une décision doit changer, cela passe par les voies prévues. Si rien n’est imposé, passez simplement à la page suivante.</translation>
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
        <translation>Thérapeute</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Médiateur</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Forces de l’ordre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>OtherPerson</name>
    <message>
        <source>Him (he)</source>
        <translation>Lui</translation>
    </message>
    <message>
        <source>Her (she)</source>
        <translation>Elle</translation>
    </message>
    <message>
        <source>Them (they)</source>
        <translation>L’autre personne</translation>
    </message>
    <message>
        <source>A name I choose</source>
        <translation>Un nom que je choisis</translation>
    </message>
    <message>
        <source>Him</source>
        <comment>he</comment>
        <translation>Lui</translation>
    </message>
    <message>
        <source>Her</source>
        <comment>she</comment>
        <translation>Elle</translation>
    </message>
    <message>
        <source>The other person</source>
        <comment>they</comment>
        <translation>L’autre personne</translation>
    </message>
    <message>
        <source>{name}</source>
        <comment>name</comment>
        <translation>{name}</translation>
    </message>
    <message>
        <source>Him, directly</source>
        <comment>he</comment>
        <translation>Lui, directement</translation>
    </message>
    <message>
        <source>Her, directly</source>
        <comment>she</comment>
        <translation>Elle, directement</translation>
    </message>
    <message>
        <source>The other person, directly</source>
        <comment>they</comment>
        <translation>L’autre personne, directement</translation>
    </message>
    <message>
        <source>{name}, directly</source>
        <comment>name</comment>
        <translation>{name}, directement</translation>
    </message>
</context>
<context>
    <name>OtherPersonBox</name>
    <message>
        <source>How Workbook speaks of the other person</source>
        <translation>Comment Workbook parle de l’autre personne</translation>
    </message>
    <message>
        <source>Many pages speak of the person you are keeping your distance from. Choose how they are spoken of; you can change it at any time, and every page and PDF follows. A name stays inside your protected workbook, and a copy for a court never shows it.</source>
        <translation>Beaucoup de pages parlent de la personne dont vous vous tenez à distance. Choisissez comment la nommer ; vous pouvez changer d’avis à tout moment, et chaque page et chaque PDF suivront. Un nom reste dans votre classeur protégé, et une copie destinée à un tribunal ne l’affiche jamais.</translation>
    </message>
    <message>
        <source>For example: “{sentence}”</source>
        <translation>Par exemple : « {sentence} »</translation>
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
        <translation>Réexamen de l’ordonnance de {title} : {date} — ce jour est passé ; c’est un bon moment pour la relire, avec votre avocat si vous en avez un.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message numerus="yes">
        <source>The review date of %n more orders has passed too; they are on the page Mandated contact.</source>
        <translation>
            <numerusform>La date de réexamen de %n autre ordonnance est passée aussi ; elle est sur la page Contact imposé.</numerusform>
            <numerusform>La date de réexamen de %n autres ordonnances est passée aussi ; elles sont sur la page Contact imposé.</numerusform>
        </translation>
    </message>
    <message>
        <source>No review date chosen yet. You can set one on the last page of the wizard.</source>
        <translation>Aucune date de relecture choisie pour l’instant. Vous pouvez en fixer une à la dernière page de l’assistant.</translation>
    </message>
    <message numerus="yes">
        <source>Next review: {date} (in %n days).</source>
        <translation>
            <numerusform>Prochaine relecture : {date} (dans %n jour).</numerusform>
            <numerusform>Prochaine relecture : {date} (dans %n jours).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review: {date} (tomorrow).</source>
        <translation>Prochaine relecture : {date} (demain).</translation>
    </message>
    <message>
        <source>Next review: {date} (today).</source>
        <translation>Prochaine relecture : {date} (aujourd’hui).</translation>
    </message>
    <message>
        <source>Next review: {date} — that day has passed; a good moment to look.</source>
        <translation>Prochaine relecture : {date} — ce jour est passé ; c’est un bon moment pour y jeter un œil.</translation>
    </message>
    <message>
        <source>Overview of your plan</source>
        <translation>Vue d’ensemble de votre plan</translation>
    </message>
    <message>
        <source>Every section, how complete it is and when it changed.</source>
        <translation>Chaque section, son avancement et la date de sa dernière modification.</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Votre plan</translation>
    </message>
    <message>
        <source>Welcome back. Here is every part of your plan. Open any of them to update it; every change is saved at once.</source>
        <translation>Bon retour. Voici chaque partie de votre plan. Ouvrez-en une pour la mettre à jour ; chaque modification est enregistrée aussitôt.</translation>
    </message>
    <message>
        <source>Open {title}</source>
        <translation>Ouvrir {title}</translation>
    </message>
    <message>
        <source>&amp;Walk through the plan</source>
        <translation>&amp;Parcourir le plan</translation>
    </message>
    <message>
        <source>Go through every page from the start, with everything filled in as it is.</source>
        <translation>Parcourir toutes les pages depuis le début, avec tout ce qui est déjà rempli.</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Save your plan as a PDF to print or to give to someone you trust.</source>
        <translation>Enregistrer votre plan en PDF pour l’imprimer ou le remettre à une personne de confiance.</translation>
    </message>
    <message>
        <source>{summary} · last changed {when}</source>
        <translation>{summary} · dernière modification : {when}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>Missing: {items}; and %n more</source>
        <translation>
            <numerusform>Il manque : {items} ; et %n autre chose</numerusform>
            <numerusform>Il manque : {items} ; et %n autres choses</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: {items}</source>
        <translation>Il manque : {items}</translation>
    </message>
    <message>
        <source>You have an unfinished entry on {section}.</source>
        <translation>Vous avez une entrée inachevée dans {section}.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>La reprendre</translation>
    </message>
    <message>
        <source>Open the unfinished entry on {section} where you left it.</source>
        <translation>Ouvrir l’entrée inachevée dans {section} là où vous l’avez laissée.</translation>
    </message>
    <message>
        <source>Continue the unfinished entry on {section}</source>
        <translation>Reprendre l’entrée inachevée dans {section}</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>{name} (continued)</source>
        <translation>{name} (suite)</translation>
    </message>
    <message>
        <source>(nothing filled in yet)</source>
        <translation>(rien n’est encore rempli)</translation>
    </message>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
    <message>
        <source>{title} · made {date}</source>
        <translation>{title} · établi le {date}</translation>
    </message>
    <message>
        <source>Page {page} of </source>
        <translation>Page {page} sur </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>(a contact that was removed)</source>
        <translation>(un contact qui a été supprimé)</translation>
    </message>
    <message>
        <source>a trusted contact</source>
        <translation>une personne de confiance</translation>
    </message>
    <message>
        <source>(a contact without a name)</source>
        <translation>(un contact sans nom)</translation>
    </message>
    <message>
        <source>(a proxy that was removed)</source>
        <translation>(un intermédiaire qui a été supprimé)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>an order that was removed</source>
        <translation>une ordonnance qui a été supprimée</translation>
    </message>
    <message>
        <source>(an agreement that was removed)</source>
        <translation>(un accord qui a été supprimé)</translation>
    </message>
    <message>
        <source>With {partner} ({when})</source>
        <translation>Avec {partner} ({when})</translation>
    </message>
    <message>
        <source>With {partner}</source>
        <translation>Avec {partner}</translation>
    </message>
    <message>
        <source>Last changed {when}</source>
        <translation>Dernière modification {when}</translation>
    </message>
    <message>
        <source>No changes recorded yet</source>
        <translation>Aucune modification enregistrée pour l’instant</translation>
    </message>
    <message>
        <source>Nothing entered here yet.</source>
        <translation>Rien n’est encore saisi ici.</translation>
    </message>
    <message>
        <source>Made on {date} at {time}</source>
        <translation>Établi le {date} à {time}</translation>
    </message>
    <message>
        <source>Plan started {date}</source>
        <translation>Plan commencé le {date}</translation>
    </message>
    <message>
        <source>Next review {date}</source>
        <translation>Prochaine relecture le {date}</translation>
    </message>
    <message>
        <source>Essentials</source>
        <translation>L’essentiel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing entered yet — the Mandated contact page helps you write down any contact a court or an official requires. Leave it empty if there is none.</source>
        <translation>Rien n’est encore saisi — la page Contact imposé vous aide à noter tout contact qu’un tribunal ou une autorité exige. Laissez-la vide s’il n’y en a pas.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the My boundaries page suggests commitments you can adopt and helps you find your one firm sentence.</source>
        <translation>Rien n’est encore saisi — la page Mes limites propose des engagements que vous pouvez adopter et vous aide à trouver votre phrase ferme.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Trusted contacts page helps you add the people you trust.</source>
        <translation>Rien n’est encore saisi — la page Personnes de confiance vous aide à ajouter les personnes en qui vous avez confiance.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Backup plans page helps you decide, ahead of time, what you will do if you must leave at once.</source>
        <translation>Rien n’est encore saisi — la page Plans de secours vous aide à décider à l’avance ce que vous ferez si vous devez partir tout de suite.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Whereabouts check-ins page helps you agree with someone you trust when you will check in, and what they do if you do not.</source>
        <translation>Rien n’est encore saisi — la page Signes de vie vous aide à convenir avec une personne de confiance quand vous donnerez des nouvelles, et de ce qu’elle fera sinon.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Suspected proxies page is where you note people who may carry messages for him.</source>
        <comment>he</comment>
        <translation>Rien pour l’instant — la page Intermédiaires possibles sert à noter les personnes qui pourraient transmettre ses messages.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Suspected proxies page is where you note people who may carry messages for her.</source>
        <comment>she</comment>
        <translation>Rien pour l’instant — la page Intermédiaires possibles sert à noter les personnes qui pourraient transmettre ses messages.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Suspected proxies page is where you note people who may carry messages for the other person.</source>
        <comment>they</comment>
        <translation>Rien pour l’instant — la page Intermédiaires possibles sert à noter les personnes qui pourraient transmettre les messages de l’autre personne.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Suspected proxies page is where you note people who may carry messages for {name}.</source>
        <comment>name</comment>
        <translation>Rien pour l’instant — la page Intermédiaires possibles sert à noter les personnes qui pourraient transmettre les messages de {name}.</translation>
    </message>
    <message>
        <source>Nothing entered yet — the Contact log page is where you write down each contact while it is fresh.</source>
        <translation>Rien n’est encore saisi — la page Journal des contacts sert à noter chaque contact tant qu’il est frais.</translation>
    </message>
    <message>
        <source>{section}: {missing}</source>
        <translation>{section} : {missing}</translation>
    </message>
    <message>
        <source>Still to fill in</source>
        <translation>Encore à remplir</translation>
    </message>
    <message>
        <source>The most important parts of this plan on one page. Every record follows in full in the sections after it.</source>
        <translation>Les parties les plus importantes de ce plan sur une page. Chaque fiche suit en entier dans les sections suivantes.</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>À propos de moi</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>Numéros d’urgence</translation>
    </message>
    <message>
        <source>Check-in partners</source>
        <translation>Personnes relais</translation>
    </message>
    <message>
        <source>Backup plans in brief</source>
        <translation>Plans de secours en bref</translation>
    </message>
    <message>
        <source>Nothing essential has been entered yet.</source>
        <translation>Rien d’essentiel n’est encore saisi.</translation>
    </message>
    <message>
        <source>This copy leaves out the parts of the plan its reader does not need.</source>
        <translation>Cet exemplaire omet les parties du plan dont son lecteur n’a pas besoin.</translation>
    </message>
    <message>
        <source>Help now</source>
        <translation>Aide immédiate</translation>
    </message>
    <message>
        <source>Police: {number}</source>
        <translation>Police : {number}</translation>
    </message>
    <message>
        <source>Numbers for {country} from Workbook&apos;s offline list, checked on {date}.</source>
        <translation>Numéros pour {country} tirés de la liste hors ligne de Workbook, vérifiés le {date}.</translation>
    </message>
    <message>
        <source>… and {count} more in “{where}”.</source>
        <translation>… et {count} autres dans « {where} ».</translation>
    </message>
    <message>
        <source>(no partner chosen yet)</source>
        <translation>(aucune personne relais choisie pour l’instant)</translation>
    </message>
    <message>
        <source>grace period {minutes}</source>
        <translation>délai de grâce {minutes}</translation>
    </message>
    <message>
        <source>Their code word: {word}</source>
        <translation>Son mot de code : {word}</translation>
    </message>
    <message>
        <source>If I miss a check-in:</source>
        <translation>Si je ne donne pas signe de vie :</translation>
    </message>
    <message>
        <source>Call: {people}</source>
        <translation>Appeler : {people}</translation>
    </message>
    <message>
        <source>My own words</source>
        <translation>Mes propres mots</translation>
    </message>
    <message>
        <source>Commitments I keep</source>
        <translation>Engagements que je tiens</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>Commitments I dropped</source>
        <translation>Engagements abandonnés</translation>
    </message>
    <message>
        <source>Check-ins made</source>
        <translation>Signes de vie donnés</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>The files attached to the log, numbered in the order of the log. Each file&apos;s SHA-256 is also in its entry&apos;s hash, so a file changed after it was attached no longer matches.</source>
        <translation>Les fichiers joints au journal, numérotés dans l’ordre du journal. Le SHA-256 de chaque fichier entre aussi dans l’empreinte de son entrée : un fichier modifié après avoir été joint ne correspond donc plus.</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>Nom d’origine</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>No. {n}, {when}</source>
        <translation>N° {n}, {when}</translation>
    </message>
    <message>
        <source>Exhibit {n}</source>
        <translation>Pièce {n}</translation>
    </message>
    <message>
        <source>Inside or outside the orders, month by month</source>
        <translation>Dans ou hors des ordonnances, mois par mois</translation>
    </message>
    <message>
        <source>Through {name}</source>
        <translation>Par {name}</translation>
    </message>
    <message>
        <source>Not mandated</source>
        <translation>Non imposé</translation>
    </message>
    <message>
        <source>Allowed by {order}</source>
        <translation>Autorisé par {order}</translation>
    </message>
    <message>
        <source>Please choose A4 or Letter as the page size.</source>
        <translation>Veuillez choisir A4 ou Lettre comme format de papier.</translation>
    </message>
    <message>
        <source>The folder for the PDF does not exist. Please choose another.</source>
        <translation>Le dossier prévu pour le PDF n’existe pas. Veuillez en choisir un autre.</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Please check that the folder is writable and has space, or choose another place.</source>
        <translation>Le PDF n’a pas pu être enregistré à cet endroit. Vérifiez que le dossier est accessible en écriture et qu’il reste de la place, ou choisissez un autre endroit.</translation>
    </message>
    <message>
        <source>Please choose which check-in partner the card is for.</source>
        <translation>Veuillez choisir la personne relais à qui cette carte est destinée.</translation>
    </message>
    <message>
        <source>No trusted contact is the partner of a check-in agreement yet.</source>
        <translation>Aucune personne de confiance n’est encore la personne relais d’un accord de signes de vie.</translation>
    </message>
</context>
<context>
    <name>PersonalStatements</name>
    <message>
        <source>My firm sentence</source>
        <translation>Ma phrase ferme</translation>
    </message>
    <message>
        <source>What I say to people who pass on messages</source>
        <translation>Ce que je dis aux personnes qui transmettent des messages</translation>
    </message>
    <message>
        <source>How I return gifts</source>
        <translation>Comment je rends les cadeaux</translation>
    </message>
    <message>
        <source>What you say if you ever hear his voice, before you hang up.</source>
        <comment>he</comment>
        <translation>Ce que vous dites si jamais vous entendez sa voix, avant de raccrocher.</translation>
    </message>
    <message>
        <source>What you say if you ever hear her voice, before you hang up.</source>
        <comment>she</comment>
        <translation>Ce que vous dites si jamais vous entendez sa voix, avant de raccrocher.</translation>
    </message>
    <message>
        <source>What you say if you ever hear the other person&apos;s voice, before you hang up.</source>
        <comment>they</comment>
        <translation>Ce que vous dites si jamais vous entendez la voix de l’autre personne, avant de raccrocher.</translation>
    </message>
    <message>
        <source>What you say if you ever hear {name}&apos;s voice, before you hang up.</source>
        <comment>name</comment>
        <translation>Ce que vous dites si jamais vous entendez la voix de {name}, avant de raccrocher.</translation>
    </message>
    <message>
        <source>For friends or family who bring requests from him.</source>
        <comment>he</comment>
        <translation>Pour les amis ou la famille qui vous transmettent ses demandes.</translation>
    </message>
    <message>
        <source>For friends or family who bring requests from her.</source>
        <comment>she</comment>
        <translation>Pour les amis ou la famille qui vous transmettent ses demandes.</translation>
    </message>
    <message>
        <source>For friends or family who bring requests from the other person.</source>
        <comment>they</comment>
        <translation>Pour les amis ou la famille qui vous transmettent les demandes de l’autre personne.</translation>
    </message>
    <message>
        <source>For friends or family who bring requests from {name}.</source>
        <comment>name</comment>
        <translation>Pour les amis ou la famille qui vous transmettent les demandes de {name}.</translation>
    </message>
    <message>
        <source>For example: unopened, by post to his lawyer, with no note.</source>
        <comment>he</comment>
        <translation>Par exemple : sans les ouvrir, par la poste à son avocat, sans aucun mot.</translation>
    </message>
    <message>
        <source>For example: unopened, by post to her lawyer, with no note.</source>
        <comment>she</comment>
        <translation>Par exemple : sans les ouvrir, par la poste à son avocat, sans aucun mot.</translation>
    </message>
    <message>
        <source>For example: unopened, by post to their lawyer, with no note.</source>
        <comment>they</comment>
        <translation>Par exemple : sans les ouvrir, par la poste à l’avocat de l’autre personne, sans aucun mot.</translation>
    </message>
    <message>
        <source>For example: unopened, by post to {name}&apos;s lawyer, with no note.</source>
        <comment>name</comment>
        <translation>Par exemple : sans les ouvrir, par la poste à l’avocat de {name}, sans aucun mot.</translation>
    </message>
    <message>
        <source>no firm sentence yet</source>
        <translation>pas encore de phrase ferme</translation>
    </message>
    <message>
        <source>no reply for people who pass on messages yet</source>
        <translation>pas encore de réponse pour les personnes qui transmettent des messages</translation>
    </message>
    <message>
        <source>no plan for returning gifts yet</source>
        <translation>pas encore de plan pour rendre les cadeaux</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Plan started</source>
        <translation>Plan commencé le</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine relecture</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>How Workbook speaks of the other person</source>
        <translation>Comment Workbook parle de l’autre personne</translation>
    </message>
    <message>
        <source>The name to use</source>
        <translation>Le nom à utiliser</translation>
    </message>
    <message>
        <source>A first name, a nickname or an initial: whatever feels right to you.</source>
        <translation>Un prénom, un surnom ou une initiale : ce qui vous convient.</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>There is no mandated contact with this id in the file.</source>
        <translation>Le fichier ne contient aucun contact imposé avec cet id.</translation>
    </message>
    <message>
        <source>There is no boundary commitment with this id in the file.</source>
        <translation>Le fichier ne contient aucun engagement de limites avec cet id.</translation>
    </message>
    <message>
        <source>There is no trusted contact with this id in the file.</source>
        <translation>Le fichier ne contient aucune personne de confiance avec cet id.</translation>
    </message>
    <message>
        <source>There is no backup plan with this id in the file.</source>
        <translation>Le fichier ne contient aucun plan de secours avec cet id.</translation>
    </message>
    <message>
        <source>There is no check-in agreement with this id in the file.</source>
        <translation>Le fichier ne contient aucun accord de signes de vie avec cet id.</translation>
    </message>
    <message>
        <source>There is no check-in with this id in the file.</source>
        <translation>Le fichier ne contient aucun signe de vie avec cet id.</translation>
    </message>
    <message>
        <source>There is no suspected proxy with this id in the file.</source>
        <translation>Le fichier ne contient aucun intermédiaire possible avec cet id.</translation>
    </message>
    <message>
        <source>There is no contact-log entry with this id in the file.</source>
        <translation>Le fichier ne contient aucune entrée du journal des contacts avec cet id.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problems.</source>
        <translation>
            <numerusform>Le fichier présente %n problème.</numerusform>
            <numerusform>Le fichier présente %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is more text after the end of the plan.</source>
        <translation>Il y a encore du texte après la fin du plan.</translation>
    </message>
    <message>
        <source>The file ends too early; part of it may be missing.</source>
        <translation>Le fichier se termine trop tôt ; une partie manque peut-être.</translation>
    </message>
    <message>
        <source>This file holds far more separate values than a plan of its size could, so it was not read any further.</source>
        <translation>Ce fichier contient bien plus de valeurs qu’un plan de cette taille ne pourrait en avoir ; sa lecture s’est donc arrêtée là.</translation>
    </message>
    <message>
        <source>This number is far too long.</source>
        <translation>Ce nombre est beaucoup trop long.</translation>
    </message>
    <message>
        <source>Expected a value here (text in quotes, a number, ...).</source>
        <translation>Une valeur était attendue ici (du texte entre guillemets, un nombre, ...).</translation>
    </message>
    <message>
        <source>Line breaks and tabs inside text must be written as \n and \t.</source>
        <translation>Les retours à la ligne et les tabulations dans le texte s’écrivent \n et \t.</translation>
    </message>
    <message>
        <source>This text has no closing quote mark.</source>
        <translation>Il manque à ce texte son guillemet fermant.</translation>
    </message>
    <message>
        <source>This text has a backslash that is not a valid escape.</source>
        <translation>Ce texte contient une barre oblique inverse qui n’est pas un échappement valide.</translation>
    </message>
    <message>
        <source>The file is nested far too deeply to be a plan.</source>
        <translation>Le fichier est bien trop imbriqué pour être un plan.</translation>
    </message>
    <message>
        <source>Expected a field name in double quotes here.</source>
        <translation>Un nom de champ entre guillemets droits était attendu ici.</translation>
    </message>
    <message>
        <source>Expected a colon (:) after the field name.</source>
        <translation>Deux-points (:) étaient attendus après le nom du champ.</translation>
    </message>
    <message>
        <source>Expected a comma or a closing brace (}) here.</source>
        <translation>Une virgule ou une accolade fermante (}) était attendue ici.</translation>
    </message>
    <message>
        <source>This list has more than {count:,} items, far more than any plan holds, so it was not read any further.</source>
        <translation>Cette liste compte plus de {count:,} éléments, bien plus que n’en contient un plan ; sa lecture s’est donc arrêtée là.</translation>
    </message>
    <message>
        <source>Expected a comma or a closing bracket (]) here.</source>
        <translation>Une virgule ou un crochet fermant (]) était attendu ici.</translation>
    </message>
    <message>
        <source>This should be text in double quotes.</source>
        <translation>Ceci devrait être du texte entre guillemets droits.</translation>
    </message>
    <message>
        <source>This text contains a broken character (\ud800 ...).</source>
        <translation>Ce texte contient un caractère cassé (\ud800 ...).</translation>
    </message>
    <message>
        <source>An id must be 1 to 64 letters, digits, dashes or underscores, in quotes.</source>
        <translation>Un id doit compter de 1 à 64 lettres, chiffres, tirets ou tirets bas, entre guillemets.</translation>
    </message>
    <message>
        <source>This should be a date written as YYYY-MM-DD.</source>
        <translation>Ceci devrait être une date écrite AAAA-MM-JJ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>This should be a date and time written as YYYY-MM-DDTHH:MM:SS (local time).</source>
        <translation>Ceci devrait être une date et une heure écrites YYYY-MM-DDTHH:MM:SS (heure locale).</translation>
    </message>
    <message>
        <source>This should be one of: {allowed}.</source>
        <translation>Ceci devrait être l’une de ces valeurs : {allowed}.</translation>
    </message>
    <message>
        <source>This should be an object in curly braces { }.</source>
        <translation>Ceci devrait être un objet entre accolades { }.</translation>
    </message>
    <message>
        <source>This should be a whole number, without quotes.</source>
        <translation>Ceci devrait être un nombre entier, sans guillemets.</translation>
    </message>
    <message>
        <source>This should be true or false, without quotes.</source>
        <translation>Ceci devrait être true ou false, sans guillemets.</translation>
    </message>
    <message>
        <source>This should be a list in square brackets.</source>
        <translation>Ceci devrait être une liste entre crochets.</translation>
    </message>
    <message>
        <source>This is already in the list above.</source>
        <translation>Ceci figure déjà dans la liste ci-dessus.</translation>
    </message>
    <message>
        <source>Workbook does not know this field. Please check its spelling.</source>
        <translation>Workbook ne connaît pas ce champ. Veuillez vérifier son orthographe.</translation>
    </message>
    <message>
        <source>This entry needs its date and time (YYYY-MM-DDTHH:MM:SS).</source>
        <translation>Cette entrée a besoin de sa date et de son heure (YYYY-MM-DDTHH:MM:SS).</translation>
    </message>
    <message>
        <source>This suggestion key is too long.</source>
        <translation>Cette clé de suggestion est trop longue.</translation>
    </message>
    <message>
        <source>Another entry already uses this id (at {path}).</source>
        <translation>Une autre entrée utilise déjà cet id (à {path}).</translation>
    </message>
    <message>
        <source>This field appears twice in the same object.</source>
        <translation>Ce champ apparaît deux fois dans le même objet.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Please save it as UTF-8.</source>
        <translation>Le fichier n’est pas du texte UTF-8. Veuillez l’enregistrer en UTF-8.</translation>
    </message>
</context>
<context>
    <name>ProxiesPage</name>
    <message>
        <source>He may send other people to watch you, carry messages, persuade or flatter you. Many of them do not know they are being used. Note who they are and what happened, then decide calmly: cut off those who knowingly spy, and tell the unwitting ones how they are being used.</source>
        <comment>he</comment>
        <translation>Il peut envoyer d’autres personnes pour vous surveiller, vous transmettre des messages, vous convaincre ou vous flatter. Beaucoup ne savent pas qu’on se sert d’elles. Notez qui elles sont et ce qui s’est passé, puis décidez calmement : coupez les ponts avec celles qui espionnent sciemment, et montrez aux autres comment on se sert d’elles.</translation>
    </message>
    <message>
        <source>She may send other people to watch you, carry messages, persuade or flatter you. Many of them do not know they are being used. Note who they are and what happened, then decide calmly: cut off those who knowingly spy, and tell the unwitting ones how they are being used.</source>
        <comment>she</comment>
        <translation>Elle peut envoyer d’autres personnes pour vous surveiller, vous transmettre des messages, vous convaincre ou vous flatter. Beaucoup ne savent pas qu’on se sert d’elles. Notez qui elles sont et ce qui s’est passé, puis décidez calmement : coupez les ponts avec celles qui espionnent sciemment, et montrez aux autres comment on se sert d’elles.</translation>
    </message>
    <message>
        <source>The other person may send people to watch you, carry messages, persuade or flatter you. Many of them do not know they are being used. Note who they are and what happened, then decide calmly: cut off those who knowingly spy, and tell the unwitting ones how they are being used.</source>
        <comment>they</comment>
        <translation>L’autre personne peut envoyer des gens pour vous surveiller, vous transmettre des messages, vous convaincre ou vous flatter. Beaucoup ne savent pas qu’on se sert d’eux. Notez qui ils sont et ce qui s’est passé, puis décidez calmement : coupez les ponts avec ceux qui espionnent sciemment, et montrez aux autres comment on se sert d’eux.</translation>
    </message>
    <message>
        <source>{name} may send other people to watch you, carry messages, persuade or flatter you. Many of them do not know they are being used. Note who they are and what happened, then decide calmly: cut off those who knowingly spy, and tell the unwitting ones how they are being used.</source>
        <comment>name</comment>
        <translation>{name} peut envoyer d’autres personnes pour vous surveiller, vous transmettre des messages, vous convaincre ou vous flatter. Beaucoup ne savent pas qu’on se sert d’elles. Notez qui elles sont et ce qui s’est passé, puis décidez calmement : coupez les ponts avec celles qui espionnent sciemment, et montrez aux autres comment on se sert d’elles.</translation>
    </message>
</context>
<context>
    <name>ProxyBehaviour</name>
    <message>
        <source>Spying</source>
        <translation>Espionne</translation>
    </message>
    <message>
        <source>Harassing</source>
        <translation>Harcèle</translation>
    </message>
    <message>
        <source>Persuading</source>
        <translation>Cherche à convaincre</translation>
    </message>
    <message>
        <source>Flattering</source>
        <translation>Flatte</translation>
    </message>
    <message>
        <source>Carrying messages</source>
        <translation>Transmet des messages</translation>
    </message>
</context>
<context>
    <name>ProxyDecision</name>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>Cut off</source>
        <translation>Couper le contact</translation>
    </message>
    <message>
        <source>Inform and show how they are used</source>
        <translation>L’informer et lui montrer comment on l’utilise</translation>
    </message>
    <message>
        <source>Limit contact</source>
        <translation>Limiter le contact</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Observer</translation>
    </message>
</context>
<context>
    <name>Readers</name>
    <message>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>For me: my whole plan.</source>
        <translation>Pour moi : tout mon plan.</translation>
    </message>
    <message>
        <source>It leaves nothing out. Keep it somewhere only you can reach.</source>
        <translation>Il n’omet rien. Gardez-le là où vous seul·e pouvez y accéder.</translation>
    </message>
    <message>
        <source>Me (the whole plan)</source>
        <translation>Moi (le plan entier)</translation>
    </message>
    <message>
        <source>Safety plan for my lawyer</source>
        <translation>Plan de sécurité pour mon avocat</translation>
    </message>
    <message>
        <source>For my lawyer or advocate: mandated contact, the contact log with its check of what the orders allow and how to verify it, the evidence list, suspected proxies and my boundaries.</source>
        <translation>Pour mon avocat ou la personne qui m’accompagne : le contact imposé, le journal des contacts avec sa vérification de ce que les ordonnances permettent et la façon de la contrôler, la liste des preuves, les intermédiaires possibles et mes limites.</translation>
    </message>
    <message>
        <source>It leaves out code words, check-in arrangements, safe places and what I would take if I had to leave.</source>
        <translation>Il omet les mots de code, les accords de signes de vie, les lieux sûrs et ce que j’emporterais si je devais partir.</translation>
    </message>
    <message>
        <source>My lawyer or advocate</source>
        <translation>Mon avocat ou la personne qui m’accompagne</translation>
    </message>
    <message>
        <source>Contact record for the court</source>
        <translation>Relevé des contacts pour le tribunal</translation>
    </message>
    <message>
        <source>For filing with a court (the other side&apos;s lawyer will read it too): mandated contact, the contact log with its check of what the orders allow and how to verify it, and the evidence list.</source>
        <translation>À déposer au tribunal (l’avocat de l’autre partie le lira aussi) : le contact imposé, le journal des contacts avec sa vérification de ce que les ordonnances permettent et la façon de la contrôler, et la liste des preuves.</translation>
    </message>
    <message>
        <source>It leaves out every address and safe place, my trusted contacts&apos; details (they are named only by their role), code words, check-ins, backup plans and my notes on suspected proxies.</source>
        <translation>Il omet toutes les adresses et les lieux sûrs, les coordonnées de mes personnes de confiance (nommées seulement par leur rôle), les mots de code, les signes de vie, les plans de secours et mes notes sur les intermédiaires possibles.</translation>
    </message>
    <message>
        <source>A court filing</source>
        <translation>Une pièce pour le tribunal</translation>
    </message>
    <message>
        <source>Check-in card</source>
        <translation>Carte relais</translation>
    </message>
    <message>
        <source>For one check-in partner: when I check in, what the code word means, what to do if I miss a check-in, my name, phone and where I stay, and the emergency number.</source>
        <translation>Pour une personne relais : quand je donne signe de vie, ce que veut dire le mot de code, quoi faire si je ne donne pas signe de vie, mon nom, mon téléphone et où je séjourne, et le numéro d’urgence.</translation>
    </message>
    <message>
        <source>It leaves out everyone else&apos;s details and code words, and the contact log.</source>
        <translation>Elle omet les coordonnées et les mots de code des autres, et le journal des contacts.</translation>
    </message>
    <message>
        <source>A check-in partner (a one-page card)</source>
        <translation>Une personne relais (une carte d’une page)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>For my own calendar: check-in times, mandated contact dates and times, and review dates, each with a reminder.</source>
        <translation>Pour mon propre agenda : les heures des signes de vie, les dates et heures du contact imposé et les dates de relecture, chacune avec un rappel.</translation>
    </message>
    <message>
        <source>Every event is called only “Workbook: …” and holds nothing else, because calendars sync to other devices and accounts.</source>
        <translation>Chaque événement s’appelle seulement « Workbook : … » et ne contient rien d’autre, car les agendas se synchronisent avec d’autres appareils et comptes.</translation>
    </message>
    <message>
        <source>My calendar (.ics file)</source>
        <translation>Mon agenda (fichier .ics)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Due now</source>
        <translation>À faire maintenant</translation>
    </message>
    <message>
        <source>Let me know outside Workbook when something is due</source>
        <translation>Me prévenir en dehors de Workbook quand quelque chose est à faire</translation>
    </message>
    <message>
        <source>The notification says only “Workbook: something is due”, nothing else: never what is due, never a name. It comes only while Workbook is open and unlocked, and not while you are looking at it.</source>
        <translation>La notification dit seulement « Workbook : quelque chose est à faire », rien d’autre : jamais quoi, jamais un nom. Elle n’arrive que lorsque Workbook est ouvert et déverrouillé, et pas pendant que vous le regardez.</translation>
    </message>
    <message>
        <source>Due now: {text}</source>
        <translation>À faire maintenant : {text}</translation>
    </message>
    <message>
        <source>I checked in now</source>
        <translation>J’ai donné signe de vie</translation>
    </message>
    <message>
        <source>Add a check-in at the current time to the check-in log.</source>
        <translation>Ajouter un signe de vie à l’heure actuelle au journal des signes de vie.</translation>
    </message>
    <message>
        <source>I checked in now: {text}</source>
        <translation>J’ai donné signe de vie : {text}</translation>
    </message>
    <message>
        <source>Hide this</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide this: {text}</source>
        <translation>Masquer : {text}</translation>
    </message>
    <message>
        <source>Stop listing this missed check-in here. It stays in the check-in log, marked as missed.</source>
        <translation>Ne plus afficher ici ce signe de vie manqué. Il reste dans le journal des signes de vie, marqué comme manqué.</translation>
    </message>
    <message numerus="yes">
        <source>%n things are due now; they are listed on the overview.</source>
        <translation>
            <numerusform>%n chose est à faire maintenant ; elle figure dans la vue d’ensemble.</numerusform>
            <numerusform>%n choses sont à faire maintenant ; elles sont listées dans la vue d’ensemble.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in noted at {time}.</source>
        <translation>Signe de vie noté à {time}.</translation>
    </message>
</context>
<context>
    <name>ReportedTo</name>
    <message>
        <source>The police</source>
        <translation>La police</translation>
    </message>
    <message>
        <source>My lawyer</source>
        <translation>Mon avocat ou mon avocate</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
</context>
<context>
    <name>ResponseKind</name>
    <message>
        <source>No response</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>My firm sentence</source>
        <translation>Ma phrase ferme</translation>
    </message>
    <message>
        <source>Forwarded to my lawyer</source>
        <translation>Transmis à mon avocat</translation>
    </message>
    <message>
        <source>Replied as the order requires</source>
        <translation>Répondu comme l’exige l’ordonnance</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Your workbook could not be opened.</source>
        <translation>Votre classeur n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Your restored workbook could not be opened.</source>
        <translation>Votre cahier restauré n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>{problem}

There is no automatic backup in this folder yet, so nothing could be restored. The file has not been changed.</source>
        <translation>{problem}

Il n’y a pas encore de sauvegarde automatique dans ce dossier, donc rien n’a pu être restauré. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Your workbook file appears to be damaged.</source>
        <translation>Le fichier de votre classeur semble endommagé.</translation>
    </message>
    <message>
        <source>&amp;Restore the newest good backup</source>
        <translation>&amp;Restaurer la sauvegarde intacte la plus récente</translation>
    </message>
    <message>
        <source>&amp;Close Workbook</source>
        <translation>&amp;Fermer Workbook</translation>
    </message>
    <message>
        <source>Workbook keeps automatic backups. It can put the newest one that is whole in place of the damaged file. The damaged file is not deleted: it is kept in the same folder with &apos;damaged&apos; in its name.</source>
        <translation>Workbook garde des sauvegardes automatiques. Il peut mettre la plus récente qui est intacte à la place du fichier endommagé. Le fichier endommagé n’est pas supprimé : il est conservé dans le même dossier, avec « damaged » dans son nom.</translation>
    </message>
    <message>
        <source>Your workbook could not be restored.</source>
        <translation>Votre classeur n’a pas pu être restauré.</translation>
    </message>
    <message>
        <source>It holds your plan as it was on {when}. Changes made after that backup could not be recovered.</source>
        <translation>Il contient votre plan tel qu’il était le {when}. Les modifications faites après cette sauvegarde n’ont pas pu être récupérées.</translation>
    </message>
    <message>
        <source>Changes made after that backup could not be recovered.</source>
        <translation>Les modifications faites après cette sauvegarde n’ont pas pu être récupérées.</translation>
    </message>
    <message>
        <source>Your workbook was restored from a backup.</source>
        <translation>Votre classeur a été restauré à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>Something could not be saved just now.</source>
        <translation>Quelque chose n’a pas pu être enregistré pour l’instant.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Next &amp;review of my plan:</source>
        <translation>Prochaine &amp;relecture de mon plan :</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>Date de la prochaine relecture</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Enregistré pendant la saisie.</translation>
    </message>
    <message>
        <source>In 3 &amp;months</source>
        <translation>Dans 3 &amp;mois</translation>
    </message>
    <message>
        <source>Set the next review to three months from today.</source>
        <translation>Fixer la prochaine relecture dans trois mois.</translation>
    </message>
    <message>
        <source>Review and export</source>
        <translation>Relire et exporter</translation>
    </message>
    <message>
        <source>Here is how your plan looks. Anything still missing is listed below with a button that takes you straight there; nothing has to be finished today. Choose when you want to look at the plan again, and export it as a PDF when you are ready to share it.</source>
        <translation>Voici à quoi ressemble votre plan. Ce qui manque encore est listé ci-dessous, avec un bouton qui vous y mène directement ; rien ne doit être fini aujourd’hui. Choisissez quand vous voulez relire le plan, et exportez-le en PDF quand vous voudrez le partager.</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Save your plan as a PDF to print or to give to someone you trust.</source>
        <translation>Enregistrer votre plan en PDF pour l’imprimer ou le remettre à une personne de confiance.</translation>
    </message>
    <message>
        <source>Go to {title}</source>
        <translation>Aller à {title}</translation>
    </message>
</context>
<context>
    <name>ScheduleField</name>
    <message>
        <source>Please write times as hour:minute, for example 09:30 or 17:00, separated by commas.</source>
        <translation>Veuillez écrire les heures sous la forme heure:minute, par exemple 09:30 ou 17:00, séparées par des virgules.</translation>
    </message>
    <message>
        <source>Please write the days of the month as numbers from 1 to 31, or “last”, separated by commas.</source>
        <translation>Veuillez écrire les jours du mois par des nombres de 1 à 31, ou « dernier », séparés par des virgules.</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>How it repeats.</source>
        <translation>Comment cela se répète.</translation>
    </message>
    <message>
        <source>No set days and times</source>
        <translation>Pas de jours ni d’heures fixes</translation>
    </message>
    <message>
        <source>Happens on this day of the week.</source>
        <translation>A lieu ce jour de la semaine.</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Jours du mois</translation>
    </message>
    <message>
        <source>For example: 1, 15, last</source>
        <translation>Par exemple : 1, 15, dernier</translation>
    </message>
    <message>
        <source>Numbers from 1 to 31, or “last”, separated by commas.</source>
        <translation>Des nombres de 1 à 31, ou « dernier », séparés par des virgules.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>For example: {first}, {second}</source>
        <translation>Par exemple : {first}, {second}</translation>
    </message>
    <message>
        <source>Dates separated by commas.</source>
        <translation>Des dates séparées par des virgules.</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>For example: 10:00, 17:30</source>
        <translation>Par exemple : 10:00, 17:30</translation>
    </message>
    <message>
        <source>Times of day written as hour:minute, separated by commas.</source>
        <translation>Des heures écrites heure:minute, séparées par des virgules.</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>The whole day counts.</source>
        <translation>La journée entière compte.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How long it lasts</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Minutes from each time; 0 for a moment, such as a check-in.</source>
        <translation>Minutes à partir de chaque heure ; 0 pour un instant, comme un signe de vie.</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Dure</translation>
    </message>
    <message>
        <source>Minutes before it</source>
        <translation>Minutes avant</translation>
    </message>
    <message>
        <source>Minutes after it ends</source>
        <translation>Minutes après la fin</translation>
    </message>
    <message>
        <source>0 for no check-in then.</source>
        <translation>0 pour aucun signe de vie à ce moment-là.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>May be empty.</source>
        <translation>Peut rester vide.</translation>
    </message>
    <message>
        <source>{schedule}. Next: {moments}</source>
        <translation>{schedule}. Prochains : {moments}</translation>
    </message>
    <message>
        <source>{schedule}. No more times after today.</source>
        <translation>{schedule}. Plus aucune date après aujourd’hui.</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Mandated contact</source>
        <translation>Contact imposé</translation>
    </message>
    <message>
        <source>My boundaries</source>
        <translation>Mes limites</translation>
    </message>
    <message>
        <source>Trusted contacts</source>
        <translation>Personnes de confiance</translation>
    </message>
    <message>
        <source>Backup plans</source>
        <translation>Plans de secours</translation>
    </message>
    <message>
        <source>Whereabouts check-ins</source>
        <translation>Signes de vie</translation>
    </message>
    <message>
        <source>Suspected proxies</source>
        <translation>Intermédiaires possibles</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>Open the page {title}.</source>
        <translation>Ouvrir la page {title}.</translation>
    </message>
    <message>
        <source>{title}: {details}</source>
        <translation>{title} : {details}</translation>
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
        <translation>L’autre personne se présente au domicile ou au travail</translation>
    </message>
    <message>
        <source>Threats or blackmail</source>
        <translation>Menaces ou chantage</translation>
    </message>
    <message>
        <source>A forced meeting goes wrong</source>
        <translation>Une rencontre imposée tourne mal</translation>
    </message>
    <message>
        <source>I must leave now</source>
        <translation>Je dois partir maintenant</translation>
    </message>
    <message>
        <source>The children are at risk</source>
        <translation>Les enfants sont en danger</translation>
    </message>
    <message>
        <source>Proxies harass me</source>
        <translation>Des intermédiaires me harcèlent</translation>
    </message>
    <message>
        <source>Online stalking</source>
        <translation>Harcèlement en ligne</translation>
    </message>
    <message>
        <source>My own situation</source>
        <translation>Ma propre situation</translation>
    </message>
    <message>
        <source>He turns up at home or work</source>
        <comment>he</comment>
        <translation>Il se présente au domicile ou au travail</translation>
    </message>
    <message>
        <source>She turns up at home or work</source>
        <comment>she</comment>
        <translation>Elle se présente au domicile ou au travail</translation>
    </message>
    <message>
        <source>{name} turns up at home or work</source>
        <comment>name</comment>
        <translation>{name} se présente au domicile ou au travail</translation>
    </message>
</context>
<context>
    <name>Specs</name>
    <message>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <source>no partner yet</source>
        <translation>pas encore de personne relais</translation>
    </message>
    <message>
        <source>With {partner}: {when}</source>
        <translation>Avec {partner} : {when}</translation>
    </message>
    <message>
        <source>With {partner}</source>
        <translation>Avec {partner}</translation>
    </message>
    <message>
        <source>(empty commitment)</source>
        <translation>(engagement vide)</translation>
    </message>
    <message>
        <source>Check-in at {when}</source>
        <translation>Signe de vie : {when}</translation>
    </message>
    <message>
        <source>Contact on {when}</source>
        <translation>Contact : {when}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>rien pour l’instant</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Mandated by</source>
        <translation>Imposé par</translation>
    </message>
    <message>
        <source>What is required</source>
        <translation>Ce qui est exigé</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Pris en charge par</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l’instant</translation>
    </message>
    <message>
        <source>My decision</source>
        <translation>Ma décision</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Mandated contact</source>
        <translation>Contact imposé</translation>
    </message>
    <message>
        <source>Mandated contacts</source>
        <translation>Contacts imposés</translation>
    </message>
    <message>
        <source>New mandated contact</source>
        <translation>Nouveau contact imposé</translation>
    </message>
    <message>
        <source>Edit mandated contact</source>
        <translation>Modifier le contact imposé</translation>
    </message>
    <message>
        <source>Remove this mandated contact?</source>
        <translation>Supprimer ce contact imposé ?</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <source>Edit commitment</source>
        <translation>Modifier l’engagement</translation>
    </message>
    <message>
        <source>Remove this commitment?</source>
        <translation>Supprimer cet engagement ?</translation>
    </message>
    <message>
        <source>Trusted contact</source>
        <translation>Personne de confiance</translation>
    </message>
    <message>
        <source>Trusted contacts</source>
        <translation>Personnes de confiance</translation>
    </message>
    <message>
        <source>New trusted contact</source>
        <translation>Nouvelle personne de confiance</translation>
    </message>
    <message>
        <source>Edit trusted contact</source>
        <translation>Modifier la personne de confiance</translation>
    </message>
    <message>
        <source>Remove this trusted contact?</source>
        <translation>Supprimer cette personne de confiance ?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Knows?</source>
        <translation>Au courant ?</translation>
    </message>
    <message>
        <source>Backup plan</source>
        <translation>Plan de secours</translation>
    </message>
    <message>
        <source>Backup plans</source>
        <translation>Plans de secours</translation>
    </message>
    <message>
        <source>New backup plan</source>
        <translation>Nouveau plan de secours</translation>
    </message>
    <message>
        <source>Edit backup plan</source>
        <translation>Modifier le plan de secours</translation>
    </message>
    <message>
        <source>Remove this backup plan?</source>
        <translation>Supprimer ce plan de secours ?</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>In my words</source>
        <translation>Avec mes mots</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Contacts to call</source>
        <translation>Personnes à appeler</translation>
    </message>
    <message>
        <source>Check-in agreement</source>
        <translation>Accord de signe de vie</translation>
    </message>
    <message>
        <source>Check-in agreements</source>
        <translation>Accords de signe de vie</translation>
    </message>
    <message>
        <source>New check-in agreement</source>
        <translation>Nouvel accord de signe de vie</translation>
    </message>
    <message>
        <source>Edit check-in agreement</source>
        <translation>Modifier l’accord de signe de vie</translation>
    </message>
    <message>
        <source>Remove this check-in agreement?</source>
        <translation>Supprimer cet accord de signe de vie ?</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Personne relais</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Délai de grâce</translation>
    </message>
    <message>
        <source>If I miss one</source>
        <translation>Si j’en manque un</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Signe de vie</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Signes de vie</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Nouveau signe de vie</translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation>Modifier le signe de vie</translation>
    </message>
    <message>
        <source>Remove this check-in?</source>
        <translation>Supprimer ce signe de vie ?</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Suspected proxy</source>
        <translation>Intermédiaire possible</translation>
    </message>
    <message>
        <source>Suspected proxies</source>
        <translation>Intermédiaires possibles</translation>
    </message>
    <message>
        <source>New suspected proxy</source>
        <translation>Nouvel intermédiaire possible</translation>
    </message>
    <message>
        <source>Edit suspected proxy</source>
        <translation>Modifier l’intermédiaire possible</translation>
    </message>
    <message>
        <source>Remove this suspected proxy?</source>
        <translation>Supprimer cet intermédiaire possible ?</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Ce qu’il ou elle fait</translation>
    </message>
    <message>
        <source>Knowing?</source>
        <translation>En connaissance ?</translation>
    </message>
    <message>
        <source>Contact log entry</source>
        <translation>Entrée du journal des contacts</translation>
    </message>
    <message>
        <source>Contact log entries</source>
        <translation>Entrées du journal des contacts</translation>
    </message>
    <message>
        <source>New contact log entry</source>
        <translation>Nouvelle entrée du journal des contacts</translation>
    </message>
    <message>
        <source>Edit contact log entry</source>
        <translation>Modifier l’entrée du journal des contacts</translation>
    </message>
    <message>
        <source>Remove this contact log entry?</source>
        <translation>Supprimer cette entrée du journal des contacts ?</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>My response</source>
        <translation>Ma réponse</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>Autorisé par</translation>
    </message>
    <message>
        <source>Not mandated</source>
        <translation>Non imposé</translation>
    </message>
    <message>
        <source>Inside the order?</source>
        <translation>Dans l’ordonnance ?</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Your workbook could not be read or saved.</source>
        <translation>Votre classeur n’a pas pu être lu ou enregistré.</translation>
    </message>
    <message>
        <source>This workbook was saved by a newer version of Workbook. Please update Workbook to open it. Nothing in the file has been changed.</source>
        <translation>Ce classeur a été enregistré par une version plus récente de Workbook. Veuillez mettre Workbook à jour pour l’ouvrir. Rien n’a été modifié dans le fichier.</translation>
    </message>
    <message>
        <source>Your workbook file appears to be damaged. It has not been changed. You can restore it from one of the automatic backups.</source>
        <translation>Le fichier de votre classeur semble endommagé. Il n’a pas été modifié. Vous pouvez le restaurer à partir de l’une des sauvegardes automatiques.</translation>
    </message>
    <message>
        <source>Your last change could not be saved. It is still in the form, so you can try again. If this keeps happening, check that the disk is not full and the folder is writable.</source>
        <translation>Votre dernière modification n’a pas pu être enregistrée. Elle est toujours dans le formulaire : vous pouvez réessayer. Si cela se reproduit, vérifiez que le disque n’est pas plein et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>A safety copy of your workbook could not be made. Your workbook itself is unchanged. Please check that the disk is not full and the folder is writable.</source>
        <translation>Une copie de sécurité de votre classeur n’a pas pu être faite. Votre classeur lui-même n’a pas changé. Veuillez vérifier que le disque n’est pas plein et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>None of the automatic backups could be used to restore your workbook. Nothing has been deleted: the damaged file and the backups are all still in the data folder.</source>
        <translation>Aucune des sauvegardes automatiques n’a pu servir à restaurer votre classeur. Rien n’a été supprimé : le fichier endommagé et les sauvegardes sont tous encore dans le dossier de données.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This copy is %n saved changes behind.</source>
        <translation>
            <numerusform>Il manque %n modification enregistrée à cette copie.</numerusform>
            <numerusform>Il manque %n modifications enregistrées à cette copie.</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message>
        <source>This copy of your workbook is older than the newest one Workbook has seen here.</source>
        <translation>Cette copie de votre classeur est plus ancienne que la plus récente que Workbook a vue ici.</translation>
    </message>
    <message>
        <source>Workbook cannot confirm that this is the newest copy of your workbook: the record of its newest version (workbook.db-seen in the data folder) is missing or does not belong to it.</source>
        <translation>Workbook ne peut pas confirmer qu’il s’agit de la copie la plus récente de votre classeur : la trace de sa version la plus récente (workbook.db-seen dans le dossier de données) est absente ou ne lui correspond pas.</translation>
    </message>
    <message>
        <source>Your workbook was last changed on {when}.</source>
        <translation>Votre classeur a été modifié pour la dernière fois le {when}.</translation>
    </message>
    <message>
        <source>This copy is from {when}, {age} older.</source>
        <translation>Cette copie date du {when}, soit {age} plus ancienne.</translation>
    </message>
    <message>
        <source>An automatic backup or an old copy may have been put in its place, or its log file (workbook.db-wal) was deleted or damaged. Nothing has been changed.</source>
        <translation>Une sauvegarde automatique ou une ancienne copie a peut-être été mise à sa place, ou son fichier journal (workbook.db-wal) a été supprimé ou endommagé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>You can restore the newest good automatic backup, from {when}, or keep working with this copy.</source>
        <translation>Vous pouvez restaurer la sauvegarde automatique intacte la plus récente, du {when}, ou continuer à travailler avec cette copie.</translation>
    </message>
    <message>
        <source>None of the automatic backups is as new as your workbook was; you can keep working with this copy.</source>
        <translation>Aucune des sauvegardes automatiques n’est aussi récente que l’était votre classeur ; vous pouvez continuer à travailler avec cette copie.</translation>
    </message>
    <message>
        <source>No safety copy was made, because the workbook on disk is older than the newest version Workbook has seen. The existing backups are kept as they are.</source>
        <translation>Aucune copie de sécurité n’a été faite, car le classeur sur le disque est plus ancien que la version la plus récente que Workbook a vue. Les sauvegardes existantes sont gardées telles quelles.</translation>
    </message>
    <message>
        <source>Your damaged workbook could not be moved aside, so nothing was restored. Please check that the data folder is writable.</source>
        <translation>Votre classeur endommagé n’a pas pu être mis de côté, donc rien n’a été restauré. Veuillez vérifier que le dossier de données est accessible en écriture.</translation>
    </message>
    <message>
        <source>The backup could not be copied into place. Nothing has been changed. Please check that the disk is not full and the folder is writable.</source>
        <translation>La sauvegarde n’a pas pu être copiée à sa place. Rien n’a été modifié. Veuillez vérifier que le disque n’est pas plein et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>The backup could not be put in place. Your files are all still in the data folder.</source>
        <translation>La sauvegarde n’a pas pu être mise en place. Tous vos fichiers sont encore dans le dossier de données.</translation>
    </message>
    <message>
        <source>Your workbook could not be read. Please check that the drive it is on is connected and that you can open files in the data folder.</source>
        <translation>Votre classeur n’a pas pu être lu. Veuillez vérifier que le disque où il se trouve est connecté et que vous pouvez ouvrir les fichiers du dossier de données.</translation>
    </message>
    <message>
        <source>Your passphrase or recovery code could not be changed, because the workbook could not be copied under its new key. Nothing has been changed; your current passphrase and recovery code still open it. Please check that the disk is not full.</source>
        <translation>Votre phrase secrète ou votre code de récupération n’a pas pu être changé, car le classeur n’a pas pu être copié sous sa nouvelle clé. Rien n’a été modifié ; votre phrase secrète et votre code de récupération actuels l’ouvrent toujours. Veuillez vérifier que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>There is no workbook in this folder to protect with a new key.</source>
        <translation>Il n’y a pas de classeur dans ce dossier à protéger avec une nouvelle clé.</translation>
    </message>
    <message>
        <source>A change of your passphrase or recovery code could not be completed, so the workbook could not be opened. Nothing is lost. Please check that the disk is not full and the data folder is writable, then open Workbook again.</source>
        <translation>Un changement de votre phrase secrète ou de votre code de récupération n’a pas pu aboutir, donc le classeur n’a pas pu être ouvert. Rien n’est perdu. Veuillez vérifier que le disque n’est pas plein et que le dossier de données est accessible en écriture, puis rouvrir Workbook.</translation>
    </message>
    <message>
        <source>Your workbook can be read but not saved to. Please check that the drive it is on is connected and that its folder is not read-only, then open Workbook again.</source>
        <translation>Votre classeur peut être lu mais pas enregistré. Veuillez vérifier que le disque où il se trouve est connecté et que son dossier n’est pas en lecture seule, puis rouvrir Workbook.</translation>
    </message>
    <message>
        <source>Your workbook file can no longer be found, so your last change could not be saved. It is still in the form. Please check that the drive it is on is still connected.</source>
        <translation>Le fichier de votre classeur est introuvable, donc votre dernière modification n’a pas pu être enregistrée. Elle est toujours dans le formulaire. Veuillez vérifier que le disque où il se trouve est toujours connecté.</translation>
    </message>
    <message>
        <source>Entries in your contact log are never changed or removed once written. You can correct an entry or withdraw it; the earlier version stays in the record.</source>
        <translation>Les entrées de votre journal des contacts ne sont jamais modifiées ni supprimées une fois écrites. Vous pouvez corriger une entrée ou la retirer ; la version précédente reste dans le journal.</translation>
    </message>
    <message>
        <source>Only the latest version of a log entry can be corrected or withdrawn. Please open the entry again and correct it there.</source>
        <translation>Seule la dernière version d’une entrée du journal peut être corrigée ou retirée. Veuillez rouvrir l’entrée et la corriger à cet endroit.</translation>
    </message>
    <message>
        <source>This stays in your plan because entries in your contact log refer to it, and the log keeps every entry exactly as it was written.</source>
        <translation>Ceci reste dans votre plan, car des entrées de votre journal des contacts y renvoient, et le journal garde chaque entrée exactement telle qu’elle a été écrite.</translation>
    </message>
    <message>
        <source>Your contact log already holds entries, and they are never removed or replaced. A plan file can be imported into a workbook whose contact log is still empty.</source>
        <translation>Votre journal des contacts contient déjà des entrées, et elles ne sont jamais supprimées ni remplacées. Un fichier de plan peut être importé dans un classeur dont le journal des contacts est encore vide.</translation>
    </message>
    <message>
        <source>This evidence file is not in the workbook (any more).</source>
        <translation>Ce fichier de preuve n’est pas (ou plus) dans le classeur.</translation>
    </message>
    <message>
        <source>The contact log in this plan does not hold together, so nothing was imported. {problem}</source>
        <translation>Le journal des contacts de ce plan n’est pas cohérent, donc rien n’a été importé. {problem}</translation>
    </message>
    <message>
        <source>The folder for your workbook could not be created. Please check that the drive is connected and writable.</source>
        <translation>Le dossier de votre classeur n’a pas pu être créé. Veuillez vérifier que le disque est connecté et accessible en écriture.</translation>
    </message>
    <message>
        <source>Your workbook file is missing or empty. You can restore it from the newest automatic backup.</source>
        <translation>Le fichier de votre classeur est absent ou vide. Vous pouvez le restaurer à partir de la sauvegarde automatique la plus récente.</translation>
    </message>
    <message>
        <source>Some of its entries have no hash.</source>
        <translation>Certaines de ses entrées n’ont pas d’empreinte (hash).</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>I keep exactly the contact that a court or official requires: never less, never more. If a ruling needs to change, I ask through the proper channels.</source>
        <translation>Je garde exactement le contact qu’un tribunal ou une autorité exige : jamais moins, jamais plus. Si une décision doit changer, je le demande par les voies prévues.</translation>
    </message>
    <message>
        <source>No letters and no visits: not on birthdays or holidays, and not in a hospital.</source>
        <translation>Ni lettres ni visites : pas aux anniversaires ni aux fêtes, et pas à l’hôpital.</translation>
    </message>
    <message>
        <source>Wherever I can, I leave unavoidable contact to a professional: my lawyer, an accountant or a mediator.</source>
        <translation>Chaque fois que je le peux, je laisse le contact inévitable à un professionnel : mon avocat, un comptable ou un médiateur.</translation>
    </message>
    <message>
        <source>I do not answer his messages, whatever their tone: pleading, romantic, nostalgic, flattering or threatening.</source>
        <comment>he</comment>
        <translation>Je ne réponds pas à ses messages, quel que soit leur ton : suppliant, romantique, nostalgique, flatteur ou menaçant.</translation>
    </message>
    <message>
        <source>I do not answer her messages, whatever their tone: pleading, romantic, nostalgic, flattering or threatening.</source>
        <comment>she</comment>
        <translation>Je ne réponds pas à ses messages, quel que soit leur ton : suppliant, romantique, nostalgique, flatteur ou menaçant.</translation>
    </message>
    <message>
        <source>I do not answer the other person&apos;s messages, whatever their tone: pleading, romantic, nostalgic, flattering or threatening.</source>
        <comment>they</comment>
        <translation>Je ne réponds pas aux messages de l’autre personne, quel que soit leur ton : suppliant, romantique, nostalgique, flatteur ou menaçant.</translation>
    </message>
    <message>
        <source>I do not answer {name}&apos;s messages, whatever their tone: pleading, romantic, nostalgic, flattering or threatening.</source>
        <comment>name</comment>
        <translation>Je ne réponds pas aux messages de {name}, quel que soit leur ton : suppliant, romantique, nostalgique, flatteur ou menaçant.</translation>
    </message>
    <message>
        <source>I return his gifts unopened.</source>
        <comment>he</comment>
        <translation>Je lui rends ses cadeaux sans les ouvrir.</translation>
    </message>
    <message>
        <source>I return her gifts unopened.</source>
        <comment>she</comment>
        <translation>Je lui rends ses cadeaux sans les ouvrir.</translation>
    </message>
    <message>
        <source>I return the other person&apos;s gifts unopened.</source>
        <comment>they</comment>
        <translation>Je rends ses cadeaux à l’autre personne sans les ouvrir.</translation>
    </message>
    <message>
        <source>I return {name}&apos;s gifts unopened.</source>
        <comment>name</comment>
        <translation>Je rends ses cadeaux à {name} sans les ouvrir.</translation>
    </message>
    <message>
        <source>I do not let him in, and I do not answer the intercom when it is him.</source>
        <comment>he</comment>
        <translation>Je ne le laisse pas entrer, et je ne réponds pas à l’interphone quand c’est lui.</translation>
    </message>
    <message>
        <source>I do not let her in, and I do not answer the intercom when it is her.</source>
        <comment>she</comment>
        <translation>Je ne la laisse pas entrer, et je ne réponds pas à l’interphone quand c’est elle.</translation>
    </message>
    <message>
        <source>I do not let the other person in, and I do not answer the intercom when it is them.</source>
        <comment>they</comment>
        <translation>Je ne laisse pas entrer l’autre personne, et je ne réponds pas à l’interphone quand c’est elle.</translation>
    </message>
    <message>
        <source>I do not let {name} in, and I do not answer the intercom when it is {name}.</source>
        <comment>name</comment>
        <translation>Je ne laisse pas entrer {name}, et je ne réponds pas à l’interphone quand c’est {name}.</translation>
    </message>
    <message>
        <source>I do not talk with him on the phone. If I hear his voice, I say my one firm sentence and hang up.</source>
        <comment>he</comment>
        <translation>Je ne lui parle pas au téléphone. Si j’entends sa voix, je dis ma phrase ferme et je raccroche.</translation>
    </message>
    <message>
        <source>I do not talk with her on the phone. If I hear her voice, I say my one firm sentence and hang up.</source>
        <comment>she</comment>
        <translation>Je ne lui parle pas au téléphone. Si j’entends sa voix, je dis ma phrase ferme et je raccroche.</translation>
    </message>
    <message>
        <source>I do not talk with the other person on the phone. If I hear their voice, I say my one firm sentence and hang up.</source>
        <comment>they</comment>
        <translation>Je ne parle pas à l’autre personne au téléphone. Si j’entends sa voix, je dis ma phrase ferme et je raccroche.</translation>
    </message>
    <message>
        <source>I do not talk with {name} on the phone. If I hear {name}&apos;s voice, I say my one firm sentence and hang up.</source>
        <comment>name</comment>
        <translation>Je ne parle pas à {name} au téléphone. Si j’entends sa voix, je dis ma phrase ferme et je raccroche.</translation>
    </message>
    <message>
        <source>I do not answer requests he passes on through other people.</source>
        <comment>he</comment>
        <translation>Je ne réponds pas aux demandes qu’il fait passer par d’autres personnes.</translation>
    </message>
    <message>
        <source>I do not answer requests she passes on through other people.</source>
        <comment>she</comment>
        <translation>Je ne réponds pas aux demandes qu’elle fait passer par d’autres personnes.</translation>
    </message>
    <message>
        <source>I do not answer requests the other person passes on through other people.</source>
        <comment>they</comment>
        <translation>Je ne réponds pas aux demandes que l’autre personne fait passer par d’autres gens.</translation>
    </message>
    <message>
        <source>I do not answer requests {name} passes on through other people.</source>
        <comment>name</comment>
        <translation>Je ne réponds pas aux demandes que {name} fait passer par d’autres personnes.</translation>
    </message>
    <message>
        <source>I do not ask him for anything, even when I am in need.</source>
        <comment>he</comment>
        <translation>Je ne lui demande rien, même quand j’en ai besoin.</translation>
    </message>
    <message>
        <source>I do not ask her for anything, even when I am in need.</source>
        <comment>she</comment>
        <translation>Je ne lui demande rien, même quand j’en ai besoin.</translation>
    </message>
    <message>
        <source>I do not ask the other person for anything, even when I am in need.</source>
        <comment>they</comment>
        <translation>Je ne demande rien à l’autre personne, même quand j’en ai besoin.</translation>
    </message>
    <message>
        <source>I do not ask {name} for anything, even when I am in need.</source>
        <comment>name</comment>
        <translation>Je ne demande rien à {name}, même quand j’en ai besoin.</translation>
    </message>
    <message>
        <source>When a meeting cannot be avoided, I keep to the agenda: no personal matters (mine or his), no closeness, no going back to shared memories.</source>
        <comment>he</comment>
        <translation>Quand une rencontre est inévitable, je m’en tiens à l’ordre du jour : rien de personnel (ni de moi ni de lui), pas de proximité, pas de retour aux souvenirs communs.</translation>
    </message>
    <message>
        <source>When a meeting cannot be avoided, I keep to the agenda: no personal matters (mine or hers), no closeness, no going back to shared memories.</source>
        <comment>she</comment>
        <translation>Quand une rencontre est inévitable, je m’en tiens à l’ordre du jour : rien de personnel (ni de moi ni d’elle), pas de proximité, pas de retour aux souvenirs communs.</translation>
    </message>
    <message>
        <source>When a meeting cannot be avoided, I keep to the agenda: no personal matters (mine or theirs), no closeness, no going back to shared memories.</source>
        <comment>they</comment>
        <translation>Quand une rencontre est inévitable, je m’en tiens à l’ordre du jour : rien de personnel (ni de moi ni de l’autre personne), pas de proximité, pas de retour aux souvenirs communs.</translation>
    </message>
    <message>
        <source>When a meeting cannot be avoided, I keep to the agenda: no personal matters (mine or {name}&apos;s), no closeness, no going back to shared memories.</source>
        <comment>name</comment>
        <translation>Quand une rencontre est inévitable, je m’en tiens à l’ordre du jour : rien de personnel (ni de moi ni de {name}), pas de proximité, pas de retour aux souvenirs communs.</translation>
    </message>
    <message>
        <source>I do not discuss him with the children, and I do not gossip about him.</source>
        <comment>he</comment>
        <translation>Je ne parle pas de lui avec les enfants, et je ne colporte rien sur lui.</translation>
    </message>
    <message>
        <source>I do not discuss her with the children, and I do not gossip about her.</source>
        <comment>she</comment>
        <translation>Je ne parle pas d’elle avec les enfants, et je ne colporte rien sur elle.</translation>
    </message>
    <message>
        <source>I do not discuss the other person with the children, and I do not gossip about them.</source>
        <comment>they</comment>
        <translation>Je ne parle pas de l’autre personne avec les enfants, et je ne colporte rien sur elle.</translation>
    </message>
    <message>
        <source>I do not discuss {name} with the children, and I do not gossip about {name}.</source>
        <comment>name</comment>
        <translation>Je ne parle pas de {name} avec les enfants, et je ne colporte rien sur {name}.</translation>
    </message>
    <message>
        <source>I write down what happens and tell the people who should know. At the first transgression I act fully; I do not wait for a second.</source>
        <translation>Je note ce qui se passe et je le dis aux personnes qui doivent le savoir. À la première transgression, j’agis pleinement ; je n’attends pas la deuxième.</translation>
    </message>
    <message>
        <source>I stay firm, polite and consistent: no negotiating, no giving in to pressure, no saying one thing and doing another.</source>
        <translation>Je garde une attitude ferme, polie et constante : pas de négociation, pas de concession sous la pression, pas de décalage entre ce que je dis et ce que je fais.</translation>
    </message>
    <message>
        <source>I will not talk with you. Goodbye.</source>
        <translation>Je ne vais pas te parler. Au revoir.</translation>
    </message>
    <message>
        <source>I have nothing more to say to you. I am hanging up now.</source>
        <translation>Je n’ai rien de plus à te dire. Je raccroche maintenant.</translation>
    </message>
    <message>
        <source>I am not discussing this. Please contact my lawyer.</source>
        <translation>Je ne discute pas de cela. Contacte mon avocat.</translation>
    </message>
    <message>
        <source>All contact goes through my lawyer. Goodbye.</source>
        <translation>Tout contact passe par mon avocat. Au revoir.</translation>
    </message>
    <message>
        <source>I don&apos;t talk about him, and I won&apos;t pass on any messages. Thank you.</source>
        <comment>he</comment>
        <translation>Je ne parle pas de lui, et je ne transmettrai aucun message. Merci.</translation>
    </message>
    <message>
        <source>I don&apos;t talk about her, and I won&apos;t pass on any messages. Thank you.</source>
        <comment>she</comment>
        <translation>Je ne parle pas d’elle, et je ne transmettrai aucun message. Merci.</translation>
    </message>
    <message>
        <source>I don&apos;t talk about them, and I won&apos;t pass on any messages. Thank you.</source>
        <comment>they</comment>
        <translation>Je ne parle pas de cette personne, et je ne transmettrai aucun message. Merci.</translation>
    </message>
    <message>
        <source>I don&apos;t talk about {name}, and I won&apos;t pass on any messages. Thank you.</source>
        <comment>name</comment>
        <translation>Je ne parle pas de {name}, et je ne transmettrai aucun message. Merci.</translation>
    </message>
    <message>
        <source>Please don&apos;t bring me messages from him. If it is about the children, he can contact my lawyer.</source>
        <comment>he</comment>
        <translation>S’il te plaît, ne m’apporte pas de messages de sa part. Si c’est au sujet des enfants, il peut contacter mon avocat.</translation>
    </message>
    <message>
        <source>Please don&apos;t bring me messages from her. If it is about the children, she can contact my lawyer.</source>
        <comment>she</comment>
        <translation>S’il te plaît, ne m’apporte pas de messages de sa part. Si c’est au sujet des enfants, elle peut contacter mon avocat.</translation>
    </message>
    <message>
        <source>Please don&apos;t bring me messages from them. If it is about the children, they can contact my lawyer.</source>
        <comment>they</comment>
        <translation>S’il te plaît, ne m’apporte pas de messages de cette personne. Si c’est au sujet des enfants, elle peut contacter mon avocat.</translation>
    </message>
    <message>
        <source>Please don&apos;t bring me messages from {name}. If it is about the children, {name} can contact my lawyer.</source>
        <comment>name</comment>
        <translation>S’il te plaît, ne m’apporte pas de messages de {name}. Si c’est au sujet des enfants, {name} peut contacter mon avocat.</translation>
    </message>
    <message>
        <source>Unopened, by post to his lawyer, with no note.</source>
        <comment>he</comment>
        <translation>Sans les ouvrir, par la poste à son avocat, sans mot.</translation>
    </message>
    <message>
        <source>Unopened, by post to her lawyer, with no note.</source>
        <comment>she</comment>
        <translation>Sans les ouvrir, par la poste à son avocat, sans mot.</translation>
    </message>
    <message>
        <source>Unopened, by post to their lawyer, with no note.</source>
        <comment>they</comment>
        <translation>Sans les ouvrir, par la poste à l’avocat de l’autre personne, sans mot.</translation>
    </message>
    <message>
        <source>Unopened, by post to {name}&apos;s lawyer, with no note.</source>
        <comment>name</comment>
        <translation>Sans les ouvrir, par la poste à l’avocat de {name}, sans mot.</translation>
    </message>
    <message>
        <source>Unopened, handed back through a friend he does not know, with no note.</source>
        <comment>he</comment>
        <translation>Sans les ouvrir, rendus par un ami qu’il ne connaît pas, sans mot.</translation>
    </message>
    <message>
        <source>Unopened, handed back through a friend she does not know, with no note.</source>
        <comment>she</comment>
        <translation>Sans les ouvrir, rendus par un ami qu’elle ne connaît pas, sans mot.</translation>
    </message>
    <message>
        <source>Unopened, handed back through a friend they do not know, with no note.</source>
        <comment>they</comment>
        <translation>Sans les ouvrir, rendus par un ami que l’autre personne ne connaît pas, sans mot.</translation>
    </message>
    <message>
        <source>Unopened, handed back through a friend {name} does not know, with no note.</source>
        <comment>name</comment>
        <translation>Sans les ouvrir, rendus par un ami que {name} ne connaît pas, sans mot.</translation>
    </message>
    <message>
        <source>He comes to my door, my workplace, or somewhere he knows I go.</source>
        <comment>he</comment>
        <translation>Il vient à ma porte, sur mon lieu de travail, ou à un endroit où il sait que je vais.</translation>
    </message>
    <message>
        <source>She comes to my door, my workplace, or somewhere she knows I go.</source>
        <comment>she</comment>
        <translation>Elle vient à ma porte, sur mon lieu de travail, ou à un endroit où elle sait que je vais.</translation>
    </message>
    <message>
        <source>The other person comes to my door, my workplace, or somewhere they know I go.</source>
        <comment>they</comment>
        <translation>L’autre personne vient à ma porte, sur mon lieu de travail, ou à un endroit où elle sait que je vais.</translation>
    </message>
    <message>
        <source>{name} comes to my door, my workplace, or somewhere {name} knows I go.</source>
        <comment>name</comment>
        <translation>{name} vient à ma porte, sur mon lieu de travail, ou à un endroit où je vais, qui lui est connu.</translation>
    </message>
    <message>
        <source>He says he is “in the area” or wants to “just talk for a minute”.</source>
        <comment>he</comment>
        <translation>Il dit qu’il est « dans le coin » ou qu’il veut « juste parler une minute ».</translation>
    </message>
    <message>
        <source>She says she is “in the area” or wants to “just talk for a minute”.</source>
        <comment>she</comment>
        <translation>Elle dit qu’elle est « dans le coin » ou qu’elle veut « juste parler une minute ».</translation>
    </message>
    <message>
        <source>The other person says they are “in the area” or wants to “just talk for a minute”.</source>
        <comment>they</comment>
        <translation>L’autre personne dit qu’elle est « dans le coin » ou qu’elle veut « juste parler une minute ».</translation>
    </message>
    <message>
        <source>{name} says they are “in the area” or wants to “just talk for a minute”.</source>
        <comment>name</comment>
        <translation>{name} dit être « dans le coin » ou vouloir « juste parler une minute ».</translation>
    </message>
    <message>
        <source>His car, or someone close to him, is seen near my home or work.</source>
        <comment>he</comment>
        <translation>Sa voiture, ou quelqu’un de proche de lui, est vue près de chez moi ou de mon travail.</translation>
    </message>
    <message>
        <source>Her car, or someone close to her, is seen near my home or work.</source>
        <comment>she</comment>
        <translation>Sa voiture, ou quelqu’un de proche d’elle, est vue près de chez moi ou de mon travail.</translation>
    </message>
    <message>
        <source>The other person&apos;s car, or someone close to them, is seen near my home or work.</source>
        <comment>they</comment>
        <translation>La voiture de l’autre personne, ou quelqu’un de son entourage, est vue près de chez moi ou de mon travail.</translation>
    </message>
    <message>
        <source>{name}&apos;s car, or someone close to {name}, is seen near my home or work.</source>
        <comment>name</comment>
        <translation>La voiture de {name}, ou quelqu’un de son entourage, est vue près de chez moi ou de mon travail.</translation>
    </message>
    <message>
        <source>His messages mention where I live, where I work or where I go.</source>
        <comment>he</comment>
        <translation>Ses messages mentionnent où j’habite, où je travaille ou où je vais.</translation>
    </message>
    <message>
        <source>Her messages mention where I live, where I work or where I go.</source>
        <comment>she</comment>
        <translation>Ses messages mentionnent où j’habite, où je travaille ou où je vais.</translation>
    </message>
    <message>
        <source>The other person&apos;s messages mention where I live, where I work or where I go.</source>
        <comment>they</comment>
        <translation>Les messages de l’autre personne mentionnent où j’habite, où je travaille ou où je vais.</translation>
    </message>
    <message>
        <source>{name}&apos;s messages mention where I live, where I work or where I go.</source>
        <comment>name</comment>
        <translation>Les messages de {name} mentionnent où j’habite, où je travaille ou où je vais.</translation>
    </message>
    <message>
        <source>Someone mentions that he asked about my routine or my new address.</source>
        <comment>he</comment>
        <translation>Quelqu’un dit qu’il s’est renseigné sur mes habitudes ou ma nouvelle adresse.</translation>
    </message>
    <message>
        <source>Someone mentions that she asked about my routine or my new address.</source>
        <comment>she</comment>
        <translation>Quelqu’un dit qu’elle s’est renseignée sur mes habitudes ou ma nouvelle adresse.</translation>
    </message>
    <message>
        <source>Someone mentions that the other person asked about my routine or my new address.</source>
        <comment>they</comment>
        <translation>Quelqu’un dit que l’autre personne a posé des questions sur mes habitudes ou ma nouvelle adresse.</translation>
    </message>
    <message>
        <source>Someone mentions that {name} asked about my routine or my new address.</source>
        <comment>name</comment>
        <translation>Quelqu’un dit que {name} a posé des questions sur mes habitudes ou ma nouvelle adresse.</translation>
    </message>
    <message>
        <source>At work, ask reception or security not to let him in.</source>
        <comment>he</comment>
        <translation>Au travail, demander à l’accueil ou à la sécurité de ne pas le laisser entrer.</translation>
    </message>
    <message>
        <source>At work, ask reception or security not to let her in.</source>
        <comment>she</comment>
        <translation>Au travail, demander à l’accueil ou à la sécurité de ne pas la laisser entrer.</translation>
    </message>
    <message>
        <source>At work, ask reception or security not to let the other person in.</source>
        <comment>they</comment>
        <translation>Au travail, demander à l’accueil ou à la sécurité de ne pas laisser entrer l’autre personne.</translation>
    </message>
    <message>
        <source>At work, ask reception or security not to let {name} in.</source>
        <comment>name</comment>
        <translation>Au travail, demander à l’accueil ou à la sécurité de ne pas laisser entrer {name}.</translation>
    </message>
    <message>
        <source>He threatens me, the children or himself, or tries to force me with secrets.</source>
        <comment>he</comment>
        <translation>Il me menace, menace les enfants ou se menace lui-même, ou tente de me contraindre avec des secrets.</translation>
    </message>
    <message>
        <source>She threatens me, the children or herself, or tries to force me with secrets.</source>
        <comment>she</comment>
        <translation>Elle me menace, menace les enfants ou se menace elle-même, ou tente de me contraindre avec des secrets.</translation>
    </message>
    <message>
        <source>The other person threatens me, the children or themselves, or tries to force me with secrets.</source>
        <comment>they</comment>
        <translation>L’autre personne me menace, menace les enfants ou se menace elle-même, ou tente de me contraindre avec des secrets.</translation>
    </message>
    <message>
        <source>{name} threatens me, the children or themselves, or tries to force me with secrets.</source>
        <comment>name</comment>
        <translation>{name} me menace, menace les enfants ou menace de se faire du mal, ou tente de me contraindre avec des secrets.</translation>
    </message>
    <message>
        <source>He hints at “consequences” if I do not answer him.</source>
        <comment>he</comment>
        <translation>Il laisse entendre qu’il y aura des « conséquences » si je ne lui réponds pas.</translation>
    </message>
    <message>
        <source>She hints at “consequences” if I do not answer her.</source>
        <comment>she</comment>
        <translation>Elle laisse entendre qu’il y aura des « conséquences » si je ne lui réponds pas.</translation>
    </message>
    <message>
        <source>The other person hints at “consequences” if I do not answer them.</source>
        <comment>they</comment>
        <translation>L’autre personne laisse entendre qu’il y aura des « conséquences » si je ne lui réponds pas.</translation>
    </message>
    <message>
        <source>{name} hints at “consequences” if I do not answer.</source>
        <comment>name</comment>
        <translation>{name} laisse entendre qu’il y aura des « conséquences » si je ne réponds pas.</translation>
    </message>
    <message>
        <source>He threatens to share private photos, messages or secrets.</source>
        <comment>he</comment>
        <translation>Il menace de diffuser des photos, des messages ou des secrets intimes.</translation>
    </message>
    <message>
        <source>She threatens to share private photos, messages or secrets.</source>
        <comment>she</comment>
        <translation>Elle menace de diffuser des photos, des messages ou des secrets intimes.</translation>
    </message>
    <message>
        <source>The other person threatens to share private photos, messages or secrets.</source>
        <comment>they</comment>
        <translation>L’autre personne menace de diffuser des photos, des messages ou des secrets intimes.</translation>
    </message>
    <message>
        <source>{name} threatens to share private photos, messages or secrets.</source>
        <comment>name</comment>
        <translation>{name} menace de diffuser des photos, des messages ou des secrets intimes.</translation>
    </message>
    <message>
        <source>He threatens to take the children, or to harm himself, me or someone I love.</source>
        <comment>he</comment>
        <translation>Il menace de prendre les enfants, ou de faire du mal à lui-même, à moi ou à quelqu’un que j’aime.</translation>
    </message>
    <message>
        <source>She threatens to take the children, or to harm herself, me or someone I love.</source>
        <comment>she</comment>
        <translation>Elle menace de prendre les enfants, ou de faire du mal à elle-même, à moi ou à quelqu’un que j’aime.</translation>
    </message>
    <message>
        <source>The other person threatens to take the children, or to harm themselves, me or someone I love.</source>
        <comment>they</comment>
        <translation>L’autre personne menace de prendre les enfants, ou de se faire du mal, de m’en faire ou d’en faire à quelqu’un que j’aime.</translation>
    </message>
    <message>
        <source>{name} threatens to take the children, or to harm themselves, me or someone I love.</source>
        <comment>name</comment>
        <translation>{name} menace de prendre les enfants, ou de se faire du mal, de m’en faire ou d’en faire à quelqu’un que j’aime.</translation>
    </message>
    <message>
        <source>His messages come more often, or grow angrier.</source>
        <comment>he</comment>
        <translation>Ses messages arrivent plus souvent, ou deviennent plus furieux.</translation>
    </message>
    <message>
        <source>Her messages come more often, or grow angrier.</source>
        <comment>she</comment>
        <translation>Ses messages arrivent plus souvent, ou deviennent plus furieux.</translation>
    </message>
    <message>
        <source>The other person&apos;s messages come more often, or grow angrier.</source>
        <comment>they</comment>
        <translation>Les messages de l’autre personne arrivent plus souvent, ou deviennent plus furieux.</translation>
    </message>
    <message>
        <source>{name}&apos;s messages come more often, or grow angrier.</source>
        <comment>name</comment>
        <translation>Les messages de {name} arrivent plus souvent, ou deviennent plus furieux.</translation>
    </message>
    <message>
        <source>If he threatens to harm someone now, call the emergency number at once.</source>
        <comment>he</comment>
        <translation>S’il menace de faire du mal à quelqu’un maintenant, appeler tout de suite le numéro d’urgence.</translation>
    </message>
    <message>
        <source>If she threatens to harm someone now, call the emergency number at once.</source>
        <comment>she</comment>
        <translation>Si elle menace de faire du mal à quelqu’un maintenant, appeler tout de suite le numéro d’urgence.</translation>
    </message>
    <message>
        <source>If the other person threatens to harm someone now, call the emergency number at once.</source>
        <comment>they</comment>
        <translation>Si l’autre personne menace de faire du mal à quelqu’un maintenant, appeler tout de suite le numéro d’urgence.</translation>
    </message>
    <message>
        <source>If {name} threatens to harm someone now, call the emergency number at once.</source>
        <comment>name</comment>
        <translation>Si {name} menace de faire du mal à quelqu’un maintenant, appeler tout de suite le numéro d’urgence.</translation>
    </message>
    <message>
        <source>He arrives early, late, or with someone he did not announce.</source>
        <comment>he</comment>
        <translation>Il arrive en avance, en retard, ou avec quelqu’un qu’il n’avait pas annoncé.</translation>
    </message>
    <message>
        <source>She arrives early, late, or with someone she did not announce.</source>
        <comment>she</comment>
        <translation>Elle arrive en avance, en retard, ou avec quelqu’un qu’elle n’avait pas annoncé.</translation>
    </message>
    <message>
        <source>The other person arrives early, late, or with someone they did not announce.</source>
        <comment>they</comment>
        <translation>L’autre personne arrive en avance, en retard, ou avec quelqu’un qu’elle n’avait pas annoncé.</translation>
    </message>
    <message>
        <source>{name} arrives early, late, or with someone {name} did not announce.</source>
        <comment>name</comment>
        <translation>{name} arrive en avance, en retard, ou avec quelqu’un qui n’avait pas été annoncé.</translation>
    </message>
    <message>
        <source>He brings up personal matters, shared memories or our relationship.</source>
        <comment>he</comment>
        <translation>Il aborde des sujets personnels, des souvenirs communs ou notre relation.</translation>
    </message>
    <message>
        <source>She brings up personal matters, shared memories or our relationship.</source>
        <comment>she</comment>
        <translation>Elle aborde des sujets personnels, des souvenirs communs ou notre relation.</translation>
    </message>
    <message>
        <source>The other person brings up personal matters, shared memories or our relationship.</source>
        <comment>they</comment>
        <translation>L’autre personne aborde des sujets personnels, des souvenirs communs ou notre relation.</translation>
    </message>
    <message>
        <source>{name} brings up personal matters, shared memories or our relationship.</source>
        <comment>name</comment>
        <translation>{name} aborde des sujets personnels, des souvenirs communs ou notre relation.</translation>
    </message>
    <message>
        <source>He raises his voice, blocks my way or will not let me leave.</source>
        <comment>he</comment>
        <translation>Il élève la voix, me barre le passage ou m’empêche de partir.</translation>
    </message>
    <message>
        <source>She raises her voice, blocks my way or will not let me leave.</source>
        <comment>she</comment>
        <translation>Elle élève la voix, me barre le passage ou m’empêche de partir.</translation>
    </message>
    <message>
        <source>The other person raises their voice, blocks my way or will not let me leave.</source>
        <comment>they</comment>
        <translation>L’autre personne élève la voix, me barre le passage ou m’empêche de partir.</translation>
    </message>
    <message>
        <source>{name} raises their voice, blocks my way or will not let me leave.</source>
        <comment>name</comment>
        <translation>{name} élève la voix, me barre le passage ou m’empêche de partir.</translation>
    </message>
    <message>
        <source>He has found out where I am, or he is on his way.</source>
        <comment>he</comment>
        <translation>Il a découvert où je suis, ou il est en route.</translation>
    </message>
    <message>
        <source>She has found out where I am, or she is on her way.</source>
        <comment>she</comment>
        <translation>Elle a découvert où je suis, ou elle est en route.</translation>
    </message>
    <message>
        <source>The other person has found out where I am, or is on their way.</source>
        <comment>they</comment>
        <translation>L’autre personne a découvert où je suis, ou elle est en route.</translation>
    </message>
    <message>
        <source>{name} has found out where I am, or is on the way.</source>
        <comment>name</comment>
        <translation>{name} a découvert où je suis, ou est en route.</translation>
    </message>
    <message>
        <source>Something during his time with the children puts them in danger.</source>
        <comment>he</comment>
        <translation>Quelque chose pendant son temps avec les enfants les met en danger.</translation>
    </message>
    <message>
        <source>Something during her time with the children puts them in danger.</source>
        <comment>she</comment>
        <translation>Quelque chose pendant son temps avec les enfants les met en danger.</translation>
    </message>
    <message>
        <source>Something during the other person&apos;s time with the children puts them in danger.</source>
        <comment>they</comment>
        <translation>Quelque chose pendant le temps de l’autre personne avec les enfants les met en danger.</translation>
    </message>
    <message>
        <source>Something during {name}&apos;s time with the children puts them in danger.</source>
        <comment>name</comment>
        <translation>Quelque chose pendant le temps de {name} avec les enfants les met en danger.</translation>
    </message>
    <message>
        <source>He questions the children about me, or uses them to carry messages.</source>
        <comment>he</comment>
        <translation>Il questionne les enfants à mon sujet, ou se sert d’eux pour transmettre des messages.</translation>
    </message>
    <message>
        <source>She questions the children about me, or uses them to carry messages.</source>
        <comment>she</comment>
        <translation>Elle questionne les enfants à mon sujet, ou se sert d’eux pour transmettre des messages.</translation>
    </message>
    <message>
        <source>The other person questions the children about me, or uses them to carry messages.</source>
        <comment>they</comment>
        <translation>L’autre personne questionne les enfants à mon sujet, ou se sert d’eux pour transmettre des messages.</translation>
    </message>
    <message>
        <source>{name} questions the children about me, or uses them to carry messages.</source>
        <comment>name</comment>
        <translation>{name} questionne les enfants à mon sujet, ou se sert d’eux pour transmettre des messages.</translation>
    </message>
    <message>
        <source>He does not bring the children back at the agreed time.</source>
        <comment>he</comment>
        <translation>Il ne ramène pas les enfants à l’heure convenue.</translation>
    </message>
    <message>
        <source>She does not bring the children back at the agreed time.</source>
        <comment>she</comment>
        <translation>Elle ne ramène pas les enfants à l’heure convenue.</translation>
    </message>
    <message>
        <source>The other person does not bring the children back at the agreed time.</source>
        <comment>they</comment>
        <translation>L’autre personne ne ramène pas les enfants à l’heure convenue.</translation>
    </message>
    <message>
        <source>{name} does not bring the children back at the agreed time.</source>
        <comment>name</comment>
        <translation>{name} ne ramène pas les enfants à l’heure convenue.</translation>
    </message>
    <message>
        <source>Listen to the children and reassure them; do not discuss him with them.</source>
        <comment>he</comment>
        <translation>Écouter les enfants et les rassurer ; ne pas parler de lui avec eux.</translation>
    </message>
    <message>
        <source>Listen to the children and reassure them; do not discuss her with them.</source>
        <comment>she</comment>
        <translation>Écouter les enfants et les rassurer ; ne pas parler d’elle avec eux.</translation>
    </message>
    <message>
        <source>Listen to the children and reassure them; do not discuss the other person with them.</source>
        <comment>they</comment>
        <translation>Écouter les enfants et les rassurer ; ne pas parler de l’autre personne avec eux.</translation>
    </message>
    <message>
        <source>Listen to the children and reassure them; do not discuss {name} with them.</source>
        <comment>name</comment>
        <translation>Écouter les enfants et les rassurer ; ne pas parler de {name} avec eux.</translation>
    </message>
    <message>
        <source>People he sends, or who speak for him, keep pressing, watching or persuading me.</source>
        <comment>he</comment>
        <translation>Des personnes qu’il envoie, ou qui parlent pour lui, continuent de me presser, de me surveiller ou de chercher à me convaincre.</translation>
    </message>
    <message>
        <source>People she sends, or who speak for her, keep pressing, watching or persuading me.</source>
        <comment>she</comment>
        <translation>Des personnes qu’elle envoie, ou qui parlent pour elle, continuent de me presser, de me surveiller ou de chercher à me convaincre.</translation>
    </message>
    <message>
        <source>People the other person sends, or who speak for them, keep pressing, watching or persuading me.</source>
        <comment>they</comment>
        <translation>Des gens que l’autre personne envoie, ou qui parlent pour elle, continuent de me presser, de me surveiller ou de chercher à me convaincre.</translation>
    </message>
    <message>
        <source>People {name} sends, or who speak for {name}, keep pressing, watching or persuading me.</source>
        <comment>name</comment>
        <translation>Des personnes que {name} envoie, ou qui parlent pour {name}, continuent de me presser, de me surveiller ou de chercher à me convaincre.</translation>
    </message>
    <message>
        <source>Friends or relatives pass on messages or requests from him.</source>
        <comment>he</comment>
        <translation>Des amis ou des proches me transmettent des messages ou des demandes de sa part.</translation>
    </message>
    <message>
        <source>Friends or relatives pass on messages or requests from her.</source>
        <comment>she</comment>
        <translation>Des amis ou des proches me transmettent des messages ou des demandes de sa part.</translation>
    </message>
    <message>
        <source>Friends or relatives pass on messages or requests from the other person.</source>
        <comment>they</comment>
        <translation>Des amis ou des proches me transmettent des messages ou des demandes de l’autre personne.</translation>
    </message>
    <message>
        <source>Friends or relatives pass on messages or requests from {name}.</source>
        <comment>name</comment>
        <translation>Des amis ou des proches me transmettent des messages ou des demandes de {name}.</translation>
    </message>
    <message>
        <source>People repeat things that only he could have told them.</source>
        <comment>he</comment>
        <translation>Des gens répètent des choses que lui seul a pu leur dire.</translation>
    </message>
    <message>
        <source>People repeat things that only she could have told them.</source>
        <comment>she</comment>
        <translation>Des gens répètent des choses qu’elle seule a pu leur dire.</translation>
    </message>
    <message>
        <source>People repeat things that only the other person could have told them.</source>
        <comment>they</comment>
        <translation>Des gens répètent des choses que seule l’autre personne a pu leur dire.</translation>
    </message>
    <message>
        <source>People repeat things that only {name} could have told them.</source>
        <comment>name</comment>
        <translation>Des gens répètent des choses qu’ils n’ont pu apprendre que de {name}.</translation>
    </message>
    <message>
        <source>Cut off those who knowingly spy for him; tell the unwitting ones how they are being used.</source>
        <comment>he</comment>
        <translation>Couper le contact avec celles et ceux qui l’espionnent sciemment ; expliquer aux autres comment on se sert d’eux.</translation>
    </message>
    <message>
        <source>Cut off those who knowingly spy for her; tell the unwitting ones how they are being used.</source>
        <comment>she</comment>
        <translation>Couper le contact avec celles et ceux qui espionnent pour elle sciemment ; expliquer aux autres comment on se sert d’eux.</translation>
    </message>
    <message>
        <source>Cut off those who knowingly spy for the other person; tell the unwitting ones how they are being used.</source>
        <comment>they</comment>
        <translation>Couper le contact avec celles et ceux qui espionnent sciemment pour l’autre personne ; expliquer aux autres comment on se sert d’eux.</translation>
    </message>
    <message>
        <source>Cut off those who knowingly spy for {name}; tell the unwitting ones how they are being used.</source>
        <comment>name</comment>
        <translation>Couper le contact avec celles et ceux qui espionnent sciemment pour {name} ; expliquer aux autres comment on se sert d’eux.</translation>
    </message>
    <message>
        <source>He follows, watches or contacts me online, or gets into my accounts.</source>
        <comment>he</comment>
        <translation>Il me suit, me surveille ou me contacte en ligne, ou s’introduit dans mes comptes.</translation>
    </message>
    <message>
        <source>She follows, watches or contacts me online, or gets into my accounts.</source>
        <comment>she</comment>
        <translation>Elle me suit, me surveille ou me contacte en ligne, ou s’introduit dans mes comptes.</translation>
    </message>
    <message>
        <source>The other person follows, watches or contacts me online, or gets into my accounts.</source>
        <comment>they</comment>
        <translation>L’autre personne me suit, me surveille ou me contacte en ligne, ou s’introduit dans mes comptes.</translation>
    </message>
    <message>
        <source>{name} follows, watches or contacts me online, or gets into my accounts.</source>
        <comment>name</comment>
        <translation>{name} me suit, me surveille ou me contacte en ligne, ou s’introduit dans mes comptes.</translation>
    </message>
    <message>
        <source>He knows things I only wrote or did online.</source>
        <comment>he</comment>
        <translation>Il sait des choses que je n’ai écrites ou faites qu’en ligne.</translation>
    </message>
    <message>
        <source>She knows things I only wrote or did online.</source>
        <comment>she</comment>
        <translation>Elle sait des choses que je n’ai écrites ou faites qu’en ligne.</translation>
    </message>
    <message>
        <source>The other person knows things I only wrote or did online.</source>
        <comment>they</comment>
        <translation>L’autre personne sait des choses que je n’ai écrites ou faites qu’en ligne.</translation>
    </message>
    <message>
        <source>{name} knows things I only wrote or did online.</source>
        <comment>name</comment>
        <translation>{name} sait des choses que je n’ai écrites ou faites qu’en ligne.</translation>
    </message>
    <message>
        <source>Change my passwords from a device he has never touched, and turn on two-step sign-in.</source>
        <comment>he</comment>
        <translation>Changer mes mots de passe depuis un appareil qu’il n’a jamais touché, et activer la validation en deux étapes.</translation>
    </message>
    <message>
        <source>Change my passwords from a device she has never touched, and turn on two-step sign-in.</source>
        <comment>she</comment>
        <translation>Changer mes mots de passe depuis un appareil qu’elle n’a jamais touché, et activer la validation en deux étapes.</translation>
    </message>
    <message>
        <source>Change my passwords from a device the other person has never touched, and turn on two-step sign-in.</source>
        <comment>they</comment>
        <translation>Changer mes mots de passe depuis un appareil que l’autre personne n’a jamais touché, et activer la validation en deux étapes.</translation>
    </message>
    <message>
        <source>Change my passwords from a device {name} has never touched, and turn on two-step sign-in.</source>
        <comment>name</comment>
        <translation>Changer mes mots de passe depuis un appareil que {name} n’a jamais touché, et activer la validation en deux étapes.</translation>
    </message>
    <message>
        <source>If I am in danger, call the emergency number at once.</source>
        <translation>Si je suis en danger, appeler tout de suite le numéro d’urgence.</translation>
    </message>
    <message>
        <source>Write down what happened, with the time, in the contact log.</source>
        <translation>Noter ce qui s’est passé, avec l’heure, dans le journal des contacts.</translation>
    </message>
    <message>
        <source>Call my check-in partner and tell them where I am and how I am.</source>
        <translation>Appeler ma personne relais et lui dire où je suis et comment je vais.</translation>
    </message>
    <message>
        <source>Do not open the door; do not answer the intercom.</source>
        <translation>Ne pas ouvrir la porte ; ne pas répondre à l’interphone.</translation>
    </message>
    <message>
        <source>Stay inside, away from the door, in a room I can lock.</source>
        <translation>Rester à l’intérieur, loin de la porte, dans une pièce que je peux fermer à clé.</translation>
    </message>
    <message>
        <source>Tell my lawyer. If a protective order forbids this, report it to the police.</source>
        <translation>Le dire à mon avocat. Si une ordonnance de protection l’interdit, le signaler à la police.</translation>
    </message>
    <message>
        <source>Do not answer, do not negotiate, and do not give in.</source>
        <translation>Ne pas répondre, ne pas négocier et ne pas céder.</translation>
    </message>
    <message>
        <source>Keep the message: take a screenshot that shows the date and time.</source>
        <translation>Garder le message : faire une capture d’écran qui montre la date et l’heure.</translation>
    </message>
    <message>
        <source>Tell the people who should know: my lawyer and my check-in partner.</source>
        <translation>Le dire aux personnes qui doivent le savoir : mon avocat et ma personne relais.</translation>
    </message>
    <message>
        <source>Report the threat to the police and note the incident number.</source>
        <translation>Signaler la menace à la police et noter le numéro de la plainte.</translation>
    </message>
    <message>
        <source>A meeting I cannot avoid (a handover, mediation, a hearing) starts to go wrong.</source>
        <translation>Une rencontre que je ne peux pas éviter (une remise des enfants, une médiation, une audience) commence à mal tourner.</translation>
    </message>
    <message>
        <source>Keep to the agenda: no personal matters, no shared memories.</source>
        <translation>M’en tenir à l’ordre du jour : rien de personnel, pas de souvenirs communs.</translation>
    </message>
    <message>
        <source>Say one short, firm sentence that the meeting is over, and leave.</source>
        <translation>Dire une phrase courte et ferme pour signifier que la rencontre est terminée, et partir.</translation>
    </message>
    <message>
        <source>Go to the professional who is there (mediator, supervisor, lawyer) or to a public place.</source>
        <translation>Aller vers le professionnel présent (médiateur, superviseur, avocat) ou dans un lieu public.</translation>
    </message>
    <message>
        <source>Ask my lawyer whether future meetings can be supervised or left to professionals.</source>
        <translation>Demander à mon avocat si les prochaines rencontres peuvent être supervisées ou confiées à des professionnels.</translation>
    </message>
    <message>
        <source>I have to get out of where I am, quickly and safely.</source>
        <translation>Je dois quitter l’endroit où je suis, vite et en sécurité.</translation>
    </message>
    <message>
        <source>Threats against my life, or violence that is getting worse.</source>
        <translation>Des menaces contre ma vie, ou des violences qui s’aggravent.</translation>
    </message>
    <message>
        <source>My instinct tells me I am not safe here.</source>
        <translation>Mon instinct me dit que je ne suis pas en sécurité ici.</translation>
    </message>
    <message>
        <source>Take the children and the bag I packed in advance, if it is safe to do so.</source>
        <translation>Prendre les enfants et le sac préparé à l’avance, si je peux le faire sans danger.</translation>
    </message>
    <message>
        <source>Go to my safe place.</source>
        <translation>Aller dans mon lieu sûr.</translation>
    </message>
    <message>
        <source>Call a domestic-abuse helpline if I need a shelter place for tonight.</source>
        <translation>Appeler une ligne d’écoute contre les violences conjugales si j’ai besoin d’un hébergement pour cette nuit.</translation>
    </message>
    <message>
        <source>Once I am safe, write down what happened, with the time, in the contact log, and tell my lawyer.</source>
        <translation>Une fois en sécurité, noter ce qui s’est passé, avec l’heure, dans le journal des contacts, et le dire à mon avocat.</translation>
    </message>
    <message>
        <source>The children come back frightened, withdrawn or hurt.</source>
        <translation>Les enfants reviennent effrayés, renfermés ou blessés.</translation>
    </message>
    <message>
        <source>If a child is in danger now, call the emergency number at once.</source>
        <translation>Si un enfant est en danger maintenant, appeler tout de suite le numéro d’urgence.</translation>
    </message>
    <message>
        <source>Keep exactly to what the court orders; do not break them.</source>
        <translation>M’en tenir exactement à ce que le tribunal ordonne ; ne pas l’enfreindre.</translation>
    </message>
    <message>
        <source>Call my lawyer: rulings change only through the proper channels.</source>
        <translation>Appeler mon avocat : les décisions ne changent que par les voies prévues.</translation>
    </message>
    <message>
        <source>Tell the professionals involved (guardian, school, child services) what I saw.</source>
        <translation>Dire aux professionnels concernés (tuteur, école, protection de l’enfance) ce que j’ai vu.</translation>
    </message>
    <message>
        <source>Someone asks unusual questions about where I live, my plans or my new life.</source>
        <translation>Quelqu’un pose des questions inhabituelles sur mon domicile, mes projets ou ma nouvelle vie.</translation>
    </message>
    <message>
        <source>Do not answer requests passed on by other people.</source>
        <translation>Ne pas répondre aux demandes transmises par d’autres personnes.</translation>
    </message>
    <message>
        <source>Say my sentence for people who pass on messages, and end the conversation.</source>
        <translation>Dire ma phrase pour les personnes qui transmettent des messages, et mettre fin à la conversation.</translation>
    </message>
    <message>
        <source>Note the person on the suspected proxies page.</source>
        <translation>Noter la personne sur la page des intermédiaires possibles.</translation>
    </message>
    <message>
        <source>New or unknown accounts follow me or send me messages.</source>
        <translation>Des comptes nouveaux ou inconnus me suivent ou m’envoient des messages.</translation>
    </message>
    <message>
        <source>My accounts show sign-ins or changes I did not make.</source>
        <translation>Mes comptes montrent des connexions ou des modifications que je n’ai pas faites.</translation>
    </message>
    <message>
        <source>Do not answer, from any account.</source>
        <translation>Ne pas répondre, depuis aucun compte.</translation>
    </message>
    <message>
        <source>Take screenshots that show the date and time before blocking or reporting.</source>
        <translation>Faire des captures d’écran qui montrent la date et l’heure avant de bloquer ou de signaler.</translation>
    </message>
    <message>
        <source>Make my profiles private and check which apps can see my location.</source>
        <translation>Rendre mes profils privés et vérifier quelles applications peuvent voir ma position.</translation>
    </message>
    <message>
        <source>Tell my lawyer, and report threats or harassment to the police.</source>
        <translation>Le dire à mon avocat, et signaler les menaces ou le harcèlement à la police.</translation>
    </message>
    <message>
        <source>Something else that worries me; I describe it in my own words.</source>
        <translation>Autre chose qui m’inquiète ; je le décris avec mes propres mots.</translation>
    </message>
    <message>
        <source>Say one short, firm sentence, then hang up or leave.</source>
        <translation>Dire une phrase courte et ferme, puis raccrocher ou partir.</translation>
    </message>
    <message>
        <source>Tell the people who should know, such as my lawyer.</source>
        <translation>Le dire aux personnes qui doivent le savoir, comme mon avocat.</translation>
    </message>
</context>
<context>
    <name>SuspectedProxy</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A nickname or initials are fine.</source>
        <translation>Un surnom ou des initiales suffisent.</translation>
    </message>
    <message>
        <source>Connection to him</source>
        <comment>he</comment>
        <translation>Lien avec lui</translation>
    </message>
    <message>
        <source>Connection to her</source>
        <comment>she</comment>
        <translation>Lien avec elle</translation>
    </message>
    <message>
        <source>Connection to the other person</source>
        <comment>they</comment>
        <translation>Lien avec l’autre personne</translation>
    </message>
    <message>
        <source>Connection to {name}</source>
        <comment>name</comment>
        <translation>Lien avec {name}</translation>
    </message>
    <message>
        <source>Connection to me</source>
        <translation>Lien avec moi</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Ce qu’il ou elle fait</translation>
    </message>
    <message>
        <source>What they did, in my words</source>
        <translation>Ce qu’il ou elle a fait, avec mes mots</translation>
    </message>
    <message>
        <source>Dates and evidence</source>
        <translation>Dates et preuves</translation>
    </message>
    <message>
        <source>Knowing or unwitting</source>
        <translation>En connaissance de cause ou sans le savoir</translation>
    </message>
    <message>
        <source>My decision</source>
        <translation>Ma décision</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>%n people without a decision yet</source>
        <translation>
            <numerusform>%n personne sans décision pour l’instant</numerusform>
            <numerusform>%n personnes sans décision pour l’instant</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicFit</name>
    <message>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>TrustedContact</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A nickname or initials are fine.</source>
        <translation>Un surnom ou des initiales suffisent.</translation>
    </message>
    <message>
        <source>Relationship to me</source>
        <translation>Lien avec moi</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>One number per line.</source>
        <translation>Un numéro par ligne.</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Knows my situation</source>
        <translation>Connaît ma situation</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>Mot de code</translation>
    </message>
    <message>
        <source>A word you agreed on that means you need help.</source>
        <translation>Un mot convenu ensemble qui veut dire que vous avez besoin d’aide.</translation>
    </message>
    <message>
        <source>Best times to reach</source>
        <translation>Meilleurs moments pour joindre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>no trusted contact yet</source>
        <translation>pas encore de personne de confiance</translation>
    </message>
    <message>
        <source>no check-in partner yet</source>
        <translation>pas encore de personne relais</translation>
    </message>
    <message>
        <source>no emergency contact yet</source>
        <translation>pas encore de contact d’urgence</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts have no phone number or email yet</source>
        <translation>
            <numerusform>%n contact n’a pas encore de téléphone ni d’e-mail</numerusform>
            <numerusform>%n contacts n’ont pas encore de téléphone ni d’e-mail</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please give a name, even a nickname or initials, so you can recognise this later.</source>
        <translation>Indiquez un nom, même un surnom ou des initiales, pour pouvoir le reconnaître plus tard.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a phone number yet. Use digits, spaces, dashes or brackets, with an optional + at the start (for example +1 555 0100).</source>
        <translation>Cela ne ressemble pas encore à un numéro de téléphone. Utilisez des chiffres, des espaces, des tirets ou des parenthèses, avec un + facultatif au début (par exemple +1 555 0100).</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like an email address yet (for example name@example.org).</source>
        <translation>Cela ne ressemble pas encore à une adresse e-mail (par exemple nom@example.org).</translation>
    </message>
    <message>
        <source>The end date is before the start date. Please check both dates.</source>
        <translation>La date de fin est antérieure à la date de début. Veuillez vérifier les deux dates.</translation>
    </message>
    <message>
        <source>The grace period needs to be at least one minute.</source>
        <translation>Le délai de grâce doit être d’au moins une minute.</translation>
    </message>
    <message>
        <source>The grace period can be at most 7 days (10,080 minutes).</source>
        <translation>Le délai de grâce peut être de 7 jours au plus (10 080 minutes).</translation>
    </message>
    <message>
        <source>This points to an entry that no longer exists. Please choose another one.</source>
        <translation>Ceci renvoie à une entrée qui n’existe plus. Veuillez en choisir une autre.</translation>
    </message>
    <message>
        <source>This text is very long ({length:,} characters). Please keep it under {limit:,}.</source>
        <translation>Ce texte est très long ({length:,} caractères). Veuillez rester sous {limit:,}.</translation>
    </message>
    <message>
        <source>This text contains invisible control characters. Please retype it.</source>
        <translation>Ce texte contient des caractères de contrôle invisibles. Veuillez le retaper.</translation>
    </message>
    <message>
        <source>Please describe the situation in a few words.</source>
        <translation>Veuillez décrire la situation en quelques mots.</translation>
    </message>
    <message>
        <source>Please write the commitment in your own words, or remove it.</source>
        <translation>Veuillez écrire l’engagement avec vos propres mots, ou le retirer.</translation>
    </message>
    <message>
        <source>A withdrawal needs the entry it withdraws.</source>
        <translation>Un retrait a besoin de l’entrée qu’il retire.</translation>
    </message>
    <message>
        <source>Please choose the mandated contact to check in around.</source>
        <translation>Veuillez choisir le contact imposé autour duquel donner signe de vie.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>This workbook helps you build your No Contact safety plan, one page at a time. You can stop whenever you need to: everything you write is saved the moment you write it, and you can come back to any page later. Nothing here is ever sent anywhere.</source>
        <translation>Ce cahier vous aide à construire votre plan de sécurité Zéro Contact, une page à la fois. Vous pouvez vous arrêter quand vous en avez besoin : tout ce que vous écrivez est enregistré aussitôt, et vous pouvez revenir à n’importe quelle page plus tard. Rien ici n’est jamais envoyé nulle part.</translation>
    </message>
    <message>
        <source>The plan follows one simple rule: keep exactly the contact that is mandated, and calmly decline everything else. The pages ahead help you write down what is required of you, your own boundaries, the people you trust, and what you will do when something goes wrong.</source>
        <translation>Le plan suit une règle simple : garder exactement le contact imposé, et refuser calmement tout le reste. Les pages suivantes vous aident à noter ce qui est exigé de vous, vos propres limites, les personnes en qui vous avez confiance, et ce que vous ferez si quelque chose tourne mal.</translation>
    </message>
    <message>
        <source>Your plan is kept only on this computer, in this file:
{path}</source>
        <translation>Votre plan est conservé uniquement sur cet ordinateur, dans ce fichier :
{path}</translation>
    </message>
    <message>
        <source>Your plan is kept only on this computer.</source>
        <translation>Votre plan est conservé uniquement sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Passphrase and quick-exit settings.</source>
        <translation>Phrase secrète et sortie rapide.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Plan wizard</source>
        <translation>Assistant du plan</translation>
    </message>
    <message>
        <source>Your safety plan, page by page.</source>
        <translation>Votre plan de sécurité, page par page.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Leave the wizard for the overview of all sections. Everything is kept.</source>
        <translation>Quitter l’assistant pour la vue d’ensemble de toutes les sections. Tout est conservé.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Go to the previous page. Nothing is lost.</source>
        <translation>Aller à la page précédente. Rien n’est perdu.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Go to the next page. Nothing here has to be finished first.</source>
        <translation>Aller à la page suivante. Rien ici ne doit être terminé avant.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Close the wizard and show the overview.</source>
        <translation>Fermer l’assistant et afficher la vue d’ensemble.</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Workbook: check-in</source>
        <translation>Workbook : signe de vie</translation>
    </message>
    <message>
        <source>Workbook: appointment</source>
        <translation>Workbook : rendez-vous</translation>
    </message>
    <message>
        <source>Workbook: review</source>
        <translation>Workbook : relecture</translation>
    </message>
    <message>
        <source>Check in with {partner}</source>
        <translation>Donner signe de vie à {partner}</translation>
    </message>
    <message>
        <source>Mandated contact: {order}</source>
        <translation>Contact imposé : {order}</translation>
    </message>
    <message>
        <source>Review my safety plan</source>
        <translation>Relire mon plan de sécurité</translation>
    </message>
    <message>
        <source>Review of an order: {order}</source>
        <translation>Réexamen d’une ordonnance : {order}</translation>
    </message>
    <message>
        <source>{which} has no structured times yet, so it is not in the calendar. Add its times on the Check-ins page.</source>
        <translation>{which} n’a pas encore d’heures fixées, il n’est donc pas dans l’agenda. Ajoutez ses heures sur la page des signes de vie.</translation>
    </message>
    <message>
        <source>{which} has no structured schedule yet, so it is not in the calendar (its review date is). Add its schedule on the Mandated contact page.</source>
        <translation>{which} n’a pas encore d’horaire fixé, il n’est donc pas dans l’agenda (sa date de réexamen, si). Ajoutez son horaire sur la page Contact imposé.</translation>
    </message>
    <message>
        <source>{which}: the times are not complete ({problem}), so they are not in the calendar.</source>
        <translation>{which} : les heures ne sont pas complètes ({problem}), elles ne sont donc pas dans l’agenda.</translation>
    </message>
    <message>
        <source>{which} happens around a mandated contact that has no schedule yet, so it is not in the calendar.</source>
        <translation>{which} a lieu autour d’un contact imposé qui n’a pas encore d’horaire, il n’est donc pas dans l’agenda.</translation>
    </message>
    <message>
        <source>The check-ins of {which} are listed for the coming year, at most {count:,} of them; export the calendar again later for the ones after that.</source>
        <translation>Les signes de vie de {which} sont listés pour l’année à venir, {count:,} au plus ; exportez de nouveau l’agenda plus tard pour les suivants.</translation>
    </message>
    <message>
        <source>my check-in partner</source>
        <translation>ma personne relais</translation>
    </message>
    <message>
        <source>Check-in agreement {number}</source>
        <translation>Accord de signes de vie {number}</translation>
    </message>
    <message>
        <source>Mandated contact {number}</source>
        <translation>Contact imposé {number}</translation>
    </message>
    <message>
        <source>The folder for the calendar does not exist. Please choose another.</source>
        <translation>Le dossier pour l’agenda n’existe pas. Veuillez en choisir un autre.</translation>
    </message>
    <message>
        <source>The calendar could not be saved there ({reason}). Please choose another folder.</source>
        <translation>L’agenda n’a pas pu être enregistré là ({reason}). Veuillez choisir un autre dossier.</translation>
    </message>
</context>
<context>
    <name>chain</name>
    <message>
        <source>Entry {number} was changed after it was written: its content no longer matches its hash.</source>
        <translation>L’entrée {number} a été modifiée après avoir été écrite : son contenu ne correspond plus à son empreinte.</translation>
    </message>
    <message>
        <source>Entry {number} does not follow the entry before it: an entry was removed, added or moved there.</source>
        <translation>L’entrée {number} ne suit pas l’entrée précédente : une entrée a été supprimée, ajoutée ou déplacée à cet endroit.</translation>
    </message>
    <message>
        <source>Entry {number} has no hash: it was not written by Workbook&apos;s log.</source>
        <translation>L’entrée {number} n’a pas d’empreinte : elle n’a pas été écrite par le journal de Workbook.</translation>
    </message>
    <message>
        <source>Entry {number} corrects an entry that is not before it in the log.</source>
        <translation>L’entrée {number} corrige une entrée qui n’est pas avant elle dans le journal.</translation>
    </message>
    <message>
        <source>Entry {number} corrects an entry that an earlier entry already corrected.</source>
        <translation>L’entrée {number} corrige une entrée déjà corrigée par une entrée précédente.</translation>
    </message>
    <message>
        <source>Entry {number} has the same id as an earlier entry.</source>
        <translation>L’entrée {number} a le même identifiant qu’une entrée précédente.</translation>
    </message>
    <message>
        <source>The log should end with entry {number}, but it does not: entries at its end were removed or changed.</source>
        <translation>Le journal devrait finir par l’entrée {number}, mais ce n’est pas le cas : des entrées de la fin ont été supprimées ou modifiées.</translation>
    </message>
    <message>
        <source>not written down yet</source>
        <translation>pas encore noté</translation>
    </message>
    <message>
        <source>written before this record was kept</source>
        <translation>écrit avant la tenue de ce registre</translation>
    </message>
    <message>
        <source>written before the time it gives</source>
        <translation>écrit avant l’heure qu’il indique</translation>
    </message>
    <message>
        <source>written at the time</source>
        <translation>écrit sur le moment</translation>
    </message>
    <message numerus="yes">
        <source>written %n minutes after</source>
        <translation>
            <numerusform>écrit %n minute après</numerusform>
            <numerusform>écrit %n minutes après</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>written %n hours after</source>
        <translation>
            <numerusform>écrit %n heure après</numerusform>
            <numerusform>écrit %n heures après</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>written %n days after</source>
        <translation>
            <numerusform>écrit %n jour après</numerusform>
            <numerusform>écrit %n jours après</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>written %n days after: long after the contact</source>
        <translation>
            <numerusform>écrit %n jour après : longtemps après le contact</numerusform>
            <numerusform>écrit %n jours après : longtemps après le contact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The Workbook app has the workbook in {folder} open (process {pid}). Please close it there first, then try again. Nothing was changed.</source>
        <translation>L’application Workbook a ouvert le classeur de {folder} (processus {pid}). Fermez-la d’abord, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the plan to {out} (%n pages, {size}).</source>
        <translation>
            <numerusform>Le plan a été enregistré dans {out} (%n page, {size}).</numerusform>
            <numerusform>Le plan a été enregistré dans {out} (%n pages, {size}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the plan for your lawyer to {out} (%n pages, {size}).</source>
        <translation>
            <numerusform>Le plan pour votre avocat·e a été enregistré dans {out} (%n page, {size}).</numerusform>
            <numerusform>Le plan pour votre avocat·e a été enregistré dans {out} (%n pages, {size}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the plan for court to {out} (%n pages, {size}).</source>
        <translation>
            <numerusform>Le plan pour le tribunal a été enregistré dans {out} (%n page, {size}).</numerusform>
            <numerusform>Le plan pour le tribunal a été enregistré dans {out} (%n pages, {size}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  It did not fit one page even in small type; it has %n pages.</source>
        <translation>
            <numerusform>  Elle ne tenait pas sur une page, même en petits caractères ; elle a %n page.</numerusform>
            <numerusform>  Elle ne tenait pas sur une page, même en petits caractères ; elle a %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n calendar events to {out}.</source>
        <translation>
            <numerusform>%n événement d’agenda enregistré dans {out}.</numerusform>
            <numerusform>%n événements d’agenda enregistrés dans {out}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the card for {name} to {out} (%n pages).</source>
        <translation>
            <numerusform>La carte pour {name} a été enregistrée dans {out} (%n page).</numerusform>
            <numerusform>La carte pour {name} a été enregistrée dans {out} (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path} has {count} problems, so nothing was imported:</source>
        <translation>
            <numerusform>{path} contient {count} problème, rien n’a donc été importé :</numerusform>
            <numerusform>{path} contient {count} problèmes, rien n’a donc été importé :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and {count} more</source>
        <translation>
            <numerusform>et {count} autre</numerusform>
            <numerusform>et {count} autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The contact log in {path} is intact: %n entries, each unchanged since written.</source>
        <translation>
            <numerusform>Le journal des contacts de {path} est intact : %n entrée, inchangée depuis son écriture.</numerusform>
            <numerusform>Le journal des contacts de {path} est intact : %n entrées, chacune inchangée depuis son écriture.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The contact log in the workbook in {folder} is intact: %n entries, each unchanged since written.</source>
        <translation>
            <numerusform>Le journal des contacts du classeur de {folder} est intact : %n entrée, inchangée depuis son écriture.</numerusform>
            <numerusform>Le journal des contacts du classeur de {folder} est intact : %n entrées, chacune inchangée depuis son écriture.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>{prog}: {message} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog} : {message} (voir &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>the folder that holds the workbook (default: ${env}, else your user data folder)</source>
        <translation>le dossier qui contient le classeur (par défaut : ${env}, sinon votre dossier de données utilisateur)</translation>
    </message>
    <message>
        <source>A private, offline workbook for a No Contact safety plan. Without a command it opens the workbook window.</source>
        <translation>Un classeur privé, hors ligne, pour un plan de sécurité Zéro Contact. Sans commande, il ouvre la fenêtre du classeur.</translation>
    </message>
    <message>
        <source>Everything stays on this computer; Workbook never uses the network.</source>
        <translation>Tout reste sur cet ordinateur ; Workbook n’utilise jamais le réseau.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>read the workbook&apos;s passphrase from the first line of FILE instead of asking for it (never give it on the command line or in the environment)</source>
        <translation>lire la phrase secrète du classeur sur la première ligne de FILE au lieu de la demander (ne la donnez jamais sur la ligne de commande ni dans l’environnement)</translation>
    </message>
    <message>
        <source>write a complete, fictional example plan to look around in</source>
        <translation>écrire un plan d’exemple complet et fictif pour faire le tour</translation>
    </message>
    <message>
        <source>Write a complete, fictional example plan into an empty workbook, to look around before typing in your own. It never overwrites a plan.</source>
        <translation>Écrit un plan d’exemple complet et fictif dans un classeur vide, pour faire le tour avant de saisir le vôtre. N’écrase jamais un plan.</translation>
    </message>
    <message>
        <source>save the plan, or a version of it for one reader, as a file</source>
        <translation>enregistrer le plan, ou une version pour un lecteur, dans un fichier</translation>
    </message>
    <message>
        <source>Save the plan to a file: the whole plan (JSON or PDF), or a PDF for your lawyer or for a court, a card for a check-in partner, or your calendar. The file is not encrypted, unless it is a PDF protected with --pdf-password-file.</source>
        <translation>Enregistre le plan dans un fichier : le plan entier (JSON ou PDF), ou un PDF pour votre avocat·e ou pour un tribunal, une carte pour une personne relais, ou votre agenda. Le fichier n’est pas chiffré, sauf s’il s’agit d’un PDF protégé avec --pdf-password-file.</translation>
    </message>
    <message>
        <source>the file to write (with --for partner and no --partner: a folder, one card per check-in partner)</source>
        <translation>le fichier à écrire (avec --for partner et sans --partner : un dossier, une carte par personne relais)</translation>
    </message>
    <message>
        <source>plan: everything (default); lawyer: leaves out code words, check-ins, safe places and what to take; court: also leaves out every address, trusted contacts&apos; details, backup plans and proxies&apos; notes; partner: a one-page card for a check-in partner; calendar: check-in times, mandated contact and review dates (.ics)</source>
        <translation>plan : tout (par défaut) ; lawyer : omet les mots de code, les signes de vie, les lieux sûrs et ce qu’il faut emporter ; court : omet aussi toutes les adresses, les coordonnées des personnes de confiance, les plans de secours et les notes sur les intermédiaires ; partner : une carte d’une page pour une personne relais ; calendar : heures des signes de vie, contact imposé et dates de révision (.ics)</translation>
    </message>
    <message>
        <source>with --for partner: the check-in partner&apos;s name as in the plan</source>
        <translation>avec --for partner : le nom de la personne relais tel qu’il figure dans le plan</translation>
    </message>
    <message>
        <source>with --for calendar: name partners and orders in event titles (calendars sync to other devices; by default every title is neutral)</source>
        <translation>avec --for calendar : nommer les personnes relais et les ordonnances dans les titres des événements (les agendas se synchronisent avec d’autres appareils ; par défaut, chaque titre est neutre)</translation>
    </message>
    <message>
        <source>json (to move the plan or keep a copy) or pdf (to print); default: from the file name, else json</source>
        <translation>json (pour déplacer le plan ou en garder une copie) ou pdf (pour imprimer) ; par défaut : d’après le nom du fichier, sinon json</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>remplacer FILE s’il existe</translation>
    </message>
    <message>
        <source>the PDF&apos;s paper size (default: from your locale)</source>
        <translation>le format de papier du PDF (par défaut : selon vos paramètres régionaux)</translation>
    </message>
    <message>
        <source>protect the PDF with the password on the first line of FILE (a file, so the password stays out of the shell history)</source>
        <translation>protéger le PDF avec le mot de passe de la première ligne de FILE (un fichier, pour que le mot de passe reste hors de l’historique du terminal)</translation>
    </message>
    <message>
        <source>load a plan from a JSON file made by &apos;workbook export&apos;</source>
        <translation>charger un plan depuis un fichier JSON créé par &apos;workbook export&apos;</translation>
    </message>
    <message>
        <source>Load a plan from a JSON file. The whole file is checked first; if anything is wrong, every problem is listed and nothing is changed.</source>
        <translation>Charge un plan depuis un fichier JSON. Tout le fichier est d’abord vérifié ; si quelque chose ne va pas, chaque problème est listé et rien n’est modifié.</translation>
    </message>
    <message>
        <source>the JSON file to load</source>
        <translation>le fichier JSON à charger</translation>
    </message>
    <message>
        <source>replace the plan already in the workbook (it is lost)</source>
        <translation>remplacer le plan déjà présent dans le classeur (il est perdu)</translation>
    </message>
    <message>
        <source>check that the contact log was not changed, and print its latest hash</source>
        <translation>vérifier que le journal des contacts n’a pas été modifié, et afficher sa dernière empreinte</translation>
    </message>
    <message>
        <source>Check the contact log&apos;s hash chain (docs/record.md) in the workbook, or in a plan file made by &apos;workbook export&apos;. Prints the number of entries and the latest hash, or names the first entry that was changed, removed or moved (exit code 1).</source>
        <translation>Vérifie la chaîne d’empreintes du journal des contacts (docs/record.md) dans le classeur, ou dans un fichier de plan créé par &apos;workbook export&apos;. Affiche le nombre d’entrées et la dernière empreinte, ou nomme la première entrée modifiée, supprimée ou déplacée (code de sortie 1).</translation>
    </message>
    <message>
        <source>an exported plan file to check instead of the workbook</source>
        <translation>un fichier de plan exporté à vérifier au lieu du classeur</translation>
    </message>
    <message>
        <source>choose {first} or {second}</source>
        <translation>choisissez {first} ou {second}</translation>
    </message>
    <message>
        <source>The folder {folder} could not be created ({reason}). Please choose another one with --data-dir.</source>
        <translation>Le dossier {folder} n’a pas pu être créé ({reason}). Choisissez-en un autre avec --data-dir.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase secrète : </translation>
    </message>
    <message>
        <source>Choose a passphrase for this workbook: </source>
        <translation>Choisissez une phrase secrète pour ce classeur : </translation>
    </message>
    <message>
        <source>Your recovery code opens the workbook if you ever forget the passphrase. It is shown only now: write it on paper, then clear this terminal.</source>
        <translation>Votre code de récupération ouvre le classeur si vous oubliez un jour la phrase secrète. Il n’est affiché que maintenant : écrivez-le sur papier, puis effacez ce terminal.</translation>
    </message>
    <message>
        <source>The workbook in {folder} already holds a plan, so the example was not written and nothing was changed. To look at the example, give an empty folder, for example: workbook demo --data-dir ~/workbook-example</source>
        <translation>Le classeur de {folder} contient déjà un plan : l’exemple n’a donc pas été écrit et rien n’a été modifié. Pour voir l’exemple, donnez un dossier vide, par exemple : workbook demo --data-dir ~/workbook-example</translation>
    </message>
    <message>
        <source>Wrote a fictional example plan to {folder}.</source>
        <translation>Un plan d’exemple fictif a été écrit dans {folder}.</translation>
    </message>
    <message>
        <source>Open it with: workbook --data-dir {folder}</source>
        <translation>Ouvrez-le avec : workbook --data-dir {folder}</translation>
    </message>
    <message>
        <source>--for calendar writes an iCalendar file; leave out --format.</source>
        <translation>--for calendar écrit un fichier iCalendar ; retirez --format.</translation>
    </message>
    <message>
        <source>Only the whole plan (--for plan) can be saved as JSON.</source>
        <translation>Seul le plan entier (--for plan) peut être enregistré en JSON.</translation>
    </message>
    <message>
        <source>The password file {path} could not be read.</source>
        <translation>Le fichier du mot de passe {path} n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The first line of {path} is empty; it should hold the password.</source>
        <translation>La première ligne de {path} est vide ; elle devrait contenir le mot de passe.</translation>
    </message>
    <message>
        <source>--page-size and --pdf-password-file only apply to a PDF.</source>
        <translation>--page-size et --pdf-password-file ne s’appliquent qu’à un PDF.</translation>
    </message>
    <message>
        <source>--partner goes with --for partner.</source>
        <translation>--partner va avec --for partner.</translation>
    </message>
    <message>
        <source>--calendar-names goes with --for calendar.</source>
        <translation>--calendar-names va avec --for calendar.</translation>
    </message>
    <message>
        <source>{out} is a folder. Please give a file name, e.g. {example}</source>
        <translation>{out} est un dossier. Donnez un nom de fichier, par exemple {example}</translation>
    </message>
    <message>
        <source>{out} already exists. Add --force to replace it.</source>
        <translation>{out} existe déjà. Ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Please create it first.</source>
        <translation>Le dossier {folder} n’existe pas. Créez-le d’abord.</translation>
    </message>
    <message>
        <source>{out} could not be written ({reason}).</source>
        <translation>{out} n’a pas pu être écrit ({reason}).</translation>
    </message>
    <message>
        <source>Saved the plan to {out}.</source>
        <translation>Le plan a été enregistré dans {out}.</translation>
    </message>
    <message>
        <source>The PDF is protected with your password.</source>
        <translation>Le PDF est protégé par votre mot de passe.</translation>
    </message>
    <message>
        <source>The file is not encrypted: keep it somewhere only you can reach.</source>
        <translation>Le fichier n’est pas chiffré : gardez-le là où vous seul·e pouvez y accéder.</translation>
    </message>
    <message>
        <source>Character U+{code} in “{field}” on page {page} could not be drawn; it shows as �.</source>
        <translation>Le caractère U+{code} dans « {field} », page {page}, n’a pas pu être dessiné ; il apparaît comme �.</translation>
    </message>
    <message>
        <source>Character U+{code} in a text on page {page} could not be drawn; it shows as �.</source>
        <translation>Le caractère U+{code} dans un texte, page {page}, n’a pas pu être dessiné ; il apparaît comme �.</translation>
    </message>
    <message>
        <source>{out} is a file. Give a folder for the cards, or add --partner NAME.</source>
        <translation>{out} est un fichier. Donnez un dossier pour les cartes, ou ajoutez --partner NAME.</translation>
    </message>
    <message>
        <source>No trusted contact is the partner of a check-in agreement yet.</source>
        <translation>Aucune personne de confiance n’est encore la personne relais d’un accord de signe de vie.</translation>
    </message>
    <message>
        <source>Saved the card for {name} to {target}.</source>
        <translation>La carte pour {name} a été enregistrée dans {target}.</translation>
    </message>
    <message>
        <source>Saved the card for a partner without a name to {target}.</source>
        <translation>La carte pour une personne relais sans nom a été enregistrée dans {target}.</translation>
    </message>
    <message>
        <source>Titles name people and orders: calendars sync to other devices.</source>
        <translation>Les titres nomment des personnes et des ordonnances : les agendas se synchronisent avec d’autres appareils.</translation>
    </message>
    <message>
        <source>Every title is neutral (“{title}”); nothing else is in the file.</source>
        <translation>Chaque titre est neutre (« {title} ») ; rien d’autre n’est dans le fichier.</translation>
    </message>
    <message>
        <source>No check-in partner is called {name}. Partners: {names}.</source>
        <translation>Aucune personne relais ne s’appelle {name}. Personnes relais : {names}.</translation>
    </message>
    <message>
        <source>No check-in partner is called {name}. There are no check-in partners yet.</source>
        <translation>Aucune personne relais ne s’appelle {name}. Il n’y a pas encore de personne relais.</translation>
    </message>
    <message>
        <source>The file is not encrypted: give it to your partner and keep no other copy.</source>
        <translation>Le fichier n’est pas chiffré : donnez-le à votre personne relais et n’en gardez aucune autre copie.</translation>
    </message>
    <message>
        <source>There is no file {path}. Please check the name.</source>
        <translation>Il n’y a pas de fichier {path}. Vérifiez le nom.</translation>
    </message>
    <message>
        <source>{path} is a folder. Please give the plan file itself.</source>
        <translation>{path} est un dossier. Donnez le fichier du plan lui-même.</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation>{path} n’a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>{path} is larger than {size} MB, far larger than any plan. Nothing was imported.</source>
        <translation>{path} dépasse {size} Mo, bien plus que n’importe quel plan. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The workbook in {folder} already holds a plan, so nothing was imported and nothing was changed. To replace that plan with the file, add --replace (the plan there now will be lost).</source>
        <translation>Le classeur de {folder} contient déjà un plan : rien n’a donc été importé ni modifié. Pour remplacer ce plan par le fichier, ajoutez --replace (le plan actuel sera perdu).</translation>
    </message>
    <message>
        <source>Imported the plan from {path} into {folder}.</source>
        <translation>Le plan de {path} a été importé dans {folder}.</translation>
    </message>
    <message>
        <source>{path} did not pass the check:</source>
        <translation>{path} n’a pas passé la vérification :</translation>
    </message>
    <message>
        <source>The contact log in {path} has no hashes: it was written before Workbook kept them, so there is nothing to check.</source>
        <translation>Le journal des contacts de {path} n’a pas d’empreintes : il a été écrit avant que Workbook ne les garde, il n’y a donc rien à vérifier.</translation>
    </message>
    <message>
        <source>The contact log in {path} was altered. {problem}</source>
        <translation>Le journal des contacts de {path} a été altéré. {problem}</translation>
    </message>
    <message>
        <source>The contact log in the workbook in {folder} was altered. {problem}</source>
        <translation>Le journal des contacts du classeur de {folder} a été altéré. {problem}</translation>
    </message>
    <message>
        <source>{problem} (id {id})</source>
        <translation>{problem} (id {id})</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Latest hash in it now: {hash}</source>
        <translation>Dernière empreinte qu’il contient maintenant : {hash}</translation>
    </message>
    <message>
        <source>(the log is empty)</source>
        <translation>(le journal est vide)</translation>
    </message>
    <message>
        <source>Latest hash: {hash}</source>
        <translation>Dernière empreinte : {hash}</translation>
    </message>
    <message>
        <source>The passphrase file {path} could not be read.</source>
        <translation>Le fichier de la phrase secrète {path} n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>This needs the workbook&apos;s passphrase. Run the command in a terminal to be asked for it, or give --passphrase-file FILE (a file only you can read).</source>
        <translation>Cela demande la phrase secrète du classeur. Lancez la commande dans un terminal pour qu’elle vous soit demandée, ou donnez --passphrase-file FILE (un fichier que vous seul·e pouvez lire).</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Tapez-la à nouveau : </translation>
    </message>
    <message>
        <source>The two passphrases were not the same. Nothing was changed.</source>
        <translation>Les deux phrases secrètes n’étaient pas identiques. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>when the workbook on disk is older than the newest version seen (a backup or an old copy put in its place, or its log lost), keep working with it; the files there now are kept aside, not deleted</source>
        <translation>quand le classeur sur le disque est plus ancien que la version la plus récente vue (une sauvegarde ou une ancienne copie mise à sa place, ou son journal perdu), continuer avec lui ; les fichiers présents sont mis de côté, pas supprimés</translation>
    </message>
    <message>
        <source>choose a new passphrase (the plan gets a new key)</source>
        <translation>choisir une nouvelle phrase secrète (le plan reçoit une nouvelle clé)</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The plan is encrypted again under a new key, so no earlier copy of the key file opens it or its backups any more; your recovery code keeps working. The current passphrase comes from --passphrase-file, the new one from --new-passphrase-file; without them both are asked for in the terminal.</source>
        <translation>Choisissez une nouvelle phrase secrète. Le plan est chiffré à nouveau avec une nouvelle clé : aucune copie antérieure du fichier de clés ne l’ouvre plus, ni ses sauvegardes ; votre code de récupération continue de fonctionner. La phrase secrète actuelle vient de --passphrase-file, la nouvelle de --new-passphrase-file ; sans eux, les deux sont demandées dans le terminal.</translation>
    </message>
    <message>
        <source>read the new passphrase from the first line of FILE</source>
        <translation>lire la nouvelle phrase secrète sur la première ligne de FILE</translation>
    </message>
    <message>
        <source>make a new recovery code (the old one stops working)</source>
        <translation>créer un nouveau code de récupération (l’ancien cesse de fonctionner)</translation>
    </message>
    <message>
        <source>Make a new recovery code and show it once. The plan is encrypted again under a new key, so the old code opens nothing any more, not even through an earlier copy of the key file. Your passphrase keeps working.</source>
        <translation>Crée un nouveau code de récupération et l’affiche une fois. Le plan est chiffré à nouveau avec une nouvelle clé : l’ancien code n’ouvre plus rien, pas même avec une copie antérieure du fichier de clés. Votre phrase secrète continue de fonctionner.</translation>
    </message>
    <message>
        <source>No workbook in {folder}. Please check the folder name, or give the right one with --data-dir. Nothing was created. (To make a new workbook, open the Workbook app or run &apos;workbook demo&apos; for an example.)</source>
        <translation>Aucun classeur dans {folder}. Vérifiez le nom du dossier, ou donnez le bon avec --data-dir. Rien n’a été créé. (Pour créer un nouveau classeur, ouvrez l’application Workbook ou lancez &apos;workbook demo&apos; pour un exemple.)</translation>
    </message>
    <message>
        <source>{error}
To keep working with the copy on disk, run the command again with {option} (the files there now are kept aside, not deleted). To go back to the newest good backup instead, open the Workbook app.</source>
        <translation>{error}
Pour continuer avec la copie sur le disque, relancez la commande avec {option} (les fichiers présents sont mis de côté, pas supprimés). Pour revenir plutôt à la sauvegarde valide la plus récente, ouvrez l’application Workbook.</translation>
    </message>
    <message>
        <source>Kept working with the older copy; the files that were there are kept as {name}.</source>
        <translation>Le travail continue avec la copie plus ancienne ; les fichiers qui étaient là sont gardés sous le nom {name}.</translation>
    </message>
    <message>
        <source>The new passphrase file {path} could not be read.</source>
        <translation>Le fichier de la nouvelle phrase secrète {path} n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The workbook in {folder} is not protected by a passphrase yet. Open it once (for example with &apos;workbook export&apos;) to set one.</source>
        <translation>Le classeur de {folder} n’est pas encore protégé par une phrase secrète. Ouvrez-le une fois (par exemple avec &apos;workbook export&apos;) pour en définir une.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Phrase secrète actuelle : </translation>
    </message>
    <message>
        <source>{error} Nothing was changed.</source>
        <translation>{error} Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Your new passphrase is set. No earlier copy of the key file opens this workbook or its backups any more. Copies of the workbook itself made before now still open with the key file that was beside them.</source>
        <translation>Votre nouvelle phrase secrète est en place. Aucune copie antérieure du fichier de clés n’ouvre plus ce classeur ni ses sauvegardes. Les copies du classeur lui-même faites avant maintenant s’ouvrent toujours avec le fichier de clés qui était à côté.</translation>
    </message>
    <message>
        <source>A new recovery code is set. No earlier copy of the key file opens this workbook or its backups any more. Copies of the workbook itself made before now still open with the key file that was beside them.</source>
        <translation>Un nouveau code de récupération est en place. Aucune copie antérieure du fichier de clés n’ouvre plus ce classeur ni ses sauvegardes. Les copies du classeur lui-même faites avant maintenant s’ouvrent toujours avec le fichier de clés qui était à côté.</translation>
    </message>
    <message>
        <source>Your new recovery code opens the workbook if you ever forget the passphrase. It is shown only now: write it on paper, then clear this terminal. The old code no longer opens anything.</source>
        <translation>Votre nouveau code de récupération ouvre le classeur si vous oubliez un jour la phrase secrète. Il n’est affiché que maintenant : écrivez-le sur papier, puis effacez ce terminal. L’ancien code n’ouvre plus rien.</translation>
    </message>
    <message>
        <source>Please give the new passphrase in a file too, with --new-passphrase-file FILE.</source>
        <translation>Donnez aussi la nouvelle phrase secrète dans un fichier, avec --new-passphrase-file FILE.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète : </translation>
    </message>
</context>
<context>
    <name>compliance</name>
    <message>
        <source>Inside the order</source>
        <translation>Dans l’ordonnance</translation>
    </message>
    <message>
        <source>Outside any order</source>
        <translation>Hors de toute ordonnance</translation>
    </message>
    <message>
        <source>Inside? Topic not marked</source>
        <translation>Dans l’ordonnance ? Sujet non indiqué</translation>
    </message>
    <message>
        <source>Outside any order: it came through someone else.</source>
        <translation>Hors de toute ordonnance : il est passé par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Outside any order: none was in force that day.</source>
        <translation>Hors de toute ordonnance : aucune n’était en vigueur ce jour-là.</translation>
    </message>
    <message>
        <source>Outside any order: no order in force allows contact this way.</source>
        <translation>Hors de toute ordonnance : aucune ordonnance en vigueur n’autorise le contact par ce moyen.</translation>
    </message>
    <message>
        <source>Outside any order: not at a time the order&apos;s schedule allows.</source>
        <translation>Hors de toute ordonnance : pas à un moment que l’horaire de l’ordonnance autorise.</translation>
    </message>
    <message>
        <source>Outside the order: the topic went beyond what it allows.</source>
        <translation>Hors de l’ordonnance : le sujet a dépassé ce qu’elle autorise.</translation>
    </message>
    <message>
        <source>Way and time fit the order; whether the topic stayed within it is not marked.</source>
        <translation>Le moyen et l’heure correspondent à l’ordonnance ; il n’est pas indiqué si le sujet est resté dans son cadre.</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Outside: through someone else</source>
        <translation>Hors : par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Outside: no order that day</source>
        <translation>Hors : aucune ordonnance ce jour-là</translation>
    </message>
    <message>
        <source>Outside: not a way allowed</source>
        <translation>Hors : moyen non autorisé</translation>
    </message>
    <message>
        <source>Outside: not at a set time</source>
        <translation>Hors : pas à une heure prévue</translation>
    </message>
    <message>
        <source>Outside: the topic</source>
        <translation>Hors : le sujet</translation>
    </message>
    <message>
        <source>Not sure: topic not marked</source>
        <translation>Incertain : sujet non indiqué</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>Pas de réponse.</translation>
    </message>
    <message>
        <source>Answered with my firm sentence.</source>
        <translation>Répondu par ma phrase ferme.</translation>
    </message>
    <message>
        <source>Forwarded to my lawyer.</source>
        <translation>Transmis à mon avocat.</translation>
    </message>
    <message>
        <source>Answered as the order requires.</source>
        <translation>Répondu comme l’exige l’ordonnance.</translation>
    </message>
    <message>
        <source>Answered some other way.</source>
        <translation>Répondu autrement.</translation>
    </message>
    <message>
        <source>Inside the order.</source>
        <translation>Dans l’ordonnance.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>Hors</translation>
    </message>
    <message>
        <source>Through someone else</source>
        <translation>Par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Outside: not answered</source>
        <translation>Hors : pas de réponse</translation>
    </message>
    <message>
        <source>Outside: firm sentence</source>
        <translation>Hors : phrase ferme</translation>
    </message>
    <message>
        <source>Outside: to my lawyer</source>
        <translation>Hors : à mon avocat</translation>
    </message>
    <message>
        <source>Outside: other answer</source>
        <translation>Hors : autre réponse</translation>
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
        <translation>Le dossier des preuves n’a pas pu être créé là ({reason}).</translation>
    </message>
    <message>
        <source>That folder already holds files. Please choose an empty folder for the evidence, so nothing from another export is mixed in.</source>
        <translation>Ce dossier contient déjà des fichiers. Choisissez un dossier vide pour les preuves, pour que rien d’un autre export ne s’y mêle.</translation>
    </message>
    <message>
        <source>Workbook may not read this file. Please copy it somewhere you can open it.</source>
        <translation>Workbook n’a pas le droit de lire ce fichier. Veuillez le copier à un endroit où vous pouvez l’ouvrir.</translation>
    </message>
    <message>
        <source>This file is no longer there. Please choose it again.</source>
        <translation>Ce fichier n’est plus là. Veuillez le choisir à nouveau.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Please choose a file in it.</source>
        <translation>Ceci est un dossier, pas un fichier. Veuillez choisir un fichier qu’il contient.</translation>
    </message>
    <message>
        <source>This file could not be read ({reason}).</source>
        <translation>Ce fichier n’a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not attached. Nothing was changed. Free some space, then attach it again.</source>
        <translation>Le disque est plein, donc le fichier n’a pas été joint. Rien n’a été modifié. Libérez de la place, puis joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file could not be stored ({reason}). Nothing was changed.</source>
        <translation>Le fichier n’a pas pu être enregistré ({reason}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This is not an ordinary file, so it cannot be attached.</source>
        <translation>Ce n’est pas un fichier ordinaire : il ne peut donc pas être joint.</translation>
    </message>
    <message>
        <source>This file is empty (0 bytes), so there is nothing to attach.</source>
        <translation>Ce fichier est vide (0 octet) : il n’y a donc rien à joindre.</translation>
    </message>
    <message>
        <source>This file is too large to attach ({size:,} MB; the most is {limit:,} MB). Keep it somewhere safe and write where it is in the entry.</source>
        <translation>Ce fichier est trop volumineux pour être joint ({size:,} Mo ; le maximum est {limit:,} Mo). Gardez-le en lieu sûr et notez dans l’entrée où il se trouve.</translation>
    </message>
    <message>
        <source>This file changed while it was being read, so it was not attached. Wait until it is complete (for example a download or a recording), then attach it again.</source>
        <translation>Ce fichier a changé pendant sa lecture, donc il n’a pas été joint. Attendez qu’il soit complet (par exemple un téléchargement ou un enregistrement), puis joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>Attaching was stopped. Nothing was changed.</source>
        <translation>L’ajout a été arrêté. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This attachment&apos;s record is damaged, so its file cannot be found.</source>
        <translation>La fiche de cette pièce jointe est endommagée : son fichier est donc introuvable.</translation>
    </message>
    <message>
        <source>This evidence file is damaged or was changed outside Workbook, so it cannot be trusted. An older backup of the data folder may still have it.</source>
        <translation>Ce fichier de preuve est endommagé ou a été modifié en dehors de Workbook : on ne peut donc pas s’y fier. Une sauvegarde plus ancienne du dossier de données l’a peut-être encore.</translation>
    </message>
    <message>
        <source>This evidence file is missing from the data folder. An older backup of the data folder may still have it.</source>
        <translation>Ce fichier de preuve manque dans le dossier de données. Une sauvegarde plus ancienne du dossier de données l’a peut-être encore.</translation>
    </message>
    <message>
        <source>This file is too large to show here. Save a copy to look at it.</source>
        <translation>Ce fichier est trop volumineux pour être affiché ici. Enregistrez-en une copie pour le consulter.</translation>
    </message>
    <message>
        <source>This evidence file does not match the hash written in the record, so it was not saved.</source>
        <translation>Ce fichier de preuve ne correspond pas à l’empreinte (hash) inscrite dans la fiche, donc il n’a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>partner card</name>
    <message>
        <source>This check-in partner is no longer in the plan.</source>
        <translation>Cette personne relais n’est plus dans le plan.</translation>
    </message>
    <message>
        <source>{name} has no check-in agreement yet. Add one on the Check-ins page, then make the card.</source>
        <translation>{name} n’a pas encore d’accord de signes de vie. Ajoutez-en un sur la page des signes de vie, puis préparez la carte.</translation>
    </message>
    <message>
        <source>This partner</source>
        <translation>Cette personne relais</translation>
    </message>
    <message>
        <source>Check-in card for {partner}</source>
        <translation>Carte relais pour {partner}</translation>
    </message>
    <message>
        <source>Check-in card</source>
        <translation>Carte relais</translation>
    </message>
    <message>
        <source>Thank you for being my check-in partner. This card is for you alone: please keep it somewhere private.</source>
        <translation>Merci d’être ma personne relais. Cette carte est pour vous seul·e : gardez-la dans un endroit privé.</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>À propos de moi</translation>
    </message>
    <message>
        <source>(My name, phone and where I stay are not filled in yet.)</source>
        <translation>(Mon nom, mon téléphone et l’endroit où je séjourne ne sont pas encore remplis.)</translation>
    </message>
    <message>
        <source>Agreement {number}</source>
        <translation>Accord {number}</translation>
    </message>
    <message>
        <source>When I check in</source>
        <translation>Quand je donne signe de vie</translation>
    </message>
    <message>
        <source>If I say or write “{code}”, it means I am not safe, even if everything else I say sounds normal. Act at once, as below.</source>
        <translation>Si je dis ou j’écris « {code} », cela veut dire que je ne suis pas en sécurité, même si tout le reste semble normal. Agissez tout de suite, comme ci-dessous.</translation>
    </message>
    <message>
        <source>If I miss a check-in by more than {grace}, or use the code word</source>
        <translation>Si je ne donne pas signe de vie plus de {grace} après l’heure, ou si j’utilise le mot de code</translation>
    </message>
    <message>
        <source>Call me. If you cannot reach me, call the emergency number.</source>
        <translation>Appelez-moi. Si vous ne pouvez pas me joindre, appelez le numéro d’urgence.</translation>
    </message>
    <message>
        <source>Our code word</source>
        <translation>Notre mot de code</translation>
    </message>
    <message>
        <source>Our own code word is “{code}”: if I use it with you, something is wrong.</source>
        <translation>Notre mot de code est « {code} » : si je l’utilise avec vous, quelque chose ne va pas.</translation>
    </message>
    <message>
        <source>In danger now</source>
        <translation>En danger maintenant</translation>
    </message>
    <message>
        <source>Call the emergency number: {number}.</source>
        <translation>Appelez le numéro d’urgence : {number}.</translation>
    </message>
    <message>
        <source>Call the emergency number of the country you are in.</source>
        <translation>Appelez le numéro d’urgence du pays où vous êtes.</translation>
    </message>
    <message>
        <source>Made {when} with Workbook.</source>
        <translation>Établie le {when} avec Workbook.</translation>
    </message>
    <message>
        <source>The folder for the card does not exist. Please choose another.</source>
        <translation>Le dossier pour la carte n’existe pas. Veuillez en choisir un autre.</translation>
    </message>
    <message>
        <source>The card could not be saved there ({reason}). Please choose another folder.</source>
        <translation>La carte n’a pas pu être enregistrée là ({reason}). Veuillez choisir un autre dossier.</translation>
    </message>
</context>
<context>
    <name>pdf_log</name>
    <message>
        <source>a withdrawal</source>
        <translation>un retrait</translation>
    </message>
    <message>
        <source>a correction</source>
        <translation>une correction</translation>
    </message>
    <message>
        <source>by {date} at the latest</source>
        <translation>au plus tard le {date}</translation>
    </message>
    <message>
        <source>No. {n}</source>
        <translation>N° {n}</translation>
    </message>
    <message>
        <source>Withdraws No. {n}</source>
        <translation>Retire le n° {n}</translation>
    </message>
    <message>
        <source>Corrects No. {n}</source>
        <translation>Corrige le n° {n}</translation>
    </message>
    <message>
        <source>Why: {note}</source>
        <translation>Pourquoi : {note}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Raison : {reason}</translation>
    </message>
    <message>
        <source>Replaced by No. {n}</source>
        <translation>Remplacée par le n° {n}</translation>
    </message>
    <message>
        <source>Hash {start}…</source>
        <translation>Empreinte {start}…</translation>
    </message>
    <message>
        <source>(withdrawn: as No. {n})</source>
        <translation>(retirée : par le n° {n})</translation>
    </message>
    <message>
        <source>Exhibit {numbers}</source>
        <translation>Pièce {numbers}</translation>
    </message>
    <message>
        <source>Exhibits {numbers}</source>
        <translation>Pièces {numbers}</translation>
    </message>
    <message>
        <source>In the record</source>
        <translation>Dans le registre</translation>
    </message>
    <message>
        <source>No. {n}, {when}</source>
        <translation>N° {n}, {when}</translation>
    </message>
    <message>
        <source>Every entry in the order it was written down. Nothing in this log is ever changed or removed: a correction or a withdrawal is a further entry that names the one it replaces. How to check that with ordinary tools is at the end of this section.</source>
        <translation>Chaque entrée dans l’ordre où elle a été notée. Rien dans ce journal n’est jamais modifié ni supprimé : une correction ou un retrait est une entrée de plus qui nomme celle qu’elle remplace. La façon de le vérifier avec des outils ordinaires se trouve à la fin de cette section.</translation>
    </message>
    <message>
        <source>Checking this log</source>
        <translation>Vérifier ce journal</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Each entry carries a SHA-256 hash of its content, both of its times and the hash of the entry before it, so that every hash depends on every entry written before it. Changing, removing, adding or reordering any entry changes every hash after it, and the last one.</source>
        <translation>Chaque entrée porte une empreinte SHA-256 de son contenu, de ses deux heures et de l’empreinte de l’entrée précédente, de sorte que chaque empreinte dépend de toutes les entrées écrites avant elle. Modifier, supprimer, ajouter ou réordonner une entrée change toutes les empreintes suivantes, et la dernière.</translation>
    </message>
    <message>
        <source>This log holds {entries}. Its latest hash, which stands for all of them, is:</source>
        <translation>Ce journal contient {entries}. Sa dernière empreinte, qui les représente toutes, est :</translation>
    </message>
    <message>
        <source>To check it: export the plan from Workbook as a JSON file (workbook export --out plan.json) and run: workbook verify plan.json. Or, without Workbook, for each entry of &quot;contact_log&quot; in order: take every member except &quot;entry_hash&quot; and every member whose value is empty (&quot;&quot;, [], null, false); write them as JSON with the keys sorted and no spaces, in UTF-8, characters outside ASCII as themselves; its SHA-256 (for example with sha256sum) must equal &quot;entry_hash&quot;, and &quot;previous_hash&quot; must equal the hash of the entry before it.</source>
        <translation>Pour le vérifier : exportez le plan depuis Workbook en fichier JSON (workbook export --out plan.json) et lancez : workbook verify plan.json. Ou, sans Workbook, pour chaque entrée de &quot;contact_log&quot; dans l’ordre : prenez tous les membres sauf &quot;entry_hash&quot; et ceux dont la valeur est vide (&quot;&quot;, [], null, false) ; écrivez-les en JSON avec les clés triées et sans espaces, en UTF-8, les caractères hors ASCII tels quels ; leur SHA-256 (par exemple avec sha256sum) doit être égal à &quot;entry_hash&quot;, et &quot;previous_hash&quot; doit être égal à l’empreinte de l’entrée précédente.</translation>
    </message>
    <message>
        <source>In Python 3: json.dumps(entry, sort_keys=True, separators=(&apos;,&apos;, &apos;:&apos;), ensure_ascii=False).encode(&apos;utf-8&apos;) gives the bytes to hash with hashlib.sha256. The last entry&apos;s hash must be the one printed here.</source>
        <translation>En Python 3 : json.dumps(entry, sort_keys=True, separators=(&apos;,&apos;, &apos;:&apos;), ensure_ascii=False).encode(&apos;utf-8&apos;) donne les octets à passer à hashlib.sha256. L’empreinte de la dernière entrée doit être celle imprimée ici.</translation>
    </message>
    <message>
        <source>The hashes show that no entry was changed after it was written and in which order they were written. The times come from the clock of the computer the log was kept on.</source>
        <translation>Les empreintes montrent qu’aucune entrée n’a été modifiée après avoir été écrite, et dans quel ordre elles ont été écrites. Les heures viennent de l’horloge de l’ordinateur sur lequel le journal a été tenu.</translation>
    </message>
</context>
<context>
    <name>protection</name>
    <message>
        <source>Your workbook now has a new key. The old passphrase no longer opens it or its automatic backups, not even with an older copy of the key file. Your recovery code keeps working. What this cannot undo: a copy of the workbook folder taken before this change still opens with the old passphrase, wherever that copy is now.</source>
        <translation>Votre classeur a maintenant une nouvelle clé. L’ancienne phrase secrète ne l’ouvre plus, ni ses sauvegardes automatiques, pas même avec une ancienne copie du fichier de clés. Votre code de récupération fonctionne toujours. Ce que cela ne peut pas défaire : une copie du dossier du classeur faite avant ce changement s’ouvre encore avec l’ancienne phrase secrète, où que se trouve cette copie.</translation>
    </message>
    <message>
        <source>Your workbook now has a new key: the old code no longer opens it or its automatic backups, not even with an older copy of the key file. What this cannot undo: a copy of the workbook folder taken before now still opens with the old code.</source>
        <translation>Votre classeur a maintenant une nouvelle clé : l’ancien code ne l’ouvre plus, ni ses sauvegardes automatiques, pas même avec une ancienne copie du fichier de clés. Ce que cela ne peut pas défaire : une copie du dossier du classeur faite avant maintenant s’ouvre encore avec l’ancien code.</translation>
    </message>
    <message>
        <source>Your workbook could not be opened again just now: please close Workbook and start it again.</source>
        <translation>Votre classeur n’a pas pu être rouvert pour l’instant : fermez Workbook et relancez-le.</translation>
    </message>
    <message>
        <source>Your new passphrase is set. Your workbook could not be opened again just now: please close Workbook and start it again.</source>
        <translation>Votre nouvelle phrase secrète est en place. Votre classeur n’a pas pu être rouvert pour l’instant : fermez Workbook et relancez-le.</translation>
    </message>
    <message>
        <source>Quick exit: press {key} (on some laptops Fn + {key}) or the Quick exit button at any time, on any page, to hide Workbook at once. What you were typing is kept.</source>
        <translation>Sortie rapide : appuyez sur {key} (sur certains portables Fn + {key}) ou sur le bouton Sortie rapide à tout moment, sur n’importe quelle page, pour masquer Workbook immédiatement. Ce que vous étiez en train de taper est conservé.</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Lock after this long without use</source>
        <translation>Verrouiller après ce délai sans utilisation</translation>
    </message>
    <message>
        <source>Also lock when the screen locks or the computer sleeps</source>
        <translation>Verrouiller aussi quand l’écran se verrouille ou que l’ordinateur se met en veille</translation>
    </message>
    <message>
        <source>After a quick exit, keep Workbook running (locked) instead of closing it</source>
        <translation>Après une sortie rapide, garder Workbook ouvert (verrouillé) au lieu de le fermer</translation>
    </message>
    <message>
        <source>Lock after this long without use:</source>
        <translation>Verrouiller après ce délai sans utilisation :</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Changer de phrase secrète…</translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation>Nouveau code de récupération…</translation>
    </message>
    <message>
        <source>What this protects…</source>
        <translation>Ce que cela protège…</translation>
    </message>
    <message>
        <source>Wipe everything…</source>
        <translation>Tout effacer…</translation>
    </message>
    <message>
        <source>What Workbook protects and what it cannot</source>
        <translation>Ce que Workbook protège et ce qu’il ne peut pas protéger</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>What Workbook protects, and what it cannot</source>
        <translation>Ce que Workbook protège, et ce qu’il ne peut pas protéger</translation>
    </message>
    <message>
        <source>Everything is wiped. Workbook will close now.</source>
        <translation>Tout est effacé. Workbook va se fermer maintenant.</translation>
    </message>
    <message>
        <source>Your workbook is wiped. Workbook will close now.</source>
        <translation>Votre classeur est effacé. Workbook va se fermer maintenant.</translation>
    </message>
    <message>
        <source>Some files in the folder were not made by Workbook and were left alone: {files}</source>
        <translation>Certains fichiers du dossier n’ont pas été créés par Workbook et ont été laissés tels quels : {files}</translation>
    </message>
    <message>
        <source>Your keys are destroyed, so nothing can be read back.</source>
        <translation>Vos clés sont détruites : plus rien ne peut être relu.</translation>
    </message>
    <message>
        <source>A few files could not be removed; you can delete them yourself: {files}</source>
        <translation>Quelques fichiers n’ont pas pu être supprimés ; vous pouvez les effacer vous-même : {files}</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Phrase secrète actuelle :</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Un instant…</translation>
    </message>
    <message>
        <source>Giving your workbook its new key…</source>
        <translation>Votre classeur reçoit sa nouvelle clé…</translation>
    </message>
    <message>
        <source>That did not work just now. Nothing was changed; please try again.</source>
        <translation>Cela n’a pas fonctionné pour l’instant. Rien n’a été modifié ; veuillez réessayer.</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>Changer votre phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>Your workbook is given a new key and copied under it (a few seconds for a long contact log). Your recovery code keeps working.</source>
        <translation>Votre classeur reçoit une nouvelle clé et est recopié avec elle (quelques secondes pour un long journal des contacts). Votre code de récupération fonctionne toujours.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer de phrase secrète</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Write down your new recovery code</source>
        <translation>Votre phrase secrète est changée. Notez votre nouveau code de récupération</translation>
    </message>
    <message>
        <source>Your key file was made by an earlier version of Workbook, so your recovery code had to be replaced too: the old code no longer opens this workbook. The new one is shown only this once.</source>
        <translation>Votre fichier de clés a été créé par une version antérieure de Workbook, votre code de récupération a donc dû être remplacé aussi : l’ancien code n’ouvre plus ce classeur. Le nouveau n’est affiché que cette fois.</translation>
    </message>
    <message>
        <source>Your new passphrase is set.</source>
        <translation>Votre nouvelle phrase secrète est en place.</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Créer un nouveau code de récupération</translation>
    </message>
    <message>
        <source>The new code replaces the old one, and your workbook is given a new key. Use this if you lost the paper, or someone else may have seen it.</source>
        <translation>Le nouveau code remplace l’ancien, et votre classeur reçoit une nouvelle clé. Utilisez ceci si vous avez perdu le papier, ou si quelqu’un d’autre a pu le voir.</translation>
    </message>
    <message>
        <source>Write down your new recovery code</source>
        <translation>Notez votre nouveau code de récupération</translation>
    </message>
    <message>
        <source>It is shown only this once.</source>
        <translation>Il n’est affiché que cette fois.</translation>
    </message>
    <message>
        <source>Workbook is already open with this workbook.</source>
        <translation>Workbook est déjà ouvert sur ce classeur.</translation>
    </message>
    <message>
        <source>It did not come forward when asked. Look for it on the taskbar or in the window list: it may be minimised or locked. Only one Workbook can have a workbook open at a time, so that neither saves an older copy of an entry over a newer one.</source>
        <translation>Il n’est pas passé au premier plan quand on le lui a demandé. Cherchez-le dans la barre des tâches ou la liste des fenêtres : il est peut-être réduit ou verrouillé. Un seul Workbook peut ouvrir un classeur à la fois, pour qu’aucun n’enregistre une ancienne version d’une entrée par-dessus une plus récente.</translation>
    </message>
    <message>
        <source>Your workbook could not be protected just now.</source>
        <translation>Votre classeur n’a pas pu être protégé pour l’instant.</translation>
    </message>
    <message>
        <source>Nothing in it was changed. Please check that the disk is not full and try again.</source>
        <translation>Rien n’y a été modifié. Vérifiez que le disque n’est pas plein et réessayez.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this workbook. Please check that Caps Lock is off and try again. There is no limit on how many times you can try.</source>
        <translation>Cette phrase secrète n’ouvre pas ce classeur. Vérifiez que le verrouillage des majuscules est désactivé et réessayez. Vous pouvez essayer autant de fois que nécessaire.</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this workbook. Please check each group of four and try again.</source>
        <translation>Ce code de récupération n’ouvre pas ce classeur. Vérifiez chaque groupe de quatre et réessayez.</translation>
    </message>
    <message>
        <source>Your workbook is open. Please choose a new passphrase now, so you won&apos;t need the recovery code next time. Your recovery code keeps working too.</source>
        <translation>Votre classeur est ouvert. Choisissez maintenant une nouvelle phrase secrète, pour ne pas avoir besoin du code de récupération la prochaine fois. Votre code de récupération fonctionne toujours aussi.</translation>
    </message>
    <message>
        <source>{key} hides Workbook at once.</source>
        <translation>{key} masque Workbook immédiatement.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation>J’ai oublié ma phrase secrète</translation>
    </message>
    <message>
        <source>Workbook is locked</source>
        <translation>Workbook est verrouillé</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Bon retour</translation>
    </message>
    <message>
        <source>Please type your passphrase to open your workbook.</source>
        <translation>Tapez votre phrase secrète pour ouvrir votre classeur.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Open with the code</source>
        <translation>Ouvrir avec le code</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Revenir à la phrase secrète</translation>
    </message>
    <message>
        <source>Open with your recovery code</source>
        <translation>Ouvrir avec votre code de récupération</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you set up Workbook. Spaces, dashes and small or capital letters don&apos;t matter.</source>
        <translation>Tapez le code de récupération noté lors de la configuration de Workbook. Les espaces, les tirets, les minuscules et les majuscules n’ont pas d’importance.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète, à nouveau</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Tapez-la à nouveau :</translation>
    </message>
    <message>
        <source>{verdict}. {advice}</source>
        <translation>{verdict}. {advice}</translation>
    </message>
    <message>
        <source>No passphrase typed yet</source>
        <translation>Aucune phrase secrète tapée pour l’instant</translation>
    </message>
    <message>
        <source>Both match.</source>
        <translation>Les deux correspondent.</translation>
    </message>
    <message>
        <source>The two don&apos;t match yet. Take your time; check each one with “Show what I type” if no one is around.</source>
        <translation>Les deux ne correspondent pas encore. Prenez votre temps ; vérifiez chacune avec « Afficher ce que je tape » si personne n’est autour de vous.</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Utiliser cette phrase secrète</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Choisissez une nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation>Tapez d’abord votre phrase secrète, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Something went wrong while opening. Please try again.</source>
        <translation>Un problème est survenu à l’ouverture. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Saving your new passphrase…</source>
        <translation>Enregistrement de votre nouvelle phrase secrète…</translation>
    </message>
    <message>
        <source>The new passphrase could not be saved. Your recovery code still works.</source>
        <translation>La nouvelle phrase secrète n’a pas pu être enregistrée. Votre code de récupération fonctionne toujours.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Je l’ai noté</translation>
    </message>
    <message>
        <source>wipe everything</source>
        <translation>tout effacer</translation>
    </message>
    <message numerus="yes">
        <source>Wiping everything in %n seconds…</source>
        <translation>
            <numerusform>Tout sera effacé dans %n seconde…</numerusform>
            <numerusform>Tout sera effacé dans %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>This destroys your whole workbook on this computer: your plan, every draft, the settings and the automatic backups. The key that unlocks them is destroyed first, so nothing can be read back afterwards — not with your passphrase, not with your recovery code, not by anyone. It cannot be undone.

Files you exported or printed are not touched; delete those yourself if you need to. If you may want your plan later, export it first and keep the file somewhere safe.</source>
        <translation>Cela détruit tout votre classeur sur cet ordinateur : votre plan, chaque brouillon, les réglages et les sauvegardes automatiques. La clé qui les ouvre est détruite en premier, si bien que plus rien ne peut être relu ensuite — ni avec votre phrase secrète, ni avec votre code de récupération, ni par personne. C’est irréversible.

Les fichiers que vous avez exportés ou imprimés ne sont pas touchés ; supprimez-les vous-même si besoin. Si vous risquez de vouloir votre plan plus tard, exportez-le d’abord et gardez le fichier en lieu sûr.</translation>
    </message>
    <message>
        <source>Type {words} to confirm</source>
        <translation>Tapez {words} pour confirmer</translation>
    </message>
    <message>
        <source>Wipe everything</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Keep my workbook</source>
        <translation>Garder mon classeur</translation>
    </message>
    <message>
        <source>Wipe everything?</source>
        <translation>Tout effacer ?</translation>
    </message>
    <message>
        <source>To go ahead, type  &lt;b&gt;{words}&lt;/b&gt;  below:</source>
        <translation>Pour continuer, tapez  &lt;b&gt;{words}&lt;/b&gt;  ci-dessous :</translation>
    </message>
    <message>
        <source>To go ahead, type {words} below</source>
        <translation>Pour continuer, tapez {words} ci-dessous</translation>
    </message>
    <message>
        <source>Stop — keep my workbook</source>
        <translation>Arrêter — garder mon classeur</translation>
    </message>
    <message>
        <source>Nothing has been deleted yet. To stop it, press Stop or Escape.</source>
        <translation>Rien n’a encore été supprimé. Pour arrêter, appuyez sur Arrêter ou Échap.</translation>
    </message>
    <message>
        <source>Wiping…</source>
        <translation>Effacement…</translation>
    </message>
    <message>
        <source>This copy of your workbook is older than the one last seen here.</source>
        <translation>Cette copie de votre classeur est plus ancienne que la dernière vue ici.</translation>
    </message>
    <message>
        <source>Workbook cannot confirm that this is the newest copy of your workbook.</source>
        <translation>Workbook ne peut pas confirmer que c’est la copie la plus récente de votre classeur.</translation>
    </message>
    <message>
        <source>Open the &amp;newest good backup</source>
        <translation>Ouvrir la &amp;dernière sauvegarde saine</translation>
    </message>
    <message>
        <source>Open this &amp;older copy anyway</source>
        <translation>Ouvrir quand même cette copie plus &amp;ancienne</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>It holds your plan as it was when the backup was made, on {when}. The copy that was in its place has been kept in the data folder, with a date in its name; nothing was deleted.</source>
        <translation>Elle contient votre plan tel qu’il était au moment de la sauvegarde, le {when}. La copie qui était à sa place a été gardée dans le dossier de données, avec une date dans son nom ; rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>It holds your plan as it was when the backup was made. The copy that was in its place has been kept in the data folder, with a date in its name; nothing was deleted.</source>
        <translation>Elle contient votre plan tel qu’il était au moment de la sauvegarde. La copie qui était à sa place a été gardée dans le dossier de données, avec une date dans son nom ; rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>Your workbook was restored from the newest good backup.</source>
        <translation>Votre classeur a été restauré depuis la dernière sauvegarde saine.</translation>
    </message>
    <message>
        <source>Your workbook is open as it is in this older copy.</source>
        <translation>Votre classeur est ouvert tel qu’il est dans cette copie plus ancienne.</translation>
    </message>
    <message>
        <source>Changes made after this copy was taken are not in it. From now on it counts as the newest copy. The files that were in the folder have been kept there, with a date in their name; nothing was deleted.</source>
        <translation>Les modifications faites après cette copie n’y sont pas. Désormais, elle compte comme la copie la plus récente. Les fichiers qui étaient dans le dossier y ont été gardés, avec une date dans leur nom ; rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>Your workbook could not be opened.</source>
        <translation>Votre classeur n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Afficher ce que je tape</translation>
    </message>
    <message>
        <source>Workbook ran into an unexpected problem. Nothing you typed is shown here.</source>
        <translation>Workbook a rencontré un problème inattendu. Rien de ce que vous avez tapé n’est affiché ici.</translation>
    </message>
    <message>
        <source>Kind of problem: {kind}</source>
        <translation>Type de problème : {kind}</translation>
    </message>
    <message>
        <source>Quick exit ({key})</source>
        <translation>Sortie rapide ({key})</translation>
    </message>
    <message>
        <source>Hide Workbook at once ({key}). What you were typing is kept.</source>
        <translation>Masque Workbook immédiatement ({key}). Ce que vous étiez en train de taper est conservé.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <source>Hides Workbook at once. Shortcut {key}.</source>
        <translation>Masque Workbook immédiatement. Raccourci : {key}.</translation>
    </message>
    <message>
        <source>Workbook keeps everything on this computer. It never uses the internet.</source>
        <translation>Workbook garde tout sur cet ordinateur. Il n’utilise jamais Internet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What your passphrase protects.&lt;/b&gt; Everything you write is locked with a passphrase you choose. Someone who picks up this computer, copies its files or takes out the disk cannot read your plan without it.</source>
        <translation>&lt;b&gt;Ce que votre phrase secrète protège.&lt;/b&gt; Tout ce que vous écrivez est verrouillé par une phrase secrète que vous choisissez. Quelqu’un qui prend cet ordinateur, copie ses fichiers ou retire le disque ne peut pas lire votre plan sans elle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it cannot protect against.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce contre quoi elle ne peut pas protéger.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spying software&lt;/b&gt; (“stalkerware”). If the other person ever had this computer in their hands, set it up for you, or knows your account password, they may have installed a program that records what you type or what is on the screen. No app can hide from that. If you are not sure, use a device they have never touched, for example a library computer or a new phone or laptop.</source>
        <translation>&lt;b&gt;Logiciels espions&lt;/b&gt; (« stalkerware »). Si l’autre personne a déjà eu cet ordinateur entre les mains, l’a configuré pour vous ou connaît le mot de passe de votre compte, elle a pu installer un programme qui enregistre ce que vous tapez ou ce qui s’affiche à l’écran. Aucune application ne peut s’en cacher. En cas de doute, utilisez un appareil qu’elle n’a jamais touché, par exemple un ordinateur de bibliothèque ou un téléphone ou un portable neuf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone watching the screen&lt;/b&gt; while the workbook is open. Press &lt;b&gt;{key}&lt;/b&gt; or the &lt;b&gt;Quick exit&lt;/b&gt; button to hide it at once. It also locks itself when you leave it alone for a few minutes.</source>
        <translation>&lt;b&gt;Quelqu’un qui regarde l’écran&lt;/b&gt; pendant que le classeur est ouvert. Appuyez sur &lt;b&gt;{key}&lt;/b&gt; ou sur le bouton &lt;b&gt;Sortie rapide&lt;/b&gt; pour le masquer immédiatement. Il se verrouille aussi tout seul quand vous le laissez quelques minutes sans l’utiliser.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copies the computer makes by itself&lt;/b&gt;, which Workbook cannot remove: memory written to the disk (swap, hibernation), screenshots, thumbnails and “recent files” lists for files you export or print, and backups of this computer.</source>
        <translation>&lt;b&gt;Les copies que l’ordinateur fait de lui-même&lt;/b&gt;, que Workbook ne peut pas supprimer : la mémoire écrite sur le disque (fichier d’échange ou « swap », hibernation), les captures d’écran, les miniatures et les listes de « fichiers récents » pour les fichiers que vous exportez ou imprimez, et les sauvegardes de cet ordinateur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;On a shared computer&lt;/b&gt; other people can see that Workbook is installed, but not what is in it. Exported files and printouts are not locked: keep them where only you can reach them.</source>
        <translation>&lt;b&gt;Sur un ordinateur partagé&lt;/b&gt;, d’autres personnes peuvent voir que Workbook est installé, mais pas ce qu’il contient. Les fichiers exportés et les impressions ne sont pas verrouillés : gardez-les là où vous seul·e pouvez y accéder.</translation>
    </message>
    <message>
        <source>You will type this passphrase each time you open Workbook. A few ordinary words in a row, like a short odd sentence only you would think of, are easier to remember and harder to guess than a short password full of symbols. Avoid anything the other person knows or could guess: birthdays, pet names, passwords you have used before. If you ever forget it, the recovery code on the next page opens your workbook instead.</source>
        <translation>Vous taperez cette phrase secrète chaque fois que vous ouvrirez Workbook. Quelques mots ordinaires à la suite, comme une courte phrase étrange à laquelle vous seul·e penseriez, sont plus faciles à retenir et plus difficiles à deviner qu’un mot de passe court plein de symboles. Évitez tout ce que l’autre personne connaît ou pourrait deviner : dates de naissance, noms d’animaux, mots de passe déjà utilisés. Si vous l’oubliez un jour, le code de récupération de la page suivante ouvre votre classeur à sa place.</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens your workbook instead. It is shown only this once.</source>
        <translation>Si vous oubliez un jour votre phrase secrète, ce code ouvre votre classeur à sa place. Il n’est affiché que cette fois-ci.</translation>
    </message>
    <message>
        <source>Write it on paper by hand, and keep the paper where the other person cannot reach it: with someone you trust, with your lawyer, or in a place only you know. Please don&apos;t photograph it, save it in a file or email it to yourself — copies on a phone or computer are easier to find. Letters and digits that look alike (O and 0, I and 1) are treated the same, so you can&apos;t get those wrong.</source>
        <translation>Écrivez-le à la main sur papier, et gardez ce papier là où l’autre personne ne peut pas l’atteindre : chez quelqu’un de confiance, chez votre avocat·e, ou dans un endroit que vous seul·e connaissez. Ne le photographiez pas, ne l’enregistrez pas dans un fichier et ne vous l’envoyez pas par e-mail : les copies sur un téléphone ou un ordinateur sont plus faciles à trouver. Les lettres et chiffres qui se ressemblent (O et 0, I et 1) comptent pour le même signe : vous ne pouvez pas vous tromper.</translation>
    </message>
    <message>
        <source>Recovery code: {code}</source>
        <translation>Code de récupération : {code}</translation>
    </message>
    <message>
        <source>Before you start: keeping your workbook private</source>
        <translation>Avant de commencer : garder votre classeur privé</translation>
    </message>
    <message>
        <source>Scroll with the arrow keys to read all of it.</source>
        <translation>Faites défiler avec les touches fléchées pour tout lire.</translation>
    </message>
    <message>
        <source>I understand — continue</source>
        <translation>J’ai compris — continuer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <source>I have written the code down and put it somewhere safe</source>
        <translation>J’ai noté le code et l’ai mis en lieu sûr</translation>
    </message>
    <message>
        <source>Open my workbook</source>
        <translation>Ouvrir mon classeur</translation>
    </message>
    <message>
        <source>Write down your recovery code</source>
        <translation>Notez votre code de récupération</translation>
    </message>
    <message>
        <source>Setting up your workbook…</source>
        <translation>Préparation de votre classeur…</translation>
    </message>
    <message>
        <source>Your workbook could not be set up because its folder could not be written. Please check that the disk is not full.</source>
        <translation>Votre classeur n’a pas pu être préparé, car son dossier n’a pas pu être écrit. Vérifiez que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>Something went wrong while setting up. Please try again.</source>
        <translation>Un problème est survenu pendant la préparation. Veuillez réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>Please use at least %n characters — a few ordinary words in a row work well.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère — quelques mots ordinaires à la suite conviennent bien.</numerusform>
            <numerusform>Utilisez au moins %n caractères — quelques mots ordinaires à la suite conviennent bien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Trop courte</translation>
    </message>
    <message>
        <source>Too easy to guess</source>
        <translation>Trop facile à deviner</translation>
    </message>
    <message>
        <source>This is one of the passphrases people try first. Try three or four ordinary words that mean something only to you.</source>
        <translation>C’est l’une des phrases secrètes que l’on essaie en premier. Essayez trois ou quatre mots ordinaires qui n’ont de sens que pour vous.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Someone with time could guess this. Adding another word or two helps most.</source>
        <translation>Quelqu’un qui a du temps pourrait la deviner. Ajouter un ou deux mots aide le plus.</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Good start. One more word would make it much harder to guess.</source>
        <translation>Bon début. Un mot de plus la rendrait bien plus difficile à deviner.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Hard to guess. Make sure you can remember it.</source>
        <translation>Difficile à deviner. Assurez-vous de pouvoir la retenir.</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <source>Very hard to guess. Make sure you can remember it.</source>
        <translation>Très difficile à deviner. Assurez-vous de pouvoir la retenir.</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Workbook: something is due</source>
        <translation>Workbook : quelque chose est à faire</translation>
    </message>
    <message>
        <source>your check-in partner</source>
        <translation>votre personne relais</translation>
    </message>
    <message>
        <source>Check in with {partner}: due at {time}.</source>
        <translation>Donner signe de vie à {partner} : prévu à {time}.</translation>
    </message>
    <message>
        <source>The check-in with {partner} at {time} was missed. If you are safe, let them know now.</source>
        <translation>Le signe de vie à {partner} de {time} a été manqué. Si vous êtes en sécurité, prévenez-le ou prévenez-la maintenant.</translation>
    </message>
    <message>
        <source>Mandated contact tomorrow at {time} ({who}).</source>
        <translation>Contact imposé demain à {time} ({who}).</translation>
    </message>
    <message>
        <source>Mandated contact tomorrow at {time}.</source>
        <translation>Contact imposé demain à {time}.</translation>
    </message>
    <message>
        <source>The review date of your plan ({day}) has passed.</source>
        <translation>La date de relecture de votre plan ({day}) est passée.</translation>
    </message>
    <message>
        <source>The review date of an order ({day}) has passed.</source>
        <translation>La date de réexamen d’une ordonnance ({day}) est passée.</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <source>On these dates</source>
        <translation>À ces dates</translation>
    </message>
    <message>
        <source>Before and after a mandated contact</source>
        <translation>Avant et après un contact imposé</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>Please add at least one time of day, or tick “All day”.</source>
        <translation>Ajoutez au moins une heure de la journée, ou cochez « Toute la journée ».</translation>
    </message>
    <message>
        <source>That is more times a day than Workbook can keep ({count:,}). Please keep it to {limit} or fewer; the note can say more.</source>
        <translation>Cela fait plus d’heures par jour que Workbook ne peut en garder ({count:,}). Gardez-en {limit} au plus ; la note peut en dire plus.</translation>
    </message>
    <message>
        <source>The same time is listed twice.</source>
        <translation>La même heure figure deux fois.</translation>
    </message>
    <message>
        <source>Times are kept to the minute, without seconds or a time zone.</source>
        <translation>Les heures sont gardées à la minute, sans secondes ni fuseau horaire.</translation>
    </message>
    <message>
        <source>The last day is before the first day. Please check both dates.</source>
        <translation>Le dernier jour est avant le premier. Vérifiez les deux dates, s’il vous plaît.</translation>
    </message>
    <message>
        <source>How long it lasts can be from 0 minutes up to a whole day (1,440 minutes).</source>
        <translation>La durée peut aller de 0 minute à une journée entière (1 440 minutes).</translation>
    </message>
    <message>
        <source>Minutes before or after can be from 0 up to a whole day (1,440 minutes).</source>
        <translation>Les minutes avant ou après peuvent aller de 0 à une journée entière (1 440 minutes).</translation>
    </message>
    <message>
        <source>Please say how many minutes before, or after, the contact you check in.</source>
        <translation>Indiquez combien de minutes avant ou après le contact vous donnez signe de vie.</translation>
    </message>
    <message>
        <source>“Before and after a mandated contact” is for check-ins only.</source>
        <translation>« Avant et après un contact imposé » ne vaut que pour les signes de vie.</translation>
    </message>
    <message>
        <source>Please tick at least one day of the week.</source>
        <translation>Cochez au moins un jour de la semaine.</translation>
    </message>
    <message>
        <source>A day of the week is not one Workbook knows.</source>
        <translation>Un jour de la semaine n’est pas connu de Workbook.</translation>
    </message>
    <message>
        <source>Please give the first day, so Workbook knows which weeks count.</source>
        <translation>Indiquez le premier jour, pour que Workbook sache quelles semaines comptent.</translation>
    </message>
    <message>
        <source>Please give the day it happens.</source>
        <translation>Indiquez le jour où cela a lieu.</translation>
    </message>
    <message>
        <source>Please give the days of the month as numbers from 1 to 31 (or “last”).</source>
        <translation>Indiquez les jours du mois par des nombres de 1 à 31 (ou « dernier »).</translation>
    </message>
    <message>
        <source>Please add at least one date.</source>
        <translation>Ajoutez au moins une date.</translation>
    </message>
    <message>
        <source>That is more dates than Workbook can keep ({count:,}); please keep it to {limit}.</source>
        <translation>Cela fait plus de dates que Workbook ne peut en garder ({count:,}) ; gardez-en {limit} au plus.</translation>
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
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{before} before and {after} after each mandated contact</source>
        <translation>{before} avant et {after} après chaque contact imposé</translation>
    </message>
    <message>
        <source>{before} before each mandated contact</source>
        <translation>{before} avant chaque contact imposé</translation>
    </message>
    <message>
        <source>{after} after each mandated contact</source>
        <translation>{after} après chaque contact imposé</translation>
    </message>
    <message>
        <source>{days}, all day</source>
        <translation>{days}, toute la journée</translation>
    </message>
    <message numerus="yes">
        <source>{times} and %n more times</source>
        <translation>
            <numerusform>{times} et %n autre heure</numerusform>
            <numerusform>{times} et %n autres heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On {dates} and %n more dates</source>
        <translation>
            <numerusform>Le {dates} et %n autre date</numerusform>
            <numerusform>Le {dates} et %n autres dates</numerusform>
        </translation>
    </message>
    <message>
        <source>{days} at {times} for {duration}</source>
        <translation>{days} à {times} pendant {duration}</translation>
    </message>
    <message>
        <source>{days} at {times}</source>
        <translation>{days} à {times}</translation>
    </message>
    <message>
        <source>Every {days}</source>
        <translation>Chaque {days}</translation>
    </message>
    <message>
        <source>Every other {days}</source>
        <translation>Une semaine sur deux : {days}</translation>
    </message>
    <message>
        <source>Every month on day {days}</source>
        <translation>Chaque mois le {days}</translation>
    </message>
    <message>
        <source>Every month on the last day</source>
        <translation>Chaque mois le dernier jour</translation>
    </message>
    <message>
        <source>Every month on day {days} and on the last day</source>
        <translation>Chaque mois le {days} et le dernier jour</translation>
    </message>
    <message>
        <source>On {dates}</source>
        <translation>Le {dates}</translation>
    </message>
    <message>
        <source>, on {start}</source>
        <translation>, le {start}</translation>
    </message>
    <message>
        <source>, from {start} to {end}</source>
        <translation>, du {start} au {end}</translation>
    </message>
    <message>
        <source>, from {start}</source>
        <translation>, à partir du {start}</translation>
    </message>
    <message>
        <source>, until {end}</source>
        <translation>, jusqu’au {end}</translation>
    </message>
    <message>
        <source>“{name}” should be a whole number from {low} to {high}.</source>
        <translation>« {name} » devrait être un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>“{name}” should be a list in square brackets.</source>
        <translation>« {name} » devrait être une liste entre crochets.</translation>
    </message>
    <message>
        <source>“{name}” holds more than {limit:,} items.</source>
        <translation>« {name} » contient plus de {limit:,} éléments.</translation>
    </message>
    <message>
        <source>A time should be written as HH:MM, for example 09:30.</source>
        <translation>Une heure s’écrit HH:MM, par exemple 09:30.</translation>
    </message>
    <message>
        <source>“{name}” should be a date written as YYYY-MM-DD.</source>
        <translation>« {name} » devrait être une date écrite YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>A schedule should be an object in curly braces { }.</source>
        <translation>Un horaire devrait être un objet entre accolades { }.</translation>
    </message>
    <message>
        <source>A schedule needs its format version “v”, a whole number.</source>
        <translation>Un horaire a besoin de sa version de format « v », un nombre entier.</translation>
    </message>
    <message>
        <source>This schedule was written by a newer Workbook (format {version}); please update.</source>
        <translation>Cet horaire a été écrit par un Workbook plus récent (format {version}) ; veuillez mettre Workbook à jour.</translation>
    </message>
    <message>
        <source>A schedule has a part Workbook does not know: “{name}”.</source>
        <translation>Un horaire contient une partie que Workbook ne connaît pas : « {name} ».</translation>
    </message>
    <message>
        <source>“repeat” should be one of: {allowed}.</source>
        <translation>« repeat » devrait être l’une de ces valeurs : {allowed}.</translation>
    </message>
    <message>
        <source>Days of the week are written mo, tu, we, th, fr, sa, su.</source>
        <translation>Les jours de la semaine s’écrivent mo, tu, we, th, fr, sa, su.</translation>
    </message>
    <message>
        <source>“all_day” should be true or false.</source>
        <translation>« all_day » devrait être true ou false.</translation>
    </message>
    <message>
        <source>A stored schedule is not readable JSON.</source>
        <translation>Un horaire enregistré n’est pas du JSON lisible.</translation>
    </message>
</context>
</TS>
