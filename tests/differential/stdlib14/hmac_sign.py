# Signing and verifying messages with hmac (webhook-style) and compare_digest.
import hashlib
import hmac

SECRET = b"s3cr3t-key"
payload = b'{"event": "push", "id": 42}'

sig = hmac.new(SECRET, payload, hashlib.sha256).hexdigest()
print(sig)
print(hmac.new(SECRET, payload, "sha1").hexdigest())
print(hmac.new(SECRET, msg=payload, digestmod="md5").hexdigest())
print(hmac.digest(SECRET, payload, "sha256").hex())
print(hmac.new(b"k" * 200, b"long key", hashlib.sha512).hexdigest()[:64])

h = hmac.new(SECRET, digestmod=hashlib.sha256)
for chunk in (payload[:10], payload[10:20], payload[20:]):
    h.update(chunk)
print(h.hexdigest() == sig, h.name, h.digest_size, h.block_size)
c = h.copy()
c.update(b"more")
print(c.hexdigest() != h.hexdigest(), len(h.digest()))


def verify(body, header):
    expected = "sha256=" + hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header)


print(verify(payload, "sha256=" + sig), verify(payload, "sha256=" + "0" * 64))
print(verify(payload + b" ", "sha256=" + sig))
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"),
      hmac.compare_digest(bytearray(b"x"), b"x"), hmac.compare_digest("a", "ab"))
for a, b in [("a", b"a"), (1, 2), ("\xe9", "e"), (b"a", 1), ("a", 1)]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print("TypeError:", e)
try:
    hmac.new(SECRET)
except TypeError as e:
    print("TypeError:", e)
try:
    hmac.new("str key", b"x", "sha256")
except TypeError as e:
    print("TypeError:", e)
