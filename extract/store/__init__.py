"""The local database of pages, documents and their records (SQLite, one file, no server).

``Store.open`` opens or creates it; ``ingest`` writes pages and records;
``query`` reads them back for the export writers.
"""
