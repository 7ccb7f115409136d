"""Paid travel, deadlines and a move to the phone or e-mail in everyday words (eighth session).

Written as probes, one construction per sentence and in three languages, after other
generators' organisers and colleagues wrote them and the lexicons read nothing: a modal
passive ("can be reimbursed"), an adjective before the ticket ("economy flights"), a
telegraphic French line, a travel grant, a reply wanted by a date or an hour. Each family
has near-misses that must stay untagged.
"""

from __future__ import annotations

import pytest

from lureguard.lure import analyze_one

PAID_TRAVEL = [
    "We cover economy flights and two nights at the hotel for all speakers.",
    "Travel costs can be reimbursed from the grant.",
    "Your expenses can be covered by our programme.",
    "We can cover your train ticket and one night.",
    "The offer includes relocation and flights for the final interview.",
    "Invited speakers receive a travel grant.",
    "We will reimburse your economy airfare.",
    "Accommodation for three nights is provided.",
    "Vol et hôtel à Shanghai pris en charge.",
    "Vos frais de voyage peuvent être remboursés.",
    "Nous vous remboursons le billet de train et une nuit d'hôtel.",
    "Wir erstatten die Bahnfahrt und eine Übernachtung.",
    "Reise und Unterkunft sind für Sie kostenlos.",
    "Die Kosten für Anreise und Übernachtung trägt unser Institut.",
    "Eingeladene Referenten erhalten einen Reisekostenzuschuss.",
    "Your trip would of course be entirely covered.",
    "Nous pouvons tout organiser pour vous : billets, hôtel, visa.",
    "Wir organisieren alles für Sie: Tickets, Hotel, Visum.",
]

NOT_PAID_TRAVEL = [
    "I cover the travel industry for Reuters.",
    "I cover travel and tourism for the Financial Times.",
    "Our firm provides travel management software to corporates.",
    "Including travel time, the trip takes three hours.",
    "I booked a hotel room near the venue for myself.",
    "Le dossier a été pris en charge par mon collègue.",
    "Le vol a été annulé, je serai en retard.",
    "Die Kosten für das Projekt trägt das Ministerium.",
    "Ich habe die Bahnfahrt genossen.",
    "The visit is covered in the newsletter.",
    "Nous pouvons tout organiser pour la réunion de lundi.",
]

URGENCY = [
    "Places are very limited, please confirm quickly.",
    "The deadline is next week!",
    "Could you get back to me by 12 May?",
    "Could you look at it today? We have to submit by 5pm.",
    "The offer expires on Monday.",
    "La date limite est la semaine prochaine.",
    "Pourriez-vous regarder aujourd'hui ? Nous devons rendre le texte avant 17h.",
    "Die Frist endet nächste Woche.",
    "Kannst du heute draufschauen? Wir müssen bis 17 Uhr abgeben.",
]

NOT_URGENCY = [
    "The meeting is at 5pm in room 3.",
    "I was born on 12 May 1980.",
    "Thanks for your reply by the way.",
    "Are you free today?",
    "La réunion est à 17h.",
    "Je suis disponible avant midi si cela vous convient.",
    "Das Büro ist bis 17 Uhr geöffnet.",
    "The office closes at 6pm.",
]

OFF_PLATFORM = [
    "What's the best number to reach you?",
    "Could you share a good phone number and your availability?",
    "What's your email?",
    "I'll send it to your email.",
    "I'll send you the details by email.",
    "Can I call you tomorrow?",
    "Quel est le meilleur numéro pour vous joindre ?",
    "Je vous envoie les détails par mail.",
    "Je t'appelle cet après-midi.",
    "Unter welcher Nummer erreiche ich Sie am besten?",
    "Ich schicke Ihnen die Details per E-Mail.",
    "Ich rufe Sie heute Nachmittag an.",
    "Am Telefon ist es einfacher.",
]

NOT_OFF_PLATFORM = [
    "What's your view on the new regulation?",
    "The number of participants is limited.",
    "Welche Nummer hat der Bericht?",
    "Rufen Sie bitte die Hotline an.",
]


#: Asked about, an information request; praised, none (a blind world's organisers wrote the second).
WORK_ASKED_ABOUT = [
    "Could you tell me more about your current projects at the lab?",
    "What is your current work on reactor safety?",
    "I'd love to hear details of your ongoing research at CERN.",
]
WORK_PRAISED = [
    "Your recent work on vaccine platforms was highly recommended by our advisory board.",
    "We read your recent research on grid storage with great interest.",
]

#: ``(category, text, tagged)``: each family's wordings, and near-misses that must stay untagged.
CASES = [
    *(("information-request", t, True) for t in WORK_ASKED_ABOUT),
    *(("information-request", t, False) for t in WORK_PRAISED),
    *(("paid-travel", t, True) for t in PAID_TRAVEL),
    *(("paid-travel", t, False) for t in NOT_PAID_TRAVEL),
    *(("urgency", t, True) for t in URGENCY),
    *(("urgency", t, False) for t in NOT_URGENCY),
    *(("off-platform", t, True) for t in OFF_PLATFORM),
    *(("off-platform", t, False) for t in NOT_OFF_PLATFORM),
]


@pytest.mark.parametrize(("category", "text", "tagged"), CASES)
def test_category_when_everyday_wording_then_tagged_and_near_miss_not(
    category: str, text: str, tagged: bool
) -> None:
    assert (category in analyze_one(text).categories) is tagged


def test_score_when_organiser_pays_travel_by_deadline_then_not_a_lure() -> None:
    """A speaker invitation with paid travel and a date is what genuine organisers send."""
    from lureguard.lure import DEFAULT_THRESHOLD

    res = analyze_one(
        "We are organising a workshop on grid storage in Lyon and would be delighted to have you "
        "as a speaker. We cover economy flights and two nights at the conference hotel. Could you "
        "let us know by 12 May?"
    )
    assert {"paid-travel", "urgency"} <= set(res.categories)
    assert res.lure_score < DEFAULT_THRESHOLD


# An expert network's compliance line forbids sharing non-public material; the same words
# asked for are a request (lexicon.NEGATING_CUES).
DISCLAIMERS = [
    "Please note that you must not share any confidential information or anything belonging to your employer.",
    "You will not be asked to share confidential information or anything that conflicts with your obligations.",
    "Do not disclose any proprietary data during the call.",
    "No confidential information is needed for this consultation.",
    "Bitte beachten Sie, dass Sie keine vertraulichen Informationen Ihres Arbeitgebers weitergeben dürfen.",
    "Sie werden nicht nach vertraulichen Informationen gefragt.",
    "Vous ne devrez partager aucune information confidentielle de votre employeur.",
    "Il ne faut pas divulguer d'informations confidentielles pendant l'appel.",
]

REQUESTS = [
    "Could you share some confidential information about the programme?",
    "We would need internal documents on the reactor design.",
    "Nobody will check, could you send the classified specifications?",
    "Pourriez-vous nous transmettre des documents internes ?",
    "Könnten Sie uns vertrauliche Informationen zum Projekt schicken?",
]


@pytest.mark.parametrize("text", DISCLAIMERS)
def test_request_when_message_forbids_sharing_non_public_material_then_none(text: str) -> None:
    res = analyze_one(text)
    assert "information-request" not in res.categories
    assert "sensitive-request" not in res.cues
    assert "secrecy" not in res.categories


@pytest.mark.parametrize("text", REQUESTS)
def test_request_when_non_public_material_is_asked_for_then_sensitive(text: str) -> None:
    res = analyze_one(text)
    assert "sensitive-request" in res.cues
    assert "information-request" in res.categories


def test_request_when_disclaimer_precedes_a_real_request_then_the_request_still_counts() -> None:
    """The disclaimer cancels only the words inside its own span, not a later ask."""
    res = analyze_one(
        "You will not be asked to share confidential information. Could you send us the internal "
        "reports on the reactor programme anyway?"
    )
    assert "sensitive-request" in res.cues


# An organiser's ordinary words (eighth session). An event invitation lowers a message's lure
# score when nothing else is in it ("context-only"). The same probes for a recruiter's job offer
# ("a role that might interest you", "working on a ... position with a client") were tagged for a
# while and reverted: fake headhunters write exactly that, and the job offer's weight pulled their
# lures under the flag point on fresh independent worlds (docs/lure.md).
EVENT_INVITATIONS = [
    "Our group organises a summer school on green hydrogen - would you give one of the lectures?",
    "I'm organising the Iberian HPC Meeting in Lisbon and would love to invite you to speak.",
    "The Semiconductor Strategy Summit will take place in Munich on 27 November.",
    "J'organise le AI Governance Summit à Paris et aimerais vous inviter à intervenir.",
    "Ich organisiere das Energieforum in Wien und würde Sie gern einladen, dort zu sprechen.",
    "Die Konferenz findet im Mai in Berlin statt.",
]

NOT_EVENTS = [
    "We are working on a position paper on export controls.",
    "I have a role in organising the committee.",
    "The meeting will take place on Monday in room 3.",
]


@pytest.mark.parametrize(
    ("text", "tagged"), [*((t, True) for t in EVENT_INVITATIONS), *((t, False) for t in NOT_EVENTS)]
)
def test_event_invitation_when_organiser_everyday_wording_then_tagged(text: str, tagged: bool) -> None:
    res = analyze_one(text)
    assert ("event-invitation" in res.categories) is tagged
    if tagged:
        assert "information-request" not in res.categories
