"""Authoring: the commands' helpers that write and review statement files."""
