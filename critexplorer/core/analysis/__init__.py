"""One point: classification, the higher-order test, the Taylor model and the escape step, and their words."""
