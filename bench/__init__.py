"""Benchmarks that report figures against a baseline measured in the same run."""
