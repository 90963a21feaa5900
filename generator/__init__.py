"""onevoice: one crisis statement file in, every channel's copy and the status site out.

Pipeline, one folder per stage: `reading` (files → model) → `checking` (linter, consistency)
→ `rendering` (copies, press release, documents, site) → `publishing` (build, dist, delivery);
`core` holds what every stage uses, `authoring` what the editing commands write. The CLI
(`cli`, `commands`) is a thin layer over them.
"""

__version__ = "0.1.0"
