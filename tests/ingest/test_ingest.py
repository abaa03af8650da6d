"""Ingest keeps exact offsets for every unit and keeps page noise out of the argument."""

from pathlib import Path

import pytest

from app.ingest import ingest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_a10110a0f1e8edd2.txt"
FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("*.txt")) + [SEED]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_every_unit_slices_to_itself(path):
    text = path.read_text(encoding="utf-8")
    doc = ingest(text)
    assert doc.text is text
    units = list(doc.blocks()) + doc.noise
    assert units
    for block in units:
        piece = text[block.start : block.end]
        assert piece and piece == piece.strip()
        for sentence in block.sentences:
            assert block.start <= sentence.start < sentence.end <= block.end
            assert text[sentence.start : sentence.end].strip() == text[sentence.start : sentence.end]
        if block.lead:
            assert block.start <= block.lead[0] < block.lead[1] <= block.end
    if doc.title_span:
        assert text[doc.title_span[0] : doc.title_span[1]] == doc.title


def test_blocks_and_noise_tile_the_text_without_overlap():
    text = SEED.read_text(encoding="utf-8")
    doc = ingest(text)
    spans = sorted((b.start, b.end) for b in list(doc.blocks()) + doc.noise)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2
    covered = "".join(text[s:e] for s, e in spans)
    # Everything but white space and list markers is in some block.
    assert len(covered) >= 0.97 * len("".join(text.split()))


_MORE, _SUBSCRIBE = "Discover more from Atlantic Post", "Subscribe now to keep reading and get access to the full archive."
#: The seed's page furniture, in the order of the text: a stray brace, the byline, the photo caption with its date
#: line, and the blog's subscription boxes.
SEED_NOISE = [
    "}", "By Editor",
    "Meta CEO Mark Zuckerberg outlines a compelling case for why open source AI is not only beneficial but crucial "
    "for the future of technology, businesses, and society at large. July 23, 2024.",
    _MORE, "Subscribe to get the latest posts sent to your email.", "Processing…", "Success! You're on the list.",
    "Trending", _MORE, _SUBSCRIBE, "Continue reading", _MORE, _SUBSCRIBE, "Continue reading",
]


def test_seed_noise_is_recognised():
    text = SEED.read_text(encoding="utf-8")
    doc = ingest(text)
    assert [text[b.start : b.end] for b in doc.noise] == SEED_NOISE
    content = " ".join(text[b.start : b.end] for b in doc.blocks())
    for furniture in ("By Editor", _MORE, "Processing", "July 23, 2024", "Subscribe", "Trending", "Continue reading"):
        assert furniture not in content


def test_seed_structure():
    text = SEED.read_text(encoding="utf-8")
    doc = ingest(text)
    assert doc.title == "Open Source AI is the Path Forward"
    headings = [doc.slice(s.heading) for s in doc.sections if s.heading]
    assert headings[:3] == [
        "The Historical Parallel: From Unix to Linux",
        "The Case for Open Source AI",
        "Meta’s Strategic Vision",
    ]
    assert "A Critical Examination" in headings and headings[-1] == "Conclusion"
    items = [b for b in doc.blocks() if b.kind == "list_item"]
    assert [b.marker for b in items] == ["1", "2", "3", "4", "5"]
    assert [doc.slice(b.lead) for b in items] == [
        "Modifiability and Cost Efficiency",
        "Security and Data Protection",
        "Avoiding Vendor Lock-In",
        "Broad Ecosystem Support",
        "Long-Term Viability",
    ]
    first = next(b for b in doc.blocks() if b.kind == "list_item")
    assert [doc.slice(s) for s in first.sentences][1] == (
        "Llama 3.1 405B, for instance, offers significant cost/performance advantages over closed models."
    )


def test_markdown_headings_and_lists():
    text = "# Title Here\n\nIntro line one.\n\n## Reasons\n\n- **Speed:** it is fast.\n- It is cheap.\n"
    doc = ingest(text)
    assert doc.title == "Title Here"
    assert [doc.slice(s.heading) for s in doc.sections if s.heading] == ["Reasons"]
    items = [b for b in doc.blocks() if b.kind == "list_item"]
    assert [doc.slice(b) for b in items] == ["**Speed:** it is fast.", "It is cheap."]
    assert doc.slice(items[0].lead) == "Speed"


def test_crlf_and_unicode_offsets():
    text = "Titre Élégant\r\n\r\nNaïve café owners should open at dawn. “Quotes” matter.\r\n"
    doc = ingest(text)
    sentences = [doc.slice(s) for _, s in doc.sentences()]
    assert sentences == ["Naïve café owners should open at dawn.", "“Quotes” matter."]


def test_a_line_break_after_a_sentence_starts_a_paragraph_unless_lines_are_wrapped_by_hand():
    typed = "Cities should plant trees.\nTrees cool the streets in summer.\nThey also calm traffic.\n"
    assert [typed[b.start:b.end] for b in ingest(typed).blocks()] == [
        "Cities should plant trees.", "Trees cool the streets in summer.", "They also calm traffic."]
    wrapped = "Cities should plant more trees, for\ntrees cool the streets. They also\ncalm traffic in the centre.\n"
    assert [wrapped[b.start:b.end] for b in ingest(wrapped).blocks()] == [wrapped.strip()]


def test_in_a_text_wrapped_by_hand_a_sentence_end_on_a_line_broken_early_ends_its_paragraph():
    # Wrapped at 40 columns, paragraphs one after another: "Trees" would have fitted after "summer.",
    # so that line was ended by the writer; "Nevertheless" would not have fitted after "streets.".
    text = ("Cities should plant more trees on every\n"
            "street, for trees cool the air in\n"
            "summer.\n"
            "Trees also calm traffic and shade the\n"
            "pavements of the busiest streets.\n"
            "Nevertheless some residents object to\n"
            "the leaves that fall in the autumn.\n")
    assert [" ".join(text[b.start:b.end].split()) for b in ingest(text).blocks()] == [
        "Cities should plant more trees on every street, for trees cool the air in summer.",
        "Trees also calm traffic and shade the pavements of the busiest streets. "
        "Nevertheless some residents object to the leaves that fall in the autumn."]


@pytest.mark.parametrize("block, reason", [
    ("Dear Editor,", "a letter's greeting"),
    ("Dear Mr. Smith,", "a letter's greeting"),
    ("Yours sincerely,\nAnn Lee\nLeeds", "a letter's sign-off"),
    ("Respectfully, I disagree with the mayor and the council.", None),  # a sign-off word opening a sentence
    ("Sincerely, I believe the council must act.", None),
    ("Dear friends, we must act now!", None),  # a greeting that goes on into a sentence
    ("Thanks to the new law, crime fell.", None),
])
def test_a_letters_greeting_and_sign_off_are_noise_and_sentences_that_open_alike_are_not(block, reason):
    from app.ingest.noise import line_reason

    assert line_reason(block, 1) == reason


def test_a_headline_that_ends_on_a_stop_is_the_title():
    doc = ingest("The Library Saved My Summer. Now It Needs Saving.\n\nWhen I was eleven, I read sixty books there. "
                 "Closing it would be a mistake.\n")
    assert doc.title == "The Library Saved My Summer. Now It Needs Saving."
    assert [doc.slice(b)[:16] for b in doc.blocks()] == ["When I was eleve"]


def test_a_comments_header_is_page_noise():
    doc = ingest("dkessler · 4 hours ago\n\nOffice mandates cost companies more talent than they save.")
    assert [n.reason for n in doc.noise] == ["when it was posted"]


def test_a_title_block_of_short_lines_above_paragraphs_typed_a_line_each():
    text = ("Remarks to the School Board\nPublic comment period, February 12\n[Transcript]\n\n"
            "Good evening, members of the board, and thank you for the chance to speak tonight about the bell. "
            "My name is Dr. Alicia Okafor, and I am a pediatrician here in town.\n\n"
            "I'm here tonight to ask you to move the high school start time to 8:30, beginning next fall.\n")
    doc = ingest(text)
    assert doc.title == "Remarks to the School Board"
    assert [n.reason for n in doc.noise] == ["date line", "an editor's note in brackets"]
    assert [doc.slice(b)[:12] for b in doc.blocks()] == ["Good evening", "I'm here ton"]


def test_a_headline_that_opens_on_a_quotation_mark_is_the_title():
    doc = ingest('"The Salt Road" review: patient, devastating and too long\n\nThe film is beautiful. It drags.')
    assert doc.title == '"The Salt Road" review: patient, devastating and too long'


def test_a_posts_header_and_a_letters_greeting_to_a_team_are_page_noise():
    doc = ingest("Am I wrong to refuse to host again?\nPosted in r/AmIWrong by u/pan • 6h\nI have hosted every year "
                 "since 2020. It is too much for one person.\n\nTo the Customer Care Team at Brightwell Home,\n\n"
                 "I am writing to request a refund.")
    assert [n.reason for n in doc.noise] == ["when it was posted", "a letter's greeting"]


def test_a_heading_over_a_paragraph_typed_on_one_line_is_a_heading():
    doc = ingest("Harrow Creek State Park\nThe park is open daily from 7 a.m. to sunset, all year round.\nFees\n"
                 "Day-use parking is $8 per vehicle for state residents and $12 for vehicles from out of state; "
                 "annual passes are sold at the Visitor Center.\n\n"
                 "Yours sincerely,\nDavid Marsh\nElm Road\n")
    assert [doc.slice(s.heading) for s in doc.sections if s.heading] == ["Fees"]
    assert [n.reason for n in doc.noise] == ["a letter's sign-off"]  # a name over an address stays one block
