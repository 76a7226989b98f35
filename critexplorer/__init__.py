"""critexplorer: an explorer of critical points on 2-parameter loss surfaces."""

__version__ = "0.1.0"
