"""The Networks window: the lecture's experiment on small networks, its scatters, and slices."""
