"""The two views and what is drawn in them: contour, 3-D surface, trails, run plots, GL helpers."""
