"""rasd's HTTP API: the corpus store read over JSON, and the web explorer's pages.

``create_app(db)`` builds the FastAPI application; ``rasd serve`` runs it under uvicorn. FastAPI is
imported only here and below, so the rest of rasd works without it installed.
"""

from __future__ import annotations

from rasd.api.app import create_app

__all__ = ["create_app"]
