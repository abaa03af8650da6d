"""Ingest: text → :class:`~app.ingest.document.Document` with exact character offsets."""

from __future__ import annotations

from app.ingest.document import Block, Document, Section, Sentence
from app.ingest.text import parse_text

__all__ = ["Block", "Document", "Section", "Sentence", "ingest"]


def ingest(text: str, title: str | None = None) -> Document:
    """Return the Document of ``text`` (plain text or light Markdown)."""
    return parse_text(text, title=title)
