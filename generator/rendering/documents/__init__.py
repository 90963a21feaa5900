"""Render stage: the crisis documents of one statement (one language), as Markdown for people
inside the organisation.

Major and critical statements get the internal memo, the media Q&A brief and the checklist
(scaled to severity); every statement gets the reply templates for the support and community
team."""

from __future__ import annotations

from dataclasses import dataclass

from generator.core.model import Settings, Statement

DOCUMENT_KINDS = ("memo", "qa", "checklist", "replies")


@dataclass(frozen=True, slots=True)
class Document:
    kind: str  # one of DOCUMENT_KINDS
    filename: str  # e.g. "memo.md"; the writer decides the folder (per slug and language)
    text: str  # Markdown


def render_documents(statement: Statement, settings: Settings, siblings: tuple[Statement, ...] = ()) -> list[Document]:
    """The documents this statement calls for, in DOCUMENT_KINDS order. Raises `RenderError`
    naming any value a document needs and neither the statement nor the settings give."""
    from generator.rendering.documents.checklist import render_checklist
    from generator.rendering.documents.memo import render_memo
    from generator.rendering.documents.qa_brief import render_qa_brief
    from generator.rendering.documents.replies import render_replies

    documents: list[Document] = []
    if statement.severity.serious:
        documents.append(Document("memo", "memo.md", render_memo(statement, settings)))
        documents.append(Document("qa", "qa.md", render_qa_brief(statement, settings, siblings=siblings)))
        documents.append(Document("checklist", "checklist.md", render_checklist(statement, settings, None, siblings)))
    documents.append(Document("replies", "replies.md", render_replies(statement, settings)))
    return documents
