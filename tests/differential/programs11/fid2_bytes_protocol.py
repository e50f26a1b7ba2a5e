import struct
import binascii
import base64
import hashlib


def checksum(data: bytes) -> int:
    return sum(data) & 0xFF


def encode_packet(kind, seq, payload):
    header = struct.pack(">BHI", kind, seq, len(payload))
    body = header + payload
    return body + bytes([checksum(body)])


def decode_packet(raw):
    kind, seq, length = struct.unpack_from(">BHI", raw)
    size = struct.calcsize(">BHI")
    payload = raw[size:size + length]
    ok = raw[size + length] == checksum(raw[:size + length])
    return kind, seq, payload, ok


packets = [encode_packet(1, 7, b"hello"), encode_packet(2, 65535, "héllo wörld".encode()), encode_packet(3, 0, b"")]
for p in packets:
    print(p.hex(" "), len(p))
    kind, seq, payload, ok = decode_packet(p)
    print(" ", kind, seq, payload, payload.decode("utf-8"), ok)
corrupt = bytearray(packets[0])
corrupt[8] ^= 0x20
print(decode_packet(bytes(corrupt)))

ba = bytearray(b"abc")
ba += b"def"
ba.extend([0x67, 0x68])
ba.insert(0, 0x5F)
ba[1:3] = b"XY"
print(ba, ba.upper(), ba.find(b"d"), ba.count(b"g"), ba.pop(), ba.decode(), len(ba))
del ba[:2]
ba.reverse()
print(ba, bytes(ba).split(b"d"), ba.startswith(b"gf"), list(ba[:3]), ba[0], ba[-1:])
b = b"  Mixed Case\tBytes\n"
print(b.strip(), b.lower(), b.title(), b.split(), b.replace(b" ", b"_"), b.isascii(), b"abc".isalpha(), b"12".isdigit())
print(bytes.fromhex("de ad be ef"), bytes(range(65, 70)), b"x" * 3, b"-".join([b"a", b"b"]), b"%d-%s" % (5, b"q"))
print(bytes([0, 127, 128, 255]), repr(b"\x00\t\n\r'\""), b"caf\xc3\xa9".decode(), "café".encode("latin-1"), "é".encode("utf-16-le"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", errors="replace"), b"a\xffb".decode("ascii", "ignore"), "naïve".encode("ascii", "replace"))
print(struct.pack("<hHiIqd", -2, 2, -3, 3, -4, 1.5).hex(), struct.unpack("<4sxh?", b"abcd\x00\x01\x00\x01"))
print(struct.calcsize("@i"), struct.calcsize("<iq"), struct.calcsize("!3sH"), struct.pack("!f", 0.1).hex())
for fmt, vals in (("<I", (2 ** 32,)), ("<b", (200,))):
    try:
        struct.pack(fmt, *vals)
    except struct.error as e:
        print("struct.error:", e)
rows = list(struct.iter_unpack("<hh", bytes(range(8))))
print(rows)
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.crc32(b"hello world"), hex(binascii.crc32(b"")))
enc = base64.b64encode(b"pyjs bytes \xff\x00")
print(enc, base64.b64decode(enc), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b16encode(b"hi"), base64.b32encode(b"hi"))
print(hashlib.sha256(b"abc").hexdigest()[:16], hashlib.md5(b"").hexdigest(), hashlib.sha1(b"x").hexdigest()[:10])
h = hashlib.sha256()
for chunk in (b"a", b"b", b"c"):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), h.digest_size, h.name)
print(int.from_bytes(hashlib.sha256(b"seed").digest()[:4], "big") % 1000, sorted(b"hello"), max(b"hello"), b"l" in b"hello", 108 in b"hello")
