"""array: typed arrays of numbers (pyjs implementation, list-backed)."""

import struct as _struct

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_INFO = {
    "b": (1, -128, 127), "B": (1, 0, 255), "h": (2, -32768, 32767), "H": (2, 0, 65535),
    "i": (4, -2147483648, 2147483647), "I": (4, 0, 4294967295),
    "l": (8, -9223372036854775808, 9223372036854775807), "L": (8, 0, 18446744073709551615),
    "q": (8, -9223372036854775808, 9223372036854775807), "Q": (8, 0, 18446744073709551615),
    "f": (4, None, None), "d": (8, None, None), "u": (4, None, None),
}

_OVERFLOW = {
    "b": ("signed char is less than minimum", "signed char is greater than maximum"),
    "B": ("unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum"),
    "h": ("signed short integer is less than minimum", "signed short integer is greater than maximum"),
    "H": ("unsigned short is less than minimum", "unsigned short is greater than maximum"),
    "i": ("signed integer is less than minimum", "signed integer is greater than maximum"),
    "I": ("can't convert negative value to unsigned int", "unsigned int is greater than maximum"),
    "l": ("Python int too large to convert to C long", "Python int too large to convert to C long"),
    "L": ("can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long"),
    "q": ("int too big to convert", "int too big to convert"),
    "Q": ("can't convert negative int to unsigned", "int too big to convert"),
}
_LONG_MIN = -9223372036854775808
_LONG_MAX = 9223372036854775807


class array:
    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1 or typecode not in _INFO:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self.typecode = typecode
        self.itemsize = _INFO[typecode][0]
        self._a = []
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            self._a = list(initializer)
        elif isinstance(initializer, array):
            if initializer.typecode == "u" and typecode != "u":
                raise TypeError("cannot use a unicode array to initialize an array with "
                                "typecode '%s'" % typecode)
            self.extend(initializer._a)
        else:
            self.extend(initializer)

    def _conv(self, v):
        t = self.typecode
        if t == "u":
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError("array item must be unicode character")
            return v
        if t in "fd":
            if not isinstance(v, (int, float)):
                raise TypeError("must be real number, not %s" % type(v).__name__)
            v = float(v)
            if t == "f":
                v = _struct.unpack("f", _struct.pack("f", v))[0]
            return v
        if not isinstance(v, int):
            if isinstance(v, float):
                raise TypeError("'float' object cannot be interpreted as an integer")
            raise TypeError("an integer is required (got type %s)" % type(v).__name__)
        _, lo, hi = _INFO[t]
        if t in "bBhHi" and not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError("Python int too large to convert to C long")
        if v < lo:
            raise OverflowError(_OVERFLOW[t][0])
        if v > hi:
            raise OverflowError(_OVERFLOW[t][1])
        return int(v)

    def __repr__(self):
        if not self._a:
            return "array('%s')" % self.typecode
        if self.typecode == "u":
            return "array('u', %r)" % "".join(self._a)
        return "array('%s', %r)" % (self.typecode, self._a)

    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(self._a)

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = array(self.typecode)
            r._a = self._a[i]
            return r
        try:
            return self._a[i]
        except IndexError:
            raise IndexError("array index out of range")

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"%s\") to array slice"
                                % type(v).__name__)
            self._a[i] = v._a
            return
        v = self._conv(v)
        try:
            self._a[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range")

    def __delitem__(self, i):
        del self._a[i]

    def __contains__(self, v):
        return v in self._a

    def __eq__(self, other):
        if isinstance(other, array):
            return self._a == other._a
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, array):
            return self._a < other._a
        return NotImplemented

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only append array (not \"%s\") to array" % type(other).__name__)
        if other.typecode != self.typecode:
            raise TypeError("bad argument type for built-in operation")
        r = array(self.typecode)
        r._a = self._a + other._a
        return r

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only extend array with array (not \"%s\")" % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        r = array(self.typecode)
        r._a = self._a * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        self._a *= n
        return self

    def __copy__(self):
        return array(self.typecode, self)

    def __deepcopy__(self, memo):
        return array(self.typecode, self)

    def append(self, v):
        self._a.append(self._conv(v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable.typecode != self.typecode:
                raise TypeError("can only extend with array of same kind")
            self._a.extend(iterable._a)
            return
        for v in iterable:
            self._a.append(self._conv(v))

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        vals = [self._conv(v) for v in lst]
        self._a.extend(vals)

    def tolist(self):
        return list(self._a)

    def insert(self, i, v):
        self._a.insert(i, self._conv(v))

    def pop(self, i=-1):
        if not self._a:
            raise IndexError("pop from empty array")
        try:
            return self._a.pop(i)
        except IndexError:
            raise IndexError("pop index out of range")

    def remove(self, v):
        try:
            self._a.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=None):
        try:
            return self._a.index(v, start, len(self._a) if stop is None else stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array")

    def count(self, v):
        return self._a.count(v)

    def reverse(self):
        self._a.reverse()

    def buffer_info(self):
        return (id(self), len(self._a))

    def _fmt(self, n):
        t = self.typecode
        if t == "u":
            return None
        return "<%d%s" % (n, {"l": "q", "L": "Q"}.get(t, t))

    def __bytes__(self):
        # pyjs: bytes(a) through __bytes__ (CPython reads the buffer: the same bytes).
        return self.tobytes()

    def tobytes(self):
        if self.typecode == "u":
            return "".join(self._a).encode("utf-32-le")
        return _struct.pack(self._fmt(len(self._a)), *self._a)

    def frombytes(self, b):
        b = bytes(b)
        if len(b) % self.itemsize:
            raise ValueError("bytes length not a multiple of item size")
        n = len(b) // self.itemsize
        if self.typecode == "u":
            self._a.extend(b.decode("utf-32-le"))
            return
        self._a.extend(_struct.unpack(self._fmt(n), b))

    def byteswap(self):
        if self.typecode == "u":
            raise NotImplementedError("array.byteswap of 'u' arrays is not supported by pyjs")
        size = self.itemsize
        data = self.tobytes()
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._a = []
        self.frombytes(swapped)

    def tounicode(self):
        if self.typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._a)

    def fromunicode(self, s):
        if self.typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._a.extend(s)


ArrayType = array
