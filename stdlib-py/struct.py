"""struct: pack and unpack binary records (pyjs implementation)."""

import _pyjs

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct",
           "error"]


class error(Exception):
    pass


# code: (standard size, native size, kind)
_CODES = {
    "x": (1, 1, "pad"), "c": (1, 1, "char"), "b": (1, 1, "int"), "B": (1, 1, "uint"),
    "?": (1, 1, "bool"), "h": (2, 2, "int"), "H": (2, 2, "uint"), "i": (4, 4, "int"),
    "I": (4, 4, "uint"), "l": (4, 8, "int"), "L": (4, 8, "uint"), "q": (8, 8, "int"),
    "Q": (8, 8, "uint"), "n": (None, 8, "int"), "N": (None, 8, "uint"), "e": (2, 2, "float"),
    "f": (4, 4, "float"), "d": (8, 8, "float"), "s": (1, 1, "bytes"), "p": (1, 1, "pascal"),
    "P": (None, 8, "uint"),
}

_INT_NAMES = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}

_cache = {}


def _parse(fmt):
    if isinstance(fmt, bytes):
        fmt = fmt.decode("ascii")
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    got = _cache.get(fmt)
    if got is not None:
        return got
    i = 0
    native = True
    little = True
    if fmt and fmt[0] in "@=<>!":
        c = fmt[0]
        native = c == "@"
        little = c in "@=<"
        i = 1
    items = []   # (code, count, offset, size)
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        spec = _CODES.get(c)
        if spec is None or (not native and spec[0] is None):
            raise error("bad char in struct format")
        size = spec[1] if native else spec[0]
        if native and c not in "xcbB?sp" and offset % size:
            offset += size - offset % size
        if c in "sp":
            items.append((c, 1 if count is None else count, offset, size))
            offset += 1 if count is None else count
        elif c == "x":
            offset += 1 if count is None else count
        else:
            # A native 'f' item carries count 0: C casts the double to float there (1e300
            # packs as inf), where the standard sizes raise OverflowError.
            one = 0 if native and c == "f" else 1
            for _ in range(1 if count is None else count):
                items.append((c, one, offset, size))
                offset += size
        i += 1
    result = (items, offset, little)
    _cache[fmt] = result
    return result


def calcsize(format):
    return _parse(format)[1]


def _index(v):
    if isinstance(v, bool) or isinstance(v, int):
        return int(v)
    if hasattr(v, "__index__"):
        return v.__index__()
    raise error("required argument is not an integer")


def _pack_item(out, code, count, size, v, little):
    kind = _CODES[code][2]
    order = "little" if little else "big"
    if kind == "int" or kind == "uint":
        n = _index(v)
        if kind == "int":
            lo, hi = -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
        else:
            lo, hi = 0, (1 << (8 * size)) - 1
        if not lo <= n <= hi:
            # CPython's packers: b/B (and h/H on a little-endian layout, which uses the native
            # ones) name the C type; a value beyond a C long is "argument out of range"; the
            # big-endian 8-byte packers fail in _PyLong_AsByteArray.
            fits_long = (-(1 << 63) <= n < (1 << 63)) if kind == "int" else (0 <= n < (1 << 64))
            if code in "bB" or (little and code in "hH"):
                if not -(1 << 63) <= n < (1 << 63):
                    raise error("argument out of range")
                raise error("%s format requires %d <= number <= %d" % (_INT_NAMES[code], lo, hi))
            if size == 8:
                raise error("argument out of range" if little else "int too large to convert")
            if not fits_long:
                raise error("argument out of range")
            raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
        out += n.to_bytes(size, order, signed=kind == "int")
    elif kind == "bool":
        out.append(1 if v else 0)
    elif kind == "float":
        if not isinstance(v, (int, float)):
            if hasattr(v, "__float__"):
                v = float(v)
            else:
                raise error("required argument is not a float")
        if count == 0:
            v = float(v)
            if v == v and abs(v) != float("inf") and abs(v) >= 3.4028235677973366e38:
                v = float("inf") if v > 0 else float("-inf")
        out += _pyjs.pack_float(v, size, little)
    elif kind == "char":
        if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
            raise error("char format requires a bytes object of length 1")
        out += v
    elif kind == "bytes":
        if not isinstance(v, (bytes, bytearray)):
            raise error("argument for 's' must be a bytes object")
        b = bytes(v[:count])
        out += b + bytes(count - len(b))
    elif kind == "pascal":
        if not isinstance(v, (bytes, bytearray)):
            raise error("argument for 'p' must be a bytes object")
        if count == 0:
            return
        b = bytes(v[:min(count - 1, 255)])
        out.append(len(b))
        out += b + bytes(count - 1 - len(b))


def pack(format, *args):
    items, size, little = _parse(format)
    if len(args) != len(items):
        raise error("pack expected %d items for packing (got %d)" % (len(items), len(args)))
    out = bytearray()
    for (code, count, offset, isize), v in zip(items, args):
        if len(out) < offset:
            out += bytes(offset - len(out))
        _pack_item(out, code, count, isize, v, little)
    if len(out) < size:
        out += bytes(size - len(out))
    return bytes(out)


def pack_into(format, buffer, offset, *args):
    data = pack(format, *args)
    if offset < 0:
        offset += len(buffer)
    if offset + len(data) > len(buffer):
        raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at "
                    "offset %d (actual buffer size is %d)"
                    % (offset + len(data), len(data), offset, len(buffer)))
    buffer[offset:offset + len(data)] = data


def _unpack_at(items, little, data, base):
    order = "little" if little else "big"
    result = []
    for code, count, offset, size in items:
        kind = _CODES[code][2]
        start = base + offset
        if kind == "int" or kind == "uint":
            result.append(int.from_bytes(data[start:start + size], order, signed=kind == "int"))
        elif kind == "bool":
            result.append(data[start] != 0)
        elif kind == "float":
            result.append(_pyjs.unpack_float(bytes(data[start:start + size]), size, little))
        elif kind == "char":
            result.append(bytes(data[start:start + 1]))
        elif kind == "bytes":
            result.append(bytes(data[start:start + count]))
        elif kind == "pascal":
            n = min(data[start], count - 1) if count else 0
            result.append(bytes(data[start + 1:start + 1 + n]))
    return tuple(result)


def unpack(format, buffer):
    items, size, little = _parse(format)
    if len(buffer) != size:
        raise error("unpack requires a buffer of %d bytes" % size)
    return _unpack_at(items, little, bytes(buffer), 0)


def unpack_from(format, buffer, offset=0):
    items, size, little = _parse(format)
    if offset < 0:
        offset += len(buffer)
    if len(buffer) - offset < size:
        raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes "
                    "at offset %d (actual buffer size is %d)"
                    % (size + offset, size, offset, len(buffer)))
    return _unpack_at(items, little, bytes(buffer), offset)


def iter_unpack(format, buffer):
    items, size, little = _parse(format)
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(buffer) % size:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
    data = bytes(buffer)
    return iter([_unpack_at(items, little, data, k) for k in range(0, len(data), size)])


class Struct:
    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode("ascii")
        self.format = format
        self.size = calcsize(format)

    def pack(self, *args):
        return pack(self.format, *args)

    def pack_into(self, buffer, offset, *args):
        pack_into(self.format, buffer, offset, *args)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

    def __repr__(self):
        return "Struct(%r)" % (self.format,)
