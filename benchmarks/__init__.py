"""Performance benchmarks of the clients, the mock and the generation pipeline.

`python -m benchmarks` runs every benchmark (pytest-benchmark, contestants
interleaved in one process) and prints the ours/baseline/ratio/goal table,
also written to `benchmarks/results.md`; `--quick` is the tiny smoke run.
See benchmarks/README.md.
"""
