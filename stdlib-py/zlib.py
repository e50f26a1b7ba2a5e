"""zlib (pyjs implementation): crc32() and adler32() are exact; compress(), decompress() and
the compressor objects are not supported (CPython's output is the bytes of the zlib C
library's deflate, which pyjs does not reproduce) and raise NotImplementedError."""

__all__ = ["crc32", "adler32", "compress", "decompress", "compressobj", "decompressobj", "error"]

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = "1.2.13"


class error(Exception):
    pass


error.__module__ = "zlib"

_table = None


def _crc_table():
    global _table
    if _table is None:
        t = []
        for n in range(256):
            c = n
            for _ in range(8):
                c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
            t.append(c)
        _table = t
    return _table


def _data(data, fname):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if isinstance(data, (bytes, bytearray)):
        return data
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def crc32(data, value=0, /):
    data = _data(data, "crc32")
    t = _crc_table()
    c = (value & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for b in data:
        c = t[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def adler32(data, value=1, /):
    data = _data(data, "adler32")
    a = value & 0xFFFF
    b = (value >> 16) & 0xFFFF
    n = len(data)
    i = 0
    while i < n:
        end = min(i + 3800, n)
        while i < end:
            a += data[i]
            b += a
            i += 1
        a %= 65521
        b %= 65521
    return (b << 16) | a


def _unsupported(name):
    raise NotImplementedError(f"zlib.{name}() is not supported by pyjs (only crc32 and adler32 are)")


def compress(data, /, level=-1, wbits=15):
    _unsupported("compress")


def decompress(data, /, wbits=15, bufsize=16384):
    _unsupported("decompress")


def compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None):
    _unsupported("compressobj")


def decompressobj(wbits=15, zdict=b""):
    _unsupported("decompressobj")
