"""cmath: mathematical functions for complex numbers (pyjs implementation; finite
arguments follow CPython's formulas, infinities and NaNs only partly)."""

import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_LARGE = 1.3407807929942596e+154   # sqrt(DBL_MAX) / 1.0001-ish threshold for scaling
_DBL_MIN = 2.2250738585072014e-308


def _c(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(float(z), 0.0)
    if hasattr(z, "__complex__"):
        return z.__complex__()
    if hasattr(z, "__float__"):
        return complex(z.__float__(), 0.0)
    raise TypeError("must be real number, not %s" % type(z).__name__)


def phase(z):
    z = _c(z)
    return _m.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    return (_m.hypot(z.real, z.imag), _m.atan2(z.imag, z.real))


def rect(r, phi):
    r = float(r)
    phi = float(phi)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(z):
    z = _c(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _c(a)
    b = _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return ((diff <= rel_tol * abs(b)) or (diff <= rel_tol * abs(a))) or (diff <= abs_tol)


def sqrt(z):
    z = _c(z)
    x, y = z.real, z.imag
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(y):
            return complex(inf, y)
        if _m.isnan(x):
            return complex(nan, nan)
        if _m.isinf(x):
            if x > 0:
                return complex(x, _m.copysign(0.0, y) if not _m.isnan(y) else nan)
            return complex(nan if _m.isnan(y) else 0.0, _m.copysign(inf, y))
        return complex(nan, nan)
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax = abs(x)
    ay = abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def exp(z):
    z = _c(z)
    x, y = z.real, z.imag
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(x) and x < 0 and not _m.isnan(y):
            return complex(0.0, 0.0) if _m.isinf(y) else complex(0.0 * _m.cos(y), 0.0 * _m.sin(y))
        if _m.isinf(x) and x > 0 and _m.isfinite(y):
            if y == 0:
                return complex(inf, y)
            return complex(inf * _m.cos(y), inf * _m.sin(y))
        if _m.isinf(y) or _m.isnan(y):
            if _m.isinf(x) and x > 0:
                return complex(inf, nan)
            if y == 0.0 and _m.isnan(x):
                return complex(nan, y)
            raise ValueError("math domain error") if _m.isinf(y) and _m.isfinite(x) else None
        return complex(nan, nan if y != 0 else y)
    if x > 708.0:
        l = _m.exp(x - 1.0)
        r = complex(l * _m.cos(y) * _m.e, l * _m.sin(y) * _m.e)
    else:
        l = _m.exp(x)
        r = complex(l * _m.cos(y), l * _m.sin(y))
    if _m.isinf(r.real) or _m.isinf(r.imag):
        raise OverflowError("math range error")
    return r


def _log(z):
    x, y = z.real, z.imag
    ax = abs(x)
    ay = abs(y)
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(x) or _m.isinf(y):
            return complex(inf, _m.atan2(y, x))
        return complex(nan, nan)
    if ax > 8.988465674311579e+307 or ay > 8.988465674311579e+307:
        r = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _m.log(2.0)
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            r = _m.log(_m.hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _m.log(2.0)
        else:
            raise ValueError("math domain error")
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            r = _m.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            r = _m.log(h)
    return complex(r, _m.atan2(y, x))


def log(z, base=None):
    z = _c(z)
    r = _log(z)
    if base is not None:
        b = _log(_c(base))
        r = r / b
    return r


def log10(z):
    r = _log(_c(z))
    return complex(r.real / _m.log(10.0), r.imag / _m.log(10.0))


def sinh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > 708.0:
        xm1 = x - _m.copysign(1.0, x)
        r = complex(_m.cos(y) * _m.sinh(xm1) * _m.e, _m.sin(y) * _m.cosh(xm1) * _m.e)
    else:
        r = complex(_m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x))
    if _m.isinf(r.real) or _m.isinf(r.imag):
        raise OverflowError("math range error")
    return r


def cosh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > 708.0:
        xm1 = x - _m.copysign(1.0, x)
        r = complex(_m.cos(y) * _m.cosh(xm1) * _m.e, _m.sin(y) * _m.sinh(xm1) * _m.e)
    else:
        r = complex(_m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x))
    if _m.isinf(r.real) or _m.isinf(r.imag):
        raise OverflowError("math range error")
    return r


def tanh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > 354.0:
        return complex(_m.copysign(1.0, x),
                       4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def sin(z):
    z = _c(z)
    r = sinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def cos(z):
    z = _c(z)
    return cosh(complex(-z.imag, z.real))


def tan(z):
    z = _c(z)
    r = tanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def asinh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        if y >= 0:
            r = complex(_m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + 2 * _m.log(2.0), x),
                        _m.atan2(y, abs(x)))
        else:
            r = complex(-_m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + 2 * _m.log(2.0), -x),
                        _m.atan2(y, abs(x)))
        return r
    s1 = sqrt(complex(1.0 + y, -x))
    s2 = sqrt(complex(1.0 - y, x))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asin(z):
    z = _c(z)
    s = asinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def acos(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        re = _m.atan2(abs(y), x)
        if x < 0:
            im = -_m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + 2.0 * _m.log(2.0), y)
        else:
            im = _m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + 2.0 * _m.log(2.0), -y)
        return complex(re, im)
    s1 = sqrt(complex(1.0 - x, -y))
    s2 = sqrt(complex(1.0 + x, y))
    return complex(2.0 * _m.atan2(s1.real, s2.real),
                   _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_m.log(_m.hypot(x / 2.0, y / 2.0)) + 2.0 * _m.log(2.0), _m.atan2(y, x))
    s1 = sqrt(complex(x - 1.0, y))
    s2 = sqrt(complex(x + 1.0, y))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * _m.atan2(s1.imag, s2.real))


def atanh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if x < 0:
        r = atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _LARGE or ay > _LARGE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_m.copysign(_m.pi / 2.0, -y))
    if x == 1.0 and ay < 1.4916681462400413e-154:
        if ay == 0.0:
            raise ValueError("math domain error")
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))),
                       _m.copysign(_m.atan2(2.0, -ay) / 2.0, y))
    re = _m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
    im = -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return complex(re, im)


def atan(z):
    z = _c(z)
    s = atanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)
