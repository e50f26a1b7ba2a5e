# Decoding user uploads: codecs, error handlers and the exact UnicodeError texts.
samples = [b"plain ascii", "café".encode(), "café".encode("latin-1"), b"\xff\xfeA\x00", b"bad \xc3\x28 seq", b"\xe2\x82"]
for raw in samples:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for errors in ["strict", "replace", "ignore", "backslashreplace"]:
            try:
                print(enc, errors, repr(raw.decode(enc, errors)))
            except UnicodeDecodeError as e:
                print(enc, errors, "UnicodeDecodeError:", e)
                print("   ", e.encoding, e.start, e.end, e.reason, e.object[:4])
for text in ["naïve", "日本", "emoji 😀", "plain"]:
    for enc in ["ascii", "latin-1", "utf-8", "utf-16-le"]:
        for errors in ["strict", "replace", "ignore", "xmlcharrefreplace", "backslashreplace"]:
            try:
                print(enc, errors, text.encode(enc, errors))
            except UnicodeEncodeError as e:
                print(enc, errors, "UnicodeEncodeError:", e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    b"x".decode("utf-8", "bogus")
    print("bogus handler unused")
except LookupError as e:
    print("LookupError:", e)
print(len("😀"), len("😀".encode()), len("😀".encode("utf-16-le")), "😀".encode("utf-16"), "é".encode("utf-32-be"))
print(bytes("abc", "ascii"), str(b"abc", "utf-8"), str(b"\xff", "utf-8", "replace"), str(b"abc"))
print(b"hello world".hex(), b"\x01\xff".hex(":"), bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
print("ß".encode("utf-8"), "\u0301".encode(), ascii("e\u0301"), "e\u0301" == "é", len("e\u0301"))
import unicodedata
print(unicodedata.normalize("NFC", "e\u0301") == "é", unicodedata.name("é"), unicodedata.category("1"), unicodedata.numeric("½"))
