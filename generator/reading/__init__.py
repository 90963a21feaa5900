"""Reading: statement files, settings and approvals into the model."""
