# A variable rebound to fresh array results in a loop and then returned: its old values go back
# to the buffer pool on each rebinding and the returned one stays intact (also when the caller
# keeps it in two places, rebinds it, or the function has try/finally), and reductions of dead
# temporaries (np.max(np.abs(x - y)), np.sum(a * b)) give their data back.
import numpy as np


def loop(a, b, reps):
    for k in range(reps):
        c = a + b * k
    return c


def twice(a):
    c = a * 2.0
    c = c + 1.0
    return c


def with_finally(a):
    c = a * 3.0
    try:
        return c
    finally:
        c = a - 1.0


def gen(a):
    c = a + 1.0
    for _ in range(3):
        c = c * 2.0
        yield float(c.sum())
    return c


a = np.linspace(0.0, 1.0, 300)
b = np.linspace(1.0, 2.0, 300)
r1 = loop(a, b, 4)
keep = [r1]
r2 = loop(a, b, 5)
alias = r2
r2 = twice(a)
r3 = twice(b)
print(float(r1.sum()), float(keep[0].sum()), float(alias.sum()), float(r2.sum()), float(r3.sum()))
x = with_finally(a)
y = a + 100.0
print(float(x.sum()), float(y.sum()), float(x[5]), float(x[-1]))
print(list(gen(a)))
acc = 0.0
for k in range(5):
    acc += float(np.max(np.abs(a - b * k)))
    acc += float(np.sum(a * b)) + float(np.min(a - b)) + float(np.mean(a + k))
    acc += float(np.amax(a * k)) + float(np.prod(a[:5] + 1.0)) + float(np.any(a > k)) + float(np.all(b > k))
print(acc)
z = a - b
print(float(np.max(np.abs(z))), float(z[0]), float(z[-1]))
t = np.sum(np.abs(a - 0.5)), np.max(a * 0.0), np.min(-(a * 0.0))
print(t)
print(np.max(np.abs(np.array([1.0, np.nan]) - 1.0)), np.max(np.abs(np.array([-0.0, 0.0]) * 1.0)))
print(np.sum(np.ones((3, 4)) * 2.0, 0), np.max(np.arange(12.0).reshape(3, 4) - 1.0, 1))
