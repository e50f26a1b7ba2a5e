# np.sin / np.cos element by element against math.sin / math.cos (both glibc's bits), over
# arrays of odd and even lengths mixing every argument range in neighbouring elements (the
# WASM kernel works on pairs), with nan and huge arguments among them.
import math
import numpy as np

rng = np.random.default_rng(7)
for n in [1, 2, 3, 63, 64, 65, 1001, 20000]:
    scale = np.array([1e-12, 1e-3, 0.5, 0.9, 2.0, 3.0, 40.0, 1e4, 1e7, 2e8])
    x = (rng.random(n) * 2 - 1) * scale[np.arange(n) % 10]
    if n > 10:
        x[3] = np.nan
        x[8] = -0.0
    s, c = np.sin(x), np.cos(x)
    bad = 0
    for k in range(n):
        v = float(x[k])
        es, ec = math.sin(v) if math.isfinite(v) else math.nan, math.cos(v) if math.isfinite(v) else math.nan
        if not (float(s[k]) == es or (math.isnan(es) and math.isnan(float(s[k])))):
            bad += 1
        if not (float(c[k]) == ec or (math.isnan(ec) and math.isnan(float(c[k])))):
            bad += 1
    print(n, bad, repr(float(np.nansum(s))), repr(float(np.nansum(c))))
y = np.linspace(-40.0, 40.0, 4001)
print(repr(float(np.sin(y[::3]).sum())), repr(float(np.cos(y[1:]).sum())))
