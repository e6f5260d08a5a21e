"""Normalizers of values: numbers, dates, organization names."""
