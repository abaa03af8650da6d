"""HTML → the article's main text, as light Markdown, and the page's title.

trafilatura finds the article and drops navigation, scripts, styles, comments and page
furniture; headings and list items come out as Markdown (``## …``, ``- …``), which
:func:`~app.ingest.text.parse_text` turns into sections and list items. A page too short
or too odd for trafilatura falls back to the text of its block elements, so a fragment or
broken markup still gives its words. The returned text is what the map's spans index.

>>> text, title = extract_article("<title>T</title><nav>Home</nav><p>Cars must go.<script>x()</script>")
>>> text, title
('Cars must go.', 'T')
"""

from __future__ import annotations

import logging
import re

import lxml.etree
import lxml.html
import trafilatura

# trafilatura logs a warning for every page it finds no article in; the fallback handles those.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

_DROPPED = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
            "svg", "button", "select", "textarea")
_BLOCKS = {"p", "div", "section", "article", "main", "blockquote", "pre", "li", "dd", "dt", "td", "th", "tr",
           "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "br"}
_ESCAPED = re.compile(r"\\([<>&])")
# Characters XML (and so lxml) refuses, which no article needs: control characters and lone surrogates.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def extract_article(html: str) -> tuple[str, str | None]:
    """Return the main text of an HTML page as light Markdown, and its title (``None`` when it has none)."""
    html = _NOT_XML.sub("", html)
    if not html.strip():
        return "", None
    try:
        text = trafilatura.extract(
            html, output_format="markdown", include_comments=False, include_tables=True,
            include_images=False, include_links=False, favor_recall=True, deduplicate=False,
        )
    except (ValueError, TypeError, lxml.etree.LxmlError):  # markup it cannot parse at all
        text = None
    tree = _tree(html)
    if not text or not text.strip():
        text = _block_text(tree) if tree is not None else ""
    return _ESCAPED.sub(r"\1", text).strip(), _title(html, tree)


def _tree(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.LxmlError):
        return None


def _title(html: str, tree: lxml.html.HtmlElement | None) -> str | None:
    try:
        metadata = trafilatura.extract_metadata(html)
    except (ValueError, TypeError, lxml.etree.LxmlError):
        metadata = None
    title = metadata.title if metadata is not None else None
    if not title and tree is not None:
        found = tree.findtext(".//title") or ""
        title = found
    title = " ".join((title or "").split())
    return title or None


def _block_text(tree: lxml.html.HtmlElement) -> str:
    """Return the text of ``tree`` without furniture: a blank line after each block, Markdown headings and items."""
    for element in list(tree.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction, *_DROPPED)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in tree.iter(lxml.etree.Element):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _BLOCKS:
            prefix = "#" * int(tag[1]) + " " if re.fullmatch(r"h[1-6]", tag) else "- " if tag == "li" else ""
            element.text = f"\n\n{prefix}{element.text or ''}"
            element.tail = f"\n\n{element.tail or ''}"
    body = tree.find("body")
    text = (body if body is not None else tree).text_content()
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
