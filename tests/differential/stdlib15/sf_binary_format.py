"""A tiny binary container format: struct + io.BytesIO + hashlib + base64 + zlib.crc32."""
import base64
import hashlib
import io
import struct
import zlib

MAGIC = b"TBF1"
HEADER = struct.Struct("<4sHHI")
ENTRY = struct.Struct("<16sIIQd")

def write_container(entries):
    buf = io.BytesIO()
    buf.write(HEADER.pack(MAGIC, 1, len(entries), 0))
    offset = HEADER.size + ENTRY.size * len(entries)
    payloads = []
    for name, data, ts in entries:
        buf.write(ENTRY.pack(name.encode()[:16], offset, len(data), zlib.crc32(data), ts))
        payloads.append(data)
        offset += len(data)
    for p in payloads:
        buf.write(p)
    raw = buf.getvalue()
    # patch the header checksum over everything after the header
    crc = zlib.crc32(raw[HEADER.size:])
    return raw[:8] + struct.pack("<I", crc) + raw[12:]

def read_container(raw):
    magic, ver, n, crc = HEADER.unpack_from(raw, 0)
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    if zlib.crc32(raw[HEADER.size:]) != crc:
        raise ValueError("checksum mismatch")
    out = []
    for i in range(n):
        name, off, size, ecrc, ts = ENTRY.unpack_from(raw, HEADER.size + i * ENTRY.size)
        data = raw[off:off + size]
        ok = zlib.crc32(data) == ecrc
        out.append((name.rstrip(b"\0").decode(), data, ts, ok))
    return ver, out

entries = [("hello.txt", b"Hello, world!\n", 1700000000.5), ("zeros.bin", bytes(32), 0.0),
           ("utf8.txt", "naïve ☃ 😀".encode(), -1.25), ("a-very-long-file-name.dat", bytes(range(200, 256)), 1e10)]
blob = write_container(entries)
print(len(blob), blob[:16], hashlib.sha256(blob).hexdigest()[:24], hashlib.md5(blob).hexdigest())
ver, items = read_container(blob)
for name, data, ts, ok in items:
    print(f"{name:<16} {len(data):>4} {ts!r:>14} {ok} {data[:8]!r}")
enc = base64.b64encode(blob)
print(enc[:40], len(enc), base64.b64decode(enc) == blob)
print(base64.urlsafe_b64encode(hashlib.sha1(blob).digest()).rstrip(b"="))
corrupt = bytearray(blob)
corrupt[-1] ^= 0xFF
for bad in (b"XXXX" + blob[4:], bytes(corrupt)):
    try:
        read_container(bad)
    except ValueError as e:
        print("error:", e)
print(struct.calcsize("<4sHHI"), HEADER.size, ENTRY.size, struct.calcsize("@4sHHI"), struct.calcsize("@16sIIQd"))
vals = struct.unpack("<3h2xH", struct.pack("<3h2xH", -1, 2, -3, 65535))
print(vals, struct.pack(">HhBb", 1, -1, 255, -128).hex(" "), struct.unpack(">q", b"\xff" * 8))
fields = list(struct.iter_unpack("<IH", bytes(range(12))))
print(fields, [hex(a) for a, _ in fields])
bio = io.BytesIO(blob)
bio.seek(HEADER.size)
first = ENTRY.unpack(bio.read(ENTRY.size))
print(first[0].rstrip(b"\x00"), first[1:3], bio.tell(), bio.seek(-4, io.SEEK_END), bio.read())
h = hashlib.sha256()
for chunk in iter(lambda: bio.read(7), b""):
    h.update(chunk)
bio.seek(0)
for chunk in iter(lambda: bio.read(64), b""):
    h.update(chunk)
print(h.hexdigest()[:16], hashlib.sha256(blob).hexdigest() == hashlib.sha256(bio.getvalue()).hexdigest())
print(int.from_bytes(blob[4:6], "little"), (1234).to_bytes(4, "big"), int.from_bytes(b"\xff\xfe", "big", signed=True))
