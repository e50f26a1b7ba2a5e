"""binascii: hexlify and the Error class (pyjs implementation, partial)."""

__all__ = ["Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex", "crc32", "crc_hqx",
           "b2a_base64", "a2b_base64"]


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
