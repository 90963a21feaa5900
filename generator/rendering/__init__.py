"""Rendering: the model into copies, documents, the press release and the site's pages."""
