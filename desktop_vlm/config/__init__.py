"""Where files live and the typed settings model."""
