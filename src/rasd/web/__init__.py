"""The web explorer: HTML pages served by the API, and the built front-end assets in ``static/``.

The front-end source is in ``web/`` at the repository root; ``make web`` builds it into
``src/rasd/web/static/`` (not committed). Without the build the API works and the pages say so.
"""
