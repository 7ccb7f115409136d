"""One way to register a signal: the ``lureguard.signals`` entry-point group.

Built-in signals are declared in lureguard's own ``pyproject.toml`` under the
same group an extension package would use, so the built-ins prove the hook.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import entry_points

from lureguard.signals.base import Signal

GROUP = "lureguard.signals"


class SignalRegistryError(RuntimeError):
    """An entry point that does not name a usable Signal class."""


@cache
def _load() -> tuple[type[Signal], ...]:
    classes: list[type[Signal]] = []
    seen: dict[str, str] = {}
    for ep in sorted(entry_points(group=GROUP), key=lambda e: e.name):
        cls = ep.load()
        if not (isinstance(cls, type) and issubclass(cls, Signal)):
            raise SignalRegistryError(f"entry point {ep.name!r} ({ep.value}) is not a Signal subclass")
        if cls.name in seen:
            raise SignalRegistryError(
                f"signal name {cls.name!r} registered twice ({seen[cls.name]}, {ep.value})"
            )
        seen[cls.name] = ep.value
        classes.append(cls)
    return tuple(classes)


def available() -> tuple[type[Signal], ...]:
    """Every registered signal class, sorted by entry-point name."""
    return _load()


def instantiate(names: list[str] | None = None) -> list[Signal]:
    """Fresh signal objects, optionally only those named."""
    classes = available()
    if names:
        by_name = {c.name: c for c in classes}
        unknown = [n for n in names if n not in by_name]
        if unknown:
            raise SignalRegistryError(f"unknown signal(s): {', '.join(unknown)}; see 'lureguard signals'")
        return [by_name[n]() for n in names]
    return [c() for c in classes]
