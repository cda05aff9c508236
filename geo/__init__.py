"""The pipeline: documents in, toponyms found and resolved, events and claims out."""
