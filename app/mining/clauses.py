"""Texts clause by clause: voices, the central claim and relations from connectives and structure.

A text argues in its clauses. Each clause is a unit (an aside stays with its clause); its voice
is the author's (pro) or one the author reports to answer (opp); the voice turns with
concessions ("Of course", "Even if", "Some say") and turns back with contrasts ("But", "Yet").
The targets are chosen together, as the best whole tree (:mod:`.tree`): a reason or example
points at the unit before it, an answer at the objection it answers, a paragraph's points at its
topic claim, the rest at the central claim, as connectives, position, voices and shared words
weigh; a unit attacks a target of the other voice and supports one of its own. The same rules
map a five-sentence comment and a long op-ed: nothing depends on the text's length.
"""

from __future__ import annotations

from typing import Any

from app import lexicon
from app.graph import Relation
from app.ingest.document import Document
from app.mining import cues, discourse, tree
from app.mining.argues import is_report
from app.mining.overlap import Overlap
from app.mining.units import Unit, content_blocks, labelled_blocks

#: How much (tf-idf cosine) a winning thesis must share with the text's first statement to restate it.
RESTATEMENT_MIN = 0.45
#: Cue weights above which a supporting unit counts as evidence rather than a claim.
EVIDENCE_MIN = 1.5
#: A paragraph of at least ACCOUNT_MIN_UNITS units that opens on evidence and of which at least ACCOUNT_SHARE
#: are evidence tells one account: one evidence unit (see gather_accounts).
ACCOUNT_MIN_UNITS = 3
ACCOUNT_SHARE = 0.6
#: Cue weights above which a unit answers an objection by its words alone (see cues.ANSWERING).
ANSWERING_MIN = 2.0
#: What standing first, or last, adds to a unit's score as the central claim.
CENTRAL_FIRST = 1.5
CENTRAL_LAST = 1.0
#: How much a closing thesis must share with a statement of the introduction to restate it: less than
#: RESTATEMENT_MIN, as a conclusion refers back to the thesis ("Schools should therefore require them").
INTRO_RESTATEMENT_MIN = 0.35
#: In a text of at least this many paragraphs, the body (all but the introduction and the last
#: paragraph) argues for points of its own, and a unit there loses CENTRAL_BODY as the central claim.
BODY_MIN_PARAGRAPHS = 4
CENTRAL_BODY = 2.0
#: The introduction: the paragraph of the first statement and the one after it (a text may open on a lead-in).
INTRO_PARAGRAPHS = 2
#: What a unit loses as the central claim when a contrast follows it ("X, but Y": X is granted).
CONCEDED = 2.0
#: What a unit gains as the central claim when it answers a question the text asks ("Do we need it? No. X."):
#: a text that asks its question states its answer.
REPLY = 2.0
#: A reply of no more words than this only answers in a word or two ("Of course you wouldn't."): no thesis.
REPLY_MIN_WORDS = 5
#: What a unit gains as the central claim when it opens what the text labels its conclusion ("Verdict: …",
#: the section under "Recommendation"), a convention of reviews, reports and memos.
VERDICT = 4.0
#: What a unit loses as the central claim when the author tells of themselves in it (an anecdote, a credential).
CENTRAL_STORY = 1.0
#: What a unit that opens by pronouncing its point ("The truth is that X") gains as the central claim: as much
#: as a conclusion marker opening it.
PRONOUNCED = 2.0


_WHILE = lexicon.pattern("WHILE_OPENING")
_GRANT = lexicon.pattern("GRANT")
_AUTHOR_STORY = lexicon.pattern("AUTHOR_STORY")
_FRAMING = lexicon.pattern("FRAMING_SUBORDINATE")  # "If you are thinking of a cat, "
_REPORTED_VIEW = lexicon.pattern("ATTRIBUTION")
_REPORTING_ASIDE = lexicon.pattern("ASIDE")
_AUTHOR = lexicon.words("AUTHOR")


def find_units(doc: Document) -> list[Unit]:
    """Return the clauses of ``doc`` that argue, in text order, each with its opening connective.

    An item of an enumeration of arguments is one unit in its first sentence, a claim of its own (its
    later sentences are units as any others).
    """
    units: list[Unit] = []
    asked = False  # the sentence before asked a question (a paragraph may answer the one before it)
    carried: str | None = None  # the class of a sentence of nothing but a connective ("And yet."): it opens the next
    labelled = labelled_blocks(doc)
    for block_index, (block, listed) in enumerate(content_blocks(doc)):
        sentences = block.sentences
        label = labelled.get(id(block))  # what the text labels the block its first unit opens
        if listed:
            cue = f"item of a {'numbered' if block.marker else 'bulleted'} list of arguments"
            first = sentences[0] if sentences else block
            text = doc.slice(first)
            units.append(Unit("claim", [(first.start, first.end)], block_index, cue, 0.9, text,
                              lead=block.lead, listed=True, **_read(text)))
            sentences = sentences[1:]
            asked = False
        for k, sentence in enumerate(sentences):
            said = doc.slice(sentence)
            answers, asked = asked, discourse.asks(said)
            replies = answers and k > 0  # the answer to a question of its own paragraph, not to a prompt line
            if answers and discourse.is_bare_answer(said):
                asked = True  # "…? No.": no unit; the sentence after it gives the answer
            if doc.title_span and sentence.start <= doc.title_span[0] < sentence.end:
                continue
            folded = lexicon.fold(said)
            if asked or cues.NARRATIVE.search(folded) or cues.OPENING_REMARK.match(folded):
                continue  # a question the text goes on to answer, or a remark about the text
            if bare := discourse.bare_opener(said):
                carried = bare
                continue
            for clause in discourse.split_clauses(doc.text, sentence):
                text = doc.text[clause.start:clause.end]
                opener, carried = discourse.opener(text) or carried, None
                if answers and opener == "concession" and discourse.found(discourse.ANSWER, text):
                    opener = None  # "…? Of course not.": the author answers the question
                elif opener == "concession" and clause.start > sentence.start and discourse.found(_WHILE, text):
                    opener = None  # "X gets ahead, while Y falls behind": two facts set side by side
                units.append(Unit("claim", [(clause.start, clause.end)], block_index, "", 0.5, text, opener=opener,
                                  after_subordinate=clause.after_subordinate, replies=replies, labelled=label,
                                  **_read(text)))
                answers, replies, label = False, False, None
    _assign_voices(units)
    return _merge_grants(doc, units)


def _merge_grants(doc: Document, units: list[Unit]) -> list[Unit]:
    """Return ``units`` with each grant that follows the other side's view ("X. This is a fair concern.",
    "I have some sympathy for that worry") taken into that view: it says no more than that the author
    grants it, and the view it grants is one node, with the author's grant in its text."""
    kept: list[Unit] = []
    for unit in units:
        before = kept[-1] if kept else None
        if (before is not None and before.voice == "opp" and before.block == unit.block and not unit.listed
                and _GRANT.match(lexicon.fold(unit.text))):
            before.spans = [(before.start, unit.spans[-1][1])]
            before.text = doc.text[before.start:unit.spans[-1][1]]
            continue
        kept.append(unit)
    return kept


def _read(text: str) -> dict[str, Any]:
    """What a unit's own words show, read once for the central claim and the tree: whether it reports,
    whether it calls to act, where a conclusion marker begins."""
    folded = lexicon.fold(text)
    conclusion = discourse.CONCLUSION.search(folded)
    at = conclusion.start() if conclusion else None
    if at and conclusion.group().startswith(("i ", "we ")) and (frame := _FRAMING.match(folded)) and frame.end() == at:
        at = 0  # "If you think of a cat, I want to make the case for…": the author's main clause opens on it
    return {"reports": is_report(text), "calls": discourse.DEONTIC.search(folded) is not None, "concludes_at": at}


def _is_opposing(unit: Unit, words: frozenset[str]) -> bool:
    """The unit gives the other side's view: it concedes, or attributes a view to others (``words``: its tokens)."""
    if unit.opener == "contrast":
        return False
    opposing = (unit.opener == "concession" or discourse.found(discourse.OPPOSITION, unit.text) is not None
                or cues.strongest(cues.OPPOSING, unit.text, words)[0] >= 2.5)
    # unless the author answers in it: "critics forget that…", "the claim that X is misleading"
    return opposing and not (discourse.found(discourse.HOLDERS_FAIL, unit.text)
                             or discourse.found(discourse.DENIAL, unit.text))


def _reported_then_answered(units: list[Unit], i: int, turns: list[bool]) -> bool:
    """"Supporters say that X. (It may, a little.) But Y.", "Mr. X argues that Y. He is wrong.", "X, it said, Y.
    But Z.": a view someone else holds, which the author answers (a contrast, a denial: ``turns``, by unit) in
    the same paragraph, or as the next opens when the view closes its own, is the other side's, whoever holds it."""
    # The answer comes in its paragraph, or opens the next when the view closes its own.
    closes = i + 1 == len(units) or units[i + 1].block != units[i].block
    if not any(turns[j] for j in range(i + 1, min(i + 3, len(units)))
               if units[j].block == units[i].block or closes and units[j].block == units[i + 1].block):
        return False
    folded = lexicon.fold(units[i].text)
    frame = _REPORTED_VIEW.match(folded)
    if frame is not None and frame.group("link"):
        holder = frame.group("frame").split()[0]
    elif aside := _REPORTING_ASIDE.search(folded):  # "The routes, it said, carried too few passengers."
        holder = aside.group().strip(" ,").split()[0]
    else:
        return False
    return holder not in _AUTHOR


def _answers_a_concern(unit: Unit, words: frozenset[str]) -> bool:
    """"He addresses the concerns", "this reduces the risk": the unit answers an objection in its words."""
    return cues.strongest(cues.ANSWERING, unit.text, words)[0] >= ANSWERING_MIN


def _assign_voices(units: list[Unit]) -> None:
    """Mark each unit pro or opp: a concession opens the other voice, a contrast closes it."""
    words = [lexicon.tokens(unit.text) for unit in units]
    # It turns against what came before: a contrast, or an answer to an objection in its own words.
    turning = [unit.opener == "contrast" or unit.labelled == "answer" or _answers_a_concern(unit, ws)
               for unit, ws in zip(units, words)]
    previous: Unit | None = None
    for i, unit in enumerate(units):
        if unit.listed:
            previous = unit  # an enumerated argument is the author's
            continue
        turns = turning[i]
        if unit.labelled == "view" or _is_opposing(unit, words[i]) or _reported_then_answered(units, i, turning):
            unit.voice, unit.voiced = "opp", unit.opener != "concession"  # an attribution, not a point granted
        elif previous is not None and previous.voice == "opp" and (turns or unit.after_subordinate):
            unit.voice, unit.answers = "pro", True
        elif turns:
            unit.answers = True
        elif (
            previous is not None and previous.voice == "opp" and previous.block == unit.block
            and not unit.calls and unit.concludes_at is None
            and not discourse.found(discourse.DISTANCED, previous.text)
        ):
            unit.voice = "opp"  # the other side goes on until the text turns (not after "X claims that…")
        previous = unit


def choose_central(units: list[Unit], overlap: Overlap, title_index: int | None) -> tuple[int, float]:
    """Return the index of the central claim, the author's position where a text states its thesis, and
    how sure the choice is.

    A thesis opens a text (after a prompt question, if any) or closes it. A unit scores for standing
    first or last; for stating what ought to be ("should", "must"); for a conclusion marker
    ("therefore", "thus", "in short"), most in the closing unit, where it concludes the whole text,
    less where it opens a sentence, least inside one, where it draws a local consequence; and for its
    likeness to a stated title. It loses for opening on a reason, an example or an addition, for the
    other side's voice, for being a question or an enumerated item, for being granted by the contrast
    after it ("Smart watches have benefits, but…"), and, in a text of several paragraphs, for standing in
    its body, where a "must" argues a point of its own rather than the thesis. When the best unit only
    restates the text's first statement (in a text of paragraphs, a statement of its first paragraph),
    that statement is the thesis; a story or a reported fact that shares its words is none ("She was
    eighty-three when the county cut the route" is not restated by "The county should restore the routes").

    The confidence grows with the lead of the winner over the next best unit (0.5 on a tie, 0.9 from
    a lead of 4 on); a restated thesis is sure (0.8).
    """
    last = len(units) - 1
    opening = next((i for i, u in enumerate(units) if not _is_question(u)), 0)  # a prompt question aside
    blocks = sorted({u.block for u in units})
    first = blocks.index(units[opening].block)
    ends = set(blocks)  # introduction and conclusion: in a text of few paragraphs, all of them
    if len(blocks) >= BODY_MIN_PARAGRAPHS:
        ends = set(blocks[first:first + INTRO_PARAGRAPHS]) | {blocks[-1]}

    def score(i: int) -> float:
        unit = units[i]
        folded = lexicon.fold(unit.text)
        value = CENTRAL_FIRST if i == opening else CENTRAL_LAST if i == last else 0.0
        if unit.verdict:
            value += VERDICT
        elif unit.block not in ends and not (unit.calls and discourse.DIRECTIVE.search(folded)):  # a directive calls
            value -= CENTRAL_BODY  # but the author's own "I urge you to…" is the thesis wherever it stands
        if unit.calls:
            value += 3.0
        elif discourse.NECESSITY.search(folded):
            value += 1.0
        if unit.concludes_at is not None:
            value += 2.5 if i == last else 2.0 if unit.concludes_at == 0 else 0.5
        if unit.reports and not unit.calls and _AUTHOR_STORY.match(folded):
            value -= CENTRAL_STORY  # "I've managed teams for twelve years": the author's credential, no thesis
        if unit.replies and len(unit.text.split()) > REPLY_MIN_WORDS:  # not "Of course you wouldn't."
            value += REPLY
        if discourse.PRONOUNCING.match(folded):
            value += PRONOUNCED
        if unit.opener in ("reason", "example", "link", "addition"):
            value -= 2.0
        if unit.voice == "opp" or _is_question(unit) or unit.listed:
            value -= 5.0
        if i < last and units[i + 1].opener == "contrast" and units[i + 1].block == unit.block:
            value -= CONCEDED  # "X, but Y": X is granted, Y is the position
        if title_index is not None:
            value += 3.0 * overlap.similarity(i, title_index)
        return value

    scores = [score(i) for i in range(len(units))]
    best = max(range(len(units)), key=lambda i: (scores[i], -i))
    # The statements a closing thesis may restate: the first one, or, in a text of paragraphs, any
    # statement of the introduction (an essay states its thesis at the end of its first paragraph).
    statements = [i for i, u in enumerate(units) if u.voice != "opp" and not _is_question(u) and not u.reports]
    intro = [i for i in statements if units[i].block == units[statements[0]].block] if statements else []
    if len({u.block for u in units}) > 1 and intro and units[best].block != units[intro[0]].block:
        restated = max(intro, key=lambda i: (overlap.similarity(best, i), -i))
        if overlap.similarity(best, restated) >= INTRO_RESTATEMENT_MIN:
            return restated, 0.8
    elif statements and statements[0] != best and overlap.similarity(best, statements[0]) >= RESTATEMENT_MIN:
        return statements[0], 0.8
    lead = scores[best] - max((v for i, v in enumerate(scores) if i != best), default=scores[best] - 4)
    return best, round(0.5 + 0.1 * min(lead, 4.0), 2)


def prepare(doc: Document) -> tuple[list[Unit], int, Overlap, float] | None:
    """Return the units of ``doc``, its central claim, their overlap and the central claim's confidence
    (None for a text with no unit), the voices settled around the central claim."""
    units = find_units(doc)
    if not units:
        return None
    # Only a title the text states (a heading, a quoted title) says what the text is about.
    title_index = len(units) if doc.title_span else None
    overlap = Overlap.of_texts([u.text for u in units] + [doc.title])
    central, confidence = choose_central(units, overlap, title_index)
    _concede_before_contrast(units, central)
    return units, central, overlap, confidence


def _concede_before_contrast(units: list[Unit], central: int) -> None:
    """"X. But Y." with nothing conceded before: X was conceded (unless it is the thesis or the text's labelled
    verdict: "Verdict: worth the trip, but go on a weeknight"), Y answers it."""
    opp_seen = False
    for i, unit in enumerate(units):
        if unit.voice == "opp":
            opp_seen = True
        elif (unit.opener == "contrast" and unit.answers and not opp_seen and i > 0
              and i - 1 != central and i != central and not units[i - 1].verdict):
            units[i - 1].voice, units[i - 1].conceded = "opp", True
            opp_seen = True


def _is_question(unit: Unit) -> bool:
    return discourse.is_question(unit.text)


def attach(units: list[Unit], central: int, overlap: Overlap) -> list[Relation]:
    """Return one outgoing relation for every unit but the central claim: the best whole tree
    (:mod:`.tree`); a unit attacks a target of the other voice and supports one of its own."""
    targets = tree.best_tree(len(units), central, tree.scored_pairs(units, central, overlap))
    relations = []
    for i in sorted(targets):
        j = targets[i]
        unit, target = units[i], units[j]
        kind = "attacks" if unit.voice != target.voice else "supports"
        relations.append(Relation(i, j, kind, _why(units, i, j, central, kind)))
    return relations


def _why(units: list[Unit], i: int, j: int, central: int, kind: str) -> str:
    """Say in words the strongest reason the tree has for (unit ``i`` → ``j``)."""
    unit = units[i]
    if unit.conceded:
        return "conceded by the contrast after it"
    if kind == "attacks":
        _, cue, words = cues.strongest(cues.OPPOSING if unit.voice == "opp" else cues.ANSWERING, unit.text)
        if cue is not None and (unit.voiced or unit.voice == "pro"):
            return f"{cue.reason}: '{words}'"  # "attributed to others: 'Some argue'", "answers a concern: …"
        return ("voices the other side" if unit.voice == "opp" else "answers the other side") + _quoted(unit)
    if unit.voice == "opp" and units[j].voice == "opp":
        return "grants the other side a point" + _quoted(unit) if unit.opener == "concession" else (
            "goes on in the other side's voice")
    if j == i - 1 and unit.opener in ("reason", "example"):
        return {"reason": "gives a reason for the unit before",
                "example": "gives an example of the unit before"}[unit.opener] + _quoted(unit)
    if j == i - 1 and discourse.found(discourse.REFERS_BACK, unit.text):
        return f"develops the unit before it: '{unit.text.split()[0]}'"
    if j == central:
        return "argues for the central claim" + _quoted(unit)
    if units[j].block == unit.block and j < i:
        return "develops a point before it in its paragraph" + _quoted(unit)
    return "shares most words with it" + _quoted(unit)


def _quoted(unit: Unit) -> str:
    words = unit.text.split()
    return f": '{' '.join(words[:2]).rstrip(',;:')}'" if unit.opener else ""


def assign_kinds(units: list[Unit], central: int, relations: list[Relation], central_confidence: float) -> None:
    """Name each unit's kind from its voice and its relation."""
    out = {r.source: r for r in relations}
    for i, unit in enumerate(units):
        if i == central:
            unit.kind, unit.cue, unit.confidence = "central_claim", _central_cue(unit), central_confidence
            continue
        relation = out[i]
        if unit.listed:
            continue  # a claim, as found
        if unit.voice == "opp":
            unit.kind = "counterclaim"
        elif relation.kind == "attacks":
            unit.kind = "rebuttal"
        else:
            score, cue, words = cues.strongest(cues.EVIDENCE, unit.text)
            unit.kind = "evidence" if score >= EVIDENCE_MIN else "claim"
            if unit.kind == "evidence":
                unit.cue, unit.confidence = f"{cue.reason}: '{words}'", 0.6
                continue
            if unit.reports:  # "Last week the council voted to delay the tax."
                unit.kind, unit.cue, unit.confidence = "evidence", "reports an event or a figure", 0.5
                continue
        unit.cue, unit.confidence = relation.cue, 0.6 if unit.opener else 0.45


def _central_cue(unit: Unit) -> str:
    for name, pattern in (("a conclusion", discourse.CONCLUSION), ("what ought to be", discourse.DEONTIC)):
        words = discourse.found(pattern, unit.text)
        if words:
            return f"the author's position, stated as {name}: '{words}'"
    return "the statement closest to the rest of the text"


def gather_accounts(units: list[Unit], central: int, relations: list[Relation]) -> tuple[set[int], list[Relation]]:
    """Make each paragraph that tells one account (it opens on evidence, and most of its units are
    evidence: a history, a case told step by step) one evidence unit spanning it; return the units
    it took in and the relations that remain, those into a unit taken in now into the account."""
    target = {r.source: r.target for r in relations}
    by_block: dict[int, list[int]] = {}
    for i, unit in enumerate(units):
        by_block.setdefault(unit.block, []).append(i)
    merged: dict[int, int] = {}  # a unit taken in → the account's unit
    for members in by_block.values():
        head = units[members[0]]
        evidence = sum(1 for i in members if units[i].kind == "evidence")
        if (len(members) < ACCOUNT_MIN_UNITS or head.kind != "evidence" or evidence < ACCOUNT_SHARE * len(members)
                or central in members or any(units[i].listed for i in members) or target[members[0]] in members):
            continue
        head.spans = [(head.start, units[members[-1]].spans[-1][1])]
        merged.update((i, members[0]) for i in members[1:])
    kept = [r for r in relations if r.source not in merged]
    for r in kept:
        r.target = merged.get(r.target, r.target)
    return set(merged), kept
