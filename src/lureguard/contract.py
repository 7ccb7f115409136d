"""The dataset contract (``shared/spec/dataset-format.md``) as constants and types.

Every module imports its vocabulary from here so that a new interaction type,
category or sector is added in one place and validated everywhere.
"""

from __future__ import annotations

from typing import Final

#: Version of the dataset format this code reads and writes.
FORMAT_VERSION: Final = "1"

#: Input files of a dataset, by stem; ``True`` marks the required ones.
DATASET_FILES: Final[dict[str, bool]] = {
    "accounts": True,
    "interactions": True,
    "members": False,
    "labels": False,
}

INTERACTION_TYPES: Final = ("invitation", "connection", "message", "profile_view", "endorsement")

#: Interaction types that carry text a lure detector reads.
TEXT_INTERACTION_TYPES: Final = ("invitation", "message")

#: Message categories of ``messages.jsonl``, in the contract's order.
LURE_CATEGORIES: Final = (
    "paid-travel",
    "paid-work",
    "flattery",
    "off-platform",
    "information-request",
    "secrecy",
    "urgency",
    "job-offer",
    "event-invitation",
)

INSTITUTION_TYPES: Final = ("national", "private", "academic", "health", "other")

SECTORS: Final = (
    "nuclear",
    "semiconductors",
    "supercomputing",
    "health",
    "green-energy",
    "defence",
    "economy-finance",
    "ai",
    "public-administration",
)

SENIORITIES: Final = ("junior", "senior", "executive")

LABELS: Final = ("fake", "genuine")

#: Files a scan writes, fixed by the contract.
SCAN_OUTPUT_FILES: Final = ("accounts.jsonl", "campaigns.jsonl", "messages.jsonl", "alerts.jsonl")

#: Exposure stages, shallowest first (issue 6): how far an approach went.
EXPOSURE_STAGES: Final = (
    "contacted",
    "connected",
    "replied",
    "lure-received",
    "off-platform",
    "trip-offered",
)

#: True when the store holds one person's own data (an expert's export): exactly one protected
#: member. What an organisation's pooled view would show about a contact's colleagues and reach is
#: then out of sight, which the account model's operating point and some signals' exemptions heed.
ONE_INBOX_SQL = "((SELECT count(*) FROM members) = 1)"
