import numpy as np
np.random.seed(3)
zs = np.arange(20) + np.random.randn(20) * 2.0
x, P = 0.0, 500.0
R, Q = 4.0, 0.1
xs = []
for z in zs:
    x, P = x + 1.0, P + Q
    K = P / (P + R)
    x = x + K * (z - x)
    P = (1 - K) * P
    xs.append(x)
xs = np.array(xs)
print(xs)
print(np.round(xs[-1], 6), np.mean(np.abs(xs - np.arange(20))))
