# zlib.decompress of streams CPython's zlib produced (pyjs inflates exactly; it cannot
# reproduce zlib's deflate, so compress() is a NotImplementedError there and is not called here).
import zlib

C6 = bytes.fromhex("789cf3c92f4acd55c82c282ecd5548c9cfc92f5228ce2c5148cc4d2dd15148cecf2b4e4d2e492d292d52484cc92cc82c4ececc4b5748cdc92cd153f019d5885ba3ab9f0b006aaa7f5c")
C9 = bytes.fromhex("78da6360646266616563e7e0e4e2e6e1e5e3171014121611151397909492969195935750545256515553d7d0d4d2d6d1d5d33730343236313533b7b0b4b2b6b1b5b37770747276717573f7f0f4f2f6f1f5f30f080c0a0e090d0b8f888c8a8e898d8b4f484c4a4e494d4bcfc8cccacec9cdcb2f282c2a2e292d2bafa8acaaaea9adab6f686c6a6e696d6befe8eceaeee9edeb9f3071d2e42953a74d9f3173d6ec3973e7cd5fb070d1e2254b972d5fb172d5ea356bd7addfb071d3e62d5bb76ddfb173d7ee3d7bf7ed3f70f0d0e123478f1d3f71f2d4e93367cf9dbf70f1d2e52b57af5dbf71f3d6ed3b77efdd7ff0f0d1e3274f9f3d7ff1f2d5eb376fdfbdfff0f1d3e72f5fbf7dfff1f3d7ef3f7ffffd6718f5ff88f63f00a0627e90")
RAW = bytes.fromhex("2b4a2c5748494dcb492c4955282e294a4dcc5528a2a21000")
C0 = bytes.fromhex("7801010c00f3ff73746f72656420626c6f636b1f8004bd")
GZ = bytes.fromhex("1f8b08000000000000034bafca2c5028cb4c54a8cac94ce24a279a07002857cb0238000000")

text = zlib.decompress(C6)
print(len(C6), len(text), text[:40], text[-10:])
print(zlib.crc32(text), zlib.adler32(text))
data = zlib.decompress(C9)
print(len(data), data == bytes(range(256)) * 3)
print(zlib.decompress(RAW, -15))
print(zlib.decompress(RAW, wbits=-zlib.MAX_WBITS)[:10])
print(zlib.decompress(C0), zlib.decompress(bytearray(C0)))
print(zlib.decompress(GZ, 31))
print(zlib.decompress(GZ, 47) == zlib.decompress(C6 if False else GZ, 16 + zlib.MAX_WBITS))
print(zlib.decompress(C6, 47) == text, zlib.decompress(C6 + b"trailing junk") == text)

bad = [C6[:-1], C6[:10], b"", b"\x78\x9c", b"abc", C6[:-4] + b"\x00\x00\x00\x00",
       b"\x78\x9c\x07\x00", bytes([C6[0], C6[1] ^ 1]) + C6[2:], RAW]
for b in bad:
    try:
        zlib.decompress(b)
        print("ok?")
    except zlib.error as e:
        print("zlib.error:", e)
try:
    zlib.decompress("text")
except TypeError as e:
    print("TypeError:", e)

d = zlib.decompressobj()
pieces = [d.decompress(C6[i:i + 16]) for i in range(0, len(C6), 16)]
print([len(p) for p in pieces], b"".join(pieces) == text, d.eof, d.unused_data)
d = zlib.decompressobj()
print(len(d.decompress(C6 + b"extra")), d.eof, d.unused_data, d.unconsumed_tail)
print(d.flush())
d = zlib.decompressobj(-15)
print(d.decompress(RAW[:5]), d.eof)
print(d.decompress(RAW[5:]), d.eof)
