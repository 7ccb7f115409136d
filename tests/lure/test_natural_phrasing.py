"""Natural phrasings of each cue family (en/fr/de) and their genuine near-misses.

Every cue family added for paraphrases has a positive case per language and a
near-miss that a real organiser, recruiter or colleague would send, which must
stay below the threshold (it may carry the category: the score decides).
"""

from __future__ import annotations

import pytest

from lureguard.lure import DEFAULT_THRESHOLD, analyze_one

PHRASINGS = [
    # (category, language, text)
    ("paid-work", "en", "We are commissioning papers on trade policy for a client."),
    ("paid-work", "fr", "Nous commandons des notes sur la robotique."),
    ("paid-work", "de", "Wir beauftragen Papiere zu Energiepolitik."),
    ("information-request", "en", "Only public information is needed at first."),
    ("information-request", "fr", "Au départ, seules des informations publiques sont nécessaires."),
    ("information-request", "de", "Zunächst reichen öffentliche Informationen."),
    ("information-request", "en", "Any internal view on where your agency is heading would help."),
    ("information-request", "fr", "Pourriez-vous m'en dire un peu plus sur vos projets ?"),
    ("information-request", "de", "Wer in Ihrer Abteilung arbeitet noch an diesem Thema?"),
    ("secrecy", "en", "Please keep this to yourself for now."),
    ("secrecy", "fr", "Merci de garder cela pour vous pour l'instant."),
    ("secrecy", "de", "Bitte behalten Sie das vorerst für sich."),
    ("flattery", "en", "Your insight would be extremely valuable to our clients."),
    ("flattery", "fr", "Une expertise comme la vôtre est rare."),
    ("flattery", "de", "Sie gehören offensichtlich zu den angesehensten Fachleuten Ihres Gebiets."),
    ("flattery", "en", "Your profile stood out among many."),
    ("flattery", "fr", "Votre expérience chez Thales est remarquable."),
    ("flattery", "de", "Ihre Erfahrung bei Siemens ist genau das, was wir suchen."),
    ("event-invitation", "en", "We would be honoured to have you speak at our annual dialogue."),
    ("event-invitation", "fr", "Vous êtes invité(e) à notre atelier sur la cybersécurité."),
    ("event-invitation", "de", "Sie sind zu unserem Runden Tisch zur Energiepolitik eingeladen."),
    ("paid-travel", "en", "We would handle flights and hotel, everything is taken care of."),
    ("paid-travel", "fr", "Le vol et deux nuits d'hôtel sont inclus."),
    ("paid-travel", "de", "Flug und Hotel übernehmen wir."),
    ("off-platform", "en", "This platform is not convenient for documents, do you use Signal?"),
    ("off-platform", "fr", "Poursuivons cet échange par mail."),
    ("off-platform", "de", "Können wir per E-Mail weitermachen?"),
    ("urgency", "en", "We would need an answer by next Monday."),
    ("urgency", "fr", "Le délai est assez court, merci de répondre cette semaine."),
    ("urgency", "de", "Die Frist ist recht knapp, wir bräuchten eine Antwort bis Freitag."),
    (
        "job-offer",
        "en",
        "Would you consider a new challenge? I have a position that matches your background.",
    ),
    (
        "job-offer",
        "fr",
        "Seriez-vous ouvert à un nouveau défi ? J'ai un poste qui correspond à votre parcours.",
    ),
    (
        "job-offer",
        "de",
        "Wäre eine neue Herausforderung für Sie interessant? Die Stelle passt zu Ihrem Profil.",
    ),
]


@pytest.mark.parametrize(
    ("category", "lang", "text"), PHRASINGS, ids=[f"{c}-{lg}-{i}" for i, (c, lg, _) in enumerate(PHRASINGS)]
)
def test_category_when_natural_phrasing_then_detected(category: str, lang: str, text: str) -> None:
    assert category in analyze_one(text).categories


NEAR_MISSES = [
    # organiser: speaker invitation, travel and hotel covered, deadline
    "We would be honoured to have you speak at our annual conference. Flights and hotel are included for all "
    "speakers. Could you let me know by the end of the week?",
    "Nous serions honorés de vous compter parmi les intervenants de notre colloque. Le vol et l'hôtel sont "
    "inclus. Merci de répondre cette semaine.",
    "Sie sind zu unserem Runden Tisch eingeladen. Flug und Hotel übernehmen wir für alle Referenten. "
    "Die Frist ist recht knapp.",
    # recruiter: new challenge, anonymous client, CV
    "Would you consider a new challenge? I have a position that matches your background. The client prefers to "
    "remain anonymous at this stage. Could you send me your updated CV?",
    "Seriez-vous ouvert à un nouveau défi ? Le client préfère rester anonyme à ce stade. Pourriez-vous "
    "m'envoyer votre CV ?",
    "Wäre eine neue Herausforderung für Sie interessant? Der Kunde möchte vorerst anonym bleiben. "
    "Würden Sie mir Ihren Lebenslauf schicken?",
    # colleague: latest figures, slides, move to e-mail/Teams, praise for a talk
    "Great talk at the workshop! Could you share the slides and the latest figures? Easier to continue by "
    "email, reply by Friday if you can.",
    "Belle intervention au séminaire ! Peux-tu partager les transparents et les derniers chiffres ? "
    "Poursuivons cet échange par mail.",
    "Toller Vortrag auf der Tagung! Kannst du die Folien teilen? Hast du die aktuellen Zahlen zur Hand? "
    "Lass uns per Mail weitersprechen.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_score_when_genuine_near_miss_in_natural_phrasing_then_below_threshold(text: str) -> None:
    assert analyze_one(text).lure_score < DEFAULT_THRESHOLD


# Families added after the hand-written DEV check (issue #4,
# benchmarks/data/lure_handwritten_dev.jsonl): plain-words pay, flattery and
# whole-trip funding, questions about who decides and how staff are vetted, and
# the "safer for both of us" move to an encrypted app. The sentences are new (not
# copied from either hand-written corpus).
HANDWRITTEN_PHRASINGS = [
    # (category, language, text)
    ("paid-work", "en", "The work is well compensated and mostly remote."),
    ("paid-work", "en", "We can pay you in crypto if that's easier."),
    ("paid-work", "fr", "Nous pouvons vous payer en liquide si vous préférez."),
    ("paid-work", "de", "Wir können Sie auch bar bezahlen."),
    ("flattery", "en", "I was struck by your work on arms control."),
    ("flattery", "en", "You are exactly the kind of expert we want to hear from."),
    ("flattery", "fr", "Votre article sur l'OTAN m'a vraiment frappé."),
    ("flattery", "fr", "Des gens de votre niveau sont rares."),
    ("flattery", "de", "Ihre Einschätzung wäre für uns Gold wert."),
    ("flattery", "de", "Menschen auf Ihrem Niveau sind selten."),
    ("paid-travel", "en", "Our partners will cover the entire trip."),
    ("paid-travel", "en", "We can fly you out next month."),
    ("paid-travel", "fr", "Notre fondation prendrait en charge tout le séjour."),
    ("paid-travel", "fr", "Un voyage d'études entièrement financé."),
    ("paid-travel", "de", "Die Stiftung übernimmt die komplette Reise."),
    ("paid-travel", "de", "Die Delegationsreise ist vollständig finanziert."),
    ("information-request", "en", "Who are the real decision-makers in your department?"),
    ("information-request", "en", "An insider's view on the tender would help."),
    ("information-request", "fr", "Qui sont les vrais décideurs sur ce dossier ?"),
    ("information-request", "fr", "Un regard de l'intérieur nous aiderait beaucoup."),
    ("information-request", "de", "Wer in Ihrem Ministerium entscheidet wirklich?"),
    ("information-request", "de", "Eine Innensicht wäre sehr hilfreich."),
    ("secrecy", "en", "Let's switch to Telegram, it's safer for both of us."),
    ("secrecy", "fr", "Passons sur Signal, c'est plus sûr pour nous deux."),
    ("secrecy", "de", "Lass uns Signal nehmen, das ist sicherer für uns beide."),
    ("off-platform", "en", "Could we use Signal from now on?"),
    ("off-platform", "de", "Lass uns lieber Threema nutzen."),
    # sub-cues: the sharper evidence the combiner weighs on its own
    ("concealment", "en", "Please consider deleting these messages afterwards."),
    ("concealment", "de", "Das bleibt zwischen Ihnen und mir."),
    ("concealment", "de", "Bitte den Chatverlauf danach löschen."),
    ("sensitive-request", "en", "How does vetting of new staff work at your agency?"),
    ("sensitive-request", "en", "Could you add the names of the people on the project?"),
    ("sensitive-request", "fr", "Comment se déroule la procédure d'habilitation chez vous ?"),
    ("sensitive-request", "de", "Wie wird man bei Ihnen sicherheitsüberprüft?"),
]


@pytest.mark.parametrize(
    ("cue", "lang", "text"),
    HANDWRITTEN_PHRASINGS,
    ids=[f"{c}-{lg}-{i}" for i, (c, lg, _) in enumerate(HANDWRITTEN_PHRASINGS)],
)
def test_cue_when_handwritten_family_then_detected(cue: str, lang: str, text: str) -> None:
    res = analyze_one(text)
    assert cue in res.categories or cue in res.cues


HANDWRITTEN_NEAR_MISSES = [
    # (cue the genuine message carries, text): it must fire and still stay below the threshold
    # organiser paying a keynote speaker's whole trip, with an honorarium and a deadline
    (
        "paid-travel",
        "Thank you for agreeing to give the keynote. We will cover the entire trip and there is an "
        "honorarium. Please confirm by Friday.",
    ),
    (
        "paid-travel",
        "Merci d'accepter la conférence inaugurale : nous prendrons en charge tout le voyage. Merci de "
        "confirmer avant vendredi.",
    ),
    (
        "paid-travel",
        "Die Stiftung übernimmt die komplette Reise für alle Referentinnen; bitte bestätigen Sie bis Freitag.",
    ),
    # colleague moving the offsite chat to Signal "because it's safer"
    ("secrecy", "Let's use Signal for the offsite chat, it's safer."),
    # recruiter: "exactly the kind of profile our client needs" for a salaried role
    (
        "flattery",
        "Your profile is exactly the kind of profile our client needs; the role is well paid. Could we "
        "arrange a call on Thursday?",
    ),
    # organisers naming who will attend, with funded travel
    (
        "flattery",
        "Pour le séminaire, des gens de votre niveau seront présents ; le déplacement est entièrement "
        "financé par l'université.",
    ),
    (
        "flattery",
        "Ihre Einschätzung war Gold wert, danke! Die Namen der Verantwortlichen stehen im Protokoll.",
    ),
]


@pytest.mark.parametrize(("cue", "text"), HANDWRITTEN_NEAR_MISSES)
def test_score_when_genuine_message_uses_handwritten_family_then_below_threshold(cue: str, text: str) -> None:
    res = analyze_one(text)
    assert cue in res.categories or cue in res.cues
    assert res.lure_score < DEFAULT_THRESHOLD
