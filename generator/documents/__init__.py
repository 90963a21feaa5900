"""Render stage: the crisis documents of one statement (one language).

Memo, media Q&A brief and checklist for major and critical statements; reply templates for
every statement. Each document is Markdown, for people inside the organisation."""
