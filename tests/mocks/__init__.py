"""Tests of the mock engine and the per-API mock modules."""
