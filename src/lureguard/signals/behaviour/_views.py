"""Shared relational building blocks for behaviour signals.

``contacts`` is the outreach graph: one row per (sender, receiver) pair that saw
an invitation or a message, with a receiver's organisation and sector where the
receiver is a protected member. Contacts inside the sender's own organisation
(colleagues writing to colleagues) are marked so signals can leave them out.
"""

CONTACTS = """
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
