"""Every critical point in a window: seeds, gradient roots, degenerate roots, curves, flat regions."""
