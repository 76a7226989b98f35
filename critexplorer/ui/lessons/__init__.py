"""Guided lessons in the window: the player (a lesson's place, each step's state applied through the
model), the dockable panel, and the menus and keys."""
