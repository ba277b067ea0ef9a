"""Exports of rasd documents (JSON dicts of ``rasd.document/1``) to other event formats."""
