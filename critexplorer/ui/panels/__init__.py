"""Panels and controls beside the views: point panel, critical table, optimizer panel, formula bar,
window controls."""
