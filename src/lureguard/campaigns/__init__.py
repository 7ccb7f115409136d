"""Campaigns: groups of personas run by one operator, found from pairwise evidence.

See ``docs/campaigns.md`` for the evidence kinds, the clustering and the known
limits.
"""

from lureguard.campaigns._classifier import (
    ClusterModel,
    cluster_features,
    fit_cluster_model,
    load_cluster_model,
)
from lureguard.campaigns._cluster import ClusterParams, lift, propagate_labels
from lureguard.campaigns._evidence import KINDS, LINKING_KINDS, SUPPORTING_KINDS, EvidenceParams
from lureguard.campaigns.detect import (
    CampaignParams,
    CampaignResult,
    campaign_risk_lift,
    detect_campaigns,
    find_campaigns,
    lifted_scored,
    read_analyst_labels,
)

__all__ = [
    "KINDS",
    "LINKING_KINDS",
    "SUPPORTING_KINDS",
    "CampaignParams",
    "CampaignResult",
    "ClusterModel",
    "ClusterParams",
    "EvidenceParams",
    "campaign_risk_lift",
    "cluster_features",
    "detect_campaigns",
    "find_campaigns",
    "fit_cluster_model",
    "lift",
    "lifted_scored",
    "load_cluster_model",
    "propagate_labels",
    "read_analyst_labels",
]
