"""codecs and text encodings: encode/decode with error handlers, BOMs, incremental decoders, codecs.open-free streams, unicodedata normalization."""
import codecs
import io
import unicodedata

s = "Zoë naïve café — 日本 😀"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig", "latin-1", "ascii", "cp1252", "iso-8859-15"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        try:
            b = s.encode(enc, errors)
            print(enc, errors, len(b), b[:12].hex())
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError", e.reason, e.start, e.end)
        except LookupError as e:
            print(enc, "LookupError", e)
raw = "café 😀".encode("utf-8")
for cut in range(len(raw) + 1):
    part = raw[:cut]
    try:
        part.decode("utf-8")
        ok = "ok"
    except UnicodeDecodeError as e:
        ok = f"{e.reason}@{e.start}-{e.end}"
    print(cut, ok, repr(part.decode("utf-8", "replace")), repr(part.decode("utf-8", "ignore")), repr(part.decode("utf-8", "backslashreplace")))
print(repr(b"\xff\xfeA\x00".decode("utf-16")), repr(codecs.BOM_UTF8 + b"x"), repr((codecs.BOM_UTF8 + b"x").decode("utf-8-sig")), repr(b"x".decode("utf-8-sig")))
print(repr(b"a\x80b".decode("ascii", "surrogateescape")), "a\udc80b".encode("ascii", "surrogateescape"), repr(b"\xe9".decode("latin-1")), repr(b"\x80\x9f".decode("cp1252", "replace")))
dec = codecs.getincrementaldecoder("utf-8")()
chunks = [b"caf", b"\xc3", b"\xa9 ", b"\xf0\x9f", b"\x98", b"\x80!"]
print([dec.decode(c) for c in chunks], repr(dec.decode(b"", final=True)))
dec2 = codecs.getincrementaldecoder("utf-8")(errors="replace")
print(repr(dec2.decode(b"ok\xc3")), repr(dec2.decode(b"", final=True)))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a").hex(), enc.encode("b").hex(), enc.encode("", final=True).hex())
print(codecs.encode("hello", "rot13"), codecs.decode(b"68656c6c6f", "hex"), codecs.encode(b"hi", "base64"), codecs.lookup("UTF8").name, codecs.lookup("latin_1").name)
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError", e)
try:
    "x".encode("rot13")
except LookupError as e:
    print("LookupError", e)
w = io.BytesIO()
writer = codecs.getwriter("utf-8")(w)
writer.write("ünï\n")
print(w.getvalue())
reader = codecs.getreader("utf-16")(io.BytesIO("line1\nline2\n".encode("utf-16")))
print(reader.read())
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    t = unicodedata.normalize(form, "ﬁ Å é ½ ℌ")
    print(form, [hex(ord(c)) for c in t], unicodedata.is_normalized(form, t))
for ch in "aÅ1½ ☃\u0301€":
    print(repr(ch), unicodedata.name(ch, "?"), unicodedata.category(ch), unicodedata.numeric(ch, None), unicodedata.combining(ch), unicodedata.east_asian_width(ch), unicodedata.mirrored(ch))
print(unicodedata.lookup("SNOWMAN"), unicodedata.lookup("LATIN SMALL LETTER E WITH ACUTE"), unicodedata.decimal("7"), unicodedata.digit("²", None), unicodedata.unidata_version)
try:
    unicodedata.lookup("NOT A REAL NAME")
except KeyError as e:
    print("KeyError", e)
strip = lambda t: "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")
print(strip("Crème Brûlée à la façon"), "straße".casefold(), "ǅ".lower(), "ǆ".title(), "ß".upper(), "İ".lower().encode("utf-8"))
for enc in ["utf-8", "utf-8-sig"]:
    for errors in ["strict", "replace"]:
        d = codecs.getincrementaldecoder(enc)(errors)
        data = "\ufeffa\u00e9\u20ac\U0001F600b".encode("utf-8") + b"\xff" + "\ufeffz".encode()
        out = []
        for i in range(0, len(data), 2):
            try:
                out.append(d.decode(data[i:i + 2]))
            except UnicodeDecodeError:
                out.append("ERR")
                break
        print(enc, errors, out, repr(d.decode(b"", final=True)))
for n in ["rot13", "hex"]:
    for fn in [lambda: "x".encode(n), lambda: b"x".decode(n)]:
        try:
            fn()
        except LookupError as e:
            print("LookupError", e)
print("€ x".encode("latin9"), b"\xa4\xbd".decode("iso-8859-15"), "naïve".encode("windows-1252"))
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
