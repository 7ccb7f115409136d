"""Build small LinkedIn-export folders and zips inside a test's tmp_path."""

from __future__ import annotations

import zipfile
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "linkedin"

PREAMBLE = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are '
    'missing."\n\n'
)
CONN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
MSG_HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER\n"
)
INV_HEADER = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
PROFILE_HEADER = (
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
    "Geo Location,Twitter Handles,Websites,Instant Messengers\n"
)


def url(slug: str) -> str:
    return f"https://www.linkedin.com/in/{slug}"


def profile(first: str, last: str, headline: str = "Researcher") -> str:
    return PROFILE_HEADER + f"{first},{last},,,,{headline},,Research,,,,,\n"


def write_export(root: Path, files: dict[str, str | bytes]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    return root


def zip_export(path: Path, files: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, content in files.items():
            zf.writestr(name, content.encode("utf-8") if isinstance(content, str) else content)
    return path


def owner_export(owner_slug: str, first: str, last: str, messages: list[str]) -> dict[str, str | bytes]:
    """An export whose owner is known from an outgoing invitation."""
    return {
        "Profile.csv": profile(first, last),
        "Invitations.csv": INV_HEADER
        + f'{first} {last},Someone Else,"1/2/26, 9:00 AM",,OUTGOING,'
        + f"{url(owner_slug)},{url('someone-else')}\n",
        "messages.csv": MSG_HEADER + "".join(messages),
    }
