# Signed tokens (itsdangerous-style) built from hmac, base64 and json.
import base64
import hashlib
import hmac
import json

KEY = b"token-signing-key"


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(payload, algo=hashlib.sha256):
    body = b64(json.dumps(payload, sort_keys=True).encode())
    mac = hmac.new(KEY, body.encode(), algo).digest()
    return body + "." + b64(mac)


def load(token, algo=hashlib.sha256):
    body, _, sig = token.rpartition(".")
    expected = hmac.new(KEY, body.encode(), algo).digest()
    if not hmac.compare_digest(expected, unb64(sig)):
        raise ValueError("bad signature")
    return json.loads(unb64(body))


tok = sign({"user": "ann", "admin": False, "exp": 1700000000})
print(tok)
print(load(tok))
tampered = tok.replace("ann", "bob") if "ann" in tok else tok[:-2] + "AA"
for t in (tampered, tok[:-1] + ("A" if tok[-1] != "A" else "B")):
    try:
        load(t)
    except ValueError as e:
        print("rejected:", e)
t512 = sign({"n": 1}, hashlib.sha512)
print(len(t512), load(t512, hashlib.sha512))
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    h = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", name)
    print(name, h.digest_size, h.block_size, h.hexdigest())
print(hmac.digest(b"", b"", "sha256").hex())
h = hmac.HMAC(b"key", digestmod=hashlib.sha1)
print(h.name, h.hexdigest())
