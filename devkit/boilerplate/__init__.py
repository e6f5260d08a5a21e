"""Boilerplate removal: canonical page lines, a line-level gold, and scoring."""
