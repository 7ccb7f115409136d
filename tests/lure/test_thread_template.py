"""Thread escalation, account aggregation, template reuse, combiner persistence."""

from __future__ import annotations

from lureguard.lure import (
    Combiner,
    aggregate_account,
    analyze,
    find_template_reuse,
    load_default,
    score_thread,
    train_combiner,
)

ESCALATION = [
    (
        "2025-01-01T10:00:00Z",
        "p",
        "Dear Dr Hale, I was truly impressed by your remarkable expertise in reactor physics.",
    ),
    ("2025-01-03T10:00:00Z", "t", "Thank you, kind of you."),
    ("2025-01-05T10:00:00Z", "p", "My client would pay for a short paper on European regulation, 2,000 USD."),
    ("2025-01-08T10:00:00Z", "p", "It is easier to talk on WeChat, could you add me? vx: helen_88"),
    ("2025-01-12T10:00:00Z", "p", "The client invites you to Shanghai, all expenses paid, business class."),
]


def test_thread_when_ordered_escalation_then_above_every_single_message() -> None:
    res = score_thread(ESCALATION)
    assert res.sender == "p"
    assert [s for s, _ in res.progression] == ["flattery", "paid-offer", "off-platform", "trip"]
    assert res.score > res.max_message_score
    assert res.score > max(r.lure_score for r in analyze([m[2] for m in ESCALATION]))


def test_thread_when_same_messages_in_reverse_order_then_lower_than_ordered() -> None:
    times = [m[0] for m in ESCALATION]
    reversed_thread = [(t, s, x) for t, (_, s, x) in zip(times, reversed(ESCALATION), strict=True)]
    assert score_thread(reversed_thread).score < score_thread(ESCALATION).score


def test_thread_when_genuine_recruiter_then_below_threshold() -> None:
    thread = [
        (
            1,
            "r",
            "Hi Mark, your background is impressive. I'm recruiting for a Senior Process Engineer role.",
        ),
        (2, "m", "Sounds interesting, tell me more."),
        (3, "r", "Competitive salary and relocation package. Would you be open to a quick phone call?"),
    ]
    assert score_thread(thread).score < 0.5


def test_aggregate_when_lures_then_score_and_reason() -> None:
    ev = aggregate_account([*analyze([m[2] for m in ESCALATION]), score_thread(ESCALATION)])
    assert 0.5 < ev.score <= 1.0
    assert "texts read as lures" in ev.reason and ev.n_texts == 6


def test_aggregate_when_no_text_then_zero() -> None:
    assert aggregate_account([]).score == 0.0


TEMPLATE = (
    "Dear {name}, I was impressed by your profile. My client, a think tank, pays {n} USD for a short "
    "report on your field. Could we continue on WeChat? Best regards"
)


def test_template_reuse_when_two_senders_share_text_then_edge() -> None:
    rows = [
        ("i1", "a", TEMPLATE.format(name="Anna", n=2000)),
        ("i2", "b", TEMPLATE.format(name="Bernd", n=3000)),
    ]
    edges = find_template_reuse(rows)
    assert len(edges) == 1 and {edges[0].sender_a, edges[0].sender_b} == {"a", "b"}


def test_template_reuse_when_one_sender_repeats_text_then_no_edge() -> None:
    rows = [(f"i{k}", "a", TEMPLATE.format(name=n, n=k)) for k, n in enumerate(["Anna", "Bernd", "Carla"])]
    assert find_template_reuse(rows) == []


def test_template_reuse_when_sponsored_inmail_then_no_edge() -> None:
    body = (
        '<p class="spinmail-quill-editor__spin-break">Hi %FIRSTNAME%, our client is hiring senior engineers '
        "for an exciting role in Munich, apply now.</p>"
    )
    rows = [("i1", "", body), ("i2", "", body), ("i3", "x", body), ("i4", "y", body)]
    assert find_template_reuse(rows) == []


def test_template_reuse_when_different_texts_then_no_edge() -> None:
    rows = [
        ("i1", "a", "Hi Tom, the project meeting moved to Thursday afternoon, see you there."),
        ("i2", "b", "Dear colleague, the call for papers for the symposium closes on 15 March."),
    ]
    assert find_template_reuse(rows) == []


def test_combiner_when_saved_as_json_then_round_trips_and_weights_inspectable(tmp_path) -> None:  # type: ignore[no-untyped-def]
    comb = load_default()
    assert comb.weights["job-offer"] < 0 < comb.weights["offer+covert"]
    path = tmp_path / "c.json"
    comb.save(path)
    again = Combiner.from_json(path.read_text())
    assert again.weights == comb.weights and again.intercept == comb.intercept


def test_train_combiner_when_labelled_texts_then_returns_fitted_weights() -> None:
    texts = [
        "add me on WeChat, my client pays well for a short report",
        "we are hiring, competitive salary",
    ] * 5
    comb = train_combiner(texts, [1, 0] * 5)
    assert comb.score({"off-platform", "paid-work", "messenger"}) > comb.score({"job-offer"})
