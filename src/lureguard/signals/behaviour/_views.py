"""Shared relational building blocks for behaviour signals.

``contacts`` is the outreach graph: one row per (sender, receiver) pair that saw
an invitation or a message, with a receiver's organisation and sector where the
receiver is a protected member. Contacts inside the sender's own organisation
(colleagues writing to colleagues) are marked so signals can leave them out.
"""

CONTACTS_SQL = """
WITH pairs AS (
    SELECT src AS account_id, dst AS target, min(ts) AS first_at, count(*) AS n
    FROM interactions WHERE type IN ('invitation', 'message') GROUP BY src, dst
)
SELECT p.account_id, p.target, p.first_at, p.n,
       m.account_id IS NOT NULL AS to_member,
       m.organization AS target_org, m.sector AS target_sector,
       own.organization IS NOT NULL AND own.organization = m.organization AS same_org
FROM pairs p
LEFT JOIN members m ON m.account_id = p.target
LEFT JOIN members own ON own.account_id = p.account_id
"""
#: Read through the store's view (``lureguard.store.VIEWS``), computed once while the signals
#: run: four signals read it seven times, and each read grouped all the events again.
CONTACTS = "SELECT * FROM contacts"

#: How long an invitation or message may go unanswered before silence counts as an answer.
#: Without it, an as-of score would call every invitation "ignored" the moment it was sent.
GRACE = "INTERVAL 14 DAYS"


def running_answers(pairs: str) -> str:
    """SQL: running ``n`` (pairs counted) and ``k`` (answered) per account and change time ``at``.

    ``pairs`` gives ``account_id, sent, answered_at`` (``answered_at`` NULL when never
    answered, and may precede ``sent``). A pair is counted once it is answered or
    once ``GRACE`` has passed in silence, whichever comes first, and counts as
    answered from ``answered_at`` (never before ``sent``). So only events up to
    ``at`` are read. Change points stop at the data's last event: a grace period
    still running then is not yet evidence, which is the one way the final as-of
    counts may fall short of the static ones (equal once every grace period ran out).
    """
    return f"""
    WITH p AS ({pairs}),
    ev AS (
        SELECT account_id,
               greatest(sent, least(sent + {GRACE}, coalesce(answered_at, 'infinity'::TIMESTAMPTZ))) AS t,
               1 AS dn, 0 AS dk
        FROM p
        UNION ALL
        SELECT account_id, greatest(sent, answered_at) AS t, 0 AS dn, 1 AS dk FROM p WHERE answered_at IS NOT NULL
        UNION ALL
        -- The send itself is a change point with nothing counted yet, so every sender has a row.
        SELECT account_id, sent AS t, 0 AS dn, 0 AS dk FROM p
    ),
    per_time AS (SELECT account_id, t, sum(dn) AS dn, sum(dk) AS dk FROM ev GROUP BY account_id, t)
    SELECT account_id, t AS "at", sum(dn) OVER w AS n, sum(dk) OVER w AS k
    FROM per_time WHERE t <= (SELECT max(ts) FROM interactions)
    WINDOW w AS (PARTITION BY account_id ORDER BY t)
    """


#: Undirected accepted connections with the time each pair first connected.
CONNECTED_AT_SQL = """
SELECT a, b, min(ts) AS connected_at FROM (
    SELECT src AS a, dst AS b, ts FROM interactions WHERE type = 'connection'
    UNION ALL SELECT dst AS a, src AS b, ts FROM interactions WHERE type = 'connection'
) GROUP BY a, b
"""
CONNECTED_AT = "SELECT * FROM connected_since"
