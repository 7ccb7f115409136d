"""The batch fast paths (dedup, forked workers, the split language vote) must give
exactly what a plain one-text-at-a-time reading gives: the account model was
trained on these scores, so any drift would silently move every risk figure."""

from __future__ import annotations

import os
import time

import pytest

from lureguard.lure import detect, langid
from lureguard.lure._text import clean, fold
from lureguard.lure.detect import (
    Detector,
    LureResult,
    Phrase,
    analyze,
    default_detector,
    is_sponsored_inmail,
)
from lureguard.lure.seed import load_seed


def _reference(det: Detector, text: object) -> LureResult:
    """One text, no batch, no dedup, no worker: clean, fold, scan, vote or ask lingua.

    Sponsored InMail needs its HTML wrapper, so text without ``<`` is never sponsored.
    """
    cleaned = clean(text)
    folded = fold(cleaned)
    hits = det.scanner.scan(folded) if folded else []
    language = langid.detect([cleaned], [folded])[0]
    sponsored = isinstance(text, str) and "<" in text and is_sponsored_inmail(text)
    return det._result(cleaned, hits, language, sponsored)


def _corpus() -> list[object]:
    """Every seed text of every language (lures and genuine), variants of them that
    defeat the dedup, and the inputs a real export throws at us."""
    seeds = [r[3] for r in load_seed()]
    assert {r[0] for r in load_seed()} >= {"en", "fr", "de", "it", "es"}
    odd: list[object] = [
        None,
        "",
        " ",
        "\t\n",
        "ok",
        "Danke!",
        "Merci Anna",
        "Hola, ¿qué tal?",
        "Ciao, grazie mille",
        b"caf\xc3\xa9 - add me on WeChat",
        bytearray(b"\xff\xfe\x00"),
        12,
        1,
        True,
        1.5,
        ["not", "hashable"],
        {"a": 1},
        "<p>Hello <b>dear</b> friend</p><br>add me on <i>WeChat</i>, keep it between us",
        '<div class="spinmail-quill-editor">Paid opportunity, %FIRSTNAME%: 2,000 USD for a report</div>',
        "spinmail-quill-editor in plain text is no wrapper",
        "<script>wechat</script><style>x</style><!-- whatsapp --> nothing here",
        "\ud800 broken surrogate, contact me on WhatsApp +44 7700 900123",
        "emoji 😀🎉 whatsapp me, 微信 联系我, vx: abc123",
        "Ｗｅｃｈａｔ ＩＤ：abc ｐａｉｄ ｒｅｐｏｒｔ",
        "W\u200be\u200bC\u200bh\u200ba\u200bt with zero-width joiners, and WеChat with a Cyrillic е",
        "&lt;b&gt;secret&lt;/b&gt; &amp; discreet, between us",
        "İSTANBUL ıstanbul Straße GROSSE ÉTUDE rémunérée, ǅemal ǈ Ǌ ﬁnancial",
        "x" * 1_000_000,
        "consulting paid report, my client pays well. " * 25_000,
    ]
    variants = [f"{t} Best regards, Anna #{i}" for i, t in enumerate(seeds)]
    return [*seeds, *odd, *variants, *seeds[:50], *odd]  # repeats exercise the dedup


@pytest.fixture(scope="module")
def corpus_and_reference() -> tuple[list[object], list[LureResult]]:
    corpus = _corpus()
    langid.clear_cache()
    det = default_detector()
    return corpus, [_reference(det, t) for t in corpus]


def _assert_same(got: list[LureResult], want: list[LureResult], corpus: list[object]) -> None:
    assert len(got) == len(want)
    bad = [i for i, (g, w) in enumerate(zip(got, want, strict=True)) if g != w]
    assert all(type(p) is Phrase for r in got for p in r.phrases)
    assert not bad, f"{len(bad)} differ, first: {corpus[bad[0]]!r:.120}\n{got[bad[0]]}\n{want[bad[0]]}"


def test_batch_in_process_equals_reference(
    corpus_and_reference: tuple[list[object], list[LureResult]],
) -> None:
    corpus, want = corpus_and_reference
    langid.clear_cache()
    _assert_same(analyze(corpus, workers=1), want, corpus)  # type: ignore[arg-type]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forked workers need os.fork")
@pytest.mark.parametrize("workers", [2, 3])
def test_forked_workers_equal_reference(
    corpus_and_reference: tuple[list[object], list[LureResult]], workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, want = corpus_and_reference
    monkeypatch.setattr(detect, "PART_MIN", 50)  # split this small corpus too
    forks = 0
    real_fork = os.fork

    def counting_fork() -> int:
        nonlocal forks
        forks += 1
        return real_fork()

    monkeypatch.setattr(os, "fork", counting_fork)
    langid.clear_cache()
    got = analyze(corpus, workers=workers)  # type: ignore[arg-type]
    assert forks == workers - 1
    _assert_same(got, want, corpus)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forked workers need os.fork")
def test_failed_worker_is_redone_in_process(
    corpus_and_reference: tuple[list[object], list[LureResult]], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, want = corpus_and_reference
    monkeypatch.setattr(detect, "PART_MIN", 50)
    monkeypatch.setattr(detect, "_child", lambda *a: os._exit(3))
    langid.clear_cache()
    _assert_same(analyze(corpus, workers=2), want, corpus)  # type: ignore[arg-type]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forked workers need os.fork")
def test_silent_worker_is_killed_and_redone(
    corpus_and_reference: tuple[list[object], list[LureResult]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A child that never answers (e.g. blocked on a lock inherited at fork) must not hang the scan."""
    corpus, want = corpus_and_reference
    monkeypatch.setattr(detect, "PART_MIN", 50)
    monkeypatch.setattr(detect, "CHILD_SILENCE_TIMEOUT", 0.5)

    def hang(*_: object) -> None:
        time.sleep(3600)

    monkeypatch.setattr(detect, "_child", hang)
    langid.clear_cache()
    _assert_same(analyze(corpus, workers=2), want, corpus)  # type: ignore[arg-type]


def test_small_batches_stay_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork() -> int:
        raise AssertionError("a small batch must not fork")

    monkeypatch.setattr(os, "fork", no_fork)
    texts = [f"Could we continue on WeChat? #{i}" for i in range(detect.PARALLEL_MIN - 1)]
    res = analyze(texts * 3, workers=2)
    assert len(res) == 3 * len(texts)
    assert all("off-platform" in r.categories for r in res)


def test_split_keeps_every_text_in_order() -> None:
    texts: list[object] = [None, "a" * 10**6, *(f"t{i}" for i in range(997)), 5]
    for parts in (2, 3, 7):
        chunks = detect._split(texts, parts)
        assert len(chunks) == parts
        assert [t for c in chunks for t in c] == texts
        assert all(chunks)
