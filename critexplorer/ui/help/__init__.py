"""Help menu: the user guide (with the window's shortcuts), the About box and the application icon."""
