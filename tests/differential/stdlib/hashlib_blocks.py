# hashlib over many block boundaries, incremental updates and every algorithm (the block
# functions run in JavaScript; the buffering and padding in Python).
import hashlib

data = bytes(range(256)) * 1500 + b"tail"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(name)
    for k in range(0, len(data), 1000):
        h.update(data[k:k + 1000])
    c = h.copy()
    c.update(b"more")
    print(name, h.hexdigest(), hashlib.new(name, data).hexdigest() == h.hexdigest(), c.hexdigest()[:16], h.digest_size, h.block_size)
for n in [0, 1, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 1000]:
    m = bytes((i * 7 + n) % 256 for i in range(n))
    print(n, hashlib.md5(m).hexdigest(), hashlib.sha1(m).hexdigest()[:12], hashlib.sha256(m).hexdigest()[:12],
          hashlib.sha224(m).hexdigest()[:12], hashlib.sha384(m).hexdigest()[:12], hashlib.sha512(m).hexdigest()[:12])
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 200).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 50, dklen=20).hex())
big = hashlib.sha256()
for i in range(200):
    big.update(str(i).encode() * 997)
print(big.hexdigest(), hashlib.md5("héllo wörld 🎉".encode()).hexdigest())
