"""A new map's input from a request: JSON ``{"text", "title"?, "format"?}`` or a form with a text or a file.

Size, encoding and emptiness are checked here, once, for the API and the page's form:
more than ``max_input_bytes`` is a 413, bytes that are neither UTF-8 nor in the charset an HTML
page declares a 415 (see :func:`app.pipeline.decode_input`), nothing but white space a 422 ("nothing
to map"). The format comes from :func:`app.formats.guess_format` unless the request names it.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException

from app.errors import BadInput, Forbidden
from app.formats import guess_format
from app.input_formats import FORMATS
from app.models import NewMap
from app.pipeline import decode_input

_JSON_OVERHEAD = 6  # a character may take up to six bytes of JSON ("\u0000")

#: The request body of ``POST /api/maps`` and ``POST /maps`` in the OpenAPI schema.
REQUEST_BODY: dict[str, Any] = {
    "required": True,
    "content": {
        "application/json": {"schema": NewMap.model_json_schema()},
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {
                    "file": {"type": "string", "format": "binary",
                             "description": "A .txt, .md or .html file, or an AIF JSON or .argdown map."},
                    "text": {"type": "string", "description": "The text, when no file is sent."},
                    "title": {"type": "string", "maxLength": 300},
                    "format": {"type": "string", "enum": ["", *FORMATS]},
                },
            }
        },
    },
}


def too_large(size: int, limit: int) -> BadInput:
    """Return the 413 for ``size`` bytes over ``limit``.

    >>> too_large(3_000_000, 2 * 1024 * 1024).message
    'the text is too large: 3,000,000 bytes, and the limit is 2,097,152 bytes (2 MB)'
    """
    megabytes = f" ({limit / 1024 / 1024:g} MB)" if limit >= 1024 * 1024 else ""
    return BadInput(f"the text is too large: {size:,} bytes, and the limit is {limit:,} bytes{megabytes}", 413)


def check_text(text: str, limit: int) -> str:
    """Return ``text`` once it is known to be small enough, free of NUL bytes and not only white space."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limit:
        raise too_large(size, limit)
    if "\x00" in text:
        raise BadInput("the text looks binary (it contains NUL characters); give a text, Markdown or HTML file", 415)
    if not text.strip():
        raise BadInput("nothing to map: the text is empty", 422)
    return text


def refuse_other_sites(request: Request) -> None:
    """Refuse a new map that another site's page sends (a hidden form, a script elsewhere): a browser says
    where a request comes from (``Sec-Fetch-Site``, else ``Origin``); clients that say nothing (curl, scripts
    of one's own) are served."""
    site = request.headers.get("sec-fetch-site")
    origin = request.headers.get("origin")
    if site is not None:
        allowed = site in ("same-origin", "none")  # "none": typed in the address bar or a bookmark
    else:
        allowed = origin is None or (origin != "null" and urlsplit(origin).netloc == request.headers.get("host"))
    if not allowed:
        raise Forbidden(f"maps are made from this site's own pages; this request comes from {origin or 'another site'}")


async def read_new_map(request: Request, limit: int) -> NewMap:
    """Return the text, title and format a request asks to map (after :func:`refuse_other_sites`)."""
    refuse_other_sites(request)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit * _JSON_OVERHEAD + 65536:
        raise too_large(int(declared), limit)
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type == "application/json":
        body = await request.body()
        try:
            new = NewMap.model_validate_json(body)
        except ValidationError as exc:
            raise RequestValidationError(exc.errors(include_url=False, include_context=False)) from None
    elif media_type in {"multipart/form-data", "application/x-www-form-urlencoded"}:
        new = await _from_form(request, limit)
    else:
        raise BadInput("send the text as JSON ({\"text\": …}) or as a form (a text field or a file)", 415)
    if new.format is None:
        new.format = guess_format(new.text)
    check_text(new.text, limit)
    return new


async def _from_form(request: Request, limit: int) -> NewMap:
    try:
        form = await request.form(max_files=1, max_fields=8, max_part_size=limit * 4 + 1)
    except MultiPartException as exc:
        raise BadInput(f"the form could not be read: {exc.message}", 400) from None
    request.state.form = form  # for the page that shows a problem with the form filled in as it was sent
    title = _field(form.get("title")).strip() or None
    fmt = _field(form.get("format")).strip() or None
    if fmt is not None and fmt not in FORMATS:
        raise BadInput(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}", 422)
    upload = form.get("file")
    if isinstance(upload, UploadFile) and upload.filename:
        data = await upload.read(limit + 1)
        if len(data) > limit:
            raise too_large(upload.size or len(data), limit)
        text = decode_input(data)
        fmt = fmt or guess_format(text, upload.filename)
    else:
        # Browsers send a textarea's line breaks as CRLF whatever was pasted: give them back as typed.
        text = _field(form.get("text")).replace("\r\n", "\n")
    if title is not None and len(title) > 300:
        raise BadInput("the title is too long: 300 characters at most", 422)
    return NewMap(text=text, title=title, format=fmt)


def _field(value: object) -> str:
    """Return a form field's text ("" for a missing field or a file where text was expected)."""
    return value if isinstance(value, str) else ""
