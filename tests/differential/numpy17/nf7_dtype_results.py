# Result dtypes of mixed operations: bool/int/float arrays with Python and NumPy scalars.
import operator

import numpy as np

b = np.array([True, False, True])
i = np.array([1, 2, 3])
f = np.array([0.5, 1.5, 2.5])
operands = [("b", b), ("i", i), ("f", f), ("py1", 1), ("py1.0", 1.0), ("pyT", True), ("i64", np.int64(2)), ("f64", np.float64(0.5))]
for n1, x in operands[:3]:
    for n2, y in operands:
        row = []
        for op, fn in [("+", operator.add), ("-", operator.sub), ("*", operator.mul), ("/", operator.truediv), ("//", operator.floordiv), ("%", operator.mod), ("**", operator.pow), ("<", operator.lt), ("&", operator.and_)]:
            if n1 == "b" and op in ("//", "%", "**"):
                continue  # int8 results (NumPy's bool loops): not supported by pyjs
            try:
                r = fn(x, y)
                row.append(op + ":" + str(np.asarray(r).dtype))
            except Exception as e:
                row.append(op + ":" + type(e).__name__)
        print(n1, n2, " ".join(row))
print(repr(b + b), repr(b * 3), repr(-i), repr(~b), repr(~i), repr(b ^ True), repr(i & 6), repr(i | 8), repr(i ^ 1))
print(repr(i << 2), repr(i >> 1), repr(np.abs(-f)), repr(+b) if False else "")
try:
    print(-b)
except TypeError as e:
    print("TypeError", e)
print(repr(np.sum(b)), repr(np.mean(b)), repr(np.prod(b)), repr(np.cumsum(b)), repr(b.max()))
print(repr(i.mean()), repr(i.sum(dtype=float)), repr(np.mean(i, dtype=np.float64)), repr(i.astype(bool)))
print(repr(np.where(b, i, f)), repr(np.where(b, 1, 0)), repr(np.where(b, 1.0, i)), repr(np.where(b, True, False)))
print(repr(np.maximum(i, 2.5)), repr(np.minimum(b, 0)), repr(np.clip(i, 1.5, 2.5)), repr(np.clip(i, 1, 2)))
print(repr(np.sqrt(i)), repr(np.exp(i)), repr(np.floor(i)), repr(np.round(i)), repr(np.sign(f - 1)), repr(np.sign(i - 2)))
print(repr(np.power(i, 2)), repr(np.power(i, 2.0)), repr(np.mod(i, 2)), repr(np.mod(f, 1)), repr(np.arctan2(i, 2)))
print(repr(np.concatenate([i, f])), repr(np.concatenate([b, i])), repr(np.stack([b, b])), repr(np.hstack([i, [7]])))
print(repr(np.array([1, 2.0])), repr(np.array([True, 2])), repr(np.array([[1], [2.5]])), repr(np.zeros(2, dtype=bool)))
print(repr(np.arange(3) * 1.0), repr(np.arange(0, 1, 0.25)), repr(np.arange(5, dtype=float)), repr(np.linspace(0, 4, 5, dtype=int)))
print(repr(i.astype(float) / 0.0 if False else i / 2), repr(i // 2.0), repr(f.astype(int)), repr((f * -1).astype(int)))
print(repr(np.full(3, 7)), repr(np.full(3, 7.0)), repr(np.full((2,), True)), repr(np.ones(2, dtype=int)), repr(np.empty(0)))
print(repr(np.zeros_like(i)), repr(np.ones_like(f)), repr(np.full_like(i, 2.7)), repr(np.full_like(f, 2)), repr(np.zeros_like(b)))
