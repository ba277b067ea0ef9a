"""``POST /api/extract``: an article in, its document out, through the one pipeline of this process.

The pipeline is built on first use (it loads every resource) and shared; calls to it are serialised
because its stages keep per-process caches. Limits are checked before any work is done.
"""

from __future__ import annotations

import hmac
import threading
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from rasd.api import models
from rasd.api.errors import ERROR_RESPONSES, ApiError, ErrorBody

MAX_TEXT_CHARS = 100_000

router = APIRouter(prefix="/api", tags=["extract"])
bearer = HTTPBearer(auto_error=False, description="Needed when the server was started with --token")


class PipelineHolder:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pipeline = None

    def run(self, doc):
        with self._lock:
            if self._pipeline is None:
                from rasd.pipeline import build_pipeline

                self._pipeline = build_pipeline()
            return self._pipeline(doc)


def check_token(request: Request,
                credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
    expected = request.app.state.token
    if not expected:
        return
    given = credentials.credentials if credentials is not None else ""
    if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise ApiError(401, "unauthorized", "a valid bearer token is needed for this endpoint")


_RESPONSES = {
    **ERROR_RESPONSES,
    401: {"model": ErrorBody, "description": "Missing or wrong token"},
    403: {"model": ErrorBody, "description": "Storing asked of a read-only server"},
    413: {"model": ErrorBody, "description": "The text or the request body is too large"},
}


@router.post("/extract", response_model=models.ExtractResponse, responses=_RESPONSES,
             dependencies=[Depends(check_token)])
def extract(request: Request, body: models.ExtractRequest):
    """Extract entities, actors, statements, events, places and dates from one article."""
    from rasd.document import Document, Meta
    from rasd.io.readers import valid_date
    from rasd.tables import text_sha1

    if len(body.text) > MAX_TEXT_CHARS:
        raise ApiError(413, "too_large", f"the text has {len(body.text)} characters; the limit is {MAX_TEXT_CHARS}")
    if not body.text.strip():
        raise ApiError(422, "invalid_request", "text: the text is empty")
    if body.date is not None and valid_date(body.date) is None:
        raise ApiError(422, "invalid_request", "date: not a real calendar date")
    if body.store and request.app.state.read_only:
        raise ApiError(403, "read_only", "this server is read-only: start it with --writable to store documents")
    text = body.text.replace("\x00", "")
    meta = Meta(date=body.date, source=body.source, url=body.url, title=body.title)
    doc = request.app.state.pipeline.run(Document(text_sha1(text), text, meta))
    stored = False
    if body.store:
        from rasd.store.payload import store_payload

        stored = request.app.state.stores.get().write(store_payload(doc))
    return {"document": doc.to_json(), "stored": stored}
