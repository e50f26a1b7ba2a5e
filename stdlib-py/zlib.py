"""zlib (pyjs implementation): crc32(), adler32(), decompress() and decompressobj() are exact
(inflate is deterministic: zlib, gzip and raw streams, with zlib's error messages); compress()
and compressobj() are not supported (CPython's output is the bytes of the zlib C library's
deflate, which pyjs does not reproduce) and raise NotImplementedError."""

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
    raise NotImplementedError(f"zlib.{name} is not supported by pyjs (decompress, crc32 and "
                              "adler32 are)")


def compress(data, /, level=-1, wbits=15):
    _unsupported("compress")


def compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None):
    _unsupported("compressobj")


class _Truncated(Exception):
    pass


class _DataError(Exception):
    pass


_LBASE = (3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83,
          99, 115, 131, 163, 195, 227, 258)
_LEXT = (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0)
_DBASE = (1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025,
          1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577)
_DEXT = (0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12,
         12, 13, 13)
_ORDER = (16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15)
_fixed = None


def _huff(lengths, what, fixed=False):
    """Canonical Huffman code (counts per length, symbols in code order), checked as zlib's
    inflate_table checks it: over-subscribed or incomplete sets are errors, except a
    literal/length or distance code of a single one-bit code."""
    counts = [0] * 16
    for n in lengths:
        counts[n] += 1
    maxlen = 15
    while maxlen >= 1 and counts[maxlen] == 0:
        maxlen -= 1
    if maxlen == 0:
        return counts, []
    left = 1
    for n in range(1, 16):
        left = (left << 1) - counts[n]
        if left < 0:
            raise _DataError(f"invalid {what}")
    if left > 0 and not fixed and (what == "code lengths set" or maxlen != 1):
        raise _DataError(f"invalid {what}")
    offs = [0] * 16
    for n in range(1, 15):
        offs[n + 1] = offs[n] + counts[n]
    symbols = [0] * len(lengths)
    for sym, n in enumerate(lengths):
        if n:
            symbols[offs[n]] = sym
            offs[n] += 1
    return counts, symbols


class _Inflater:
    def __init__(self, data, pos):
        self.data = data
        self.pos = pos
        self.bitbuf = 0
        self.bitcnt = 0

    def bits(self, n):
        while self.bitcnt < n:
            if self.pos >= len(self.data):
                raise _Truncated()
            self.bitbuf |= self.data[self.pos] << self.bitcnt
            self.pos += 1
            self.bitcnt += 8
        v = self.bitbuf & ((1 << n) - 1)
        self.bitbuf >>= n
        self.bitcnt -= n
        return v

    def align(self):
        self.bitbuf = 0
        self.bitcnt = 0

    def decode(self, table, what):
        counts, symbols = table
        code = first = index = 0
        for n in range(1, 16):
            code |= self.bits(1)
            count = counts[n]
            if code - count < first:
                return symbols[index + (code - first)]
            index += count
            first = (first + count) << 1
            code <<= 1
        raise _DataError(f"invalid {what} code")

    def blocks(self, out):
        """Inflate blocks into `out` (a bytearray) until the last one ends."""
        global _fixed
        while True:
            last = self.bits(1)
            kind = self.bits(2)
            if kind == 0:
                self.align()
                if self.pos + 4 > len(self.data):
                    raise _Truncated()
                d = self.data
                p = self.pos
                length = d[p] | (d[p + 1] << 8)
                if length != (~(d[p + 2] | (d[p + 3] << 8)) & 0xFFFF):
                    raise _DataError("invalid stored block lengths")
                p += 4
                avail = min(length, len(d) - p)
                out += d[p:p + avail]
                self.pos = p + avail
                if avail < length:
                    raise _Truncated()
            elif kind == 1:
                if _fixed is None:
                    lens = [8] * 144 + [9] * 112 + [7] * 24 + [8] * 8
                    _fixed = (_huff(lens, "literal/lengths set"),
                              _huff([5] * 30, "distances set", True))
                self.codes(out, _fixed[0], _fixed[1])
            elif kind == 2:
                nlen = self.bits(5) + 257
                ndist = self.bits(5) + 1
                ncode = self.bits(4) + 4
                if nlen > 286 or ndist > 30:
                    raise _DataError("too many length or distance symbols")
                lengths = [0] * 19
                for i in range(ncode):
                    lengths[_ORDER[i]] = self.bits(3)
                lencode = _huff(lengths, "code lengths set")
                lengths = []
                while len(lengths) < nlen + ndist:
                    sym = self.decode(lencode, "code lengths set")
                    if sym < 16:
                        lengths.append(sym)
                        continue
                    if sym == 16:
                        if not lengths:
                            raise _DataError("invalid bit length repeat")
                        value = lengths[-1]
                        rep = 3 + self.bits(2)
                    elif sym == 17:
                        value = 0
                        rep = 3 + self.bits(3)
                    else:
                        value = 0
                        rep = 11 + self.bits(7)
                    if len(lengths) + rep > nlen + ndist:
                        raise _DataError("invalid bit length repeat")
                    lengths += [value] * rep
                if lengths[256] == 0:
                    raise _DataError("invalid code -- missing end-of-block")
                lit = _huff(lengths[:nlen], "literal/lengths set")
                dist = _huff(lengths[nlen:], "distances set")
                self.codes(out, lit, dist)
            else:
                raise _DataError("invalid block type")
            if last:
                return

    def codes(self, out, lit, dist):
        while True:
            sym = self.decode(lit, "literal/length")
            if sym < 256:
                out.append(sym)
            elif sym == 256:
                return
            else:
                sym -= 257
                if sym >= 29:
                    raise _DataError("invalid literal/length code")
                length = _LBASE[sym] + self.bits(_LEXT[sym])
                dsym = self.decode(dist, "distance")
                if dsym >= 30:
                    raise _DataError("invalid distance code")
                d = _DBASE[dsym] + self.bits(_DEXT[dsym])
                if d > len(out) - self.start:
                    raise _DataError("invalid distance too far back")
                if d >= length:
                    start = len(out) - d
                    out += out[start:start + length]
                else:
                    for _ in range(length):
                        out.append(out[-d])


def _inflate(data, wbits):
    """(output, end offset of the stream) or raises _DataError / _Truncated (with the output
    decoded so far in its args)."""
    out = bytearray()
    pos = 0
    gzip = False
    if wbits < 0:
        if not -15 <= wbits <= -8:
            raise ValueError("Invalid initialization option")
        kind = "raw"
    elif wbits >= 40 or 24 < wbits < 32:
        if len(data) >= 1 and data[0] == 0x1F and (len(data) < 2 or data[1] == 0x8B):
            gzip = True
        elif wbits > 32:
            gzip = False
        else:
            gzip = True
        kind = "gzip" if gzip else "zlib"
    else:
        kind = "zlib"
    inf = _Inflater(data, 0)
    inf.start = 0
    try:
        if kind == "zlib":
            if len(data) < 2:
                raise _Truncated()
            cmf, flg = data[0], data[1]
            if ((cmf << 8) + flg) % 31:
                raise _DataError("incorrect header check")
            if cmf & 15 != 8:
                raise _DataError("unknown compression method")
            w = (cmf >> 4) + 8
            limit = wbits & 15 if wbits & 15 else 15
            if w > 15 or (wbits & 15 and w > limit):
                raise _DataError("invalid window size")
            if flg & 0x20:
                raise _DataError("need dictionary")
            inf.pos = 2
        elif kind == "gzip":
            p = 0

            def need(n):
                if p + n > len(data):
                    raise _Truncated()
            need(2)
            if data[0] != 0x1F or data[1] != 0x8B:
                raise _DataError("incorrect header check")
            need(10)
            if data[2] != 8:
                raise _DataError("unknown compression method")
            flags = data[3]
            if flags & 0xE0:
                raise _DataError("unknown header flags set")
            p = 10
            if flags & 4:
                need(2)
                xlen = data[p] | (data[p + 1] << 8)
                p += 2
                need(xlen)
                p += xlen
            for bit in (8, 16):
                if flags & bit:
                    while True:
                        need(1)
                        p += 1
                        if data[p - 1] == 0:
                            break
            if flags & 2:
                need(2)
                p += 2
            inf.pos = p
        inf.blocks(out)
        inf.align()
        p = inf.pos
        if kind == "zlib":
            if p + 4 > len(data):
                raise _Truncated()
            check = (data[p] << 24) | (data[p + 1] << 16) | (data[p + 2] << 8) | data[p + 3]
            if check != adler32(out):
                raise _DataError("incorrect data check")
            p += 4
        elif kind == "gzip":
            if p + 8 > len(data):
                raise _Truncated()
            check = data[p] | (data[p + 1] << 8) | (data[p + 2] << 16) | (data[p + 3] << 24)
            if check != crc32(out):
                raise _DataError("incorrect data check")
            size = data[p + 4] | (data[p + 5] << 8) | (data[p + 6] << 16) | (data[p + 7] << 24)
            if size != len(out) & 0xFFFFFFFF:
                raise _DataError("incorrect length check")
            p += 8
    except (_Truncated, _DataError) as e:
        e.out = out
        raise
    return bytes(out), p


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    data = bytes(_data(data, "decompress"))
    try:
        return _inflate(data, wbits)[0]
    except _DataError as e:
        raise error(f"Error -3 while decompressing data: {e.args[0]}") from None
    except _Truncated:
        raise error("Error -5 while decompressing data: incomplete or truncated stream") from None


class _Decompress:
    def __init__(self, wbits):
        self._wbits = wbits
        self._in = b""
        self._done = 0
        self.eof = False
        self.unused_data = b""
        self.unconsumed_tail = b""
        self._pending = b""

    def decompress(self, data, /, max_length=0):
        # pyjs: with max_length, all the input is consumed at once (unconsumed_tail stays
        # empty) and the output past max_length waits for the next calls and flush().
        data = bytes(_data(data, "decompress"))
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if self.eof:
            self.unused_data += data
            new = b""
        else:
            self._in += data
            try:
                out, end = _inflate(self._in, self._wbits)
            except _DataError as e:
                raise error(f"Error -3 while decompressing data: {e.args[0]}") from None
            except _Truncated as e:
                new = bytes(e.out[self._done:])
                self._done = len(e.out)
            else:
                self.eof = True
                self.unused_data = self._in[end:]
                new = out[self._done:]
                self._done = len(out)
        if self._pending:
            new = self._pending + new
            self._pending = b""
        if max_length and len(new) > max_length:
            new, self._pending = new[:max_length], new[max_length:]
        return new

    def flush(self, length=DEF_BUF_SIZE, /):
        out, self._pending = self._pending, b""
        return out

    def copy(self):
        c = _Decompress(self._wbits)
        c._in = self._in
        c._done = self._done
        c.eof = self.eof
        c.unused_data = self.unused_data
        c._pending = self._pending
        return c


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    if zdict:
        raise NotImplementedError("zlib.decompressobj(zdict=...) is not supported by pyjs")
    return _Decompress(wbits)
