"""codecs (pyjs implementation): encode/decode/lookup for the codecs pyjs has (utf-8, ascii,
latin-1, utf-16/32 and their -le/-be forms) and the rot13, hex and base64 transforms; the BOM
constants; open() (the builtin open with an encoding); getencoder/getdecoder and incremental
decoders for those codecs, incremental encoders, and getreader/getwriter stream wrappers
(reading decodes the rest of the stream). register(), register_error() and the codecs'
StreamReader/StreamWriter base classes are not supported (they raise NotImplementedError)."""

import builtins as _builtins

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE",
           "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "encode",
           "decode", "getencoder", "getdecoder", "getincrementaldecoder", "iterencode",
           "iterdecode", "register_error", "lookup_error"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE

_ALIASES = {
    "utf8": "utf-8", "u8": "utf-8", "utf": "utf-8", "utf-8": "utf-8", "cp65001": "utf-8",
    "ascii": "ascii", "us-ascii": "ascii", "646": "ascii",
    "latin-1": "iso8859-1", "latin1": "iso8859-1", "iso-8859-1": "iso8859-1", "iso8859-1": "iso8859-1",
    "8859": "iso8859-1", "l1": "iso8859-1", "cp819": "iso8859-1", "latin": "iso8859-1",
    "utf-16": "utf-16", "utf16": "utf-16", "u16": "utf-16",
    "utf-16-le": "utf-16-le", "utf-16le": "utf-16-le", "utf-16-be": "utf-16-be", "utf-16be": "utf-16-be",
    "utf-32": "utf-32", "utf32": "utf-32", "u32": "utf-32",
    "utf-32-le": "utf-32-le", "utf-32le": "utf-32-le", "utf-32-be": "utf-32-be", "utf-32be": "utf-32-be",
    "rot13": "rot-13", "rot-13": "rot-13",
    "hex": "hex", "hex-codec": "hex",
    "base64": "base64", "base-64": "base64", "base64-codec": "base64",
    "utf-8-sig": "utf-8-sig",
    "cp1252": "cp1252", "windows-1252": "cp1252", "1252": "cp1252",
    "iso-8859-15": "iso8859-15", "iso8859-15": "iso8859-15", "latin-9": "iso8859-15",
    "latin9": "iso8859-15", "l9": "iso8859-15",
}

# After a first chunk, a codec that writes a signature goes on without one.
_NO_SIGNATURE = {"utf-16": "utf-16-le", "utf-32": "utf-32-le", "utf-8-sig": "utf-8"}


class CodecInfo(tuple):
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


def _norm(encoding):
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    key = encoding.lower().replace("_", "-").replace(" ", "-")
    name = _ALIASES.get(key)
    if name is None:
        raise LookupError(f"unknown encoding: {encoding}")
    return name


def _rot13(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 65 <= o <= 90:
            out.append(chr((o - 65 + 13) % 26 + 65))
        elif 97 <= o <= 122:
            out.append(chr((o - 97 + 13) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def _codec_functions(name):
    if name == "rot-13":
        return (lambda s, errors="strict": (_rot13(s), len(s)),
                lambda s, errors="strict": (_rot13(s), len(s)))
    if name == "hex":
        import binascii
        return (lambda b, errors="strict": (binascii.b2a_hex(b), len(b)),
                lambda b, errors="strict": (binascii.a2b_hex(b), len(b)))
    if name == "base64":
        import base64
        return (lambda b, errors="strict": (base64.encodebytes(b), len(b)),
                lambda b, errors="strict": (base64.decodebytes(b), len(b)))
    return (lambda s, errors="strict": (s.encode(name, errors), len(s)),
            lambda b, errors="strict": (bytes(b).decode(name, errors), len(b)))


def lookup(encoding, /):
    name = _norm(encoding)
    enc, dec = _codec_functions(name)
    text = name not in ("rot-13", "hex", "base64")
    return CodecInfo(enc, dec, None, None, None, _make_incremental_decoder(name), name,
                     _is_text_encoding=text)


def encode(obj, encoding="utf-8", errors="strict"):
    info = lookup(encoding)
    if info._is_text_encoding and not isinstance(obj, str):
        raise TypeError(f"utf_8_encode() argument 1 must be str, not {type(obj).__name__}")
    return info.encode(obj, errors)[0]


def decode(obj, encoding="utf-8", errors="strict"):
    info = lookup(encoding)
    return info.decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def _make_incremental_decoder(name):
    class IncrementalDecoder:
        def __init__(self, errors="strict"):
            self.errors = errors
            self.buffer = b""

        def decode(self, input, final=False):
            data = self.buffer + bytes(input)
            if name == "rot-13":
                return _rot13(input)
            if name in ("utf-8", "utf-8-sig") and not final:
                # Hold back an incomplete sequence at the end whatever the error handler.
                keep = 0
                for back in range(1, min(3, len(data)) + 1):
                    c = data[-back]
                    if c >= 0xC0:
                        need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
                        if back < need:
                            keep = back
                        break
                    if c < 0x80:
                        break
                if name == "utf-8-sig" and len(data) < 3 and b"\xef\xbb\xbf".startswith(data):
                    keep = len(data)
                cut = len(data) - keep
                # utf-8-sig drops a signature only at the very start.
                codec = "utf-8" if getattr(self, "_sig_seen", False) else name
                text = data[:cut].decode(codec, self.errors)
                self.buffer = data[cut:]
                if cut:
                    self._sig_seen = True
                return text
            for cut in range(len(data), max(len(data) - 4, -1), -1):
                try:
                    text = data[:cut].decode(name, self.errors)
                except UnicodeDecodeError:
                    if final:
                        raise
                    continue
                self.buffer = data[cut:]
                if final and self.buffer:
                    data[cut:].decode(name, self.errors)
                return text
            self.buffer = data
            return ""

        def reset(self):
            self.buffer = b""

        def getstate(self):
            return (self.buffer, 0)

        def setstate(self, state):
            self.buffer = state[0]
    return IncrementalDecoder


def getincrementaldecoder(encoding):
    return lookup(encoding).incrementaldecoder


def iterencode(iterator, encoding, errors="strict"):
    for s in iterator:
        out = encode(s, encoding, errors)
        if out:
            yield out


def iterdecode(iterator, encoding, errors="strict"):
    decoder = getincrementaldecoder(encoding)(errors)
    for b in iterator:
        out = decoder.decode(b)
        if out:
            yield out
    out = decoder.decode(b"", True)
    if out:
        yield out


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    if encoding is not None and "b" not in mode:
        return _builtins.open(filename, mode, encoding=encoding, errors=errors)
    if encoding is not None:
        mode = mode.replace("b", "")
        return _builtins.open(filename, mode, encoding=encoding, errors=errors)
    return _builtins.open(filename, mode if "b" in mode else mode + "b")


def _unsupported(name):
    def f(*args, **kwargs):
        raise NotImplementedError(f"codecs.{name}() is not supported by pyjs")
    f.__name__ = name
    return f


register = _unsupported("register")
unregister = _unsupported("unregister")
register_error = _unsupported("register_error")
lookup_error = _unsupported("lookup_error")
EncodedFile = _unsupported("EncodedFile")


def _make_incremental_encoder(name):
    class IncrementalEncoder:
        def __init__(self, errors="strict"):
            self.errors = errors
            self._started = False

        def encode(self, input, final=False):
            enc = _NO_SIGNATURE.get(name, name) if self._started else name
            self._started = True
            return input.encode(enc, self.errors)

        def reset(self):
            self._started = False

        def getstate(self):
            return 0 if not self._started else 2

        def setstate(self, state):
            self._started = bool(state)
    return IncrementalEncoder


def getincrementalencoder(encoding):
    return _make_incremental_encoder(_norm(encoding))


class _StreamWriter:
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self._encoder = _make_incremental_encoder(self._codec)(errors)

    def write(self, object):
        self.stream.write(self._encoder.encode(object))

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        self._encoder.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class _StreamReader:
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self._decoder = _make_incremental_decoder(self._codec)(errors)
        self._pending = ""

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read() if size < 0 else self.stream.read(size)
        text = self._pending + self._decoder.decode(data, final=size < 0 or not data)
        self._pending = ""
        if chars >= 0:
            text, self._pending = text[:chars], text[chars:]
        return text

    def readline(self, size=None, keepends=True):
        text = self.read()
        lines = text.splitlines(keepends=True)
        if not lines:
            return ""
        self._pending = "".join(lines[1:])
        return lines[0] if keepends else lines[0].splitlines()[0]

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


def getwriter(encoding):
    name = _norm(encoding)
    return type("StreamWriter", (_StreamWriter,), {"_codec": name})


def getreader(encoding):
    name = _norm(encoding)
    return type("StreamReader", (_StreamReader,), {"_codec": name})
