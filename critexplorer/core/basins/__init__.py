"""Basin maps: where an optimizer ends from every start of a grid over the window."""
