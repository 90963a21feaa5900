"""onevoice: one crisis statement file in, every channel's copy and the status site out.

Pipeline: files → parsed model (`reader`) → checks (`validate`, `lint`) → renderers
(`channels`, `press`, `documents`, `site`) → writers (`writers`). The CLI (`cli`) is a thin
layer over `build`, the orchestrator.
"""

__version__ = "0.1.0"
