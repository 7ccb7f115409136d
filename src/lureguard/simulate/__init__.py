"""World simulator with ground truth for training and judging detectors.

``simulate(scenario, out)`` writes a contract dataset (accounts, interactions,
members, labels) plus ``message_labels.jsonl`` and ``world.json`` describing the
campaigns. The worlds are built so that no single cheap cue (a cold message with
an offer, an Asian location, a thin profile, "confidential", paid travel, a move
to e-mail) separates fakes from genuine people: hard negatives exhibit each cue.
"""

from __future__ import annotations

from lureguard.simulate._api import WorldSummary, simulate
from lureguard.simulate.scenarios import SCENARIOS, CampaignSpec, Funnel, Scenario

__all__ = ["SCENARIOS", "CampaignSpec", "Funnel", "Scenario", "WorldSummary", "simulate"]
