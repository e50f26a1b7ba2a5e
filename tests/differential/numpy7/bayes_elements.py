# Compiled element loops over float64 vectors: reads into an accumulator, writes of floats,
# np.float64 values, ints and bools, negative indices, and out-of-range errors.
import numpy as np


def predict(belief, move, kernel):
    n = len(belief)
    half = len(kernel) // 2
    out = np.zeros(n)
    for i in range(n):
        acc = 0.0
        for k in range(len(kernel)):
            src = (i - move - (k - half)) % n
            acc += belief[src] * kernel[k]
        out[i] = acc
    return out


def hallway(n):
    h = np.zeros(n)
    state = 7
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        if (state >> 16) % 5 == 0:
            h[i] = 1.0
    return h


b = np.linspace(0.0, 1.0, 11)
for kern in ([0.1, 0.8, 0.1], np.array([0.25, 0.5, 0.25]), [1, 2, 1], [0.5]):
    r = predict(b, 2, kern)
    print(r, type(r[0]).__name__)
print(hallway(20))
acc = 0.0
for i in range(len(b)):
    acc += b[i] * 2
print(acc, type(acc).__name__)
acc = 0
for i in range(len(b)):
    acc += b[-i - 1]
print(acc, type(acc).__name__)
o = np.zeros(6)
o[0] = 1
o[1] = True
o[2] = np.float64(2.5)
o[-1] = b[3] * 0.5
o[-2] = 2 ** 60
o[3] = np.int64(7)
print(o)
iv = np.zeros(4, dtype=np.int64)
for i in range(4):
    iv[i] = b[i * 2] * 10
print(iv)
try:
    o[6] = 1.0
except IndexError as ex:
    print("IndexError", ex)
try:
    acc = b[11] * 2.0
except IndexError as ex:
    print("IndexError", ex)
print(float(b[-11]), b[5] + b[6], type(b[5] + b[6]).__name__)
