"""Compare plans: indicator × jurisdiction, a document against another, years against years, who owns what.

``extract.compare(...)`` (:func:`extract.comparison.api.compare`) returns the
views as pandas DataFrames; the ``compare`` command writes them as an HTML report, an XLSX workbook or
CSV/JSONL/Parquet files. Stages: facts (targets matched to the registry) → views (matrix, diff, trend,
owners, roll-up) → writers and report.
"""
