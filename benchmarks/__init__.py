"""Benchmarks of policy-extract against other tools on the real corpus."""
