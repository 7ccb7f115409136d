"""Columnar event buffer and message-text store.

Background events arrive as numpy columns, approach events one row at a time;
both end up in the same columns, sorted by time once, so ids follow time and
never reveal which generator produced an event.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from lureguard.contract import INTERACTION_TYPES

INV, CONN, MSG, VIEW, ENDORSE = (
    INTERACTION_TYPES.index(t) for t in ("invitation", "connection", "message", "profile_view", "endorsement")
)

IntArray = npt.NDArray[np.int64]


class Events:
    """Append-only event columns plus the text store they point into."""

    def __init__(self) -> None:
        self._cols: list[tuple[IntArray, ...]] = []
        self._rows: list[tuple[int, int, int, int, int, int]] = []
        self.texts: list[str] = []
        self.text_lure: list[bool] = []
        self.text_cats: list[int] = []
        self.next_thread = 0

    def thread(self) -> int:
        """A new conversation key (renumbered at random on output)."""
        self.next_thread += 1
        return self.next_thread - 1

    def threads(self, n: int) -> IntArray:
        out = np.arange(self.next_thread, self.next_thread + n, dtype=np.int64)
        self.next_thread += n
        return out

    def add_text(self, text: str, lure: bool, cats: int) -> int:
        self.texts.append(text)
        self.text_lure.append(lure)
        self.text_cats.append(cats)
        return len(self.texts) - 1

    def row(self, typ: int, src: int, dst: int, t: int, text: int = -1, thread: int = -1) -> None:
        self._rows.append((typ, src, dst, int(t), text, thread))

    def cols(
        self,
        typ: int,
        src: IntArray,
        dst: IntArray,
        t: IntArray,
        text: IntArray | None = None,
        thread: IntArray | None = None,
    ) -> None:
        n = len(src)
        if n == 0:
            return
        none = np.full(n, -1, dtype=np.int64)
        self._cols.append(
            (
                np.full(n, typ, dtype=np.int64),
                src.astype(np.int64),
                dst.astype(np.int64),
                t.astype(np.int64),
                none if text is None else text.astype(np.int64),
                none if thread is None else thread.astype(np.int64),
            )
        )

    def finish(self) -> tuple[IntArray, IntArray, IntArray, IntArray, IntArray, IntArray]:
        """All events as (typ, src, dst, t, text, thread), sorted by time (stable)."""
        parts = list(self._cols)
        if self._rows:
            arr = np.array(self._rows, dtype=np.int64)
            parts.append(tuple(arr[:, i] for i in range(6)))
        typ, src, dst, t, text, thread = (np.concatenate([p[i] for p in parts]) for i in range(6))
        order = np.argsort(t, kind="stable")
        return typ[order], src[order], dst[order], t[order], text[order], thread[order]
