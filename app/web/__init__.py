"""The web face of Argmap: the viewer pages, the JSON API and the exports.

    create_app(settings, store) → FastAPI
      /                      the maps and the new-map form    pages.py
      POST /maps             the form: map a text, go to it   pages.py
      /maps/{id}             viewer (and editor) of a map     pages.py
      /maps/{id}.{format}    the map as a file (svg, json)    exports.py
      /api/maps…             maps as JSON, create, edit       api.py (input checks: intake.py)
      /docs                  API documentation (opt-in)       docs.py
      writes per client      429 past the rate                limits.py
      /static/…              viewer.css, viewer.js
"""

from app.web.app import create_app

__all__ = ["create_app"]
