import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, name)(b"hello world")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
print(hashlib.sha256(b"").hexdigest())
h = hashlib.md5()
h.update(b"The quick brown fox ")
c = h.copy()
h.update(b"jumps over the lazy dog")
print(h.hexdigest(), c.hexdigest())
print(hashlib.new("sha1", b"abc").hexdigest(), hashlib.sha256(b"x" * 1000).digest()[:8])
print(hashlib.sha256("unicode ✓".encode()).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 100).hex())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha256"}))
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
