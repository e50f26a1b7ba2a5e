"""decimal: decimal floating point arithmetic (pyjs implementation of a core subset).

Supported: construction (int, str, float, tuple, Decimal), + - * / // % ** (integer
exponents), comparisons, hashing, str/repr, quantize and the rounding modes, sqrt,
to_integral_value, normalize, format specs (e, f, g, %, none), contexts (prec, rounding,
traps, flags, localcontext), exp, ln and log10 (CPython's correctly rounded algorithms).
Not supported (raise NotImplementedError): non-integer powers, and other rarely used methods."""

import math as _math
import _pyjs

__all__ = ["Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext",
           "ExtendedContext", "DecimalException", "Clamped", "InvalidOperation",
           "DivisionByZero", "Inexact", "Rounded", "Subnormal", "Overflow", "Underflow",
           "FloatOperation", "DivisionImpossible", "InvalidContext", "ConversionSyntax",
           "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN",
           "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP",
           "setcontext", "getcontext", "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN",
           "MIN_ETINY", "HAVE_THREADS", "HAVE_CONTEXTVAR"]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped]
# The order Context's repr lists signals in.
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow]
# The signal a condition raises (C decimal reports conditions as lists).
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


class DecimalTuple(tuple):
    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    @property
    def sign(self):
        return self[0]

    @property
    def digits(self):
        return self[1]

    @property
    def exponent(self):
        return self[2]

    def __repr__(self):
        return "DecimalTuple(sign=%r, digits=%r, exponent=%r)" % (self[0], self[1], self[2])


class _SignalDict(dict):
    # As CPython's SignalDict, the values are bools (`ctx.flags[Inexact] = 1` stores True).
    def __setitem__(self, key, value):
        dict.__setitem__(self, key, bool(value))

    def __repr__(self):
        return "{" + ", ".join("<class 'decimal.%s'>:%s" % (k.__name__, v)
                               for k, v in self.items()) + "}"


class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        dc = _DEFAULT[0]
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        self.flags = _SignalDict((s, False) for s in _SIGNALS)
        self.traps = _SignalDict((s, False) for s in _SIGNALS)
        if flags is not None:
            for s in (flags if not isinstance(flags, dict) else [k for k, v in flags.items() if v]):
                self.flags[s] = 1
        if traps is None:
            src = dc.traps if dc else {InvalidOperation: 1, DivisionByZero: 1, Overflow: 1}
            for s, v in src.items():
                self.traps[s] = v
        else:
            for s in (traps if not isinstance(traps, dict) else [k for k, v in traps.items() if v]):
                self.traps[s] = 1

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
            if value < 1 or value > MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, "
                                "ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, "
                                "ROUND_HALF_EVEN,\n   ROUND_05UP]")
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if self.flags[s]]
        traps = [s.__name__ for s in _REPR_ORDER if self.traps[s]]
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (self.prec, self.rounding, self.Emin, self.Emax,
                                              self.capitals, self.clamp, ", ".join(flags),
                                              ", ".join(traps)))

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp)
        for s in _SIGNALS:
            c.flags[s] = self.flags[s]
            c.traps[s] = self.traps[s]
        return c

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = 0

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = 0

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, condition, explanation=None, result=None):
        signal = _SIGNAL_OF.get(condition, condition)
        self.flags[signal] = 1
        if self.traps[signal]:
            raise signal([condition])
        return result

    def create_decimal(self, num="0"):
        d = Decimal(num, context=self)
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def abs(self, a):
        return _dec(a).__abs__(context=self)

    def add(self, a, b):
        return _dec(a).__add__(_dec(b), context=self)

    def subtract(self, a, b):
        return _dec(a).__sub__(_dec(b), context=self)

    def multiply(self, a, b):
        return _dec(a).__mul__(_dec(b), context=self)

    def divide(self, a, b):
        return _dec(a).__truediv__(_dec(b), context=self)

    def divide_int(self, a, b):
        return _dec(a).__floordiv__(_dec(b), context=self)

    def remainder(self, a, b):
        return _dec(a).__mod__(_dec(b), context=self)

    def power(self, a, b, modulo=None):
        return _dec(a).__pow__(_dec(b), modulo, context=self)

    def sqrt(self, a):
        return _dec(a).sqrt(context=self)

    def exp(self, a):
        return _dec(a).exp(context=self)

    def ln(self, a):
        return _dec(a).ln(context=self)

    def log10(self, a):
        return _dec(a).log10(context=self)

    def plus(self, a):
        return _dec(a).__pos__(context=self)

    def minus(self, a):
        return _dec(a).__neg__(context=self)

    def quantize(self, a, b):
        return _dec(a).quantize(_dec(b), context=self)

    def compare(self, a, b):
        return _dec(a).compare(_dec(b), context=self)

    def max(self, a, b):
        return _dec(a).max(_dec(b), context=self)

    def min(self, a, b):
        return _dec(a).min(_dec(b), context=self)

    def to_sci_string(self, a):
        return str(_dec(a))

    def is_signed(self, a):
        return _dec(a).is_signed()

    def is_zero(self, a):
        return _dec(a).is_zero()


def _dec(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    raise TypeError("conversion from %s to Decimal is not supported" % type(x).__name__)


_current = [None]
_DEFAULT = [None]


def getcontext():
    c = _current[0]
    if c is None:
        c = _current[0] = DefaultContext.copy()
    return c


def setcontext(context):
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _LocalContext:
    def __init__(self, ctx, kwargs):
        self.new_context = ctx.copy()
        for k, v in kwargs.items():
            if k not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"):
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
            setattr(self.new_context, k, v)

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    return _LocalContext(getcontext() if ctx is None else ctx, kwargs)


def _round_coeff(c, drop, sign, rounding):
    """Drop `drop` (>0) trailing digits of coefficient c; returns (new coefficient, inexact)."""
    p = 10 ** drop
    q, r = divmod(c, p)
    if r == 0:
        return q, False
    half = p // 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    return (q + 1 if up else q), True


def _ndigits(c):
    if c < 10 ** 15:
        return len(str(c)) if c else 1
    # Past str()'s digit limit too: from the bit length, then corrected.
    n = (c.bit_length() - 1) * 30103 // 100000
    p = 10 ** n
    while c >= p * 10:
        p *= 10
        n += 1
    while c < p:
        p //= 10
        n -= 1
    return n + 1


_INF_NAMES = ("inf", "infinity", "+inf", "+infinity", "-inf", "-infinity")


class Decimal:
    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        self._special = ""
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = (value._sign, value._int,
                                                               value._exp, value._special)
            return self
        if isinstance(value, bool) or isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
            return self
        if isinstance(value, float):
            ctx = context if context is not None else getcontext()
            ctx.flags[FloatOperation] = 1
            if ctx.traps[FloatOperation]:
                raise FloatOperation([FloatOperation])
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
            return self
        if isinstance(value, str):
            s = value.strip().replace("_", "") if "_" not in value.strip()[:1] else None
            if s is None or not _parse_into(self, s):
                ctx = context if context is not None else getcontext()
                ctx._raise(ConversionSyntax)
                self._sign, self._int, self._exp, self._special = 0, 0, 0, "n"
            return self
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            self._sign = sign
            if exp == "F":
                self._int, self._exp, self._special = 0, 0, "F"
                return self
            if exp in ("n", "N"):
                self._int, self._exp, self._special = 0, 0, exp
                return self
            c = 0
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError("coefficient must be a tuple of digits")
                c = c * 10 + d
            self._int, self._exp = c, exp
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if f != f:
            return cls("NaN")
        if f in (float("inf"), float("-inf")):
            return cls("Infinity" if f > 0 else "-Infinity")
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        d = object.__new__(Decimal)
        d._sign, d._int, d._exp, d._special = sign, n * 5 ** k, -k, ""
        return d if cls is Decimal else cls(d)

    # ---- predicates and parts ----
    def is_nan(self):
        return self._special in ("n", "N")

    def is_qnan(self):
        return self._special == "n"

    def is_snan(self):
        return self._special == "N"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return self._special == ""

    def is_zero(self):
        return self._special == "" and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        return self._special == "" and self._int != 0

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        if self._special == "F":
            return DecimalTuple(self._sign, (0,), "F")
        if self._special:
            digits = tuple(int(c) for c in str(self._int)) if self._int else ()
            return DecimalTuple(self._sign, digits, self._special)
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._special == "F":
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._special:
            raise ValueError("cannot convert NaN to integer ratio")
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
        g = _math.gcd(n, d)
        n, d = n // g, d // g
        return (-n if self._sign else n), d

    def canonical(self):
        return self

    def copy_abs(self):
        return _make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        return _make(_dec(other)._sign, self._int, self._exp, self._special)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    # ---- strings ----
    def __str__(self):
        return self._to_str(False)

    def to_eng_string(self, context=None):
        return self._to_str(True)

    def _to_str(self, eng):
        sign = "-" if self._sign else ""
        if self._special == "F":
            return sign + "Infinity"
        if self._special:
            payload = str(self._int) if self._int else ""
            return sign + ("NaN" if self._special == "n" else "sNaN") + payload
        digits = str(self._int)
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = "0"
            fracpart = "." + "0" * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + "0" * (dotplace - len(digits))
            fracpart = ""
        else:
            intpart = digits[:dotplace]
            fracpart = "." + digits[dotplace:]
        if leftdigits == dotplace:
            e = ""
        else:
            e = "E%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + e

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    # ---- conversions ----
    def __float__(self):
        if self._special:
            if self._special == "N":
                raise ValueError("cannot convert signaling NaN to float")
            if self._special == "n":
                return float("-nan") if self._sign else float("nan")
            return float("-inf") if self._sign else float("inf")
        return float(str(self))

    def __int__(self):
        if self._special:
            if self._special == "F":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("Second argument to round should be integral")
            return self.quantize(_make(0, 1, -n, ""))
        if self._special:
            if self._special == "F":
                raise OverflowError("cannot round an infinity")
            raise ValueError("cannot round a NaN")
        return int(self.to_integral_value(ROUND_HALF_EVEN))

    # ---- context rounding ----
    def _fix(self, ctx):
        if self._special:
            return self
        c, exp = self._int, self._exp
        n = _ndigits(c)
        if n > ctx.prec:
            drop = n - ctx.prec
            c, inexact = _round_coeff(c, drop, self._sign, ctx.rounding)
            exp += drop
            if _ndigits(c) > ctx.prec:
                c //= 10
                exp += 1
            ctx._raise(Rounded)
            if inexact:
                ctx._raise(Inexact)
        result = _make(self._sign, c, exp, "")
        if c != 0 and result.adjusted() > ctx.Emax:
            ctx._raise(Inexact)
            ctx._raise(Rounded)
            ctx._raise(Overflow)
            return _make(self._sign, 0, 0, "F")
        if result is not self and c == self._int and exp == self._exp:
            return self
        return result

    def _check_nans(self, other, ctx):
        for x in (self, other):
            if x is not None and x._special == "N":
                ctx._raise(InvalidOperation)
                return _make(x._sign, x._int, 0, "n")
        for x in (self, other):
            if x is not None and x._special == "n":
                return x
        return None

    # ---- arithmetic ----
    def __neg__(self, context=None):
        ctx = context or getcontext()
        nan = self._check_nans(None, ctx)
        if nan is not None:
            return nan
        sign = 1 - self._sign
        if self._special == "" and self._int == 0:
            sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _make(sign, self._int, self._exp, self._special)._fix(ctx)

    def __pos__(self, context=None):
        ctx = context or getcontext()
        nan = self._check_nans(None, ctx)
        if nan is not None:
            return nan
        sign = self._sign
        if self._special == "" and self._int == 0:
            sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _make(sign, self._int, self._exp, self._special)._fix(ctx)

    def __abs__(self, round=True, context=None):
        ctx = context or getcontext()
        nan = self._check_nans(None, ctx)
        if nan is not None:
            return nan
        return _make(0, self._int, self._exp, self._special)._fix(ctx)

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        if self._special == "F" or other._special == "F":
            if self._special == "F" and other._special == "F" and self._sign != other._sign:
                return ctx._raise(InvalidOperation, result=_make(0, 0, 0, "n"))
            return self if self._special == "F" else other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        v = (-a if self._sign else a) + (-b if other._sign else b)
        if v == 0:
            if self._sign == other._sign == 1:
                sign = 1
            elif ctx.rounding == ROUND_FLOOR and (self._sign or other._sign):
                sign = 1
            else:
                sign = 0
        else:
            sign = 1 if v < 0 else 0
        return _make(sign, abs(v), exp, "")._fix(ctx)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate() if not other.is_nan() else other, context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == "F" or other._special == "F":
            if self.is_zero() or other.is_zero():
                return ctx._raise(InvalidOperation, result=_make(0, 0, 0, "n"))
            return _make(sign, 0, 0, "F")
        return _make(sign, self._int * other._int, self._exp + other._exp, "")._fix(ctx)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == "F" or other._special == "F":
            if self._special == "F" and other._special == "F":
                return ctx._raise(InvalidOperation, result=_make(0, 0, 0, "n"))
            if self._special == "F":
                return _make(sign, 0, 0, "F")
            return _make(sign, 0, ctx.Etiny(), "")
        if other._int == 0:
            if self._int == 0:
                return ctx._raise(DivisionUndefined, result=_make(0, 0, 0, "n"))
            return ctx._raise(DivisionByZero, result=_make(sign, 0, 0, "F"))
        ideal = self._exp - other._exp
        if self._int == 0:
            return _make(sign, 0, ideal, "")._fix(ctx)
        shift = _ndigits(other._int) - _ndigits(self._int) + ctx.prec + 1
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        exp = ideal - shift
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _make(sign, q, exp, "")._fix(ctx)

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divmod(self, other, ctx):
        sign = self._sign ^ other._sign
        if other._int == 0:
            if self._int == 0:
                ctx._raise(DivisionUndefined)
                return _make(0, 0, 0, "n"), _make(0, 0, 0, "n")
            ctx._raise(InvalidOperation)
            return _make(sign, 0, 0, "F"), _make(0, 0, 0, "n")
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _ndigits(q) > ctx.prec:
            ctx._raise(DivisionImpossible)
            return _make(0, 0, 0, "n"), _make(0, 0, 0, "n")
        rexp = min(self._exp, other._exp)
        return _make(sign, q, 0, ""), _make(self._sign, r, rexp, "")._fix(ctx)

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        if self._special or other._special:
            raise NotImplementedError("decimal: // with infinities is not supported by pyjs")
        return self._divmod(other, ctx)[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        if self._special or other._special:
            raise NotImplementedError("decimal: % with infinities is not supported by pyjs")
        return self._divmod(other, ctx)[1]

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if self._special or other._special:
            raise NotImplementedError("decimal: divmod with special values is not supported by pyjs")
        return self._divmod(other, ctx)

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def remainder_near(self, other, context=None):
        other = _dec(other)
        ctx = context or getcontext()
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        if self._special == "F" or (other._special == "" and other._int == 0):
            ctx._raise(InvalidOperation)
            return _make(0, 0, 0, "n")
        if other._special == "F":
            return self._fix(ctx)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        q, r = divmod(a, b)
        # the quotient nearest to a / b, ties to even
        if 2 * abs(r) > abs(b) or (2 * abs(r) == abs(b) and q % 2):
            q += 1
            r -= b
        if r == 0:
            return _make(self._sign, 0, exp, "")._fix(ctx)
        return _make(int(r < 0), abs(r), exp, "")._fix(ctx)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if modulo is not None:
            raise NotImplementedError("three-argument pow() of Decimal is not supported by pyjs")
        ctx = context or getcontext()
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        if self._special or other._special or not other._is_integer():
            raise NotImplementedError("Decimal ** with a non-integer or infinite operand is not "
                                      "supported by pyjs")
        n = int(other)
        if n == 0:
            if self._int == 0:
                return ctx._raise(InvalidOperation, result=_make(0, 0, 0, "n"))
            return _make(0, 1, 0, "")
        sign = self._sign if n % 2 else 0
        if self._int == 0:
            if n < 0:
                return _make(sign, 0, 0, "F")
            return _make(sign, 0, 0, "")
        if n > 0:
            return _make(sign, self._int ** n, self._exp * n, "")._fix(ctx)
        # Negative powers: 1 / x**-n, computed with guard digits then rounded once.
        work = ctx.copy()
        work.prec = ctx.prec + 10
        work.clear_traps()
        work.clear_flags()
        denom = _make(0, self._int ** -n, self._exp * -n, "")
        q = _make(0, 1, 0, "").__truediv__(denom, context=work)
        exact = not work.flags[Inexact]
        q = _make(sign, q._int, q._exp, "")
        if exact:
            return q._fix(ctx)
        c = q._int * 10 + 1
        return _make(sign, c, q._exp - 1, "")._fix(ctx)

    def __rpow__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def _is_integer(self):
        if self._special:
            return False
        if self._exp >= 0:
            return True
        return self._int % 10 ** -self._exp == 0

    def sqrt(self, context=None):
        ctx = context or getcontext()
        nan = self._check_nans(None, ctx)
        if nan is not None:
            return nan
        if self._special == "F":
            if self._sign:
                return ctx._raise(InvalidOperation, result=_make(0, 0, 0, "n"))
            return self
        ideal = self._exp // 2
        if self._int == 0:
            return _make(self._sign, 0, ideal, "")
        if self._sign:
            return ctx._raise(InvalidOperation, result=_make(0, 0, 0, "n"))
        c, e = self._int, self._exp
        if e % 2:
            c *= 10
            e -= 1
        k = max(0, ctx.prec + 1 - (_ndigits(c) + 1) // 2)
        c *= 10 ** (2 * k)
        e -= 2 * k
        q = _math.isqrt(c)
        exp = e // 2
        if q * q != c:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        work = ctx.copy()
        work.rounding = ROUND_HALF_EVEN
        r = _make(0, q, exp, "")._fix(work)
        for s in (Inexact, Rounded):
            if work.flags[s]:
                ctx._raise(s)
        return r

    def _ln_finish(self, ans, ctx):
        work = ctx.copy()
        work.rounding = ROUND_HALF_EVEN
        work.clear_flags()
        r = ans._fix(work)
        for s in (Inexact, Rounded, Overflow):
            if work.flags[s]:
                ctx._raise(s)
        return r

    def exp(self, context=None):
        ctx = context or getcontext()
        nan = self._check_nans(None, ctx)
        if nan is not None:
            return nan
        if self._special == "F":
            return _make(0, 0, 0, "") if self._sign else self
        if self._int == 0:
            return _make(0, 1, 0, "")
        p = ctx.prec
        adj = self.adjusted()
        if self._sign == 0 and adj > len(str((ctx.Emax + 1) * 3)):
            ans = _make(0, 1, ctx.Emax + 1, "")
        elif self._sign == 1 and adj > len(str((-ctx.Etiny() + 1) * 3)):
            ans = _make(0, 1, ctx.Etiny() - 1, "")
        elif self._sign == 0 and adj < -p:
            ans = _make(0, 10 ** p + 1, -p, "")
        elif self._sign == 1 and adj < -p - 1:
            ans = _make(0, 10 ** (p + 1) - 1, -p - 1, "")
        else:
            c, e = self._int, self._exp
            if self._sign == 1:
                c = -c
            extra = 3
            while True:
                coeff, exp = _dexp(c, e, p + extra)
                if coeff % (5 * 10 ** (len(str(coeff)) - p - 1)):
                    break
                extra += 3
            ans = _make(0, coeff, exp, "")
        return self._ln_finish(ans, ctx)

    def _ln_exp_bound(self):
        adj = self._exp + _ndigits(self._int) - 1
        if adj >= 1:
            return len(str(adj * 23 // 10)) - 1
        if adj <= -2:
            return len(str((-1 - adj) * 23 // 10)) - 1
        c, e = self._int, self._exp
        if adj == 0:
            num = str(c - 10 ** -e)
            den = str(c)
            return len(num) - len(den) - (num < den)
        return e + len(str(10 ** -e - c)) - 1

    def ln(self, context=None):
        ctx = context or getcontext()
        nan = self._check_nans(None, ctx)
        if nan is not None:
            return nan
        if self._int == 0 and not self._special:
            return _make(1, 0, 0, "F")
        if self._special == "F" and not self._sign:
            return self
        if self._sign:
            return ctx._raise(InvalidOperation, result=_make(0, 0, 0, "n"))
        if self._int == 10 ** -self._exp if self._exp <= 0 else False:
            return _make(0, 0, 0, "")
        c, e = self._int, self._exp
        p = ctx.prec
        places = p - self._ln_exp_bound() + 2
        while True:
            coeff = _dlog(c, e, places)
            if coeff % (5 * 10 ** (len(str(abs(coeff))) - p - 1)):
                break
            places += 3
        ans = _make(int(coeff < 0), abs(coeff), -places, "")
        return self._ln_finish(ans, ctx)

    def _log10_exp_bound(self):
        adj = self._exp + _ndigits(self._int) - 1
        if adj >= 1:
            return len(str(adj)) - 1
        if adj <= -2:
            return len(str(-1 - adj)) - 1
        c, e = self._int, self._exp
        if adj == 0:
            num = str(c - 10 ** -e)
            den = str(231 * c)
            return len(num) - len(den) - (num < den) + 2
        num = str(10 ** -e - c)
        return len(num) + e - (num < "231") - 1

    def log10(self, context=None):
        ctx = context or getcontext()
        nan = self._check_nans(None, ctx)
        if nan is not None:
            return nan
        if self._int == 0 and not self._special:
            return _make(1, 0, 0, "F")
        if self._special == "F" and not self._sign:
            return self
        if self._sign:
            return ctx._raise(InvalidOperation, result=_make(0, 0, 0, "n"))
        digits = str(self._int)
        if digits[0] == "1" and digits[1:] == "0" * (len(digits) - 1):
            ans = Decimal(self._exp + len(digits) - 1)
        else:
            c, e = self._int, self._exp
            p = ctx.prec
            places = p - self._log10_exp_bound() + 2
            while True:
                coeff = _dlog10(c, e, places)
                if coeff % (5 * 10 ** (len(str(abs(coeff))) - p - 1)):
                    break
                places += 3
            ans = _make(int(coeff < 0), abs(coeff), -places, "")
        return self._ln_finish(ans, ctx)

    def logb(self, context=None):
        ctx = context or getcontext()
        nan = self._check_nans(None, ctx)
        if nan is not None:
            return nan
        if self._special == "F":
            return _make(0, 0, 0, "F")
        if self._int == 0:
            return ctx._raise(DivisionByZero, "logb(0)", _make(1, 0, 0, "F"))
        return Decimal(self.adjusted())._fix(ctx)

    # ---- the logical and digit-shifting operations (as _pydecimal) ----
    def _islogical(self):
        return (not self._special and self._sign == 0 and self._exp == 0
                and set(str(self._int)) <= {"0", "1"})

    @staticmethod
    def _fill_logical(ctx, opa, opb):
        dif = ctx.prec - len(opa)
        opa = "0" * dif + opa if dif > 0 else opa[-ctx.prec:]
        dif = ctx.prec - len(opb)
        opb = "0" * dif + opb if dif > 0 else opb[-ctx.prec:]
        return opa, opb

    def _logical(self, other, context, op):
        ctx = context or getcontext()
        other = _dec(other)
        if not self._islogical() or not other._islogical():
            return ctx._raise(InvalidOperation, result=_make(0, 0, 0, "n"))
        opa, opb = self._fill_logical(ctx, str(self._int), str(other._int))
        result = "".join(str(op(int(a), int(b))) for a, b in zip(opa, opb))
        return _make(0, int(result.lstrip("0") or "0"), 0, "")

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda a, b: a & b)

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda a, b: a | b)

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda a, b: a ^ b)

    def logical_invert(self, context=None):
        ctx = context or getcontext()
        return self.logical_xor(_make(0, int("1" * ctx.prec), 0, ""), ctx)

    def _digit_shift(self, other, context, rotate):
        ctx = context or getcontext()
        other = _dec(other)
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        if other._special or other._exp != 0 or not -ctx.prec <= int(other) <= ctx.prec:
            return ctx._raise(InvalidOperation, result=_make(0, 0, 0, "n"))
        if self._special == "F":
            return Decimal(self)
        torot = int(other)
        rotdig = str(self._int)
        topad = ctx.prec - len(rotdig)
        if topad > 0:
            rotdig = "0" * topad + rotdig
        elif topad < 0:
            rotdig = rotdig[-topad:]
        if rotate:
            out = rotdig[torot:] + rotdig[:torot]
        elif torot < 0:
            out = rotdig[:torot]
        else:
            out = (rotdig + "0" * torot)[-ctx.prec:]
        return _make(self._sign, int(out.lstrip("0") or "0"), self._exp, "")

    def shift(self, other, context=None):
        return self._digit_shift(other, context, False)

    def rotate(self, other, context=None):
        return self._digit_shift(other, context, True)

    def fma(self, other, third, context=None):
        ctx = context or getcontext()
        big = ctx.copy()
        big.prec = 999999
        return (self.__mul__(_dec(other), context=big)).__add__(_dec(third), context=ctx)

    # ---- comparisons ----
    def _cmp(self, other):
        """-1, 0, 1 for finite/infinite operands (no NaNs)."""
        if self._special == "F" or other._special == "F":
            a = (-1 if self._sign else 1) if self._special == "F" else 0
            b = (-1 if other._sign else 1) if other._special == "F" else 0
            if a == b:
                if a != 0:
                    return 0
            else:
                return -1 if a < b else 1
        if self._int == 0 and other._int == 0:
            return 0
        if self._int == 0:
            return 1 if other._sign else -1
        if other._int == 0:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        r = (a > b) - (a < b)
        return -r if self._sign else r

    def _for_comparison(self, other):
        # As _pydecimal's _convert_for_comparison: a Rational (Fraction) compares exactly,
        # self scaled by its denominator against its numerator.
        if (not isinstance(other, (Decimal, int, float)) and hasattr(other, "numerator")
                and hasattr(other, "denominator")):
            num = Decimal(other.numerator)
            if self._special:
                return self, num
            return _make(self._sign, self._int * other.denominator, self._exp, ""), num
        return self, _convert(other, True)

    def __eq__(self, other):
        a, other = self._for_comparison(other)
        if other is NotImplemented:
            return other
        if a.is_nan() or other.is_nan():
            return False
        return a._cmp(other) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other, op):
        a, other = self._for_comparison(other)
        if other is NotImplemented:
            return other
        if a.is_nan() or other.is_nan():
            getcontext()._raise(InvalidOperation)
            return False
        return op(a._cmp(other))

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        other = _dec(other)
        ctx = context or getcontext()
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        return Decimal(self._cmp(other))

    def compare_total(self, other, context=None):
        # As _pydecimal: the total order (sign, then NaNs above infinities, then value, then
        # exponent: 1.30 < 1.3).
        other = _dec(other)
        one, neg, zero = _make(0, 1, 0, ""), _make(1, 1, 0, ""), _make(0, 0, 0, "")
        if self._sign and not other._sign:
            return neg
        if not self._sign and other._sign:
            return one
        sign = self._sign
        kind = {"n": 1, "N": 2}
        self_nan = kind.get(self._special, 0)
        other_nan = kind.get(other._special, 0)
        if self_nan or other_nan:
            if self_nan == other_nan:
                a, b = self._int, other._int
                if a < b:
                    return one if sign else neg
                if a > b:
                    return neg if sign else one
                return zero
            if sign:
                if self_nan == 1:
                    return neg
                if other_nan == 1:
                    return one
                if self_nan == 2:
                    return neg
                if other_nan == 2:
                    return one
            else:
                if self_nan == 1:
                    return one
                if other_nan == 1:
                    return neg
                if self_nan == 2:
                    return one
                if other_nan == 2:
                    return neg
        if self < other:
            return neg
        if self > other:
            return one
        if self._exp < other._exp:
            return one if sign else neg
        if self._exp > other._exp:
            return neg if sign else one
        return zero

    def compare_total_mag(self, other, context=None):
        other = _dec(other)
        return self.copy_abs().compare_total(other.copy_abs())

    def compare_signal(self, other, context=None):
        other = _dec(other)
        ctx = context or getcontext()
        if self.is_nan() or other.is_nan():
            ctx._raise(InvalidOperation)
            return _make(0, 0, 0, "n")
        return self.compare(other, ctx)

    def _mag_pick(self, other, context, want_max):
        other = _dec(other)
        ctx = context or getcontext()
        if self.is_nan() or other.is_nan():
            return self.max(other, ctx) if want_max else self.min(other, ctx)
        c = self.copy_abs()._cmp(other.copy_abs())
        if c == 0:
            return self.max(other, ctx) if want_max else self.min(other, ctx)
        if want_max:
            return (other if c < 0 else self)._fix(ctx)
        return (self if c < 0 else other)._fix(ctx)

    def max_mag(self, other, context=None):
        return self._mag_pick(other, context, True)

    def min_mag(self, other, context=None):
        return self._mag_pick(other, context, False)

    def scaleb(self, other, context=None):
        other = _dec(other)
        ctx = context or getcontext()
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        if other._exp != 0 or other._special:
            ctx._raise(InvalidOperation)
            return _make(0, 0, 0, "n")
        if self._special:
            return self
        n = -other._int if other._sign else other._int
        return _make(self._sign, self._int, self._exp + n, "")._fix(ctx)

    def next_plus(self, context=None):
        ctx = context or getcontext()
        nan = self._check_nans(None, ctx)
        if nan is not None:
            return nan
        if self._special == "F":
            if not self._sign:
                return self
            return _make(1, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1, "")
        quiet = ctx.copy()
        quiet.rounding = ROUND_CEILING
        for k in list(quiet.traps):
            quiet.traps[k] = False
        x = self._fix(quiet)
        if x._cmp(self) != 0:
            return x
        if x._int == 0:
            return _make(0, 1, ctx.Etiny(), "")
        c, e = x._int, x._exp
        pad = ctx.prec - _ndigits(c)
        if pad > 0:
            pad = min(pad, e - ctx.Etiny())
            c, e = c * 10 ** pad, e - pad
        if not x._sign:
            c += 1
            if _ndigits(c) > ctx.prec:
                c, e = c // 10, e + 1
            return _make(0, c, e, "")._fix(quiet)
        c -= 1
        if c == 0:
            return _make(1, 0, e, "")
        if _ndigits(c) < ctx.prec and e > ctx.Etiny():
            c, e = c * 10 + 9, e - 1
        return _make(1, c, e, "")

    def next_minus(self, context=None):
        return self.copy_negate().next_plus(context).copy_negate()

    def is_canonical(self):
        return True

    def is_subnormal(self, context=None):
        ctx = context or getcontext()
        return self._special == "" and self._int != 0 and self.adjusted() < ctx.Emin

    def max(self, other, context=None):
        other = _dec(other)
        ctx = context or getcontext()
        if self.is_nan() or other.is_nan():
            nan = self._check_nans(other, ctx)
            if self._special == "n" and not other.is_nan():
                return other._fix(ctx)
            if other._special == "n" and not self.is_nan():
                return self._fix(ctx)
            return nan
        c = self._cmp(other)
        if c == 0:
            c = self._tiebreak(other)
        return (other if c < 0 else self)._fix(ctx)

    def min(self, other, context=None):
        other = _dec(other)
        ctx = context or getcontext()
        if self.is_nan() or other.is_nan():
            nan = self._check_nans(other, ctx)
            if self._special == "n" and not other.is_nan():
                return other._fix(ctx)
            if other._special == "n" and not self.is_nan():
                return self._fix(ctx)
            return nan
        c = self._cmp(other)
        if c == 0:
            c = self._tiebreak(other)
        return (self if c < 0 else other)._fix(ctx)

    def _tiebreak(self, other):
        if self._sign != other._sign:
            return -1 if self._sign else 1
        if self._exp == other._exp:
            return 0
        r = -1 if self._exp < other._exp else 1
        return -r if self._sign else r

    def __hash__(self):
        if self._special:
            if self._special == "N":
                raise TypeError("Cannot hash a signaling NaN value.")
            if self._special == "n":
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        if self._int == 0:
            return 0
        P = 2305843009213693951
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, P) % P
        else:
            h = self._int * pow(2075258708292324556, -self._exp, P) % P
        h = -h if self._sign else h
        return -2 if h == -1 else h

    # ---- quantize and friends ----
    def quantize(self, exp, rounding=None, context=None):
        exp = _dec(exp)
        ctx = context or getcontext()
        rounding = rounding or ctx.rounding
        if self.is_nan() or exp.is_nan():
            return self._check_nans(exp, ctx)
        if self._special == "F" or exp._special == "F":
            if self._special == "F" and exp._special == "F":
                return self
            return ctx._raise(InvalidOperation, result=_make(0, 0, 0, "n"))
        target = exp._exp
        if self._exp >= target:
            c = self._int * 10 ** (self._exp - target)
            inexact = False
        else:
            c, inexact = _round_coeff(self._int, target - self._exp, self._sign, rounding)
        if _ndigits(c) > ctx.prec:
            return ctx._raise(InvalidOperation, result=_make(0, 0, 0, "n"))
        if inexact:
            ctx._raise(Inexact)
            ctx._raise(Rounded)
        elif self._exp < target and self._int != 0:
            ctx._raise(Rounded)
        return _make(self._sign, c, target, "")

    def same_quantum(self, other, context=None):
        other = _dec(other)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def to_integral_value(self, rounding=None, context=None):
        ctx = context or getcontext()
        if self._special:
            return self._check_nans(None, ctx) or self
        if self._exp >= 0:
            return self
        c, inexact = _round_coeff(self._int, -self._exp, self._sign, rounding or ctx.rounding)
        return _make(self._sign, c, 0, "")

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context or getcontext()
        if self._special or self._exp >= 0:
            return self.to_integral_value(rounding, ctx)
        c, inexact = _round_coeff(self._int, -self._exp, self._sign, rounding or ctx.rounding)
        if inexact:
            ctx._raise(Inexact)
        ctx._raise(Rounded)
        return _make(self._sign, c, 0, "")

    def normalize(self, context=None):
        ctx = context or getcontext()
        if self._special:
            return self._check_nans(None, ctx) or self
        d = self._fix(ctx)
        if d._special:
            return d
        if d._int == 0:
            return _make(d._sign, 0, 0, "")
        c, e = d._int, d._exp
        while c % 10 == 0 and e < ctx.Emax:
            c //= 10
            e += 1
        return _make(d._sign, c, e, "")

    reduce = normalize

    def number_class(self, context=None):
        if self._special == "N":
            return "sNaN"
        if self._special == "n":
            return "NaN"
        s = "-" if self._sign else "+"
        if self._special == "F":
            return s + "Infinity"
        if self._int == 0:
            return s + "Zero"
        return s + "Normal"

    def radix(self):
        return Decimal(10)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    # ---- format ----
    def __format__(self, spec, _localeconv=None):
        import re
        m = re.fullmatch(r"(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?", spec)
        # CPython's decimal (libmpdec) rejects '#' and '_' grouping too, with this message.
        if m is None or m.group(5) or m.group(8) == "_":
            raise ValueError("invalid format string")
        fill, align, sign, zflag, alt, zero, width, grouping, prec, typ = m.groups()
        if typ == "n":
            typ = "g"
        if zero and fill is None and align is None:
            fill, align = "0", "="
        fill = fill or " "
        align = align or ">"
        sign = sign or "-"
        prec = None if prec is None else int(prec)
        d = self
        neg = d._sign == 1
        ctx = getcontext()
        rounding = ctx.rounding
        if d._special:
            body = str(d.copy_abs())  # as _pydecimal: sNaN and NaN payloads too
            if typ == "%":
                body += "%"
        else:
            if typ is None:
                if prec is not None:
                    d = d._round_sig(prec, rounding)
                body = d.copy_abs()._to_str(False)
                if not ctx.capitals:
                    body = body.replace("E", "e")
            elif typ in "fF%":
                if typ == "%":
                    d = _make(d._sign, d._int, d._exp + 2, "")
                if prec is not None:
                    d = d._rescale(-prec, rounding)
                body = _plain(d._int, d._exp)
                if alt and "." not in body:
                    body += "."
                if typ == "%":
                    body += "%"
            elif typ in "eE":
                if prec is not None:
                    d = d._round_sig(prec + 1, rounding)
                digits = str(d._int)
                if prec is not None and d._int == 0:
                    digits = "0" * (prec + 1)
                exp = d._exp + len(digits) - 1
                if prec is not None and len(digits) < prec + 1:
                    # Fewer significant digits than asked for: zeros after them ('-1.00e-3').
                    digits += "0" * (prec + 1 - len(digits))
                body = digits[0] + ("." + digits[1:] if len(digits) > 1 or alt else "")
                body += "%s%s%d" % (typ, "-" if exp < 0 else "+", abs(exp))
            else:  # g G
                p = 1 if prec == 0 else prec
                if p is not None:
                    d = d._round_sig(p, rounding)
                digits = str(d._int)
                exp = d._exp
                leftdigits = exp + len(digits)
                if exp <= 0 and leftdigits > -6:
                    body = _plain(d._int, d._exp)
                else:
                    body = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
                    e = leftdigits - 1
                    body += "%s%s%d" % ("e" if typ == "g" else "E", "-" if e < 0 else "+", abs(e))
            if zflag and neg and all(ch in "0.%" for ch in body.split("e")[0].split("E")[0]):
                neg = False
        if grouping:
            intpart, _, rest = body.partition(".")
            tail = ("." + rest) if _ else ""
            i = 0
            while i < len(intpart) and intpart[i].isdigit():
                i += 1
            digits_, after = intpart[:i], intpart[i:]
            groups = []
            while len(digits_) > 3:
                groups.insert(0, digits_[-3:])
                digits_ = digits_[:-3]
            groups.insert(0, digits_)
            body = grouping.join(groups) + after + tail
        sgn = "-" if neg else ("+" if sign == "+" else (" " if sign == " " else ""))
        w = int(width) if width else 0
        total = len(sgn) + len(body)
        if total >= w:
            return sgn + body
        pad = w - total
        if align == "<":
            return sgn + body + fill * pad
        if align == ">":
            return fill * pad + sgn + body
        if align == "^":
            left = pad // 2
            return fill * left + sgn + body + fill * (pad - left)
        return sgn + fill * pad + body

    def _rescale(self, exp, rounding):
        if self._exp >= exp:
            return _make(self._sign, self._int * 10 ** (self._exp - exp), exp, "")
        c, _ = _round_coeff(self._int, exp - self._exp, self._sign, rounding)
        return _make(self._sign, c, exp, "")

    def _round_sig(self, p, rounding):
        n = _ndigits(self._int)
        if self._int == 0 or n <= p:
            return self
        c, _ = _round_coeff(self._int, n - p, self._sign, rounding)
        exp = self._exp + n - p
        if _ndigits(c) > p:
            c //= 10
            exp += 1
        return _make(self._sign, c, exp, "")


def _plain(c, exp):
    digits = str(c)
    if exp >= 0:
        return digits + "0" * exp if c else "0"
    digits = digits.rjust(-exp + 1, "0")
    return digits[:exp] + "." + digits[exp:]


def _make(sign, c, exp, special):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = c
    d._exp = exp
    d._special = special
    return d


def _convert(other, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        ctx = getcontext()
        ctx.flags[FloatOperation] = 1
        return Decimal.from_float(other)
    return NotImplemented


def _parse_into(self, s):
    if not s:
        return False
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        self._sign, self._int, self._exp, self._special = sign, 0, 0, "F"
        return True
    for prefix, kind in (("snan", "N"), ("nan", "n")):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not payload.isdigit():
                return False
            if payload and not payload.isascii():
                return False
            self._sign, self._int, self._exp, self._special = (
                sign, int(payload) if payload else 0, 0, kind)
            return True
    mant, e_sep, exp_s = low.partition("e")
    exp = 0
    if e_sep:
        if not exp_s:
            return False
        es = exp_s[1:] if exp_s[0] in "+-" else exp_s
        if not es or not es.isdigit():
            return False
        exp = int(exp_s)
    ip, dot, fp = mant.partition(".")
    if not ip and not fp:
        return False
    if (ip and not ip.isdigit()) or (fp and not fp.isdigit()):
        return False
    digits = ip + fp
    self._sign = sign
    self._int = int(digits)
    self._exp = exp - len(fp)
    self._special = ""
    return True


def _register_number():
    import numbers
    numbers.Number.register(Decimal)


_register_number()

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
_DEFAULT[0] = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, flags=[],
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, flags=[], traps=[])

_pyjs.set_tpname(Decimal, "decimal.Decimal")
_pyjs.set_tpname(Context, "decimal.Context")


# ---- exp, ln, log10: the correctly rounded integer algorithms of CPython's _pydecimal.py ----

def _sqrt_nearest(n, a):
    """Closest integer to the square root of the positive integer n.  a is
    an initial approximation to the square root.  Any positive integer
    will do for a, but the closer a is to the square root of n the
    faster convergence will be.

    """
    if n <= 0 or a <= 0:
        raise ValueError("Both arguments to _sqrt_nearest should be positive.")

    b=0
    while a != b:
        b, a = a, a--n//a>>1
    return a

def _rshift_nearest(x, shift):
    """Given an integer x and a nonnegative integer shift, return closest
    integer to x / 2**shift; use round-to-even in case of a tie.

    """
    b, q = 1 << shift, x >> shift
    return q + (2*(x & (b-1)) + (q&1) > b)

def _div_nearest(a, b):
    """Closest integer to a/b, a and b positive integers; rounds to even
    in the case of a tie.

    """
    q, r = divmod(a, b)
    return q + (2*r + (q&1) > b)

def _ilog(x, M, L = 8):
    """Integer approximation to M*log(x/M), with absolute error boundable
    in terms only of x/M.

    Given positive integers x and M, return an integer approximation to
    M * log(x/M).  For L = 8 and 0.1 <= x/M <= 10 the difference
    between the approximation and the exact result is at most 22.  For
    L = 8 and 1.0 <= x/M <= 10.0 the difference is at most 15.  In
    both cases these are upper bounds on the error; it will usually be
    much smaller."""

    # The basic algorithm is the following: let log1p be the function
    # log1p(x) = log(1+x).  Then log(x/M) = log1p((x-M)/M).  We use
    # the reduction
    #
    #    log1p(y) = 2*log1p(y/(1+sqrt(1+y)))
    #
    # repeatedly until the argument to log1p is small (< 2**-L in
    # absolute value).  For small y we can use the Taylor series
    # expansion
    #
    #    log1p(y) ~ y - y**2/2 + y**3/3 - ... - (-y)**T/T
    #
    # truncating at T such that y**T is small enough.  The whole
    # computation is carried out in a form of fixed-point arithmetic,
    # with a real number z being represented by an integer
    # approximation to z*M.  To avoid loss of precision, the y below
    # is actually an integer approximation to 2**R*y*M, where R is the
    # number of reductions performed so far.

    y = x-M
    # argument reduction; R = number of reductions performed
    R = 0
    while (R <= L and abs(y) << L-R >= M or
           R > L and abs(y) >> R-L >= M):
        y = _div_nearest((M*y) << 1,
                         M + _sqrt_nearest(M*(M+_rshift_nearest(y, R)), M))
        R += 1

    # Taylor series with T terms
    T = -int(-10*len(str(M))//(3*L))
    yshift = _rshift_nearest(y, R)
    w = _div_nearest(M, T)
    for k in range(T-1, 0, -1):
        w = _div_nearest(M, k) - _div_nearest(yshift*w, M)

    return _div_nearest(w*y, M)

def _dlog10(c, e, p):
    """Given integers c, e and p with c > 0, p >= 0, compute an integer
    approximation to 10**p * log10(c*10**e), with an absolute error of
    at most 1.  Assumes that c*10**e is not exactly 1."""

    # increase precision by 2; compensate for this by dividing
    # final result by 100
    p += 2

    # write c*10**e as d*10**f with either:
    #   f >= 0 and 1 <= d <= 10, or
    #   f <= 0 and 0.1 <= d <= 1.
    # Thus for c*10**e close to 1, f = 0
    l = len(str(c))
    f = e+l - (e+l >= 1)

    if p > 0:
        M = 10**p
        k = e+p-f
        if k >= 0:
            c *= 10**k
        else:
            c = _div_nearest(c, 10**-k)

        log_d = _ilog(c, M) # error < 5 + 22 = 27
        log_10 = _log10_digits(p) # error < 1
        log_d = _div_nearest(log_d*M, log_10)
        log_tenpower = f*M # exact
    else:
        log_d = 0  # error < 2.31
        log_tenpower = _div_nearest(f, 10**-p) # error < 0.5

    return _div_nearest(log_tenpower+log_d, 100)

def _dlog(c, e, p):
    """Given integers c, e and p with c > 0, compute an integer
    approximation to 10**p * log(c*10**e), with an absolute error of
    at most 1.  Assumes that c*10**e is not exactly 1."""

    # Increase precision by 2. The precision increase is compensated
    # for at the end with a division by 100.
    p += 2

    # rewrite c*10**e as d*10**f with either f >= 0 and 1 <= d <= 10,
    # or f <= 0 and 0.1 <= d <= 1.  Then we can compute 10**p * log(c*10**e)
    # as 10**p * log(d) + 10**p*f * log(10).
    l = len(str(c))
    f = e+l - (e+l >= 1)

    # compute approximation to 10**p*log(d), with error < 27
    if p > 0:
        k = e+p-f
        if k >= 0:
            c *= 10**k
        else:
            c = _div_nearest(c, 10**-k)  # error of <= 0.5 in c

        # _ilog magnifies existing error in c by a factor of at most 10
        log_d = _ilog(c, 10**p) # error < 5 + 22 = 27
    else:
        # p <= 0: just approximate the whole thing by 0; error < 2.31
        log_d = 0

    # compute approximation to f*10**p*log(10), with error < 11.
    if f:
        extra = len(str(abs(f)))-1
        if p + extra >= 0:
            # error in f * _log10_digits(p+extra) < |f| * 1 = |f|
            # after division, error < |f|/10**extra + 0.5 < 10 + 0.5 < 11
            f_log_ten = _div_nearest(f*_log10_digits(p+extra), 10**extra)
        else:
            f_log_ten = 0
    else:
        f_log_ten = 0

    # error in sum < 11+27 = 38; error after division < 0.38 + 0.5 < 1
    return _div_nearest(f_log_ten + log_d, 100)

class _Log10Memoize(object):
    """Class to compute, store, and allow retrieval of, digits of the
    constant log(10) = 2.302585....  This constant is needed by
    Decimal.ln, Decimal.log10, Decimal.exp and Decimal.__pow__."""
    def __init__(self):
        self.digits = "23025850929940456840179914546843642076011014886"

    def getdigits(self, p):
        """Given an integer p >= 0, return floor(10**p)*log(10).

        For example, self.getdigits(3) returns 2302.
        """
        # digits are stored as a string, for quick conversion to
        # integer in the case that we've already computed enough
        # digits; the stored digits should always be correct
        # (truncated, not rounded to nearest).
        if p < 0:
            raise ValueError("p should be nonnegative")

        if p >= len(self.digits):
            # compute p+3, p+6, p+9, ... digits; continue until at
            # least one of the extra digits is nonzero
            extra = 3
            while True:
                # compute p+extra digits, correct to within 1ulp
                M = 10**(p+extra+2)
                digits = str(_div_nearest(_ilog(10*M, M), 100))
                if digits[-extra:] != '0'*extra:
                    break
                extra += 3
            # keep all reliable digits so far; remove trailing zeros
            # and next nonzero digit
            self.digits = digits.rstrip('0')[:-1]
        return int(self.digits[:p+1])

_log10_digits = _Log10Memoize().getdigits

def _iexp(x, M, L=8):
    """Given integers x and M, M > 0, such that x/M is small in absolute
    value, compute an integer approximation to M*exp(x/M).  For 0 <=
    x/M <= 2.4, the absolute error in the result is bounded by 60 (and
    is usually much smaller)."""

    # Algorithm: to compute exp(z) for a real number z, first divide z
    # by a suitable power R of 2 so that |z/2**R| < 2**-L.  Then
    # compute expm1(z/2**R) = exp(z/2**R) - 1 using the usual Taylor
    # series
    #
    #     expm1(x) = x + x**2/2! + x**3/3! + ...
    #
    # Now use the identity
    #
    #     expm1(2x) = expm1(x)*(expm1(x)+2)
    #
    # R times to compute the sequence expm1(z/2**R),
    # expm1(z/2**(R-1)), ... , exp(z/2), exp(z).

    # Find R such that x/2**R/M <= 2**-L
    R = ((x<<L)//M).bit_length()

    # Taylor series.  (2**L)**T > M
    T = -int(-10*len(str(M))//(3*L))
    y = _div_nearest(x, T)
    Mshift = M<<R
    for i in range(T-1, 0, -1):
        y = _div_nearest(x*(Mshift + y), Mshift * i)

    # Expansion
    for k in range(R-1, -1, -1):
        Mshift = M<<(k+2)
        y = _div_nearest(y*(y+Mshift), Mshift)

    return M+y

def _dexp(c, e, p):
    """Compute an approximation to exp(c*10**e), with p decimal places of
    precision.

    Returns integers d, f such that:

      10**(p-1) <= d <= 10**p, and
      (d-1)*10**f < exp(c*10**e) < (d+1)*10**f

    In other words, d*10**f is an approximation to exp(c*10**e) with p
    digits of precision, and with an error in d of at most 1.  This is
    almost, but not quite, the same as the error being < 1ulp: when d
    = 10**(p-1) the error could be up to 10 ulp."""

    # we'll call iexp with M = 10**(p+2), giving p+3 digits of precision
    p += 2

    # compute log(10) with extra precision = adjusted exponent of c*10**e
    extra = max(0, e + len(str(c)) - 1)
    q = p + extra

    # compute quotient c*10**e/(log(10)) = c*10**(e+q)/(log(10)*10**q),
    # rounding down
    shift = e+q
    if shift >= 0:
        cshift = c*10**shift
    else:
        cshift = c//10**-shift
    quot, rem = divmod(cshift, _log10_digits(q))

    # reduce remainder back to original precision
    rem = _div_nearest(rem, 10**extra)

    # error in result of _iexp < 120;  error after division < 0.62
    return _div_nearest(_iexp(rem, 10**p), 1000), quot - p + 3

def _log10_lb(c, correction = {
        '1': 100, '2': 70, '3': 53, '4': 40, '5': 31,
        '6': 23, '7': 16, '8': 10, '9': 5}):
    """Compute a lower bound for 100*log10(c) for a positive integer c."""
    if c <= 0:
        raise ValueError("The argument to _log10_lb should be nonnegative.")
    str_c = str(c)
    return 100*len(str_c) - correction[str_c[0]]

