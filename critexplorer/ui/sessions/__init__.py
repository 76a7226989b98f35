"""Between the window and session files: capture, restore, and the File menu actions."""
