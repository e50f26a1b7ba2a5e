"""urllib: only urllib.parse is supported by pyjs."""
