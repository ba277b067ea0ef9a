"""Actors: who the entities, titles, nisba phrases and pronouns of a text refer to (see docs/actors.md)."""
