"""Benchmarks: each budget of DESIGN.md §7 beside a floor measured in the same run."""
