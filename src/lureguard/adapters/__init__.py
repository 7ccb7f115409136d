"""Adapters turn foreign data (LinkedIn exports, staff reports) into the dataset contract."""

from lureguard.adapters._common import ExportError, OrgInfo
from lureguard.adapters._dataset import ConvertedDataset
from lureguard.adapters.linkedin import convert_exports, looks_like_linkedin_export
from lureguard.adapters.staff_reports import convert_reports

__all__ = [
    "ConvertedDataset",
    "ExportError",
    "OrgInfo",
    "convert_exports",
    "convert_reports",
    "looks_like_linkedin_export",
]
