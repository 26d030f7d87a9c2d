"""A sixth model family, made for the tests: one folder, nothing else in the project changed."""
