"""Headless entry points (ask / models / batch / serve) on the same runtime the window uses."""
