"""base64 (a85/b85/b32hex/urlsafe), binascii, hashlib (sha3_256, blake2 digest_size/key/salt/person, shake, update/copy), hmac, uuid (uuid3/uuid5, fields)."""
import base64
import binascii
import hashlib
import hmac
import uuid

data = b"Hello, World! \x00\xff\x10 binary"
for name in ["b64encode", "urlsafe_b64encode", "b32encode", "b32hexencode", "b16encode", "a85encode", "b85encode", "standard_b64encode"]:
    enc = getattr(base64, name)(data)
    dec = getattr(base64, name.replace("encode", "decode"))(enc)
    print(f"{name:20} {enc!r} {dec == data}")
print(base64.a85encode(b"xyz\x00\x00\x00\x00", foldspaces=True), base64.a85encode(b"    test", foldspaces=True), base64.a85encode(data, wrapcol=10, adobe=True))
print(base64.a85decode(b"<~87cURD]i,\"Ebo80~>", adobe=True), base64.b85encode(b"ab", pad=True), base64.b85decode(b"VPa!sWoBn+X=-b1ZEkOHadLBXb#`}nd3r%"))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("+/8=", validate=True), base64.b64decode(b"YW Jj\nZA=="), base64.b32decode("MFRGG===", casefold=False), base64.b32decode("mfrgg===", casefold=True))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"), base64.b16decode("ff00", casefold=True))
for bad in [lambda: base64.b64decode("abc"), lambda: base64.b64decode("ab$=", validate=True), lambda: base64.b32decode("MFRGG"), lambda: base64.b16decode("fg"), lambda: base64.a85decode(b"~~"), lambda: base64.b85decode(b"|NsC")]:
    try:
        bad()
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b"\x01\xab", "-"), binascii.unhexlify("01ab"), binascii.b2a_hex(b"xyz", b":", 2), binascii.crc32(b"hello"), binascii.crc_hqx(b"hello", 0), binascii.a2b_base64(b"aGk=\n"), binascii.b2a_base64(b"hi", newline=False))

for algo in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]:
    h = hashlib.new(algo, b"abc")
    print(f"{algo:9} {h.name:9} {h.digest_size:3} {h.block_size:4} {h.hexdigest()[:40]}")
print(hashlib.shake_128(b"abc").hexdigest(10), hashlib.shake_256(b"").hexdigest(20), hashlib.shake_128(b"abc").digest(4))
print(hashlib.blake2b(b"msg", digest_size=16).hexdigest(), hashlib.blake2b(b"msg", key=b"secret", digest_size=20).hexdigest())
print(hashlib.blake2s(b"msg", salt=b"saltsalt", person=b"me").hexdigest(), hashlib.blake2b(digest_size=8).hexdigest(), hashlib.blake2s(b"x", key=b"k" * 32).hexdigest())
h = hashlib.sha3_256()
h.update(b"part one, ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest(), c.hexdigest(), hashlib.sha3_256(b"part one, part two").hexdigest() == h.hexdigest())
print(sorted(hashlib.algorithms_guaranteed)[:6], "sha256" in hashlib.algorithms_available, hashlib.md5(b"", usedforsecurity=False).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex(), hashlib.pbkdf2_hmac("sha1", b"pw", b"s", 2, dklen=10).hex())
try:
    hashlib.new("nosuch")
except ValueError as e:
    print("ValueError", e)
try:
    hashlib.blake2b(digest_size=100)
except ValueError as e:
    print("ValueError", e)
mac = hmac.new(b"key", b"message", hashlib.sha256)
print(mac.hexdigest(), mac.name, mac.digest_size, hmac.new(b"key", digestmod="sha1").hexdigest(), hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("a", "b"))
m2 = mac.copy()
m2.update(b"more")
print(m2.hexdigest() != mac.hexdigest(), hmac.digest(b"k", b"m", "md5").hex())

ns = [uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500]
print(ns, uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/x"))
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq, u.urn, u.variant, u.version)
print(uuid.UUID(bytes=b"\x12" * 16), uuid.UUID(int=1), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID("urn:uuid:12345678123456781234567812345678"))
v4 = uuid.uuid4()
print(v4.version, v4.variant == uuid.RFC_4122, len(str(v4)), uuid.UUID(str(v4)) == v4, sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), uuid.UUID(int=3) < uuid.UUID(int=4), hash(u) == hash(uuid.UUID(str(u))))
for bad in ["xyz", "1234", "12345678-1234-5678-1234-56781234567g"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("ValueError", e)
print(str(uuid.uuid3(uuid.NAMESPACE_OID, "1.3.6.1")), uuid.uuid5(uuid.NAMESPACE_X500, "cn=me").version, uuid.UUID(int=0).is_safe, uuid.SafeUUID.safe)
