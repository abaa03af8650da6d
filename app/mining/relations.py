"""Relations: the central claim, and what each unit supports or attacks.

The central claim is the opening (or closing) sentence most like the title and the rest
of the text, preferring statements of position. Then each unit is attached by cues
first (same list item, same paragraph), by lexical overlap next, by position last.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict

from app.graph import Relation
from app.ingest.document import Document
from app.mining import cues
from app.mining.overlap import Overlap
from app.mining.units import Unit

#: How many units either side a unit looks at for its target (keeps long texts linear).
WINDOW = 40
CLAIM_TO_CLAIM_MIN = 0.25
EVIDENCE_MIN = 0.12
ATTACK_MIN = 0.12
REBUTTAL_MIN = 0.15
RESTATEMENT_MIN = 0.45
SAME_SECTION_BONUS = 0.05
#: Why a unit is the case the text makes (the reason of the "thesis" cue).
THESIS_REASON = next(cue.reason for cue in cues.CLAIMING if cue.name == "thesis")


def choose_central(doc: Document, units: list[Unit], overlap: Overlap, title_index: int | None) -> int | None:
    """Return the index of the unit that states the text's thesis, or None for an empty text."""
    if not units:
        return None
    first_block = units[0].block
    last_section = units[-1].section
    candidates = [
        i for i, u in enumerate(units)
        if u.kind in ("claim", "evidence") and not u.listed and (
            u.block <= first_block + 1 or u.section == last_section)
    ] or [0]
    title_span = doc.title_span
    sample = list(range(0, len(units), max(1, len(units) // 200)))

    def score(i: int) -> float:
        unit = units[i]
        if title_span and unit.spans[0][0] <= title_span[0] < unit.spans[-1][1]:
            return -1.0  # the sentence that merely names the title
        centrality = sum(overlap.similarities(i, [j for j in sample if j != i])) / max(1, len(sample) - 1)
        title = overlap.similarity(i, title_index) if title_index is not None else 0.0
        stance, _, _ = cues.strongest(cues.CLAIMING, doc.text[unit.spans[0][0]:unit.spans[-1][1]])
        position = {first_block: 0.8, first_block + 1: 0.4}.get(unit.block, 0.2)
        return 3 * title + 4 * centrality + 0.25 * stance + position + (0.4 if unit.kind == "claim" else 0.0)

    return max(candidates, key=lambda i: (score(i), -i))


def attach(units: list[Unit], central: int, overlap: Overlap) -> list[Relation]:
    """Return one outgoing relation for every unit but the central claim."""
    relations: list[Relation] = []
    claims = [i for i, u in enumerate(units) if u.kind == "claim"]
    listed = [i for i in claims if units[i].listed]
    counters = [i for i, u in enumerate(units) if u.kind == "counterclaim"]
    block_claim: dict[int, int] = {}
    block_anchor: dict[int, int] = {}  # what evidence in a paragraph backs: its first claim, rebuttal or counterclaim
    for i, u in enumerate(units):
        if u.kind == "claim":
            block_claim.setdefault(u.block, i)
        if u.kind != "evidence":
            block_anchor.setdefault(u.block, i)

    section_claims: dict[int, list[int]] = defaultdict(list)
    for i in claims:
        section_claims[units[i].section].append(i)

    def within(pool: list[int], i: int, reach: int) -> list[int]:
        """The members of the sorted ``pool`` at most ``reach`` units away from ``i``."""
        return pool[bisect_left(pool, i - reach) : bisect_right(pool, i + reach)]

    def near(pool: list[int], i: int) -> list[int]:
        """Candidates close by, and the listed claims of the nearest enumerations further away."""
        close = [j for j in within(pool, i, WINDOW) if j != i]
        k = bisect_left(listed, i)
        far = [j for j in listed[max(0, k - WINDOW // 4) : k + WINDOW // 4] if abs(j - i) > WINDOW]
        return close + far

    sections = [u.section for u in units]

    def best(pool: list[int], i: int) -> tuple[int | None, float]:
        """The unit of ``pool`` closest to ``i`` in words, a unit of its own section preferred a little."""
        return overlap.most_similar(i, pool, sections, SAME_SECTION_BONUS)

    def shares(i: int, j: int) -> str:
        words = overlap.shared(i, j)
        return f"shares words with it: {', '.join(words)}" if words else "shares words with it"

    for i, unit in enumerate(units):
        if i == central:
            continue
        if unit.kind == "claim":
            opener = block_claim.get(unit.block)
            if unit.listed:
                relations.append(Relation(i, central, "supports", "a listed argument for the thesis"))
            elif opener is not None and opener != i and opener != central:
                relations.append(Relation(i, opener, "supports", "develops its paragraph's opening claim"))
            else:
                j, s = best([c for c in near(listed, i) if c != i], i)
                if j is not None and s >= CLAIM_TO_CLAIM_MIN:
                    relations.append(Relation(i, j, "supports", shares(i, j)))
                else:
                    relations.append(Relation(i, central, "supports", "backs the thesis (no closer claim)"))
        elif unit.kind == "evidence":
            opener = block_anchor.get(unit.block)
            if opener is not None:
                where = "list item" if units[opener].listed else "paragraph"
                relations.append(Relation(i, opener, "supports", f"evidence in the same {where}"))
                continue
            j, s = best(near(claims, i), i)
            if j is not None and s >= EVIDENCE_MIN:
                relations.append(Relation(i, j, "supports", shares(i, j)))
                continue
            same = section_claims.get(unit.section, [])
            if same:
                j = min(same, key=lambda c: abs(c - i))
                relations.append(Relation(i, j, "supports", "nearest claim in the same section"))
            else:
                relations.append(Relation(i, central, "supports", "backs the thesis (no closer claim)"))
        elif unit.kind == "counterclaim":
            pool = [c for c in near(claims, i) if c != central]
            j, s = best(pool, i)
            # A specific claim must share clearly more with the objection than the thesis does.
            if j is not None and s >= ATTACK_MIN and s >= 2 * overlap.similarity(i, central):
                relations.append(Relation(i, j, "attacks", f"contests the claim it {shares(i, j)}"))
            else:
                relations.append(Relation(i, central, "attacks", "contests the thesis"))
        elif unit.kind == "rebuttal":
            previous = i - 1 if i > 0 and units[i - 1].kind == "counterclaim" and units[i - 1].block == unit.block else None
            j, s = best(within(counters, i, 2 * WINDOW), i)
            if previous is not None and (j is None or s < REBUTTAL_MIN * 3):
                relations.append(Relation(i, previous, "attacks", "answers the objection just before it"))
            elif j is not None and s >= REBUTTAL_MIN:
                relations.append(Relation(i, j, "attacks", f"answers the objection it {shares(i, j)}"))
            else:  # answers a concern the text never states: it argues for the thesis
                unit.kind = "claim"
                relations.append(Relation(i, central, "supports", "answers an unstated concern, for the thesis"))
    return relations


def restatements(units: list[Unit], central: int, overlap: Overlap) -> list[int]:
    """Return the claims of the opening or closing paragraph that only restate the thesis.

    They become more spans of the central claim rather than nodes of their own.
    """
    ends = {units[0].block, units[-1].block}
    central_case = units[central].cue.startswith(THESIS_REASON)
    return [
        i for i, u in enumerate(units)
        if i != central and u.kind == "claim" and not u.listed and (
            u.block in ends and overlap.similarity(i, central) >= RESTATEMENT_MIN
            or central_case and u.cue.startswith(THESIS_REASON))  # a text makes one case
    ]
