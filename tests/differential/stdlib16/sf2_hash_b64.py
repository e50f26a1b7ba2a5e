"""hashlib digests of several algorithms and options; base64/binascii variants and their errors."""
import hashlib
import base64
import binascii

msgs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 3]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s", "sha3_256", "sha3_512"]:
    for m in msgs[:3]:
        print(name, hashlib.new(name, m).hexdigest()[:40])
    h = getattr(hashlib, name)()
    for chunk in (msgs[3][i:i + 100] for i in range(0, len(msgs[3]), 100)):
        h.update(chunk)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[-16:])
print(hashlib.blake2b(b"x", digest_size=16).hexdigest(), hashlib.blake2s(b"x", digest_size=8, key=b"k").hexdigest())
print(hashlib.blake2b(b"data", key=b"secret", salt=b"salt", person=b"me").hexdigest()[:32])
print(hashlib.sha256(b"abc").digest()[:8], hashlib.md5(b"a").copy().hexdigest())
h = hashlib.sha1()
h.update(b"ab")
h2 = h.copy()
h2.update(b"c")
print(h.hexdigest(), h2.hexdigest() == hashlib.sha1(b"abc").hexdigest())
print(sorted(hashlib.algorithms_guaranteed)[:6], "sha256" in hashlib.algorithms_available)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex()[:32], hashlib.pbkdf2_hmac("sha1", b"pw", b"s", 2, dklen=10).hex())
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
print(hashlib.shake_128(b"abc").hexdigest(10), hashlib.shake_256(b"").hexdigest(5))

data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\xfb\xff\xfe", bytes(range(20))]
for d in data:
    print(base64.b64encode(d), base64.urlsafe_b64encode(d), base64.b32encode(d), base64.b16encode(d), base64.b85encode(d), base64.a85encode(d))
print(base64.b32hexencode(b"foobar"), base64.b32hexdecode(b"CPNMUOJ1E8======"), base64.a85encode(b"\0\0\0\0 z", foldspaces=True))
print(base64.a85encode(b"long text " * 5, wrapcol=20, adobe=True))
print(base64.b85decode(b"W^Zp|VR8"), base64.a85decode(b"<~@:E_WAS,RgBkhF\"D/O92EH6,BF`qtRH$T~>", adobe=True))
print(base64.b64decode("Zm9vYmFy"), base64.b64decode(b"Zm9v\nYmFy"), base64.b64decode("Zm9vYg=="), base64.urlsafe_b64decode("-_-_"))
print(base64.b64decode("YWJj!!ZA==") if False else "", base64.b64encode(b"\xfb\xff", altchars=b"*!"), base64.b64decode(b"+/+/", altchars=b"-_"))
print(base64.standard_b64encode(b"x"), base64.encodebytes(b"a" * 60), base64.decodebytes(b"YWJj\n"))
print(base64.b32decode("MZXW6===", casefold=False), base64.b32decode("mzxw6===", casefold=True), base64.b16decode("ff00", casefold=True))
print(base64.b32decode("MZXW6YQ=", map01=None), base64.b32decode("0O======", map01="L") if False else "")
for bad in [lambda: base64.b64decode("Zm9vY"), lambda: base64.b64decode("Zm9v!YmFy", validate=True), lambda: base64.b32decode("MZXW6"),
            lambda: base64.b16decode("ff00"), lambda: base64.b16decode("F"), lambda: base64.b85decode(b"~~~~~"), lambda: base64.a85decode(b"zz~>"),
            lambda: base64.b64encode("str"), lambda: base64.b64decode("é")]:
    try:
        print("ok", bad())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(base64.b64decode("Zm9v!YmFy"), base64.b64decode("Zm 9v"))
print(binascii.hexlify(b"\x01\xab", "-"), binascii.unhexlify("01ab"), binascii.b2a_hex(b"xyz", b":", 2), binascii.a2b_hex(b"4142"))
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc_hqx(b"hello", 0))
print(binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64(b"aGk=\n"))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    binascii.unhexlify("zz")
except binascii.Error as e:
    print("binascii.Error:", e)
print(bytes.fromhex("de ad be ef").hex(":"), b"\x00\xff".hex("-", -1), bytearray(b"ab").hex())
