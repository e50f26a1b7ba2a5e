"""base64: Base16/32/64/85 and Ascii85 encodings (pyjs implementation)."""

import binascii as _binascii

__all__ = ["b64encode", "b64decode", "standard_b64encode", "standard_b64decode",
           "urlsafe_b64encode", "urlsafe_b64decode", "b32encode", "b32decode",
           "b16encode", "b16decode", "encodebytes", "decodebytes", "b32hexencode",
           "b32hexdecode", "b85encode", "b85decode", "a85encode", "a85decode"]

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_DEC = {c: i for i, c in enumerate(_B64)}


def _bytes_from(s, name="argument"):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'"
                    % type(s).__name__)


def _to_bytes(s):
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def _encode64(data):
    out = bytearray()
    n = len(data)
    i = 0
    while i + 3 <= n:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out.append(_B64[(v >> 6) & 63])
        out.append(_B64[v & 63])
        i += 3
    rest = n - i
    if rest == 1:
        v = data[i] << 16
        out += bytes([_B64[v >> 18], _B64[(v >> 12) & 63], 61, 61])
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out += bytes([_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], 61])
    return bytes(out)


def _check_strict(s):
    # binascii's strict mode (b64decode(validate=True)) and its messages.
    n = 0
    pads = 0
    for i, c in enumerate(s):
        if c == 61:
            if n == 0:
                raise _binascii.Error("Leading padding not allowed")
            if n % 4 < 2 and pads == 0:
                raise _binascii.Error("Discontinuous padding not allowed")
            pads += 1
            if (n + pads) % 4 == 0:
                if i + 1 < len(s):
                    raise _binascii.Error("Excess data after padding")
                return
            continue
        if c not in _B64_DEC:
            raise _binascii.Error("Only base64 data is allowed")
        if pads:
            raise _binascii.Error("Discontinuous padding not allowed")
        n += 1


def _decode64(s, validate):
    if validate:
        _check_strict(s)
    vals = []
    pads = 0
    done = False
    for c in s:
        if c == 61:
            q = len(vals) % 4
            if q >= 2:
                pads += 1
                if q + pads >= 4:
                    done = True
                    break
            elif validate:
                raise _binascii.Error("Non-base64 digit found")
            continue
        v = _B64_DEC.get(c)
        if v is None or pads:
            if validate:
                raise _binascii.Error("Non-base64 digit found")
            if v is None:
                continue
        vals.append(v)
    n = len(vals)
    if n % 4 == 1:
        raise _binascii.Error(
            "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more "
            "than a multiple of 4" % n)
    if n % 4 and not done:
        raise _binascii.Error("Incorrect padding")
    out = bytearray()
    i = 0
    while i + 4 <= n:
        v = (vals[i] << 18) | (vals[i + 1] << 12) | (vals[i + 2] << 6) | vals[i + 3]
        out += bytes([v >> 16, (v >> 8) & 255, v & 255])
        i += 4
    rest = n - i
    if rest == 2:
        v = (vals[i] << 18) | (vals[i + 1] << 12)
        out.append(v >> 16)
    elif rest == 3:
        v = (vals[i] << 18) | (vals[i + 1] << 12) | (vals[i + 2] << 6)
        out += bytes([v >> 16, (v >> 8) & 255])
    return bytes(out)


def b64encode(s, altchars=None):
    encoded = _encode64(_to_bytes(s))
    if altchars is not None:
        altchars = _to_bytes(altchars)
        encoded = encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from(s)
    if altchars is not None:
        altchars = _bytes_from(altchars)
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    return _decode64(s, validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(bytes.maketrans(b"+/", b"-_"))


def urlsafe_b64decode(s):
    s = _bytes_from(s)
    s = s.translate(bytes.maketrans(b"-_", b"+/"))
    return b64decode(s)


def encodebytes(s):
    s = _to_bytes(s)
    pieces = []
    for i in range(0, len(s), 57):
        pieces.append(_encode64(s[i:i + 57]) + b"\n")
    return b"".join(pieces)


def decodebytes(s):
    return _decode64(_to_bytes(s), False)


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def b32encode(s):
    return _b32encode(s, _B32)


def b32hexencode(s):
    return _b32encode(s, _B32HEX)


def b32hexdecode(s, casefold=False):
    return _b32decode(s, casefold, None, _B32HEX)


_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32encode(s, _B32):
    s = _to_bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = len(chunk)
        v = int.from_bytes(chunk + bytes(5 - n), "big")
        enc = bytes(_B32[(v >> (35 - 5 * k)) & 31] for k in range(8))
        keep = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[n]
        out += enc[:keep] + b"=" * (8 - keep)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(s, casefold, map01, _B32)


def _b32decode(s, casefold, map01, _B32):
    s = _bytes_from(s)
    if len(s) % 8:
        raise _binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from(map01)
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    npad = len(s) - len(stripped)
    out = bytearray()
    for i in range(0, len(stripped), 8):
        chunk = stripped[i:i + 8]
        v = 0
        for c in chunk:
            d = _B32.find(bytes([c]))
            if d < 0:
                raise _binascii.Error("Non-base32 digit found")
            v = (v << 5) | d
        v <<= 5 * (8 - len(chunk))
        out += v.to_bytes(5, "big")
    if npad:
        drop = {1: 1, 3: 2, 4: 3, 6: 4}.get(npad)
        if drop is None:
            raise _binascii.Error("Incorrect padding")
        out = out[:-drop]
    return bytes(out)


def b16encode(s):
    return _to_bytes(s).hex().upper().encode("ascii")


def b16decode(s, casefold=False):
    s = _bytes_from(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b"0123456789ABCDEF":
            raise _binascii.Error("Non-base16 digit found")
    if len(s) % 2:
        raise _binascii.Error("Odd-length string")
    return bytes.fromhex(s.decode("ascii"))


_B85 = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_B85_DEC = None


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    b = _to_bytes(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + b"\0" * padding
    out = bytearray()
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], "big")
        if foldnuls and not word:
            out += b"z"
        elif foldspaces and word == 0x20202020:
            out += b"y"
        else:
            out += bytes([chars[word // 52200625], chars[word // 614125 % 85],
                          chars[word // 7225 % 85], chars[word // 85 % 85], chars[word % 85]])
    if padding and not pad:
        if out[-1:] == b"z":
            out = out[:-1] + chars[0:1] * 5
        out = out[:-padding]
    return bytes(out)


def b85encode(b, pad=False):
    return _85encode(b, _B85, pad)


def b85decode(b):
    global _B85_DEC
    if _B85_DEC is None:
        _B85_DEC = {c: i for i, c in enumerate(_B85)}
    b = _bytes_from(b)
    padding = (-len(b)) % 5
    b = b + b"~" * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        acc = 0
        for j, c in enumerate(b[i:i + 5]):
            d = _B85_DEC.get(c)
            if d is None:
                raise ValueError("bad base85 character at position %d" % (i + j))
            acc = acc * 85 + d
        if acc > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d" % i)
        out += acc.to_bytes(4, "big")
    if padding:
        out = out[:-padding]
    return bytes(out)


_A85 = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    result = _85encode(b, _A85, pad, True, foldspaces)
    if adobe:
        result = b"<~" + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(chunks[-1]) + 2 > wrapcol:
            chunks.append(b"")
        result = b"\n".join(chunks)
    if adobe:
        result += b"~>"
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    b = _bytes_from(b)
    if adobe:
        if not b.endswith(b"~>"):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(b"~>"))
        if b.startswith(b"<~"):
            b = b[2:-2]
        else:
            b = b[:-2]
    decoded = bytearray()
    curr = []
    for x in b + b"u" * 4:
        if 33 <= x <= 117:
            curr.append(x)
            if len(curr) == 5:
                acc = 0
                for c in curr:
                    acc = 85 * acc + (c - 33)
                if acc > 0xFFFFFFFF:
                    raise ValueError("Ascii85 overflow")
                decoded += acc.to_bytes(4, "big")
                curr = []
        elif x == 122:
            if curr:
                raise ValueError("z inside Ascii85 5-tuple")
            decoded += b"\0\0\0\0"
        elif foldspaces and x == 121:
            if curr:
                raise ValueError("y inside Ascii85 5-tuple")
            decoded += b"\x20\x20\x20\x20"
        elif x in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % x)
    padding = 4 - len(curr)
    if padding:
        decoded = decoded[:-padding]
    return bytes(decoded)
