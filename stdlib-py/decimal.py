"""decimal: decimal floating point arithmetic (pyjs implementation of a core subset).

Supported: construction (int, str, float, tuple, Decimal), + - * / // % ** (integer
exponents), comparisons, hashing, str/repr, quantize and the rounding modes, sqrt,
to_integral_value, normalize, format specs (e, f, g, %, none), contexts (prec, rounding,
traps, flags, localcontext). Not supported (raise NotImplementedError): exp, ln, log10,
non-integer powers, and other rarely used methods."""

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
        self.flags = _SignalDict((s, 0) for s in _SIGNALS)
        self.traps = _SignalDict((s, 0) for s in _SIGNALS)
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
    return len(str(c)) if c else 1


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
            return DecimalTuple(self._sign, (), "F")
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
        raise NotImplementedError("Decimal.remainder_near is not supported by pyjs")

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

    def is_integer(self):
        return self._is_integer()

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

    def exp(self, context=None):
        raise NotImplementedError("Decimal.exp is not supported by pyjs")

    def ln(self, context=None):
        raise NotImplementedError("Decimal.ln is not supported by pyjs")

    def log10(self, context=None):
        raise NotImplementedError("Decimal.log10 is not supported by pyjs")

    def logb(self, context=None):
        raise NotImplementedError("Decimal.logb is not supported by pyjs")

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

    def __eq__(self, other):
        other = _convert(other, True)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            return False
        return self._cmp(other) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other, op):
        other = _convert(other, True)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            getcontext()._raise(InvalidOperation)
            return False
        return op(self._cmp(other))

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
        raise NotImplementedError("Decimal.compare_total is not supported by pyjs")

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
        if m is None:
            raise ValueError("Invalid format specifier '%s' for object of type 'Decimal'" % spec)
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
            body = "Infinity" if d._special == "F" else "NaN"
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
