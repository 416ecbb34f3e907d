"""Benchmarks: each prints our figure next to the raw-library baseline measured in the same run."""
