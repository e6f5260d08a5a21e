"""Compare plans: indicator × jurisdiction, a document against another, years against years, who owns what.

``extract.compare(...)`` (the package is callable: it runs :func:`extract.compare.api.compare`) returns the
views as pandas DataFrames; the ``compare`` command writes them as an HTML report, an XLSX workbook or
CSV/JSONL/Parquet files. Stages: facts (targets matched to the registry) → views (matrix, diff, trend,
owners, roll-up) → writers and report.
"""
from __future__ import annotations

import sys
import types


class _CallablePackage(types.ModuleType):
    def __call__(self, *sources, **options):
        from .api import compare

        return compare(*sources, **options)


sys.modules[__name__].__class__ = _CallablePackage
