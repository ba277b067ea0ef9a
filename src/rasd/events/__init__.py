"""PLOVER event coding: triggers, arguments, modality, statements and merging (issue "Events")."""
