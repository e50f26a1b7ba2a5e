"""hashlib: md5, sha1, sha224, sha256, sha384, sha512, blake2b, blake2s, sha3_*, shake_*
(pyjs implementation: the buffering and padding here, the block functions in JavaScript,
`stdlib-shims/_hashcore.mjs`; BLAKE2 and SHA-3 keep the message and hash it in one call)."""

import _hashcore

__all__ = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
           "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256", "new",
           "algorithms_guaranteed", "algorithms_available", "pbkdf2_hmac", "file_digest"]

algorithms_guaranteed = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b",
                         "blake2s", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128",
                         "shake_256"}
algorithms_available = set(algorithms_guaranteed)


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("object supporting the buffer API required")


class _Hash:
    name = ""
    digest_size = 0
    block_size = 64

    def __init__(self, data=b"", *, usedforsecurity=True):
        self._buf = b""
        self._len = 0
        self._h = list(self._IV)
        if data:
            self.update(data)

    def update(self, data):
        data = _as_bytes(data)
        self._len += len(data)
        buf = self._buf + data
        n = len(buf) - len(buf) % self.block_size
        if n:
            self._h = _hashcore.blocks(self._algo, self._h, buf, n)
        self._buf = buf[n:]

    def copy(self):
        c = object.__new__(type(self))
        c._buf = self._buf
        c._len = self._len
        c._h = list(self._h)
        return c

    def _padded(self, little):
        bs = self.block_size
        lenbytes = 16 if bs == 128 else 8
        bitlen = self._len * 8
        pad = b"\x80" + b"\x00" * ((bs - (self._len + 1 + lenbytes) % bs) % bs)
        return pad + bitlen.to_bytes(lenbytes, "little" if little else "big")

    def digest(self):
        c = self.copy()
        c._finish()
        return c._output()

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return "<%s _hashlib.HASH object @ %#x>" % (self.name, id(self))


class _MD5(_Hash):
    name = "md5"
    _algo = "md5"
    digest_size = 16
    _IV = (0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476)

    def _finish(self):
        tail = self._buf + self._padded(True)
        self._h = _hashcore.blocks(self._algo, self._h, tail, len(tail))

    def _output(self):
        return b"".join(x.to_bytes(4, "little") for x in self._h)


class _SHA1(_Hash):
    name = "sha1"
    _algo = "sha1"
    digest_size = 20
    _IV = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)

    def _finish(self):
        tail = self._buf + self._padded(False)
        self._h = _hashcore.blocks(self._algo, self._h, tail, len(tail))

    def _output(self):
        return b"".join(x.to_bytes(4, "big") for x in self._h)



class _SHA256(_Hash):
    name = "sha256"
    _algo = "sha256"
    digest_size = 32
    _IV = (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
           0x5be0cd19)

    def _finish(self):
        tail = self._buf + self._padded(False)
        self._h = _hashcore.blocks(self._algo, self._h, tail, len(tail))

    def _output(self):
        return b"".join(x.to_bytes(4, "big") for x in self._h)[:self.digest_size]


class _SHA224(_SHA256):
    name = "sha224"
    digest_size = 28
    _IV = (0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7,
           0xbefa4fa4)



class _SHA512(_Hash):
    name = "sha512"
    _algo = "sha512"
    digest_size = 64
    block_size = 128
    _IV = (0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
           0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179)

    def _finish(self):
        tail = self._buf + self._padded(False)
        self._h = _hashcore.blocks(self._algo, self._h, tail, len(tail))

    def _output(self):
        return b"".join(x.to_bytes(8, "big") for x in self._h)[:self.digest_size]


class _SHA384(_SHA512):
    name = "sha384"
    digest_size = 48
    _IV = (0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
           0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4)


class _Whole:
    """A hash computed over the whole message at digest() time."""

    def __init__(self, data=b"", *, usedforsecurity=True):
        self._data = b""
        if data:
            self.update(data)

    def update(self, data):
        self._data += _as_bytes(data)

    def copy(self):
        c = object.__new__(type(self))
        c.__dict__.update(self.__dict__)
        return c

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return "<%s _hashlib.HASH object @ %#x>" % (self.name, id(self))


class _Blake2(_Whole):
    _big = True
    MAX_DIGEST_SIZE = 64
    MAX_KEY_SIZE = 64
    SALT_SIZE = 16
    PERSON_SIZE = 16

    def __init__(self, data=b"", *, digest_size=None, key=b"", salt=b"", person=b"", fanout=1,
                 depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0,
                 last_node=False, usedforsecurity=True):
        if digest_size is None:
            digest_size = self.MAX_DIGEST_SIZE
        if not 1 <= digest_size <= self.MAX_DIGEST_SIZE:
            raise ValueError("digest_size must be between 1 and %d bytes" % self.MAX_DIGEST_SIZE)
        key, salt, person = _as_bytes(key), _as_bytes(salt), _as_bytes(person)
        if len(key) > self.MAX_KEY_SIZE:
            raise ValueError("maximum key length is %d bytes" % self.MAX_KEY_SIZE)
        if len(salt) > self.SALT_SIZE:
            raise ValueError("maximum salt length is %d bytes" % self.SALT_SIZE)
        if len(person) > self.PERSON_SIZE:
            raise ValueError("maximum person length is %d bytes" % self.PERSON_SIZE)
        if (fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node) != (1, 1, 0, 0, 0, 0, False):
            raise NotImplementedError("hashlib: BLAKE2 tree hashing parameters are not supported by pyjs")
        self.digest_size = digest_size
        self._key, self._salt, self._person = key, salt, person
        super().__init__(data)

    def digest(self):
        return _hashcore.blake2(self._data, self.digest_size, self._key, self._salt, self._person,
                                self._big)


class _Blake2b(_Blake2):
    name = "blake2b"
    block_size = 128


class _Blake2s(_Blake2):
    name = "blake2s"
    block_size = 64
    _big = False
    MAX_DIGEST_SIZE = 32
    MAX_KEY_SIZE = 32
    SALT_SIZE = 8
    PERSON_SIZE = 8


class _SHA3(_Whole):
    def digest(self):
        return _hashcore.keccak(self._data, self.block_size, 6, self.digest_size)


class _SHA3_224(_SHA3):
    name = "sha3_224"
    digest_size = 28
    block_size = 144


class _SHA3_256(_SHA3):
    name = "sha3_256"
    digest_size = 32
    block_size = 136


class _SHA3_384(_SHA3):
    name = "sha3_384"
    digest_size = 48
    block_size = 104


class _SHA3_512(_SHA3):
    name = "sha3_512"
    digest_size = 64
    block_size = 72


class _SHAKE(_Whole):
    digest_size = 0

    def digest(self, length):
        return _hashcore.keccak(self._data, self.block_size, 0x1F, length)

    def hexdigest(self, length):
        return self.digest(length).hex()


class _SHAKE128(_SHAKE):
    name = "shake_128"
    block_size = 168


class _SHAKE256(_SHAKE):
    name = "shake_256"
    block_size = 136


md5 = _MD5
sha1 = _SHA1
sha224 = _SHA224
sha256 = _SHA256
sha384 = _SHA384
sha512 = _SHA512
blake2b = _Blake2b
blake2s = _Blake2s
sha3_224 = _SHA3_224
sha3_256 = _SHA3_256
sha3_384 = _SHA3_384
sha3_512 = _SHA3_512
shake_128 = _SHAKE128
shake_256 = _SHAKE256

_BY_NAME = {"md5": _MD5, "sha1": _SHA1, "sha224": _SHA224, "sha256": _SHA256,
            "sha384": _SHA384, "sha512": _SHA512, "blake2b": _Blake2b, "blake2s": _Blake2s,
            "sha3_224": _SHA3_224, "sha3_256": _SHA3_256, "sha3_384": _SHA3_384,
            "sha3_512": _SHA3_512, "shake_128": _SHAKE128, "shake_256": _SHAKE256}


def new(name, data=b"", **kwargs):
    cls = _BY_NAME.get(name.lower())
    if cls is None:
        raise ValueError("unsupported hash type " + name)
    return cls(data, **kwargs)


def _hmac_digest(cls, key, msg):
    if len(key) > cls.block_size:
        key = cls(key).digest()
    key = key + bytes(cls.block_size - len(key))
    inner = cls(bytes(k ^ 0x36 for k in key) + msg).digest()
    return cls(bytes(k ^ 0x5C for k in key) + inner).digest()


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    cls = _BY_NAME.get(hash_name.lower())
    if cls is None:
        raise ValueError("unsupported hash type " + hash_name)
    password = _as_bytes(password)
    salt = _as_bytes(salt)
    if dklen is None:
        dklen = cls.digest_size
    out = b""
    block = 1
    while len(out) < dklen:
        u = _hmac_digest(cls, password, salt + block.to_bytes(4, "big"))
        acc = int.from_bytes(u, "big")
        for _ in range(iterations - 1):
            u = _hmac_digest(cls, password, u)
            acc ^= int.from_bytes(u, "big")
        out += acc.to_bytes(cls.digest_size, "big")
        block += 1
    return out[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        h.update(data)
    return h
