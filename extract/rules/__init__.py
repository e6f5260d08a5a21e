"""Rules of the extractor: each module matches one kind of fact; word lists live in extract/data."""
