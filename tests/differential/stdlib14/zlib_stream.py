# Streaming decompression with decompressobj: chunked input, concatenated streams, unused_data.
import zlib

# Three zlib streams written by CPython's zlib (levels 1, 6 and 9) back to back.
STREAMS = bytes.fromhex("78014dd2418a43310c03d07d4fd1234476929f147a98d2e96ea0f0a173fee9c692b6c2f8ebf9e77c3ddfe7cfb5b576bbfe3d7e3faf7bbb9c95a132288bcabab2ac6c2beb95612a1c15c650382b4c9b3c2aecb6735538ede3bbc2a596a0064d1ec813364b11bad682264c3580545b652196b940570c9b252c96eda52cc33a9096537d83b66eb6a0ad779ba5ad2fed0dda46a843d0360ef50ddaa6d982b6e9b3b41dbe97b6c33bd0b6ac6fd2b6cd96b46dbb43d28666474be2d0ecc2491d60bf23c943982fe943d88f4e0291f62a92c2ef0bd29993448cef7bfb071521052c789c4b4a2cce4c56c8cc2b4bcd2bc92faa5428482dca2d2d492cc9cccf2b56c8c92c2e0100de640d3878da2bc9c82c5600a2e4c4a2d4b4d29c9c4a859cccbc5485fc348594c4924400adda0b13")
LENGTHS = (222, 41, 36)

data = STREAMS
outputs = []
while data:
    d = zlib.decompressobj()
    chunks = []
    for i in range(0, len(data), 9):
        chunks.append(d.decompress(data[i:i + 9]))
        if d.eof:
            break
    out = b"".join(chunks) + d.flush()
    outputs.append(out)
    print(len(out), d.eof, len(d.unused_data), out[:30])
    data = d.unused_data + data[i + 9:]
print([len(o) for o in outputs], LENGTHS)
lines = outputs[0].decode().splitlines()
print(len(lines), lines[0], lines[-1])
print(zlib.crc32(outputs[0]) & 0xFFFFFFFF, zlib.adler32(outputs[1]))

d = zlib.decompressobj(wbits=zlib.MAX_WBITS)
part = d.decompress(STREAMS[:LENGTHS[0] // 2])
print(len(part) > 0, d.eof, d.unused_data)
rest = d.decompress(STREAMS[LENGTHS[0] // 2:])
print(len(part + rest), d.eof, len(d.unused_data) == LENGTHS[1] + LENGTHS[2])
print(d.decompress(b"more"), d.unused_data[-4:])
c = zlib.decompressobj().copy()
print(c.decompress(STREAMS[:LENGTHS[0]])[:12], c.eof)
try:
    zlib.decompressobj().decompress(b"\x00garbage")
except zlib.error as e:
    print("zlib.error:", e)
