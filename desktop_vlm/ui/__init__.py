"""Widgets and dialogs. Never imports torch, the runtime's internals or the hub's internals."""
