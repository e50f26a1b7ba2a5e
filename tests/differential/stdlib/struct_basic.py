import struct

print(struct.calcsize("i"), struct.calcsize("<i"), struct.calcsize("@bid"), struct.calcsize("<bid"))
print(struct.calcsize("ci"), struct.calcsize("3s2x"), struct.calcsize("q"), struct.calcsize("<l"), struct.calcsize("l"))
p = struct.pack("<ihb", 1, -2, 3)
print(p, struct.unpack("<ihb", p))
print(struct.pack(">I", 0xDEADBEEF), struct.unpack(">I", b"\xde\xad\xbe\xef"))
print(struct.pack("!H", 80), struct.pack("=q", -1))
print(struct.pack("<d", 1.5), struct.unpack("<d", struct.pack("<d", 3.141592653589793)))
print(struct.pack("<f", 0.1), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.pack("<e", 1.5), struct.unpack("<e", struct.pack("<e", 0.1)), struct.unpack("<e", b"\x00\x7c"))
print(struct.pack("<?", True), struct.unpack("<??", b"\x00\x02"))
print(struct.pack("4s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("5p", b"hi"))
print(struct.unpack("3s", b"xyz"), struct.unpack("5p", b"\x02hi\x00\x00"))
print(struct.pack("c", b"A"), struct.unpack("cc", b"AB"))
print(struct.pack("@bi", 1, 2), struct.pack("<Q", 2**64 - 1), struct.unpack("<q", b"\xff" * 8))
print(struct.pack(">hhl", 1, 2, 3))
s = struct.Struct("<2i")
print(s.size, s.format, s.pack(7, 8), s.unpack(b"\x07\x00\x00\x00\x08\x00\x00\x00"))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
print(struct.unpack_from("<h", b"\x00\x00\x05\x00", 2))
buf = bytearray(8)
struct.pack_into("<i", buf, 4, 258)
print(buf)
for fmt, v in [("<b", 200), ("<B", -1), ("<h", 70000), ("<H", -1), ("<i", 2**31), ("<I", -1),
               ("<q", 2**63), ("<L", 2**32), ("<i", 1.5), ("c", 1), ("s", 1), ("<y", 1)]:
    try:
        struct.pack(fmt, v)
    except struct.error as e:
        print(fmt, "error:", e)
try:
    struct.unpack("<i", b"abc")
except struct.error as e:
    print(e)
try:
    struct.pack("<ii", 1)
except struct.error as e:
    print(e)
try:
    struct.pack("<f", 1e300)
except OverflowError as e:
    print("OverflowError:", e)
