"""concurrent: the futures package (pyjs implementation)."""
