import codecs

print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9llo", "utf-8"))
print(codecs.encode("abc", "latin-1"), codecs.decode(b"\xe9", "latin1"))
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(codecs.encode(b"\x00\xffAB", "hex"), codecs.decode(b"00ff4142", "hex"))
print(codecs.encode(b"pyjs", "base64"), codecs.decode(b"cHlqcw==\n", "base64"))
for name in ("UTF8", "utf_8", "latin-1", "L1", "ascii", "utf-16", "UTF-16LE", "utf_32_be", "rot13", "hex"):
    print(name, "->", codecs.lookup(name).name)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM == codecs.BOM_UTF16)
data = codecs.BOM_UTF8 + "text".encode()
print(data.startswith(codecs.BOM_UTF8), data[len(codecs.BOM_UTF8):].decode())
enc = codecs.getencoder("utf-8")
dec = codecs.getdecoder("ascii")
print(enc("ab€"), dec(b"xyz"))
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    codecs.decode(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(codecs.decode(b"\xff", "ascii", "replace"), codecs.encode("é", "ascii", "ignore"))
d = codecs.getincrementaldecoder("utf-8")()
chunks = ["€uro".encode()[:2], "€uro".encode()[2:4], "€uro".encode()[4:]]
print([d.decode(c) for c in chunks], repr(d.decode(b"", final=True)))
print(list(codecs.iterdecode([b"a\xc3", b"\xa9b"], "utf-8")), list(codecs.iterencode(["x", "é"], "utf-8")))
with codecs.open("/tmp/_pyjs_stdlib13_codecs.txt", "w", encoding="utf-8") as f:
    f.write("naïve\n")
with codecs.open("/tmp/_pyjs_stdlib13_codecs.txt", "r", encoding="utf-8") as f:
    print(repr(f.read()))
import os
os.remove("/tmp/_pyjs_stdlib13_codecs.txt")
