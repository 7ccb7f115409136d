"""Fees offered for work by a profile whose stated trade is not paying experts.

Catches: red flag 8 of the public guidance (CPNI, DGSI/DGSE) — a "recruiter",
"think-tank fellow" or "consultant" who offers a fee for a report, a short
paper or an assessment. A headhunter places people; a fellow writes; neither
pays strangers for papers. Some trades do pay experts openly: conference and
event organisers pay speakers, expert networks pay for consultations. A profile
that says it works in one of those (title, employer or headline) gets no score
here, since the offer fits the story it tells. Expert networks often name their
trade in the message rather than the profile ("X is an expert network…"), so
from the first message in which the account calls itself one, its offers are
explained too. Reads the words' categories (``message_scores``) and, for
senders of offers only, their own words; never the sender's risk.

What it does not judge: whether the fee is real, or whether an organiser or an
expert network is genuine (other signals do). A persona can claim either trade
and escape this signal, and an organiser whose profile never says so scores,
which is why this is one signal among many.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Final

from lureguard.signals.base import Signal
from lureguard.signals.profile._views import POSITIONS

#: Title / employer / headline words of trades that pay experts in the open (en, fr, de, es, it):
#: events and conferences (speaker fees, travel), expert networks (paid consultations).
PAYING_TRADE_RE: Final = (
    r"(summit|conference|conf[ée]rence|congress|congr[eè]s|kongress|konferenz|congreso|congresso|"
    r"colloque|symposi|\bevents?\b|[ée]v[ée]nement|veranstaltung|eventos?\b|eventi\b|speaker|"
    # named events: "Berlin Energy Week", "Hydrogen Expo", "Hannover Messe"
    r"\bweek\b|\bexpo\b|\bmesse\b|trade fair|"
    r"expert[- ]?network|expertennetzwerk|r[ée]seau d.experts|red de expertos|rete di esperti)"
)

#: Words in which a sender names the expert-network trade (en, fr, de, es, it).
TRADE_IN_WORDS_RE: Final = (
    r"(expert[- ]?networks?|insight networks?|expertennetzwerk|r[ée]seau d.experts|red de expertos|"
    r"rete di esperti)"
)

#: First time each account offered paid work to each person.
_OFFERS = """
SELECT i.src AS account_id, i.dst, min(i.ts) AS ts
FROM message_scores s JOIN interactions i ON i.id = s.interaction_id
WHERE list_contains(s.categories, 'paid-work')
GROUP BY i.src, i.dst
"""

#: Accounts whose current title, employer or headline names a trade that pays experts.
_PAYING_TRADE = f"""
SELECT a.id AS account_id FROM accounts a
WHERE regexp_matches(lower(coalesce(a.headline, '')), '{PAYING_TRADE_RE}')
UNION
SELECT account_id FROM ({POSITIONS})
WHERE is_current
  AND regexp_matches(lower(coalesce(title, '') || ' ' || coalesce(organization, '')), '{PAYING_TRADE_RE}')
"""


#: First time each sender of an offer named the expert-network trade in its own words.
_NAMED = f"""
SELECT i.src AS account_id, min(i.ts) AS ts
FROM interactions i SEMI JOIN (SELECT DISTINCT account_id FROM ({_OFFERS})) o ON o.account_id = i.src
WHERE i.type IN ('invitation', 'message') AND regexp_matches(lower(i.text), '{TRADE_IN_WORDS_RE}')
GROUP BY i.src
"""


def _score(recipients: str) -> str:
    """One person offered a fee 0.5, two 0.75, three 0.875: each more halves the doubt left."""
    return f"1 - pow(0.5, {recipients})"


class PaidOffers(Signal):
    name: ClassVar[str] = "paid_offers"
    version: ClassVar[str] = "2"
    reads: ClassVar[tuple[str, ...]] = ("accounts", "interactions", "message_scores")
    views: ClassVar[tuple[str, ...]] = ("positions",)
    summary: ClassVar[str] = (
        "Fees offered for reports, papers or assessments by a profile whose trade "
        "(not events, not an expert network) does not explain them."
    )
    features: ClassVar[tuple[str, ...]] = ("recipients", "first_offer")

    def query(self) -> str:
        return f"""
        SELECT o.account_id, count(*) AS recipients, min(o.ts) AS first_offer,
               {_score("count(*)")} AS score
        FROM ({_OFFERS}) o
        ANTI JOIN ({_PAYING_TRADE}) p ON p.account_id = o.account_id
        ANTI JOIN ({_NAMED}) n ON n.account_id = o.account_id
        GROUP BY o.account_id
        """

    def query_asof(self) -> str:
        # The count of people offered a fee grows, each from the first offer to that person, until
        # the account names the expert-network trade: from then on (a row with score 0) its offers
        # are explained, as the static query finds at the end. The profile is read as it is now, as
        # every profile signal does.
        return f"""
        WITH named AS ({_NAMED}),
        firsts AS (
            SELECT o.account_id, o.ts, count(*) AS added
            FROM ({_OFFERS}) o
            ANTI JOIN ({_PAYING_TRADE}) p ON p.account_id = o.account_id
            LEFT JOIN named n ON n.account_id = o.account_id
            WHERE n.ts IS NULL OR o.ts < n.ts
            GROUP BY o.account_id, o.ts
        )
        SELECT account_id, ts AS "at",
               {_score("sum(added) OVER (PARTITION BY account_id ORDER BY ts)")} AS score
        FROM firsts
        UNION ALL
        SELECT account_id, ts AS "at", 0.0 AS score
        FROM named SEMI JOIN (SELECT DISTINCT account_id FROM firsts) f USING (account_id)
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        n = int(f.get("recipients") or 0)
        return (
            f"offered a fee for work to {n} {'person' if n == 1 else 'people'}, though its profile "
            "names no trade that pays experts (events, expert networks), nor do its messages."
        )
