"""The descriptive words of the Help now list, marked for translation.

The list (`workbook_resources/help/helplines.json`) is kept in English. Its descriptive texts
(what a service is for, its hours, the languages it speaks, how to text or chat with it, a
country's note) are written here once more, marked for Qt's `lupdate` in the context
"HelpNowData", and `helplines.say(text)` gives them in the person's language at display
time, in the Help now panel and in the PDF. Organisation names, phone numbers, web sites and
addresses are never translated: a name is not marked here, and a test checks that every
translation keeps each number, site and address of its English text.

`tests/test_helpline_words.py` fails when the data file gains a descriptive text that is
neither marked here nor listed in `KEPT`.
"""

from __future__ import annotations

from typing import Final

from workbook.domain.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "HelpNowData"

WORDS: Final = frozenset(
    {
        QT_TRANSLATE_NOOP(_CONTEXT, "Helpline for violence and abuse in Flanders"),
        QT_TRANSLATE_NOOP(_CONTEXT, "For people at risk of domestic violence; normal call rate"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Anonymous advice about violence in close relationships"),
        QT_TRANSLATE_NOOP(
            _CONTEXT, "For people experiencing violence, and people worried about someone"
        ),
        QT_TRANSLATE_NOOP(_CONTEXT, "Does not show on the phone bill"),
        QT_TRANSLATE_NOOP(
            _CONTEXT, "116 016 also reaches Nollalinja; does not show on the phone bill"
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "For people who cannot speak or hear: send a text message to 114 to reach "
            "emergency services",
        ),
        QT_TRANSLATE_NOOP(_CONTEXT, "For men experiencing domestic abuse"),
        QT_TRANSLATE_NOOP(
            _CONTEXT, "Anonymous; most callers are people experiencing domestic violence"
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT, "For people experiencing violence in relationships, and trafficking"
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "National helpline for women facing violence, including domestic violence",
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT, "Connects you to the nearest spousal violence counselling centre"
        ),
        QT_TRANSLATE_NOOP(_CONTEXT, "Anonymous; for women and men"),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "Support line for victims of crime; most calls are about violence in the family",
        ),
        QT_TRANSLATE_NOOP(_CONTEXT, "For help and advice about domestic violence"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Dial 079 and choose option 1"),
        QT_TRANSLATE_NOOP(_CONTEXT, "You may stay anonymous"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Anonymous; for people aged 18 and over"),
        QT_TRANSLATE_NOOP(
            _CONTEXT, "Legal advice and referral; domestic abuse can be reported here"
        ),
        QT_TRANSLATE_NOOP(_CONTEXT, "Does not show on the phone bill; you may stay anonymous"),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "Ministry of Social Development and Human Security; family violence is among its "
            "issues",
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT, "Adults and children can report gender-based violence and child abuse"
        ),
        QT_TRANSLATE_NOOP(_CONTEXT, "TTY: 1-800-787-3224"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Live chat and SMS"),
        QT_TRANSLATE_NOOP(_CONTEXT, "hilfetelefon.de (chat and email)"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Email 016-online@igualdad.gob.es"),
        QT_TRANSLATE_NOOP(_CONTEXT, "nollalinja.fi (chat on weekdays)"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Email sos15900@isotita.gr"),
        QT_TRANSLATE_NOOP(_CONTEXT, "soudanplus.jp (email and chat)"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Email and chat"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Email info@helpline-violence.lu"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Email linkaprezeny@ivpr.gov.sk"),
        QT_TRANSLATE_NOOP(_CONTEXT, "SMS to 114"),
        QT_TRANSLATE_NOOP(_CONTEXT, "SMS 3060 (free, does not show on the bill)"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Text START to 88788"),
        QT_TRANSLATE_NOOP(_CONTEXT, "24 hours, every day"),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "Hours vary by region (for example weekdays 8:30–11:30 and 14:30–17:30)",
        ),
        QT_TRANSLATE_NOOP(_CONTEXT, "Opening hours of the local centre"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Every day, 12:00–20:00"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Every day, 12:00–22:00"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Every day, 7:30–19:30"),
        QT_TRANSLATE_NOOP(_CONTEXT, "German"),
        QT_TRANSLATE_NOOP(_CONTEXT, "other languages"),
        QT_TRANSLATE_NOOP(_CONTEXT, "French"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Dutch"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Portuguese"),
        QT_TRANSLATE_NOOP(_CONTEXT, "English"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Spanish"),
        QT_TRANSLATE_NOOP(_CONTEXT, "18 other languages"),
        QT_TRANSLATE_NOOP(_CONTEXT, "sign language"),
        QT_TRANSLATE_NOOP(_CONTEXT, "53 languages"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Finnish"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Swedish"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Croatian"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Italian"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Arabic"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Persian"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Albanian"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Russian"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Ukrainian"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Polish"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Japanese"),
        QT_TRANSLATE_NOOP(_CONTEXT, "many local languages"),
        QT_TRANSLATE_NOOP(_CONTEXT, "200+ languages through interpreters"),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "and at set hours: English, Arabic, Creole, Dari, Spanish, Hebrew, Kabyle, "
            "Mandarin, Persian, Polish, Portuguese, Turkish",
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "and by chat or email: English, Chinese, Korean, Spanish, Portuguese, Tagalog, "
            "Thai, Vietnamese, Indonesian, Nepali",
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "In Iceland, 112 also takes reports of violence, by phone or by web chat on 112.is.",
        ),
        QT_TRANSLATE_NOOP(
            _CONTEXT,
            "The 911 emergency hotline also takes calls about violence against women and children.",
        ),
    }
)

# Texts of the list that are a service's own name or words to send, shown as they are.
KEPT: Final = frozenset({"Please call me: *120*7867#", "haltdergewalt.at (HelpChat)"})
