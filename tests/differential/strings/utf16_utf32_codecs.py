# UTF-16 and UTF-32 codecs: BOMs, endianness, surrogate pairs, errors.
texts = ["", "abc", "€uro", "emoji 😀!", "ÄÖÜ ß"]
for t in texts:
    for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "UTF-32LE", "utf_32_be", "utf16"]:
        b = t.encode(enc)
        back = b.decode(enc)
        print(enc, len(b), b.hex(), back == t)
print("x😀".encode("utf-16-be"))
print(b"\xfe\xff\x00A\x00B".decode("utf-16"))
print(b"\xff\xfeA\x00".decode("utf-16"))
print(b"A\x00B\x00".decode("utf-16"))
for bad, enc in [(b"A\x00B", "utf-16-le"), (b"\x00\xd8A\x00", "utf-16-le"), (b"\x00\x00\x11\x00", "utf-32-le")]:
    try:
        bad.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
    print(repr(bad.decode(enc, "replace")), repr(bad.decode(enc, "ignore")))
print(bytes("hi", "utf-16-le"), str(b"h\x00i\x00", "utf-16-le"))
