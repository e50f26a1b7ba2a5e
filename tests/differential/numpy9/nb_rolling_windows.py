# Rolling statistics with sliding_window_view: moving mean/median/max, z-scores, 2-D patches.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

rng = np.random.default_rng(31)
load = np.round(50 + 10 * np.sin(np.arange(40) / 4) + rng.normal(0, 3, 40), 1)
print("load:", load[:10])
win = sliding_window_view(load, 5)
print("windows:", win.shape, win.ndim)
print(win[:3])
print("rolling mean:", np.round(win.mean(axis=1), 2)[:8])
print("rolling median:", np.median(win, axis=1)[:8])
print("rolling max/min:", win.max(axis=1)[:6], win.min(axis=1)[:6])
roll_sd = win.std(axis=1, ddof=1)
z = (load[4:] - win.mean(axis=1)) / roll_sd
print("rolling z (last 6):", np.round(z[-6:], 3))
print("spikes:", np.flatnonzero(np.abs(z) > 1.5) + 4)
print("same as convolve:", np.allclose(win.mean(axis=1), np.convolve(load, np.ones(5) / 5, mode="valid")))
pairs = sliding_window_view(np.arange(6), 2)
print("pairs:\n", pairs)
img = np.arange(30).reshape(5, 6)
patches = sliding_window_view(img, (3, 3))
print("patches shape:", patches.shape)
print("patch (1, 2):\n", patches[1, 2])
print("local max:\n", patches.max(axis=(2, 3)))
print("local mean:\n", np.round(patches.mean(axis=(-2, -1)), 2))
cols = sliding_window_view(img, 4, axis=1)
print("row windows:", cols.shape, cols[0, 1])
print("window sums axis 0:\n", sliding_window_view(img, 2, axis=0).sum(axis=-1))
try:
    win[0, 0] = 0.0
except ValueError as e:
    print("ValueError:", e)
try:
    win *= 2
except ValueError as e:
    print("ValueError:", e)
copy = win.copy()
copy[0] = 0.0
print("copy is writable:", copy[0], copy[1, :2])
load[2] = 999.0
print("view sees base change:", win[0], win[2, 0])
try:
    sliding_window_view(load, 50)
except ValueError as e:
    print("ValueError:", e)
