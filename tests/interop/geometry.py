"""A library compiled with `pyjs compile --lib` and used from JavaScript (geometry.test.mjs)."""
from dataclasses import dataclass
import numpy as np

print("geometry loaded as", __name__)


@dataclass
class Point:
    x: float
    y: float

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


def mean(xs):
    return sum(xs) / len(xs)


def summary(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return {"total": len(words), "counts": counts, "longest": max(words, key=len), "pair": (1, 2.0)}


def by_length(words):
    return {len(w): w for w in words}


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def scale(a, k):
    return np.asarray(a) * k


def column_means(flat, rows):
    return np.asarray(flat).reshape(rows, -1).mean(axis=0)


def total(a):
    return np.sum(a)


def transpose_flat(flat, rows):
    return np.asarray(flat).reshape(rows, -1).T


def fail(x):
    return {"a": 1}[x]


if __name__ == "__main__":
    print("never printed: imported from JavaScript")
