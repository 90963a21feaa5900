"""Checking: the linter, the consistency and fit checks over the model."""
