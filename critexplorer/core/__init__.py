"""Numbers only: formulas, derivatives, analysis. Never imports Qt."""

from critexplorer.core.allocator import reuse_freed_memory

# Every user of the engine (the window, the CLI, scripts, the benchmarks) computes fields.
reuse_freed_memory()
