"""glibc's results (through CPython's math) for _libm.mjs: python3 gen_libm.py > data/libm.json

For each function, [[args..., result], ...] with plain JSON numbers (exact: repr round-trips).
"""
import json
import math
import random

rng = random.Random(31337)
U = rng.uniform


def signed_mag(lo, hi):
    return rng.choice((1, -1)) * 10 ** U(lo, hi)


def table(f, args_list):
    out = []
    for args in args_list:
        try:
            r = f(*args)
        except (ValueError, OverflowError):
            continue
        if math.isfinite(r):
            out.append([*args, r])
    return out


N = 400
data = {
    "exp": table(math.exp, [(U(-745, 709.7),) for _ in range(N)] + [(U(-2, 2),) for _ in range(N)]),
    "exp2": table(math.exp2, [(U(-1074, 1023),) for _ in range(N)] + [(U(-3, 3),) for _ in range(N)]),
    "log": table(math.log, [(10 ** U(-320, 308),) for _ in range(N)] + [(U(0.5, 2),) for _ in range(N)]
                 + [(1 + U(-1, 1) * 2.0 ** -rng.randint(8, 50),) for _ in range(N // 2)]),
    "log2": table(math.log2, [(10 ** U(-320, 308),) for _ in range(N)] + [(U(0.5, 2),) for _ in range(N)]),
    "log10": table(math.log10, [(10 ** U(-320, 308),) for _ in range(N)] + [(U(0.5, 2),) for _ in range(N)]),
    "pow": table(math.pow, [(U(0, 10), U(-60, 60)) for _ in range(N)] + [(U(0.9, 1.1), U(-2000, 2000)) for _ in range(N // 2)]
                 + [(-U(0, 5), float(rng.randint(-30, 30))) for _ in range(N // 4)] + [(U(0, 3), U(-3, 3)) for _ in range(N)]),
    "sin": table(math.sin, [(U(-10, 10),) for _ in range(N)] + [(signed_mag(-8, 8),) for _ in range(N)]),
    "cos": table(math.cos, [(U(-10, 10),) for _ in range(N)] + [(signed_mag(-8, 8),) for _ in range(N)]),
    "tan": table(math.tan, [(U(-10, 10),) for _ in range(N)] + [(signed_mag(-8, 8),) for _ in range(N)]),
    "atan": table(math.atan, [(signed_mag(-10, 10),) for _ in range(N)] + [(U(-2, 2),) for _ in range(N)]),
    "atan2": table(math.atan2, [(U(-5, 5), U(-5, 5)) for _ in range(N)] + [(signed_mag(-5, 5), signed_mag(-5, 5)) for _ in range(N)]),
    "asin": table(math.asin, [(U(-1, 1),) for _ in range(N)] + [(signed_mag(-10, 0),) for _ in range(N // 2)]),
    "acos": table(math.acos, [(U(-1, 1),) for _ in range(N)] + [(signed_mag(-10, 0),) for _ in range(N // 2)]),
    "expm1": table(math.expm1, [(U(-40, 709),) for _ in range(N)] + [(U(-1, 1),) for _ in range(N)] + [(signed_mag(-20, 0),) for _ in range(N // 2)]),
    "log1p": table(math.log1p, [(U(-1, 3),) for _ in range(N)] + [(10 ** U(-20, 300),) for _ in range(N)]),
    "sinh": table(math.sinh, [(U(-710, 710),) for _ in range(N)] + [(U(-3, 3),) for _ in range(N)]),
    "cosh": table(math.cosh, [(U(-710, 710),) for _ in range(N)] + [(U(-3, 3),) for _ in range(N)]),
    "tanh": table(math.tanh, [(U(-25, 25),) for _ in range(N)] + [(signed_mag(-20, 0),) for _ in range(N)]),
    "asinh": table(math.asinh, [(signed_mag(-10, 300),) for _ in range(N)] + [(U(-3, 3),) for _ in range(N)]),
    "acosh": table(math.acosh, [(1 + 10 ** U(-15, 300),) for _ in range(N)] + [(U(1, 3),) for _ in range(N)]),
    "atanh": table(math.atanh, [(U(-1, 1),) for _ in range(N)] + [(signed_mag(-20, 0),) for _ in range(N)]),
}
print(json.dumps(data, separators=(",", ":")))
