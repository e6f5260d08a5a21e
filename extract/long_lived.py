"""What the pipeline loads once and keeps for the life of the process (jieba's dictionaries, the model)
out of the cyclic garbage collector's way: every full collection would otherwise walk it all again
(tens of thousands of objects, most of them the model's), though none of it ever becomes garbage."""
from __future__ import annotations

import gc


def settle() -> None:
    """Collect what loading left behind, then move every object alive now to the permanent generation
    (gc.freeze), which later collections skip. Called where the pipeline has just loaded what it keeps."""
    gc.collect()
    gc.freeze()
