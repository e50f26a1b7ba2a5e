import zlib

samples = [b"", b"a", b"abc", b"hello world", b"The quick brown fox jumps over the lazy dog",
           bytes(range(256)) * 40, bytearray(b"bytearray data")]
for s in samples:
    print(len(s), zlib.crc32(s), hex(zlib.adler32(s)))

# Running checksums over chunks equal the one-shot value.
data = b"".join(bytes([i % 251]) for i in range(20000))
crc, adl = 0, 1
for k in range(0, len(data), 777):
    crc = zlib.crc32(data[k:k + 777], crc)
    adl = zlib.adler32(data[k:k + 777], adl)
print(crc == zlib.crc32(data), adl == zlib.adler32(data), crc, adl)
print(zlib.crc32(b"x", 12345), zlib.adler32(b"x", 99999999), zlib.crc32(b"neg", -1))
print("%08x" % (zlib.crc32("café".encode()) & 0xffffffff))
try:
    zlib.crc32("text")
except TypeError as e:
    print("TypeError:", e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, issubclass(zlib.error, Exception))
