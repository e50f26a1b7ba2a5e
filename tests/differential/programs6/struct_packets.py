import struct
import hashlib
import io
import binascii
import base64

HEADER = struct.Struct("<4sBBHI")
RECORD = struct.Struct("<hHf")


def build_packet(kind, records):
    body = b"".join(RECORD.pack(*r) for r in records)
    crc = binascii.crc32(body)
    return HEADER.pack(b"PKT1", 1, kind, len(records), crc) + body


def parse_packet(data):
    if len(data) < HEADER.size:
        raise ValueError(f"short packet: {len(data)} bytes")
    magic, ver, kind, count, crc = HEADER.unpack_from(data)
    if magic != b"PKT1":
        raise ValueError(f"bad magic {magic!r}")
    body = data[HEADER.size:]
    if binascii.crc32(body) != crc:
        raise ValueError("checksum mismatch")
    recs = [RECORD.unpack_from(body, i * RECORD.size) for i in range(count)]
    return kind, recs


pkt = build_packet(7, [(-5, 300, 1.5), (1200, 65535, -0.25), (0, 1, 3.14159)])
print(HEADER.size, RECORD.size, len(pkt), pkt[:12].hex(" "), binascii.hexlify(pkt[-4:]))
kind, recs = parse_packet(pkt)
print(kind, [(a, b, round(c, 5)) for a, b, c in recs])
for bad in (pkt[:5], b"XXXX" + pkt[4:], pkt[:-1] + b"\x00"):
    try:
        parse_packet(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    struct.pack("<h", 70000)
except struct.error as e:
    print("struct.error:", e)
print(struct.pack(">Q", 2 ** 64 - 1), struct.unpack(">i", b"\xff\xff\xff\xfe"), struct.pack("?x3s", True, b"abc"))
print(struct.unpack("<d", struct.pack("<d", 0.1))[0], struct.pack("!H", 513), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
buf = io.BytesIO()
buf.write(b"hello ")
buf.write("wörld".encode())
print(buf.getvalue(), buf.tell(), len(buf.getvalue().decode()))
buf.seek(0)
print(buf.read(5), buf.read())
blob = bytes(range(0, 256, 17))
print(base64.b64encode(blob), base64.b64decode(base64.b64encode(blob)) == blob, base64.urlsafe_b64encode(b"\xfb\xff"))
print(base64.b16encode(b"hi"), base64.b32encode(b"hi") if hasattr(base64, "b32encode") else "")
for algo in ("md5", "sha1", "sha256", "sha512"):
    h = hashlib.new(algo, b"packet")
    print(f"{algo:>6} {h.hexdigest()[:24]} {h.digest_size}")
h = hashlib.sha256()
for chunk in (pkt[i:i + 8] for i in range(0, len(pkt), 8)):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(pkt).hexdigest(), hashlib.sha256(pkt).digest()[:4])
ba = bytearray(b"abcdef")
ba[0] = 65
ba[1:3] = b"XYZ"
ba.extend(b"!!")
del ba[-1]
print(ba, bytes(ba).upper(), ba.find(b"Z"), ba.count(b"!"), int.from_bytes(ba[:2], "little"), ba.decode("ascii"))
