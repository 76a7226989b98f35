"""Optimizers: the step protocol, hyperparameters, first-order, Newton family, saddle escapes,
schedules, registry."""
