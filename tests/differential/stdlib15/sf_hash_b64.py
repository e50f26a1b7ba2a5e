import hashlib
import base64
import binascii
import zlib
import hmac

msgs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", "héllo ✓".encode(), bytes(range(256)) * 4]
for m in msgs:
    print(hashlib.md5(m).hexdigest(), hashlib.sha1(m).hexdigest())
    print(hashlib.sha256(m).hexdigest(), hashlib.sha224(m).hexdigest()[:16], hashlib.sha512(m).hexdigest()[:32], hashlib.sha384(m).hexdigest()[:16])
    print(hashlib.blake2b(m).hexdigest()[:32], hashlib.blake2s(m).hexdigest()[:32], hashlib.blake2b(m, digest_size=16).hexdigest())
    print(hashlib.sha3_256(m).hexdigest()[:32], zlib.crc32(m), zlib.adler32(m), binascii.crc32(m))
h = hashlib.sha256()
h.update(b"part1")
h2 = h.copy()
h.update(b"part2")
print(h.hexdigest(), h2.hexdigest(), h.name, h.digest_size, h.block_size, h.digest()[:4])
print(hashlib.new("md5", b"x").hexdigest(), hashlib.new("sha1").name, hashlib.blake2b(b"k", key=b"secret", salt=b"s", person=b"p").hexdigest()[:20])
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex(), hashlib.md5(b"a", usedforsecurity=False).hexdigest())
print(sorted(a for a in hashlib.algorithms_guaranteed if not a.startswith("shake")))
print(hashlib.shake_128(b"abc").hexdigest(8), hashlib.shake_256(b"abc").hexdigest(8))
print(hmac.new(b"key", b"msg", hashlib.sha256).hexdigest(), hmac.compare_digest("a", "a"), hmac.digest(b"k", b"m", "md5").hex())
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", e)
try:
    hashlib.sha256("str")
except TypeError as e:
    print("TypeError", e)

data = b"any carnal pleas\xff\xfe\x00"
for enc in [base64.b64encode, base64.urlsafe_b64encode, base64.b32encode, base64.b16encode, base64.b85encode, base64.a85encode, base64.standard_b64encode, base64.b32hexencode]:
    e = enc(data)
    print(enc.__name__, e)
print(base64.b64decode(b"YW55IGNhcm5hbCBwbGVhcw=="), base64.b64decode("YW55"), base64.urlsafe_b64decode("_-8="), base64.b32decode(b"MFRGG==="), base64.b16decode("CAFE"), base64.b16decode("cafe", casefold=True))
print(base64.b85decode(base64.b85encode(data)) == data, base64.a85decode(base64.a85encode(data)) == data, base64.a85encode(b"hello", adobe=True), base64.a85encode(b"\0\0\0\0"))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"YWJj\nZGVm"), base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"))
for bad in [lambda: base64.b64decode("YW5"), lambda: base64.b64decode("Y!==", validate=True), lambda: base64.b16decode("cafe"), lambda: base64.b32decode("1")]:
    try:
        bad()
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.hexlify(b"abc", "-"), bytes.fromhex("de ad be ef").hex(":"), binascii.b2a_base64(b"hi"), binascii.a2b_base64(b"aGk=\n"))
comp = b"x\x9c\xcbH\xcd\xc9\xc9W\xc8\x18%GI\xaa\x92\x00\xed\xd2\xdcQ"
print(len(comp), zlib.decompress(comp)[:12], zlib.decompress(b"x\x9c\x03\x00\x00\x00\x00\x01"))
do = zlib.decompressobj()
print(do.decompress(comp[:10]) + do.decompress(comp[10:]) == b"hello " * 100, do.eof, do.unused_data)
try:
    zlib.decompress(b"not zlib")
except zlib.error as e:
    print("zlib.error", e)
