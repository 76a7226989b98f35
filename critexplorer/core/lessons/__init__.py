"""Guided lessons: a lesson's steps (the state each puts the window in, its text in every language)
and the rules that check a step's "try it" task. No Qt; the file format is files/lesson_file.py."""
