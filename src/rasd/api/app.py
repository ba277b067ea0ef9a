"""The application factory: ``create_app(db, token, read_only)``."""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI, Request

from rasd import __version__
from rasd.api import models
from rasd.api.access import StoreAccess
from rasd.api.cache import AnswerCache
from rasd.api.errors import install_error_handlers
from rasd.api.extract import PipelineHolder
from rasd.api.middleware import GuardMiddleware

MAX_BODY_BYTES = 1_048_576  # the largest request body accepted (an extract request with a long article)

DESCRIPTION = """Read the rasd corpus store over HTTP: documents, full-text search, statements, events,
actors, places and counts, and extract a single article. Lists are paged with opaque cursors: pass the
`next_cursor` of a page as `cursor` to get the next one. Every error is `{"error": {"code", "message"}}`."""


def create_app(db: str, token: str | None = None, read_only: bool = True, check: bool = True) -> FastAPI:
    """The API and the explorer over the corpus store ``db`` (a SQLite path or a PostgreSQL URL).

    ``token``: when given, ``POST /api/extract`` needs ``Authorization: Bearer <token>``.
    ``check``: refuse at once (``StoreUnavailable``) a database that is missing or not a rasd store.
    """
    stores = StoreAccess(db, read_only=read_only)
    if check:
        stores.check()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        stores.close_all()

    app = FastAPI(title="rasd", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None, swagger_ui_oauth2_redirect_url=None)
    app.state.stores = stores
    app.state.token = token or None
    app.state.read_only = read_only
    app.state.pipeline = PipelineHolder()
    app.state.answers = AnswerCache()
    install_error_handlers(app)
    _install_routes(app)
    app.add_middleware(GuardMiddleware, max_body=MAX_BODY_BYTES)
    _fold_validation_schema(app)
    return app


def _install_routes(app: FastAPI) -> None:
    from rasd.api import extract, routes_actors, routes_corpus
    from rasd.web import pages

    @app.get("/api/health", response_model=models.Health, tags=["meta"])
    def health(request: Request):
        """Whether the store answers, and how the server was started."""
        n = request.app.state.stores.get().fetch("SELECT count(*) AS n FROM documents")[0]["n"]
        return {"status": "ok", "documents": int(n), "read_only": request.app.state.read_only,
                "extract_needs_token": request.app.state.token is not None}

    app.include_router(routes_corpus.router)
    app.include_router(routes_actors.router)
    app.include_router(extract.router)
    pages.install(app)


def _fold_validation_schema(app: FastAPI) -> None:
    """Describe 422 answers with the one error shape (FastAPI's default describes its own body)."""
    original = app.openapi

    def openapi():
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        for path in schema.get("paths", {}).values():
            for op in path.values():
                answer = op.get("responses", {}).get("422")
                if answer is not None:
                    answer["description"] = "A parameter of the wrong type or out of range"
                    answer["content"] = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
        comps = schema.get("components", {}).get("schemas", {})
        for name in ("HTTPValidationError", "ValidationError"):
            comps.pop(name, None)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi
