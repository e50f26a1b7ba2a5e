# np.sin/np.cos of float64 arrays (the hardware-FMA kernel where relaxed SIMD fuses, the exact
# kernel otherwise): every element compared with math.sin/math.cos (glibc's bits), lengths
# around the 64-element and 65536-element chunk thresholds, odd lengths, offsets, strided and
# reversed views, 0-size and 0-d arrays, int inputs, tiny/huge/nan/inf/-0.0, and
# arguments next to multiples of pi/2 and half-integers of 2/pi.
import math
import numpy as np


def ref(f, v):
    return f(v) if math.isfinite(v) else float("nan")


def same(r, e):
    return r == e or (r != r and e != e)


def check(name, x):
    xs = [float(v) for v in np.asarray(x, dtype=float).ravel()]
    with np.errstate(invalid="ignore"):
        s = np.asarray(np.sin(x))
        c = np.asarray(np.cos(x))
    bad_s = sum(1 for v, r in zip(xs, s.ravel().tolist()) if not same(r, ref(math.sin, v)))
    bad_c = sum(1 for v, r in zip(xs, c.ravel().tolist()) if not same(r, ref(math.cos, v)))
    k = max(1, len(xs) // 5)
    print(name, s.shape, s.dtype, bad_s, bad_c, [repr(float(v)) for v in s.ravel()[::k]], [repr(float(v)) for v in c.ravel()[::k]])


base = np.linspace(-40.0, 40.0, 1001) * 1.0000001
for n in (0, 1, 2, 3, 63, 64, 65, 66, 127, 128, 129):
    check("len%d" % n, base[:n])
check("offset", base[1:130])
check("stride2", base[::2])
check("stride3", base[1::3])
check("reversed", base[::-1])
check("2d", base[:1000].reshape(20, 50))
check("2d_T", base[:1000].reshape(20, 50).T)
check("2d_cols", base[:1000].reshape(20, 50)[:, 3:41:2])

special = np.array([0.0, -0.0, np.nan, np.inf, -np.inf, 5e-324, -5e-324, 2.2250738585072014e-308,
                    1e-300, 1e-20, -1e-9, 1.4901161193847656e-8, 7.450580596923828e-9, 3.7e-9,
                    0.855, 0.8549999999999999, -0.855, 2.426265, -2.4262650000000004, 0.126, -0.1259999,
                    105414349.99999999, 105414350.0, -105414350.0, 1e8, -1e8, 1e22, -1e300, 1.7976931348623157e308,
                    math.pi, -math.pi, math.pi / 2, -math.pi / 2, 3 * math.pi / 2, 1e6 * math.pi, 6.283185307179586])
check("special", np.concatenate([special] * 3))
check("special_odd", special[:35])

near = []
for k in list(range(-300, 301, 7)) + [1000, 12345, 99999, -77777, 31415926]:
    x = k * (math.pi / 2)
    near += [x, math.nextafter(x, math.inf), math.nextafter(x, -math.inf)]
check("near_pi2", np.array(near))
half = np.array([(k + 0.5) * (math.pi / 2) for k in range(-2000, 2000, 37)] + [(k + 0.5) * math.pi / 2 for k in (10**6, 3 * 10**7, 6 * 10**7)])
check("near_half", half)

rng = np.random.default_rng(16)
check("wide", rng.uniform(-1e6, 1e6, 3001))
check("mixed", np.concatenate([rng.uniform(-1, 1, 500), rng.uniform(-3, 3, 500), rng.uniform(-1e9, 1e9, 101)]))
check("expspread", np.exp2(rng.uniform(-40, 40, 2001)) * np.where(rng.uniform(0, 1, 2001) < 0.5, -1.0, 1.0))

big = np.linspace(-3000.0, 3000.0, 65537 * 2 + 3)
check("chunks", big)
check("chunks_view", big[5:65541])

check("ints", np.arange(-100, 100))
check("zero_d", np.array(1.25))
check("empty2d", np.zeros((0, 3)))

out = np.linspace(-5.0, 5.0, 300)
y = out.copy()
np.sin(out, out=out)
np.cos(y[::-1], out=y)
print(sum(1 for a, b in zip(np.linspace(-5.0, 5.0, 300).tolist(), out.tolist()) if math.sin(a) != b), repr(float(out[17])), repr(float(y[17])))
