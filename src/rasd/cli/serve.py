"""``rasd serve``: the HTTP API and the web explorer over a corpus store (FastAPI under uvicorn)."""

from __future__ import annotations

import ipaddress

import click

from rasd.cli.common import EXIT_USAGE


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command()
@click.option("--db", default="rasd.db", envvar="RASD_DB", show_default=True, metavar="PATH|URL",
              help="The corpus store: a SQLite file or a postgresql:// URL (also $RASD_DB).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Loopback by default; anything else exposes the corpus to the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", envvar="RASD_API_TOKEN", default=None, metavar="SECRET",
              help="Require `Authorization: Bearer SECRET` for POST /api/extract (also $RASD_API_TOKEN).")
@click.option("--writable", is_flag=True,
              help="Allow POST /api/extract to store documents (the database is read-only otherwise).")
def serve(db: str, host: str, port: int, token: str | None, writable: bool) -> None:
    """Serve the JSON API (/api/..., described at /openapi.json) and the web explorer.

    The database is opened read-only unless --writable is given. Open http://HOST:PORT/ in a
    browser for the explorer (build its assets once with `make web`).
    """
    try:
        import uvicorn

        from rasd.api import create_app
        from rasd.api.access import StoreUnavailable
        from rasd.web.pages import assets_built
    except ImportError as exc:
        err = click.ClickException(f"rasd serve needs FastAPI and uvicorn: pip install fastapi uvicorn ({exc})")
        err.exit_code = EXIT_USAGE
        raise err from None
    try:
        app = create_app(db, token=token, read_only=not writable)
    except StoreUnavailable as exc:
        err = click.ClickException(str(exc))
        err.exit_code = EXIT_USAGE
        raise err from None
    if not _is_loopback(host):
        click.echo(f"rasd serve: warning: listening on {host}, not on loopback: the corpus is reachable from "
                   "the network" + ("" if token else ", and POST /api/extract needs no token"), err=True)
    if not assets_built():
        click.echo("rasd serve: the explorer assets are not built (make web); the API works without them", err=True)
    click.echo(f"rasd serve: http://{host}:{port}/ ({'writable' if writable else 'read-only'}: {db})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False, proxy_headers=False,
                limit_concurrency=200, timeout_keep_alive=5)


COMMANDS = [serve]
