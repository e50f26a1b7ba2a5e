"""binascii: hexlify and the Error class (pyjs implementation, partial)."""

__all__ = ["Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex", "crc32", "crc_hqx",
           "b2a_base64", "a2b_base64", "a2b_qp", "b2a_qp"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def hexlify(data, sep=None, bytes_per_sep=1):
    if sep is None:
        return bytes(data).hex().encode("ascii")
    return bytes(data).hex(sep, bytes_per_sep).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    if isinstance(hexstr, str):
        hexstr = hexstr.encode("ascii")
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(bytes(hexstr).decode("ascii"))
    except ValueError:
        raise Error("Non-hexadecimal digit found")


a2b_hex = unhexlify

_crc_table = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _crc_table.append(_c)


def crc32(data, value=0):
    crc = value ^ 0xFFFFFFFF
    for b in bytes(data):
        crc = _crc_table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc_hqx(data, value):
    # CRC-CCITT (XMODEM polynomial 0x1021), as binascii.crc_hqx.
    crc = value & 0xFFFF
    for b in bytes(data):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def b2a_base64(data, *, newline=True):
    import base64
    out = base64.b64encode(data)
    return out + b"\n" if newline else out


def a2b_base64(data, *, strict_mode=False):
    import base64
    if isinstance(data, str):
        data = data.encode("ascii")
    return base64.b64decode(data, validate=strict_mode)


_HEXDIGITS = b"0123456789ABCDEFabcdef"


def _qp_bytes(data):
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    return bytes(data)


def a2b_qp(data, header=False):
    """Decode a string of qp-encoded data (CPython's binascii.a2b_qp, ported)."""
    data = _qp_bytes(data)
    n = len(data)
    out = bytearray()
    i = 0
    while i < n:
        c = data[i]
        if c == 0x3D:  # '='
            i += 1
            if i >= n:
                break
            c = data[i]
            if c == 0x0A or c == 0x0D:  # a soft line break
                if c != 0x0A:
                    while i < n and data[i] != 0x0A:
                        i += 1
                if i < n:
                    i += 1
            elif c == 0x3D:
                out.append(0x3D)
                i += 1
            elif i + 1 < n and c in _HEXDIGITS and data[i + 1] in _HEXDIGITS:
                out.append(int(data[i:i + 2], 16))
                i += 2
            else:
                out.append(0x3D)
        elif header and c == 0x5F:  # '_'
            out.append(0x20)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode data as quoted-printable (CPython's binascii.b2a_qp, ported)."""
    data = _qp_bytes(data)
    n = len(data)
    p = data.find(b"\n")
    crlf = p > 0 and data[p - 1] == 0x0D
    nl = b"\r\n" if crlf else b"\n"
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        c = data[i]
        nxt = data[i + 1] if i + 1 < n else None
        if (c > 126 or c == 0x3D or (header and c == 0x5F)
                or (c == 0x2E and linelen == 0 and (nxt is None or nxt in (0x0A, 0x0D, 0)))
                or (not istext and c in (0x0D, 0x0A))
                or (c in (0x09, 0x20) and i + 1 == n)
                or (c < 33 and c not in (0x0D, 0x0A) and (quotetabs or c not in (0x09, 0x20)))):
            if linelen + 3 >= 76:
                out += b"=" + nl
                linelen = 0
            out += b"=%02X" % c
            i += 1
            linelen += 3
        elif istext and (c == 0x0A or (nxt == 0x0A and c == 0x0D)):
            linelen = 0
            if out and out[-1] in (0x20, 0x09):
                ch = out[-1]
                out[-1] = 0x3D
                out += b"%02X" % ch
            out += nl
            i += 2 if c == 0x0D else 1
        else:
            if i + 1 != n and nxt != 0x0A and linelen + 1 >= 76:
                out += b"=" + nl
                linelen = 0
            linelen += 1
            if header and c == 0x20:
                out.append(0x5F)
            else:
                out.append(c)
            i += 1
    return bytes(out)
