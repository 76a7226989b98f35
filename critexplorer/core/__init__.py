"""Numbers only: formulas, derivatives, analysis. Never imports Qt."""
