"""struct/base64/binascii/hashlib corners: formats, alignment, errors, encodings of every kind."""
import base64
import binascii
import hashlib
import hmac
import struct

print(struct.calcsize("@bhi"), struct.calcsize("=bhi"), struct.calcsize("<qH3sx?"), struct.calcsize("@ci"), struct.calcsize("@ic"), struct.calcsize("0s"), struct.calcsize("2Q"))
print(struct.pack(">hHiIqQ", -2, 65535, -3, 2**32 - 1, -(2**63), 2**64 - 1).hex())
print(struct.pack("<fd", 1.5, -0.1).hex(), struct.unpack("<e", struct.pack("<e", 0.333))[0], struct.pack(">e", 65504.0).hex())
print(struct.pack("5s3sp", b"toolongvalue", b"a", b"x").hex(), struct.pack("4p", b"abcdef"), struct.unpack("4p", b"\x09abc"))
print(struct.pack("?x?", True, 0), struct.unpack("??", b"\x00\x05"), struct.pack("c", b"z"), struct.pack("@bi", 1, 2))
print(struct.unpack(">3h", b"\x00\x01\xff\xff\x80\x00"), struct.unpack_from("<H", b"xx\x34\x12", 2), list(struct.iter_unpack(">BB", b"\x01\x02\x03\x04")))
buf = bytearray(8)
struct.pack_into("<HI", buf, 1, 0xBEEF, 7)
print(buf.hex())
s = struct.Struct("!I2sf")
print(s.size, s.format, s.pack(258, b"hi", 2.5), s.unpack(s.pack(1, b"ab", 0.5)))
for fmt, args in [(">h", (40000,)), ("<B", (-1,)), ("b", (128,)), ("<i", (1.5,)), ("3s", ("str",)), ("c", (b"ab",)), ("?", ()), ("<I", (1, 2)), (">Q", (-1,)), ("z", (1,))]:
    try:
        struct.pack(fmt, *args)
        print(fmt, "ok")
    except struct.error as e:
        print(fmt, "struct.error", e)
for fmt, data in [("<I", b"\x01\x02"), ("<H", b"\x01\x02\x03")]:
    try:
        struct.unpack(fmt, data)
    except struct.error as e:
        print(fmt, "struct.error", e)
try:
    struct.unpack_from("<I", b"\x00" * 4, 2)
except struct.error as e:
    print("struct.error", e)

raw = bytes(range(0, 256, 7)) + b"\xff\xfe"
print(base64.b64encode(raw), base64.urlsafe_b64encode(raw), base64.b64encode(b"ab", altchars=b"-_"))
print(base64.b32encode(b"hello!"), base64.b32hexencode(b"hello!"), base64.b16encode(b"\x00\xab"), base64.b85encode(b"hello world"), base64.a85encode(b"hello world"))
print(base64.a85encode(b"\x00\x00\x00\x00abc", foldspaces=True), base64.a85encode(b"xyz", adobe=True), base64.a85decode(b"<~BOu!rD]j7BEbo7~>", adobe=True))
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs\nbG8="), base64.b64decode("aGVsbG8", validate=False) if False else "", base64.standard_b64decode("YWJj"))
for bad in ["aGVsbG8", "a===", "aGVs!bG8="]:
    try:
        print(repr(bad), base64.b64decode(bad))
    except binascii.Error as e:
        print(repr(bad), "binascii.Error", e)
try:
    base64.b64decode("aGVs!bG8=", validate=True)
except binascii.Error as e:
    print("binascii.Error", e)
print(base64.b32decode("NBSWY3DPEE======"), base64.b32decode("nbswy3dp", casefold=True), base64.b16decode("00AB"), base64.b85decode(base64.b85encode(raw)) == raw)
try:
    base64.b16decode("00ab")
except binascii.Error as e:
    print("binascii.Error", e)
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"))
print(binascii.hexlify(b"\x01\xab", "-"), binascii.hexlify(b"abcdef", b":", 2), binascii.unhexlify("ABcd"), b"\x01\x02".hex(" "), bytes.fromhex("de ad be ef"))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError", e)
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), hex(binascii.crc_hqx(b"abc", 0)), binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False))
print(binascii.a2b_base64(b"aGk=\n"), binascii.b2a_hex(b"\x10"), binascii.a2b_qp(b"a=3Db"), binascii.b2a_qp(b"caf\xe9 = x"))
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name, b"The quick brown fox")
    print(name, h.digest_size, h.block_size, h.hexdigest()[:32])
h = hashlib.sha256()
h.update(b"part1")
h2 = h.copy()
h.update(b"part2")
print(h.hexdigest() == hashlib.sha256(b"part1part2").hexdigest(), h2.hexdigest()[:16], h.name)
print(hashlib.blake2b(b"x", digest_size=16, key=b"k", salt=b"s", person=b"p").hexdigest(), hashlib.shake_128(b"abc").hexdigest(10))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000, dklen=16).hex(), hmac.new(b"key", b"msg", "sha1").hexdigest())
print(hmac.compare_digest(b"a", b"a"), hmac.compare_digest("x", "y"), hmac.digest(b"k", b"m", "md5").hex())
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", e)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError", e)
print(sorted(hashlib.algorithms_guaranteed)[:6])
for fmt in [">h", "<h", "H", ">H", "<b", ">B", ">i", "I", ">I", "<q", ">q", ">Q", "=Q", "l", ">l", "<L", "n"]:
    msgs = []
    for v in [-1, 200, 40000, 2 ** 32, 2 ** 64, -(2 ** 70)]:
        try:
            struct.pack(fmt, v)
        except struct.error as e:
            msgs.append(str(e))
    print(fmt, sorted(set(msgs)))
for s in [b"line  \nnext\t\n", b"crlf\r\nline \r\nx", b".\nstart", b"under_score me", b"x" * 90]:
    enc = binascii.b2a_qp(s, header=b"_" in s)
    print(enc, binascii.a2b_qp(enc, header=b"_" in s) == s, binascii.b2a_qp(s, quotetabs=True, istext=False))
