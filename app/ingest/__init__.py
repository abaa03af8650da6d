"""Ingest: text → :class:`~app.ingest.document.Document` with exact character offsets."""

from __future__ import annotations

from app.ingest.document import Block, Document, Section, Sentence
from app.ingest.text import parse_text

__all__ = ["Block", "Document", "Section", "Sentence", "ingest"]


def ingest(text: str, title: str | None = None, format: str = "text") -> Document:
    """Return the Document of ``text``: plain text, light Markdown, or HTML (its article's text)."""
    if format == "html":
        from app.ingest.html import extract_article  # trafilatura is imported only for HTML

        text, found_title = extract_article(text)
        title = title or found_title
    return parse_text(text, title=title)
