# A sensor-log notebook: parse CSV text, mask bad readings, masked stats with where=, resample, save.
import io

import numpy as np

raw = """# time,temp,humidity,pressure
0,21.5,40.1,1012.3
1,21.7,,1012.1
2,-999,41.0,1011.9
3,22.1,41.5,nan
4,22.4,42.0,1011.5
5,22.3,41.8,1011.4
6,95.0,41.2,1011.6
7,22.0,40.9,1011.8
"""
data = np.genfromtxt(io.StringIO(raw), delimiter=",")
print(data.shape)
print(data)
t, temp, hum, pres = data.T
valid = (temp > -50) & (temp < 60)
print(valid, np.isnan(hum).sum(), np.isnan(pres).sum())
print("mean temp", np.mean(temp, where=valid), "max", np.max(temp, where=valid, initial=-np.inf))
print("std temp", np.std(temp, where=valid), np.var(temp, where=valid, ddof=1))
ok = ~np.isnan(data)
print("col means", np.mean(data, axis=0, where=ok))
print("col sums", np.sum(data[:, 1:], axis=0, where=ok[:, 1:], initial=0.0))
print("nanmean", np.nanmean(data[:, 1:], axis=0))
clean = data.copy()
clean[~valid, 1] = np.nan
fill = np.where(np.isnan(clean), np.nanmean(clean, axis=0), clean)
print(fill)
print(np.round(np.interp(t, t[valid], temp[valid]), 6))
pairs = fill[:, 1:].reshape(4, 2, 3).mean(axis=1)
print(pairs)
out = io.StringIO()
np.savetxt(out, pairs, fmt="%.3f", delimiter=",", header="temp,humidity,pressure", comments="")
print(out.getvalue())
back = np.loadtxt(io.StringIO(out.getvalue()), delimiter=",", skiprows=1)
print(np.allclose(back, pairs, atol=5e-4), back.dtype, back.shape)
z = (fill[:, 1] - fill[:, 1].mean()) / fill[:, 1].std()
print(np.round(z, 6), np.abs(z).argmax())
counts = np.count_nonzero(ok, axis=0)
print(counts, counts.sum(), np.count_nonzero(ok, axis=(0, 1)))
print(np.all(ok, axis=1, where=np.array([False, True, True, False])), np.any(~ok, axis=0))
