# Time series: cumulative sums, differences, moving averages, interpolation, gradients.
import numpy as np

t = np.arange(12)
price = np.array([100.0, 101.5, 99.8, 102.3, 104.1, 103.7, 105.9, 107.2, 106.4, 108.8, 110.1, 109.5])
print(np.cumsum(price))
print(np.cumprod(price / price[0]))
print(np.diff(price))
print(np.diff(price, n=2))
print(np.diff(price, prepend=price[0]))
print(np.diff(price, append=0))
print(np.diff(np.arange(12).reshape(3, 4), axis=0), np.diff(np.arange(12).reshape(3, 4)))
ret = np.diff(price) / price[:-1]
print(ret)
print(np.log(price[1:] / price[:-1]))
w = np.ones(3) / 3
print(np.convolve(price, w, mode="valid"))
print(np.convolve(price, w, mode="same"))
print(np.convolve(price, w))
print(np.convolve([1, 2, 3], [0, 1, 0.5]))
print(np.convolve([1, 2, 3], [0, 1, 0.5], "same"))
print(np.convolve([1, 2], [1, 2, 3, 4, 5], "valid"))
print(np.convolve(np.array([1, 2, 3]), np.array([4, 5])))
c = np.cumsum(np.insert(price, 0, 0))
print((c[4:] - c[:-4]) / 4)
print(np.correlate(price, [1, 0, -1]))
print(np.correlate(price, [1, 0, -1], mode="same"))
print(np.correlate(price, [1, 0, -1], mode="full"))
print(np.correlate([1, 2, 3], [0, 1, 0.5], "full"))
x = price - price.mean()
ac = np.correlate(x, x, mode="full")[len(x) - 1:]
print(ac / ac[0])
print(np.interp(2.5, t, price))
print(np.interp([0.5, 3.25, 11, 12, -1], t, price))
print(np.interp([-1, 20], t, price, left=0, right=-1))
print(np.interp(np.linspace(0, 11, 5), t, price))
print(np.interp([1.5, 370], [0, 90, 180, 270], [0, 1, 0, -1], period=360))
print(np.gradient(price))
print(np.gradient(price, 2.0))
print(np.gradient(price, t * 0.5))
print(np.gradient(price, edge_order=2))
gy, gx = np.gradient(np.arange(12, dtype=float).reshape(3, 4) ** 2)
print(gy)
print(gx)
print(np.gradient(np.array([1, 4, 9, 16, 25])))
ema = np.empty_like(price)
ema[0] = price[0]
alpha = 0.3
for i in range(1, len(price)):
    ema[i] = alpha * price[i] + (1 - alpha) * ema[i - 1]
print(ema)
print(np.maximum.accumulate(price))
dd = price / np.maximum.accumulate(price) - 1
print(dd, dd.min(), dd.argmin())
print(np.minimum.accumulate(price[::-1])[::-1])
print(np.trapezoid(price, t) if hasattr(np, "trapezoid") else np.trapz(price, t))
print(np.trapezoid(price, dx=0.5))
print(np.cumsum(price).reshape(3, 4).cumsum(axis=1))
up = np.where(np.diff(price) > 0)[0]
print(up, np.flatnonzero(np.diff(price) < 0))
sign = np.sign(np.diff(price))
print(sign, np.count_nonzero(np.diff(sign)))
