"""The batch fast paths (dedup, forked workers, the split language vote) must give
exactly what a plain one-text-at-a-time reading gives: the account model was
trained on these scores, so any drift would silently move every risk figure."""

from __future__ import annotations

import dataclasses
import gc
import os
import re
import time

import pytest

from lureguard.lure import _text, detect, langid
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


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forked workers need os.fork")
@pytest.mark.parametrize("workers", [2, 3])
def test_many_small_chunks_shared_between_processes_equal_reference(
    corpus_and_reference: tuple[list[object], list[LureResult]], workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dozens of chunks claimed by whichever process is free, the children's rows read
    between the parent's own chunks: every text lands in its place, unchanged."""
    corpus, want = corpus_and_reference
    monkeypatch.setattr(detect, "PART_MIN", 50)
    monkeypatch.setattr(detect, "CHUNK_TEXTS", 7)
    parent = os.getpid()
    real_rows, real_results = Detector.rows, Detector.results
    plain_calls: list[bool] = []

    def slow_parent_rows(self: Detector, *args: object, **kwargs: object) -> object:
        if os.getpid() == parent:
            time.sleep(0.005)  # let the children claim their share even on a busy machine
        return real_rows(self, *args, **kwargs)  # type: ignore[arg-type]

    def recording_results(self: Detector, rows: object, langs: object, plain: bool = False) -> object:
        plain_calls.append(plain)
        return real_results(self, rows, langs, plain)  # type: ignore[arg-type]

    monkeypatch.setattr(Detector, "rows", slow_parent_rows)
    monkeypatch.setattr(Detector, "results", recording_results)
    langid.clear_cache()
    got = analyze(corpus, workers=workers)  # type: ignore[arg-type]
    assert any(plain_calls), "no chunk came from a child"
    assert not all(plain_calls), "the parent did no chunk itself"
    _assert_same(got, want, corpus)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forked workers need os.fork")
def test_worker_dying_midway_keeps_its_sent_chunks_and_the_rest_is_redone(
    corpus_and_reference: tuple[list[object], list[LureResult]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A child that sends one chunk whole, a second one cut short, then crashes."""
    corpus, want = corpus_and_reference
    monkeypatch.setattr(detect, "PART_MIN", 50)
    monkeypatch.setattr(detect, "CHUNK_TEXTS", 7)

    def crashing_child(
        det: Detector, texts: list[object], bounds: list[int], language: bool, tokens: int, fd: int
    ) -> None:
        k = detect._claim(tokens)
        assert k is not None
        detect._send(fd, k, det.rows(texts[bounds[k] : bounds[k + 1]], language, phrase=tuple))  # type: ignore[arg-type]
        k = detect._claim(tokens)
        assert k is not None
        blob = detect.marshal.dumps((k, *det.rows(texts[bounds[k] : bounds[k + 1]], language, phrase=tuple)))  # type: ignore[arg-type]
        os.write(fd, len(blob).to_bytes(8, "little") + blob[: len(blob) // 2])
        os._exit(3)

    monkeypatch.setattr(detect, "_child", crashing_child)
    langid.clear_cache()
    _assert_same(analyze(corpus, workers=2), want, corpus)  # type: ignore[arg-type]


def _reference_counts(folded: str, cleaned: str) -> list[tuple[str, float]]:
    """The stop-word vote as first written: every letter run by regex, votes added in text order."""
    counts: dict[str, float] = {}
    for run in re.findall(r"[^\W\d_]+", folded[:600]):
        for code, w in langid._weights().get(run, ()):
            counts[code] = counts.get(code, 0.0) + w
    if not cleaned.isascii():
        for ch in set(re.findall(langid._HINT_RE.pattern, cleaned[:600])):
            code = langid._LETTER_HINTS[ch]
            counts[code] = counts.get(code, 0.0) + 1.0
    return list(counts.items())


def test_stopword_vote_equals_reference(corpus_and_reference: tuple[list[object], list[LureResult]]) -> None:
    """Same languages, same order, same float sums (ties and thresholds depend on them)."""
    corpus, _ = corpus_and_reference
    edge = [
        "the " * 149 + "andthe and",  # a run cut at character 600
        "l'ami de l'homme, c'est-à-dire qu'il est là",
        "foo_the bar2the the3 _and_ e-mail the\tand\nyou",
        "Straße über die Brücke, und der Vater",
        "¿qué tal? la casa y el perro; ñandú",
        "ΑΒΓ the кот and 微信 you",
    ]
    for text in [*corpus, *edge]:
        cleaned = clean(text)
        folded = fold(cleaned)
        assert list(langid._counts(folded, cleaned).items()) == _reference_counts(folded, cleaned), text


def test_search_gate_changes_no_hit(corpus_and_reference: tuple[list[object], list[LureResult]]) -> None:
    """The one-regex gate in front of the symbol/CJK searches skips only texts they cannot match."""
    corpus, _ = corpus_and_reference
    scanner = default_detector().scanner
    ungated = dataclasses.replace(scanner, search_gate=None)
    extra = [
        "mail me: a.b@gmail.com or +44 7700 900123, fee $500 / 300 € / £200",
        "加微信 vx: abc, 薇信",
        "no symbol at all",
    ]
    for text in [*corpus, *extra]:
        folded = fold(clean(text))
        assert scanner.scan(folded) == ungated.scan(folded), text


def _reference_fold(text: str) -> str:
    """Folding as specified: lowercase, then each non-ASCII character through the fold
    table (ASCII untouched); character by character when lowercasing changes the length."""
    low = text.lower()
    if len(low) != len(text):
        return "".join(_text._fold_char(c) for c in text)
    return "".join(c if c.isascii() else _text._FOLD_STR.get(c, c) for c in low)


def test_fold_equals_reference(corpus_and_reference: tuple[list[object], list[LureResult]]) -> None:
    corpus, _ = corpus_and_reference
    every_char = "".join(chr(c) for c in range(0x300)) + "".join(chr(c) for c in range(0x1E00, 0x1F00))
    texts = [clean(t) for t in corpus] + [
        every_char,
        "Straße ÉTUDE rémunérée, l’offre — « entre nous »",
        "façade ÇA ñ Ñ ¿¡ µ ÿ ß ×÷ ½",
        "emoji 😀 and é, WеChat with a Cyrillic е",
        "İstanbul ǅemal ﬁnancial",
    ]
    for text in texts:
        assert fold(text) == _reference_fold(text), text[:80]


def test_batch_leaves_the_collector_as_it_found_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The collector is paused during a batch and resumed after it; objects an
    application froze stay frozen; a collector the caller disabled stays disabled."""
    monkeypatch.setattr(detect, "_PROMOTE_MIN", 10)  # take the promotion path on a small batch
    texts = [f"Could we continue on WeChat? #{i}" for i in range(300)]
    assert gc.isenabled()
    analyze(texts, workers=1)
    assert gc.isenabled()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        analyze(texts, workers=1)
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
    gc.disable()
    try:
        analyze(texts, workers=1)
        assert not gc.isenabled()
    finally:
        gc.enable()
