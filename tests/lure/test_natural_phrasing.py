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
# src/lureguard/lure/data/handwritten_dev.jsonl): plain-words pay, flattery and
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


# Families written from the guidance's escalation steps (issue #4, TEST tag recall of
# information-request 22 %): single-step messages in everyday words. The sentences differ
# from the seed corpus and from both hand-written corpora.
STEP_FAMILIES = [
    # (cue, language, text)
    ("concealment", "en", "Best if your boss didn't find out about our chats yet."),
    ("concealment", "en", "Please don't mention our arrangement to anyone at the ministry."),
    ("concealment", "en", "You can wipe this thread after reading."),
    ("concealment", "en", "We'd rather not go through official channels."),
    ("concealment", "fr", "Merci de ne rien en dire à vos collègues du service."),
    ("concealment", "fr", "Supprimez ce fil quand vous l'aurez lu."),
    ("concealment", "fr", "Évitons de passer par les canaux officiels."),
    ("concealment", "de", "Gegenüber Ihrem Vorgesetzten bitte nichts davon."),
    ("concealment", "de", "Löschen Sie bitte danach diesen Chatverlauf."),
    ("concealment", "de", "Das sollte besser nicht über offizielle Kanäle laufen."),
    ("sensitive-request", "en", "Anything that hasn't been published yet would be ideal."),
    ("sensitive-request", "en", "What systems do you have access to in your job?"),
    ("sensitive-request", "fr", "Tout ce qui n'est pas encore public nous intéresse."),
    ("sensitive-request", "fr", "À quelles bases de données avez-vous accès ?"),
    ("sensitive-request", "de", "Alles, was noch nicht öffentlich ist, wäre interessant."),
    ("sensitive-request", "de", "Auf welche Datenbanken haben Sie Zugriff?"),
    ("information-request", "en", "What is your unit currently focusing on?"),
    ("information-request", "en", "Could you give me a sense of how the budget talks are going?"),
    ("information-request", "en", "How was that decided internally?"),
    ("information-request", "en", "Which of your colleagues covers the Gulf states?"),
    ("information-request", "en", "Can you find out who chairs the new committee?"),
    ("information-request", "fr", "Sur quoi travaille votre direction en ce moment ?"),
    ("information-request", "fr", "Comment cela a-t-il été décidé en interne ?"),
    ("information-request", "fr", "Lequel de vos collègues suit ce dossier ?"),
    ("information-request", "fr", "Pouvez-vous savoir qui sera nommé ?"),
    ("information-request", "de", "Woran arbeitet Ihre Abteilung derzeit?"),
    ("information-request", "de", "Wie wurde das intern entschieden?"),
    ("information-request", "de", "Welcher Ihrer Kollegen betreut das Dossier?"),
    ("information-request", "de", "Könnten Sie herausfinden, wer den Vorsitz übernimmt?"),
    ("off-platform", "en", "I hardly ever log in here, can we use WhatsApp?"),
    ("off-platform", "fr", "Je me connecte rarement ici, vous avez Signal ?"),
    ("off-platform", "de", "Ich bin hier kaum online, können wir zu Threema wechseln?"),
    ("paid-work", "en", "My partner institute is willing to pay for a short overview."),
    ("paid-work", "fr", "Un institut partenaire est prêt à payer pour une courte synthèse."),
    ("paid-work", "de", "Ein Partnerinstitut ist bereit, dafür gut zu zahlen."),
    ("paid-travel", "en", "All costs on our side, of course."),
    ("paid-travel", "fr", "Tous les frais sont à notre charge."),
    ("paid-travel", "de", "Alle Kosten tragen wir."),
    ("vague-client", "en", "A fund I work with would like your view; they prefer not to be named."),
    ("vague-client", "fr", "Un fonds avec qui je travaille préfère ne pas être nommé."),
    ("vague-client", "de", "Ein Fonds, mit dem ich zusammenarbeite, möchte nicht genannt werden."),
    ("urgency", "en", "I need your answer today."),
    ("urgency", "fr", "Il me faut une réponse aujourd'hui, ils n'attendront pas."),
    ("urgency", "de", "Ich brauche eine Antwort bis morgen, der Kunde wartet nicht."),
]


@pytest.mark.parametrize(
    ("cue", "lang", "text"),
    STEP_FAMILIES,
    ids=[f"{c}-{lg}-{i}" for i, (c, lg, _) in enumerate(STEP_FAMILIES)],
)
def test_cue_when_single_escalation_step_in_plain_words_then_detected(cue: str, lang: str, text: str) -> None:
    res = analyze_one(text)
    assert cue in res.categories or cue in res.cues


# One sharp step alone is enough words-only evidence: asking the target to hide the
# contact from the employer (the DGSI note's discretion step).
@pytest.mark.parametrize(
    "text",
    [
        "Please don't mention our conversations to anyone at your office for now.",
        "Merci de ne pas parler de nos échanges à vos collègues pour le moment.",
        "Gegenüber Ihren Kollegen bitte vorerst nichts davon, das bleibt unter uns.",
    ],
)
def test_score_when_target_asked_to_hide_contact_then_above_threshold(text: str) -> None:
    assert analyze_one(text).lure_score >= DEFAULT_THRESHOLD


STEP_NEAR_MISSES = [
    # (cue the genuine message carries or may carry, text): it must stay below the threshold
    # colleague asking about a team's focus before a catch-up
    (
        "information-request",
        "Good to hear from you! What is your team currently focusing on? Would love to catch up over lunch.",
    ),
    # organiser asking who will present, with a deadline
    (
        "information-request",
        "Could you find out who will present for your group? The programme goes out Friday.",
    ),
    (
        "information-request",
        "Pouvez-vous savoir qui présentera pour votre équipe ? Le programme part vendredi.",
    ),
    (
        "information-request",
        "Könnten Sie herausfinden, wer für Ihr Team vorträgt? Das Programm geht Freitag raus.",
    ),
    # colleague on LinkedIn rarely, moving to the work address
    ("off-platform", "I hardly ever check LinkedIn, please write to my work address at the agency instead."),
    ("off-platform", "Je me connecte rarement ici, écrivez-moi plutôt à mon adresse professionnelle."),
    ("off-platform", "Ich bin hier kaum online, schreiben Sie mir bitte an meine Dienstadresse."),
    # organiser: all costs covered for every speaker, programme online
    (
        "paid-travel",
        "All costs on our side for every speaker; the programme and the venue are on the conference website.",
    ),
    ("paid-travel", "Pour tous les intervenants, les frais sont à notre charge ; le programme est en ligne."),
    ("paid-travel", "Für alle Referierenden tragen wir die Kosten, das Programm steht online."),
    # working group minutes: don't circulate (not hiding the contact itself)
    (
        "information-request",
        "The minutes and the updated figures are on the shared drive; please don't circulate them outside the "
        "working group.",
    ),
    # a WhatsApp group for volunteers
    ("off-platform", "We set up a WhatsApp group for the volunteers, I'll add you before Saturday."),
    ("off-platform", "Wir haben eine WhatsApp-Gruppe für die Helfer, ich füge Sie vor Samstag hinzu."),
]


@pytest.mark.parametrize(("cue", "text"), STEP_NEAR_MISSES)
def test_score_when_genuine_message_uses_step_family_then_below_threshold(cue: str, text: str) -> None:
    assert analyze_one(text).lure_score < DEFAULT_THRESHOLD


def test_combiner_when_shipped_then_equals_a_refit_of_the_seed_corpus() -> None:
    """Editing a lexicon or the seed corpus without ``python -m lureguard.lure.seed`` fails here."""
    from lureguard.lure.combiner import load_default
    from lureguard.lure.seed import fit_seed

    shipped, refit = load_default(), fit_seed()
    assert abs(shipped.intercept - refit.intercept) < 1e-3
    assert shipped.weights.keys() == refit.weights.keys()
    assert all(abs(shipped.weights[f] - refit.weights[f]) < 1e-3 for f in refit.weights)


def test_score_when_any_lure_sign_then_above_a_message_without_cues() -> None:
    """Every red flag raises the words-only score above a cue-less message (the no-cue feature
    keeps plain messages low without making single signs worthless)."""
    from lureguard.lure.combiner import LURE_SIGNS, load_default

    comb = load_default()
    plain = comb.score([])
    assert plain < 0.1
    for sign in LURE_SIGNS:
        assert comb.score([sign]) > plain, sign


def test_fit_when_lure_share_lowered_then_intercept_lower() -> None:
    """``lure_share`` sets the prior the operating point follows, not the count of lures written."""
    from lureguard.lure.combiner import fit_cues

    cues = [["paid-work", "secrecy"], ["concealment", "secrecy"], ["paid-work"], ["job-offer"], []] * 4
    labels = [1, 1, 0, 0, 0] * 4
    high = fit_cues(cues, labels, c=0.5, lure_share=0.5)
    low = fit_cues(cues, labels, c=0.5, lure_share=0.2)
    assert low.intercept < high.intercept
    assert low.provenance["lure_share"] == 0.2


# Asking the target to keep the exchange itself from others, in the words people use
# ("garder cet échange pour vous"): each missed the concealment cue before.
@pytest.mark.parametrize(
    "text",
    [
        "Je vous remercie de garder cet échange pour vous.",
        "Merci de garder cette conversation pour vous pour le moment.",
        "Gardez nos échanges pour vous, s'il vous plaît.",
        "Il vaut mieux que votre hiérarchie n'en sache rien.",
        "Ne partagez pas cet échange avec vos collègues.",
        "Please don't share this exchange with your colleagues.",
    ],
)
def test_cue_when_target_asked_to_keep_the_exchange_to_themselves_then_concealment(text: str) -> None:
    assert "concealment" in analyze_one(text).cues


@pytest.mark.parametrize(
    "text",
    [
        "Nous gardons ce contact pour vous présenter nos prochaines offres.",
        "Je n'en sais rien, désolé, demandez à Claire.",
        "Merci de partager ce document avec vos collègues.",
        "Please share this exchange with your colleagues before Friday.",
    ],
)
def test_cue_when_nothing_is_hidden_then_no_concealment(text: str) -> None:
    assert "concealment" not in analyze_one(text).cues


# Everyday wordings of five cue families that each went unmatched in one language (probes written
# for the sixth session); the same red flag in the other two languages already matched.
@pytest.mark.parametrize(
    ("cue", "text"),
    [
        ("off-platform", "Do you have a number where I could reach you directly?"),
        ("off-platform", "Auriez-vous un numéro où je pourrais vous joindre directement ?"),
        ("off-platform", "Haben Sie eine Nummer, unter der ich Sie direkt erreichen kann?"),
        ("concealment", "Please don't tell your employer about this for now."),
        ("concealment", "N'en parlez pas à votre employeur pour le moment."),
        ("concealment", "Sagen Sie Ihrem Arbeitgeber bitte nichts davon."),
        ("information-request", "Pourriez-vous m'en dire plus sur les projets en cours dans votre service ?"),
        (
            "information-request",
            "Könnten Sie mir etwas über die laufenden Projekte Ihrer Abteilung erzählen?",
        ),
        ("event-invitation", "Wir laden Sie herzlich zu einem exklusiven Expertenforum in Shanghai ein."),
    ],
)
def test_cue_when_everyday_wording_in_any_language_then_detected(cue: str, text: str) -> None:
    res = analyze_one(text)
    assert cue in res.categories or cue in res.cues


@pytest.mark.parametrize(
    "text",
    [
        "Don't let your manager forget to sign the form.",
        "Please don't tell anyone the surprise party is on Friday!",
        "Ich lade dich zum Kaffee ein, wenn du wieder in Berlin bist.",
        "Do you have a number where I could reach you about the interview on Thursday? Our HR team will call.",
    ],
)
def test_score_when_everyday_near_miss_then_below_threshold(text: str) -> None:
    res = analyze_one(text)
    assert "concealment" not in res.cues
    assert res.lure_score < DEFAULT_THRESHOLD


def test_category_when_projects_are_the_clients_not_the_targets_unit_then_no_information_request() -> None:
    """A vendor naming its clients' projects asks nothing about the target's own unit."""
    assert (
        "information-request"
        not in analyze_one("Wir unterstützen die aktuellen Projekte Ihrer Kunden mit Software.").categories
    )
