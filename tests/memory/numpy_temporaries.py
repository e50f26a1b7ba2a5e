# Memory test (ARCHITECTURE.md, "Memory for NumPy arrays"): 100,000 iterations of
# `b = a * 2.0 + 1.0` on a 10,000-element array must stay under 300 MB peak RSS.
# Run: /usr/bin/time -v ./target/release/pyjs run tests/memory/numpy_temporaries.py
import numpy as np

a = np.arange(10_000) * 1.0
b = a
for _ in range(100_000):
    b = a * 2.0 + 1.0
print(b[:3], b.sum())
