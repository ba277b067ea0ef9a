"""Statements: who said what (reporting cues, speakers, content) as a ``statements`` layer."""
