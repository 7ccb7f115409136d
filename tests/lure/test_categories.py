"""Category detection per language, near-miss negatives, bad input."""

from __future__ import annotations

import pytest

from lureguard.contract import LURE_CATEGORIES
from lureguard.lure import DEFAULT_THRESHOLD, analyze, analyze_one, is_sponsored_inmail
from lureguard.lure.lexicon import CUES, languages

POSITIVES = [
    # (category, language, text)
    ("paid-travel", "en", "We will cover your flights and hotel for the visit, all expenses paid."),
    ("paid-travel", "fr", "Tous frais payés, votre billet d'avion et l'hôtel sont pris en charge."),
    ("paid-travel", "de", "Alle Kosten werden übernommen, Flug und Hotel inklusive."),
    ("paid-work", "en", "My client pays 2,000 USD for a short report."),
    ("paid-work", "fr", "Une note de synthèse rémunérée, honoraires de 1 500 euros."),
    ("paid-work", "de", "Für ein kurzes Gutachten zahlen wir ein attraktives Honorar."),
    ("flattery", "en", "I was truly impressed by your remarkable expertise."),
    ("flattery", "fr", "Votre parcours remarquable m'a beaucoup impressionné."),
    ("flattery", "de", "Ihre herausragende Expertise hat mich sehr beeindruckt."),
    ("off-platform", "en", "Could we continue on WeChat? My ID is below."),
    ("off-platform", "fr", "Pouvons-nous continuer sur WeChat ?"),
    ("off-platform", "de", "Können wir auf WeChat weitersprechen?"),
    ("information-request", "en", "Please send me your updated CV and details about your current projects."),
    ("information-request", "fr", "Pourriez-vous m'envoyer votre CV à jour ?"),
    ("information-request", "de", "Bitte senden Sie mir Ihren aktuellen Lebenslauf."),
    ("secrecy", "en", "Please keep this between us, it is a confidential matter."),
    ("secrecy", "fr", "Merci de rester discret, c'est confidentiel."),
    ("secrecy", "de", "Bitte behandeln Sie das vertraulich und diskret."),
    ("urgency", "en", "This is urgent, please reply within 48 hours."),
    ("urgency", "fr", "C'est urgent, merci de répondre au plus vite."),
    ("urgency", "de", "Es ist dringend, bitte antworten Sie umgehend."),
    ("job-offer", "en", "We are hiring a senior engineer, competitive salary."),
    ("job-offer", "fr", "Nous recrutons pour un poste en CDI à Lyon."),
    ("job-offer", "de", "Wir suchen für eine offene Stelle einen Ingenieur."),
    ("event-invitation", "en", "We invite you to speak at our conference in Vienna."),
    ("event-invitation", "fr", "Nous vous invitons à intervenir lors de notre colloque."),
    ("event-invitation", "de", "Wir laden Sie herzlich zu unserer Fachtagung ein."),
]

#: Dutch: basic coverage beyond the three required languages, as for Italian and Spanish.
NL_POSITIVES = [
    ("paid-travel", "nl", "Reis- en verblijfskosten worden volledig vergoed."),
    ("paid-work", "nl", "Wij bieden een honorarium van 2.000 euro voor een kort rapport."),
    ("flattery", "nl", "Ik ben zeer onder de indruk van uw indrukwekkende staat van dienst."),
    ("off-platform", "nl", "Kunnen we verder praten via WhatsApp?"),
    ("information-request", "nl", "Kunt u mij uw bijgewerkte cv sturen?"),
    ("secrecy", "nl", "Graag dit vertrouwelijk houden."),
    ("urgency", "nl", "Het is dringend, graag een antwoord voor vrijdag."),
    ("job-offer", "nl", "Wij zoeken een senior ingenieur voor een vacature in Delft."),
    ("event-invitation", "nl", "Graag nodigen wij u uit als spreker op onze conferentie."),
]


@pytest.mark.parametrize(
    ("category", "lang", "text"),
    POSITIVES + NL_POSITIVES,
    ids=[f"{c}-{lg}" for c, lg, _ in POSITIVES + NL_POSITIVES],
)
def test_category_when_cue_in_language_then_detected(category: str, lang: str, text: str) -> None:
    res = analyze_one(text)
    assert category in res.categories
    assert any(p.category == category or p.category in CUES for p in res.phrases)


def test_every_category_has_positive_case_in_en_fr_de() -> None:
    covered = {(c, lg) for c, lg, _ in POSITIVES}
    assert covered == {(c, lg) for c in LURE_CATEGORIES for lg in ("en", "fr", "de")}


TRANSLITERATIONS = [
    "add me on Wechat please",
    "let's talk on we chat",
    "加我微信 abc123",
    "VX: helen_88",
    "Mon WhatsApp : +33 6 12 34 56 78",
    "ping me via signal",
    "my telegram is @abc",
    "write to zhang.wei@qq.com",
    "reach me at bob.smith@gmail.com",
    "call +86 138 1234 5678",
    "WеChat",  # Cyrillic е
]


@pytest.mark.parametrize("text", TRANSLITERATIONS)
def test_off_platform_when_messenger_spelling_varies_then_detected(text: str) -> None:
    assert "off-platform" in analyze_one(text).categories


def test_off_platform_when_signal_processing_then_not_detected() -> None:
    assert (
        "off-platform" not in analyze_one("I work on mixed-signal design and signal processing.").categories
    )


def test_off_platform_when_wechat_in_french_then_detected() -> None:
    res = analyze_one("Bonjour, ajoutez-moi sur WeChat pour en discuter.")
    assert "off-platform" in res.categories and res.language == "fr"


LURES = [
    "Dear Dr Hale, I was truly impressed by your remarkable expertise. My client would pay 3,000 USD for a "
    "short report. Please keep this between us and add me on WeChat.",
    "Bonjour, votre expertise exceptionnelle nous intéresse. Mission de conseil très bien rémunérée, tous frais "
    "payés à Pékin. Inutile d'en parler à votre employeur, écrivez-moi sur WhatsApp.",
    "Guten Tag, Ihr Profil ist beeindruckend. Mein Kunde zahlt ein großzügiges Honorar für ein kurzes Gutachten. "
    "Bitte senden Sie mir Details zu Ihren aktuellen Projekten über WeChat, das bleibt unter uns.",
    "Beste Femke, uw expertise is werkelijk indrukwekkend. Mijn klant betaalt een honorarium voor een kort "
    "rapport. U hoeft uw werkgever niet te informeren; kunnen we verder via WhatsApp?",
]


@pytest.mark.parametrize("text", LURES)
def test_score_when_full_lure_signature_then_above_threshold(text: str) -> None:
    assert analyze_one(text).lure_score >= DEFAULT_THRESHOLD


NEAR_MISSES = [
    # genuine speaker invitation with travel paid
    "Dear Professor Lund, we are delighted to invite you to speak at the European Nuclear Safety Conference in "
    "Vienna. As keynote speaker, your travel and accommodation will be covered by the organisers.",
    "Nous avons le plaisir de vous inviter à intervenir lors du colloque à Paris. Vos frais de déplacement et "
    "d'hébergement seront pris en charge.",
    "Wir laden Sie herzlich ein, auf unserer Fachtagung in Wien einen Vortrag zu halten. Reisekosten werden übernommen.",
    # a headhunter's confidential search
    "Hi Ben, my client, a leading chip designer, is hiring. The search is confidential and your application will "
    "be treated discreetly. Could you send me your CV?",
    "Notre cabinet de recrutement mène une recherche confidentielle pour un poste de directeur technique. "
    "Pouvez-vous m'envoyer votre CV ?",
    "Als Personalberaterin besetze ich eine Führungsposition. Ihre Bewerbung wird vertraulich behandelt.",
    # a colleague moving to email about a shared paper
    "Hi Tom, great catching up last week. Let's continue by email, I'll send the draft of our paper tomorrow.",
    "Salut Paul, continuons par mail, je t'envoie la version finale de l'article demain.",
    "Hallo Anna, lass uns per E-Mail weitermachen, ich schicke dir den Entwurf unseres Papers.",
    "Geachte professor De Vries, graag nodigen wij u uit als spreker op onze conferentie in Utrecht. Reis- en "
    "verblijfskosten worden vergoed.",
    "Dit is een vertrouwelijke vacature bij een toonaangevende klant. Kunt u mij uw cv sturen?",
    "Hoi Pieter, laten we per e-mail verder gaan, ik stuur je morgen het concept van ons artikel.",
    # "non-confidential" is no secrecy
    "Kunt u een kort, niet-vertrouwelijk overzicht van uw publicaties delen?",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_score_when_genuine_near_miss_then_below_threshold(text: str) -> None:
    assert analyze_one(text).lure_score < DEFAULT_THRESHOLD


def test_job_offer_alone_when_scored_then_low() -> None:
    assert analyze_one("We are hiring a senior engineer, competitive salary.").lure_score < 0.2


@pytest.mark.parametrize(
    "text",
    [
        "The salary is competitive and there is flexibility on remote work.",
        "Full-time role, flexible work and part-time work considered.",
    ],
)
def test_job_conditions_when_stated_then_not_paid_work(text: str) -> None:
    """Remote or flexible work is how a salaried job is done, not a fee for a paper."""
    assert "paid-work" not in analyze_one(text).categories


def test_freelance_work_when_offered_then_paid_work() -> None:
    assert "paid-work" in analyze_one("We have freelance work on grid security for you.").categories


BAD_INPUTS = [
    None,
    "",
    "   ",
    "x" * 1_000_000,
    ("WeChat " * 150_000),
    '<p class="x">Hello &amp; welcome <script>alert(1)</script><b>add me on WeChat</b></p>',
    "🙂🙂🙂 🚀 привет 你好 مرحبا",
    "bad surrogate \ud800 here \udfff",
    "Hi %FIRSTNAME%, we are hiring!",
    b"bytes \xff\xfe input",
    12345,
]


@pytest.mark.parametrize("text", BAD_INPUTS, ids=range(len(BAD_INPUTS)))
def test_analyze_when_bad_input_then_no_crash_and_score_in_range(text: object) -> None:
    (res,) = analyze([text])  # type: ignore[list-item]
    assert 0.0 <= res.lure_score <= 1.0
    assert set(res.categories) <= set(LURE_CATEGORIES)


def test_analyze_when_empty_or_none_then_zero() -> None:
    assert [r.lure_score for r in analyze([None, "", " "])] == [0.0, 0.0, 0.0]


def test_html_when_tags_and_entities_then_stripped_and_span_points_to_clean_text() -> None:
    res = analyze_one("<p>Let&#39;s continue on <b>WhatsApp</b></p>")
    assert "off-platform" in res.categories
    for p in res.phrases:
        assert "<" not in p.text


def test_phrase_spans_when_plain_text_then_match_original() -> None:
    text = "Pouvons-nous continuer sur WeChat ? Tous frais payés."
    for p in analyze_one(text).phrases:
        assert text[p.span[0] : p.span[1]] == p.text


def test_language_when_en_fr_de_then_identified() -> None:
    res = analyze(
        [
            "Hello, thank you for the connection, I would like to talk with you about the project.",
            "Bonjour, merci pour la mise en relation, je voudrais vous parler du projet.",
            "Guten Tag, vielen Dank für die Vernetzung, ich würde gerne mit Ihnen über das Projekt sprechen.",
            "Goedemiddag, bedankt voor het contact, ik zou graag met u over het project willen praten.",
        ]
    )
    assert [r.language for r in res] == ["en", "fr", "de", "nl"]


def test_sponsored_inmail_when_spinmail_html_then_detected_and_damped() -> None:
    html = (
        '<p class="spinmail-quill-editor__spin-break">Hi %FIRSTNAME%, exclusive consulting opportunity, '
        "paid per hour, contact me on WhatsApp.</p>"
    )
    assert is_sponsored_inmail(html)
    res = analyze_one(html)
    assert res.sponsored
    assert is_sponsored_inmail("Hi %FIRSTNAME%, we are hiring", sender_url="")
    assert not is_sponsored_inmail(
        "Hi %FIRSTNAME%, we are hiring", sender_url="https://www.linkedin.com/in/x"
    )


def test_registry_when_loaded_then_en_fr_de_it_es_present() -> None:
    assert {lex.code for lex in languages()} >= {"en", "fr", "de", "it", "es", "nl"}


def test_mixed_language_when_french_text_with_english_cue_then_all_lexicons_run() -> None:
    res = analyze_one("Bonjour Madame, my client pays 2,000 USD for a short report, tous frais payés.")
    assert {"paid-work", "paid-travel"} <= set(res.categories)


def test_dutch_vergoeding_when_reimbursing_travel_then_paid_travel_not_a_fee() -> None:
    """ "Vergoeding" is a fee and a reimbursement: a fee has an amount or a piece of work."""
    travel = analyze_one("Wij bieden een vergoeding voor uw reiskosten.")
    assert "paid-travel" in travel.categories and "paid-work" not in travel.categories
    assert (
        "paid-work" in analyze_one("Wij bieden een vergoeding van 3000 EUR voor een kort rapport.").categories
    )
    assert (
        "paid-work" not in analyze_one("Een kort overzicht van het programma vindt u hieronder.").categories
    )
