"""QtCore services and view-models between the widgets and the Qt-free packages. No QtWidgets, no torch."""
