"""The offline place table: build, normalise, match, add and import."""
