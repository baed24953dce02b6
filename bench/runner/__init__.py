"""bench/run's pieces: the broker, the end-to-end matrix, the CLI comparison, the report."""
