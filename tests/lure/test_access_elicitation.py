"""Questions about who holds which access and how the employer's systems are guarded (ATT&CK T1598).

Fake recruiters of "Operation Dream Job" asked exactly this; a genuine recruiter asks what a
candidate has worked with, a vendor says what it sells, and neither is a request for access details.
"""

from __future__ import annotations

import pytest

from lureguard.lure import analyze_one


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Do you administer the admin privileges for your department's servers?", True),
        ("Who looks after network security at your agency these days?", True),
        ("Which endpoint tools are deployed across your ministry right now?", True),
        ("Is your role involved in granting VPN permissions to contractors?", True),
        ("Qui s'occupe de la sécurité informatique dans votre direction ?", True),
        ("Quels outils de supervision sont en place chez vous ?", True),
        ("Avez-vous des droits d'administrateur sur ces machines ?", True),
        ("Wer ist bei Ihnen für die IT-Sicherheit zuständig?", True),
        ("Welche Überwachungssysteme sind in Ihrem Institut im Einsatz?", True),
        ("Haben Sie Administratorrechte auf diesen Systemen?", True),
        # what a genuine recruiter, vendor or admirer writes
        ("Which monitoring tools have you worked with in your last two roles?", False),
        ("We offer security solutions for mid-sized utilities; happy to send a brochure.", False),
        ("Your credentials are impressive, congratulations on the award.", False),
        ("Welche Programmiersprachen nutzen Sie am liebsten?", False),
        ("Quels logiciels maîtrisez-vous le mieux ?", False),
    ],
)
def test_an_access_question_is_an_information_request(text: str, asks: bool) -> None:
    assert ("information-request" in analyze_one(text).categories) is asks
