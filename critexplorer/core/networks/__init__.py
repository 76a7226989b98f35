"""Small fully connected networks: the contract of θ, data, critical points, spectra, experiments, slices."""
