"""Pay in a job offer is a salary; pay for a task is paid work (found on a third, blind world).

A generator written without sight of lureguard showed recruiters' adverts ("Rémunération
attractive et télétravail partiel", "Salary range 110k EUR") and vendors' pitches ("can I
send you our whitepaper?") read as fees for work, and enough of them to flag the senders.
"""

from __future__ import annotations

import pytest

from lureguard.lure import analyze_one
from lureguard.lure.lexicon import CONDITIONAL_IMPLIES, implied


@pytest.mark.parametrize(
    "text",
    [
        "We have an opening for a Director of Engineering. Salary range is 110k-130k EUR plus bonus.",
        "We are hiring a Head of Policy. Attractive remuneration and hybrid working.",
        "Je recrute actuellement un(e) Research Engineer à Leuven. Rémunération attractive et télétravail partiel.",
        "Wir suchen eine Teamleitung (m/w/d). Attraktive Vergütung und flexible Arbeitszeiten.",
    ],
)
def test_pay_words_in_a_job_offer_are_a_salary(text: str) -> None:
    r = analyze_one(text)
    assert "job-offer" in r.categories
    assert "paid-work" not in r.categories
    assert {"pay-terms", "money-sum"} & set(r.cues)


@pytest.mark.parametrize(
    "text",
    [
        "Our client offers attractive remuneration for your insights.",
        "Nous proposons une rémunération attractive pour vos analyses.",
        "Unser Auftraggeber bietet eine attraktive Vergütung für Ihre Einschätzungen.",
        "We can transfer 3000 USD once you are ready.",
        # A sum for a few hours inside a job offer is a fee, not a salary.
        "Nous recrutons un(e) Professeur à Hangzhou. La rémunération serait de 1 000 € pour quelques heures.",
    ],
)
def test_pay_words_without_a_job_are_paid_work(text: str) -> None:
    assert "paid-work" in analyze_one(text).categories


@pytest.mark.parametrize(
    "text",
    [
        "We are hiring a senior advisor; we pay 2,000 EUR per report.",
        "Je recrute un(e) expert pour des notes rémunérées, 500 euros par page.",
    ],
)
def test_a_fee_for_a_task_stays_paid_work_inside_a_job_offer(text: str) -> None:
    r = analyze_one(text)
    assert "job-offer" in r.categories and "paid-work" in r.categories


@pytest.mark.parametrize(
    ("text", "paid"),
    [
        ("Can I send you our whitepaper on battery materials? What's your email?", False),
        ("Could you write a white paper for our client?", True),
        ("Puis-je vous envoyer notre livre blanc sur l'hydrogène ?", False),
        ("Pourriez-vous rédiger un livre blanc pour notre client ?", True),
        ("Gerne schicke ich Ihnen unser White Paper zur Lieferkette.", False),
        ("Par rapport à votre parcours, ce sujet devrait vous parler.", False),
        ("Je vous envoie le rapport annuel de la mission.", False),
        ("Nous payons 400 euros par page.", True),
        ("Ich bin Berater bei einer Kanzlei in Köln.", False),
        ("Wir bieten Ihnen einen Beratungsauftrag an.", True),
        ("Could you have a look at our draft report before we submit?", False),
        ("Could you draft a short report on the tender?", True),
    ],
)
def test_what_is_and_is_not_a_fee_for_work(text: str, paid: bool) -> None:
    assert ("paid-work" in analyze_one(text).categories) is paid


@pytest.mark.parametrize(
    "text",
    [
        "Das Stipendium ist mit 1.800 € monatlich dotiert.",
        "The fellowship pays a salary of 45,000 EUR per year.",
    ],
)
def test_a_salary_sum_is_no_fee_and_no_cue(text: str) -> None:
    r = analyze_one(text)
    assert "paid-work" not in r.categories
    # Qualifiers alone weigh nothing: the score is that of a text with no cue at all.
    assert r.lure_score == analyze_one("Das Wetter ist heute schön.").lure_score


def test_a_conditional_cue_implies_its_category_only_without_the_exception() -> None:
    for cue, (category, unless) in CONDITIONAL_IMPLIES.items():
        assert category in implied({cue})
        assert category not in implied({cue, unless})
        assert category in implied({cue, category, unless})  # found directly, it stays
