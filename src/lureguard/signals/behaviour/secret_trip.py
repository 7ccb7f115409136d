"""A paid trip offered by an account that also asks for discretion.

Catches: the two red flags that public guidance names together for intelligence
approaches (DGSI/DGSE 2018, NCSC/FBI "Think Before You Link", CPNI): an
all-expenses-paid trip ("our partners would like to meet you in Shanghai, we
cover everything") and a request to keep the contact quiet ("no need to mention
this to your employer", "please keep this between us"). Each is common on its
own among genuine senders: organisers pay speakers' travel and hotel, and
recruiters call their searches confidential. Offering a trip and asking for
discretion, from one account, is what neither does. On the simulator's twelve
tuning worlds and fifteen development worlds of three generators written apart
from it (63,000 genuine senders to members, 7,000 recruiters and 3,600
organisers among them), no genuine sender's messages carried both, while 1,500
of 2,971 personas' did: 221 of the 529 personas the account model had missed
in the other generators' worlds among them (``benchmarks/cue_rates.py``,
docs/account-model.md). Strongest when one person got both.

Reads the words' categories only (``message_scores``, as ``lure_path`` and
``paid_offers`` do), never the sender's risk. Location or nationality plays no
part: a trip to anywhere counts.

What it does not judge: whether the trip is real. A confidential executive
search that later flies its candidate to a final interview writes both, which
is why this is one signal the model weighs with the rest, and its reason says
exactly which messages to reread.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from lureguard.signals.base import Signal

#: First time each account offered a paid trip to (``paid-travel``), or asked discretion of
#: (``secrecy``), each person.
_FIRSTS = """
SELECT i.src AS account_id, i.dst,
       min(i.ts) FILTER (WHERE list_contains(s.categories, 'paid-travel')) AS trip,
       min(i.ts) FILTER (WHERE list_contains(s.categories, 'secrecy')) AS secret
FROM message_scores s JOIN interactions i ON i.id = s.interaction_id
WHERE list_contains(s.categories, 'paid-travel') OR list_contains(s.categories, 'secrecy')
GROUP BY i.src, i.dst
"""


def _score(both: str) -> str:
    """Trip and discretion to different people 0.5; one person who got both 0.75, two 0.875, …"""
    return f"CASE WHEN {both} >= 1 THEN 1 - pow(0.5, {both} + 1) ELSE 0.5 END"


class SecretTrip(Signal):
    name: ClassVar[str] = "secret_trip"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("interactions", "message_scores")
    summary: ClassVar[str] = "A paid trip offered by an account whose messages also ask for discretion."
    features: ClassVar[tuple[str, ...]] = ("trip_people", "secrecy_people", "both_people")

    def query(self) -> str:
        return f"""
        WITH f AS ({_FIRSTS}),
        per AS (
            SELECT account_id,
                   count(trip) AS trip_people,
                   count(secret) AS secrecy_people,
                   count(*) FILTER (WHERE trip IS NOT NULL AND secret IS NOT NULL) AS both_people
            FROM f GROUP BY account_id
        )
        SELECT account_id, trip_people, secrecy_people, both_people, {_score("both_people")} AS score
        FROM per WHERE trip_people >= 1 AND secrecy_people >= 1
        """

    def query_asof(self) -> str:
        # From the moment the account has offered a trip to someone and asked discretion of
        # someone (0.5); each person who has then got both, from the later of their two
        # messages, raises it. Nothing is known before the message that completes a pair.
        return f"""
        WITH f AS ({_FIRSTS}),
        start AS (
            SELECT account_id, greatest(min(trip), min(secret)) AS ts FROM f
            GROUP BY account_id HAVING min(trip) IS NOT NULL AND min(secret) IS NOT NULL
        ),
        ev AS (
            SELECT account_id, ts, 0 AS added FROM start
            UNION ALL
            SELECT account_id, greatest(trip, secret), 1 FROM f WHERE trip IS NOT NULL AND secret IS NOT NULL
        ),
        run AS (
            SELECT account_id, ts, sum(added) OVER (PARTITION BY account_id ORDER BY ts) AS both_people
            FROM ev
        )
        SELECT DISTINCT account_id, ts AS "at", {_score("both_people")} AS score FROM run
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        trips, secrets, both = (int(f.get(k) or 0) for k in ("trip_people", "secrecy_people", "both_people"))

        def people(n: int) -> str:
            return f"{n} {'person' if n == 1 else 'people'}"

        text = f"offered a paid trip to {people(trips)} and asked {people(secrets)} for discretion"
        if both:
            text += f"; {people(both)} got both"
        return text + ": organisers pay travel and recruiters keep searches confidential, but not both."
