"""HTML pages: the article's text as light Markdown, furniture dropped, broken markup tolerated, spans on that text."""

from __future__ import annotations

from app.ingest import ingest
from app.ingest.html import extract_article

PAGE = """<!doctype html><html><head><title>Cities should ban cars | The Daily</title>
<style>p { color: red }</style><script>track("visit")</script></head><body>
<header><a href="/">The Daily</a></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>Cities should ban cars from their centres</h1>
<p>Cities should ban private cars from their centres. Streets without cars are safer for children.</p>
<h2>Safety</h2>
<ul><li>Fewer deaths: Oslo had no pedestrian deaths in 2019.</li><li>Cleaner air.</li></ul>
<!-- an editor's note -->
<p>Critics argue that shops will lose customers &amp; jobs. However, studies show that people on foot spend more.</p>
</article>
<aside>Most read: ten things</aside><footer>Subscribe to our newsletter</footer></body></html>"""


#: PAGE's article as light Markdown: no head, menu, comment, aside or footer; entities decoded.
ARTICLE = (
    "# Cities should ban cars from their centres\n\n"
    "Cities should ban private cars from their centres. Streets without cars are safer for children.\n\n"
    "## Safety\n\n"
    "- Fewer deaths: Oslo had no pedestrian deaths in 2019.\n"
    "- Cleaner air.\n\n"
    "Critics argue that shops will lose customers & jobs. However, studies show that people on foot spend more."
)


def test_a_page_gives_its_article_as_markdown_and_its_title() -> None:
    assert extract_article(PAGE) == (ARTICLE, "Cities should ban cars from their centres")


def test_a_fragment_too_small_for_an_article_keeps_its_blocks() -> None:
    text, title = extract_article("<nav>Menu</nav><h2>Why</h2><p>Cars must go.<script>x()</script><p>They kill.")
    assert (text, title) == ("## Why\n\nCars must go.\n\nThey kill.", "Why")  # the heading, for want of a title


def test_broken_markup_and_odd_input_are_tolerated() -> None:
    assert extract_article("") == ("", None)
    assert extract_article("<<<>>>")[0] == "<<<>>>"
    assert extract_article("\x00\x01<p>Hi")[0] == "Hi"
    assert extract_article("<div><p>unclosed <b>bold<p>another & more</div></span><!-- open comment") == (
        "unclosed **bold**\n\nanother & more", None)  # the bold closed where its paragraph ends


def test_ingest_html_spans_index_the_extracted_text() -> None:
    doc = ingest(PAGE, format="html")
    assert doc.title == "Cities should ban cars from their centres"
    assert doc.text == ARTICLE
    assert [doc.slice(b) for b in doc.blocks()][:2] == [
        "Cities should ban private cars from their centres. Streets without cars are safer for children.",
        "Safety",
    ]
    assert ingest(PAGE, title="Given", format="html").title == "Given"
