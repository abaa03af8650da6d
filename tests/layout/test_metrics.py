"""Text metrics: labels wrap inside their boxes, measured generously, and boxes fit their text."""

from __future__ import annotations

from app.layout.metrics import LABEL_SIZE, MAX_BOX_WIDTH, PAD_X, BoxSize, box_size, text_width, wrap_label


def test_labels_wrap_within_the_box_and_long_words_are_cut():
    lines = wrap_label("Supercalifragilisticexpialidocious " * 2 + "W" * 60, MAX_BOX_WIDTH - 2 * PAD_X)
    assert all(text_width(line, LABEL_SIZE) <= MAX_BOX_WIDTH - 2 * PAD_X for line in lines)
    assert "".join(lines).replace("…", "") in ("Supercalifragilisticexpialidocious" * 2 + "W" * 60)


def test_very_long_labels_end_in_an_ellipsis():
    lines = wrap_label("word " * 100, 176)
    assert len(lines) == 5 and lines[-1].endswith("…")
    assert len(wrap_label("x" * 1_000_000, 176)) == 5  # and quickly: a blob is measured only as far as it shows


def test_text_width_is_generous_for_capitals_and_unknown_scripts():
    assert text_width("WWW", 10) > text_width("iii", 10) * 3
    assert text_width("中文", 10) >= 20
    assert text_width("é", 13) == text_width("e", 13)


def test_a_box_many_edges_meet_widens_to_part_their_arrowheads():
    assert box_size("Cars pollute", "claim", 1) == BoxSize(["Cars pollute"], 109, 48)
    assert box_size("Cars pollute", "claim", 20) == BoxSize(["Cars pollute"], 294, 48)  # 14 px an edge
