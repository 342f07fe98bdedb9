"""Benchmarks: ``python -m bench`` prints a table of timings, each against a floor."""
