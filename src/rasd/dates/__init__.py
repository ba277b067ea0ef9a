"""Dates: temporal expressions resolved against the publication date."""
