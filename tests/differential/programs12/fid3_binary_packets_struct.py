import struct
import binascii
import base64
from dataclasses import dataclass

HEADER = struct.Struct(">4sBBHI")


@dataclass
class Packet:
    kind: int
    flags: int
    seq: int
    payload: bytes

    MAGIC = b"PKT1"

    def encode(self) -> bytes:
        body = HEADER.pack(self.MAGIC, self.kind, self.flags, self.seq, len(self.payload)) + self.payload
        return body + struct.pack(">I", binascii.crc32(body))

    @classmethod
    def decode(cls, data: bytes) -> "Packet":
        if len(data) < HEADER.size + 4:
            raise ValueError(f"short packet: {len(data)} bytes")
        magic, kind, flags, seq, n = HEADER.unpack_from(data)
        if magic != cls.MAGIC:
            raise ValueError(f"bad magic {magic!r}")
        payload = data[HEADER.size:HEADER.size + n]
        (crc,) = struct.unpack(">I", data[HEADER.size + n:HEADER.size + n + 4])
        if crc != binascii.crc32(data[:HEADER.size + n]):
            raise ValueError(f"crc mismatch {crc:#010x}")
        return cls(kind, flags, seq, payload)


pk = Packet(2, 0b101, 513, "héllo wörld".encode())
raw = pk.encode()
print(HEADER.size, len(raw), raw.hex(" ", 4))
print(Packet.decode(raw), Packet.decode(raw) == pk)
bad = bytearray(raw)
bad[-1] ^= 0xFF
for data in [bytes(bad), raw[:8], b"XXXX" + raw[4:]]:
    try:
        Packet.decode(data)
    except ValueError as e:
        print("ValueError:", e)
print(struct.pack("<hHiIqQ", -2, 65535, -1, 2**32 - 1, -(2**63), 2**64 - 1).hex())
print(struct.unpack("<hHiIqQ", bytes.fromhex("feffffffffffffffffff00000000000000800100000000000000")[:0] + struct.pack("<hHiIqQ", -2, 65535, -1, 2**32 - 1, -(2**63), 2**64 - 1)))
print(struct.pack(">f", 1.5), struct.unpack(">d", struct.pack(">d", 0.1))[0], struct.pack("<?3sx", True, b"ab"), struct.calcsize("@bhi"), struct.calcsize("=bhi"))
print(list(struct.iter_unpack("<HB", b"\x01\x00\x02\x03\x00\x04")), struct.unpack("3B", b"abc"))
try:
    struct.pack(">B", 256)
except struct.error as e:
    print("struct.error:", e)
buf = bytearray(8)
struct.pack_into(">HH", buf, 2, 0xBEEF, 7)
print(buf, buf.hex(), bytes(buf[2:4]))
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.extend(b"!!")
ba += b"?"
del ba[1:3]
print(ba, ba.decode(), ba.upper(), ba.find(b"!"), ba.count(b"!"), ba.replace(b"!", b"."), bytes(reversed(ba)))
b = b"\x00\x01binary\xff"
print(b, len(b), b[2:8], b[-1], list(b[:3]), b.startswith(b"\x00"), b.split(b"i"), b.strip(b"\x00\xff"), b.isalpha(), b[2:8].isalpha())
print(base64.b64encode(raw[:12]), base64.b64decode(base64.b64encode(b"data!")), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b16encode(b"hi"))
print(binascii.hexlify(b"abc", "-"), binascii.unhexlify("616263"), binascii.crc32(b"hello"), hex(binascii.crc32(b"")), bytes.fromhex("de ad be ef"))
print(int.from_bytes(raw[8:12], "big"), (513).to_bytes(2, "big") == raw[6:8], b"%d-%s-%x" % (5, b"ab", 255), b"ab" * 3, b"a" in b"cat", bytes([65, 66]) + b"C")
print(raw[:4], raw[4], len(raw), bytes(raw[-4:]).hex())
