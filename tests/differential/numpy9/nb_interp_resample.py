# Interpolation with np.interp and resampling a time series by reshaping.
import numpy as np

xp = np.array([0.0, 1.0, 2.5, 4.0, 6.0])
fp = np.array([10.0, 12.0, 11.0, 15.0, 14.0])
xs = np.linspace(0, 6, 13)
print(np.interp(xs, xp, fp))
print(np.interp(-1.0, xp, fp), np.interp(7.0, xp, fp), np.interp(7.0, xp, fp, right=-1))
print(np.interp([0.5, 3.0], xp, fp, left=0))

hours = np.arange(48)
temp = 15 + 5 * np.sin((hours - 6) * np.pi / 12) + (hours % 5) * 0.1
daily = temp.reshape(2, 24)
print("daily mean:", np.round(daily.mean(axis=1), 4))
print("daily min/max:", daily.min(axis=1), np.round(daily.max(axis=1), 4))
six = temp.reshape(-1, 6).mean(axis=1)
print("6-hour means:", np.round(six, 3))
print("hottest block:", six.argmax(), "coldest hour each day:", daily.argmin(axis=1))
up = np.repeat(six, 6)
print("upsampled len:", up.size, np.round(up[:8], 3))
print("tile:", np.tile(np.array([1, 2, 3]), 3), np.tile(np.array([[1, 2]]), (2, 2)))
gaps = temp.copy()
gaps[[3, 4, 10, 30]] = np.nan
good = ~np.isnan(gaps)
filled = gaps.copy()
filled[~good] = np.interp(hours[~good], hours[good], gaps[good])
print("filled values:", np.round(filled[[3, 4, 10, 30]], 4))
print("max fill error:", np.round(np.max(np.abs(filled - temp)), 5))
print(np.round(np.array_split(temp[:10], 3)[1], 3))
print([len(p) for p in np.array_split(np.arange(10), 4)])
print(np.split(np.arange(12), [3, 7])[1])
