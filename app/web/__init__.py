"""The web face of Argmap: the viewer pages, the JSON API and the exports.

    create_app(settings, catalog) → FastAPI
      /                      viewer of the default map        pages.py
      /maps/{id}             viewer of a map                  pages.py
      /maps/{id}.{format}    the map as a file (svg, json)    exports.py
      /api/maps/{id}         the map as JSON                  api.py
      /docs                  API documentation                docs.py
      /static/…              viewer.css, viewer.js
"""

from app.web.app import create_app

__all__ = ["create_app"]
