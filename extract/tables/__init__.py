"""Tables as data: column roles, grids recovered from flattened text, rows to records."""
