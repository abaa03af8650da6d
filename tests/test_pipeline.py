"""The pipeline on a short op-ed: the whole map written out, so the layers above it can be checked against it."""

from __future__ import annotations

import pytest

from app.pipeline import build_map
from tests.conftest import OP_ED, OP_ED_EDGES, OP_ED_NODES, outline


def test_the_op_ed_maps_to_its_position_reasons_evidence_objection_and_answer() -> None:
    amap = build_map(OP_ED)
    assert (amap.id, amap.title, amap.text, amap.version, amap.problems, amap.noise) == (
        "cities-should-ban-cars-from-their-centres", "Cities should ban cars from their centres", OP_ED, 1, [], [])
    assert outline(amap.model_dump()) == (OP_ED_NODES, OP_ED_EDGES)
    assert [(n.text, [(s.start, s.end) for s in n.spans]) for n in amap.nodes] == [
        ("Cities should ban cars from their centres … Cities should ban private cars from their centres.",
         [(0, 41), (43, 93)]),  # the title line and the sentence that restates it: one node
        ("Streets without cars are safer for children.", [(94, 138)]),
        ("For example, Oslo had no pedestrian deaths in 2019 after it removed parking from its centre.", [(139, 231)]),
        ("Critics argue that shops will lose customers.", [(233, 278)]),
        ("However, studies show that people on foot spend more each month.", [(279, 343)]),
    ]
    assert [b.id for b in amap.layout.boxes] == [node_id for node_id, _, _ in OP_ED_NODES]


def test_the_map_takes_the_id_and_title_it_is_given() -> None:
    amap = build_map(OP_ED, map_id="z9", title="Car-free centres")
    assert (amap.id, amap.title, outline(amap.model_dump())) == ("z9", "Car-free centres", (OP_ED_NODES, OP_ED_EDGES))


def test_a_file_with_more_statements_than_a_map_holds_is_refused_with_a_413(monkeypatch):
    from app import pipeline
    from app.errors import BadInput

    monkeypatch.setattr(pipeline, "MAX_NODES", 3)
    source = "[A]: Taxes should fall.\n  + Prices rise.\n  + Wages lag.\n  - Schools need money.\n"
    with pytest.raises(BadInput) as error:
        pipeline.graph_of(source, fmt="argdown")
    assert error.value.status == 413
    assert error.value.message.startswith("this makes a map of 4 statements, more than the 3 a map can hold")
    assert len(pipeline.graph_of(source.rsplit("  -", 1)[0], fmt="argdown")) == 3
