b = b"Hello, World"
print(b[0], b[-1], b[::2], b[::-1], b[100:], len(b))
print(list(b[:3]), tuple(b"ab"), sorted(b"cab"), max(b"abc"), sum(b"\x01\x02"))
print(b.lower(), b.upper(), b.swapcase(), b.title(), b"abc".capitalize())
print(b.split(b", "), b.split(), b"  a  b  ".split(), b"a,b,,c".split(b","), b"a b c".split(maxsplit=1))
print(b"a,b,c".rsplit(b",", 1), b"  x y ".rsplit(None, 1))
print(b"  pad  ".strip(), b"xxpadxx".strip(b"x"), b"  pad".lstrip(), b"pad  ".rstrip())
print(b.startswith(b"Hell"), b.endswith((b"x", b"ld")), b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"))
print(b.find(111), 111 in b, b"lo" in b, b.replace(b"l", b"L", 2), b"-".join([b"a", b"b", bytearray(b"c")]))
print(b.hex(), b"\x01\x02\xff".hex(":"), b"\x01\x02\x03\x04".hex("-", 2), bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"))
print(b.partition(b", "), b.rpartition(b"o"), b"abc".center(9, b"*"), b"7".zfill(3), b"ab".ljust(4), b"ab".rjust(4, b"."))
print(b"123".isdigit(), b"abc".isalpha(), b"a1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"".isdigit())
print(b"line1\nline2\r\nline3".splitlines(), b"a\nb\n".splitlines(True))
print(bytes(5), bytes([1, 2, 3]), bytes(b"xyz"), bytes(bytearray(b"q")), bytes("ü", "utf-8"), bytes("abc", encoding="ascii"))
print(repr(bytes(range(0, 256, 15))))
print(b"a" * 3, 3 * b"ab", b"" * 5, b"x" + bytearray(b"y"), bytearray(b"y") + b"x")
print(b"abc" == bytearray(b"abc"), b"abc" != b"abd", b"a" < b"b", b"ab" > b"a", b"abc" == "abc")
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], {b"a", b"a", b"b"} == {b"a", b"b"})
d = {}
d[b"key"] = 5
print(d, b"key" in d)
ba = bytearray()
for i in range(5):
    ba.append(i * 50)
print(ba, len(ba), ba[1], ba[-1])
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba += b"!!"
ba.extend([65, 66])
ba.insert(0, 67)
print(ba, ba.decode("latin-1"), bytes(ba))
ba.reverse(); print(ba); ba.remove(33); print(ba)
ba2 = ba.copy(); ba2.clear(); print(ba2, ba)
print(bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"))
print("héllo wörld".encode(), "héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "replace"), "é€".encode("ascii", "backslashreplace"), "é€".encode("ascii", "xmlcharrefreplace"))
print(b"h\xc3\xa9llo".decode(), b"h\xe9llo".decode("latin-1"), b"\xff\xfeabc".decode("utf-8", "replace"), b"\xffabc".decode("utf-8", "ignore"), b"\xff".decode("ascii", "backslashreplace"))
for bad, enc in [(b"\xc3", "utf-8"), (b"\xe2\x82", "utf-8"), (b"a\xc3(", "utf-8"), (b"\x80", "ascii")]:
    try:
        bad.decode(enc)
    except UnicodeDecodeError as e:
        print("UDE", e, e.start, e.end, e.reason, e.encoding)
for s, enc in [("aé", "ascii"), ("€", "latin-1"), ("x😀y", "ascii"), ("éé", "ascii")]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print("UEE", e, e.start, e.end)
try:
    "x".encode("bogus")
except LookupError as e:
    print("LookupError", e)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\x01\x00", byteorder="little"))
print(str(b"abc", "utf-8"), str(b"abc"), f"{b'x'}", "%s" % b"y", b"%d-%s" % (5, b"z"), b"%x" % 255)
print(isinstance(b"", bytes), isinstance(bytearray(), bytearray), type(b"").__name__, type(bytearray()).__name__, isinstance(b"", (str, bytes)))
print(b"abc"[1:2], bytearray(b"abc")[1:], b"x" if b"" else b"empty", bool(b"a"))
for x in b"hi":
    print(x, end=" ")
print()
print(list(map(hex, b"\x10\x20")), [c for c in bytearray(b"ab")], b"a\x00b".split(b"\x00"))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError", e)
try:
    b"abc"[5]
except IndexError as e:
    print("IndexError", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError", e)
try:
    bytearray(b"a").append(300)
except ValueError as e:
    print("ValueError", e)
try:
    "a" in b"abc"
except TypeError as e:
    print("TypeError", e)
try:
    b"a" < "b"
except TypeError as e:
    print("TypeError", e)
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"a\tb".expandtabs(4))
print(bytes.maketrans(b"ab", b"xy")[97:99], b"aabb".translate(bytes.maketrans(b"ab", b"xy")), b"abc".translate(None, b"b"))
print(b"a b  ".split(None, 1), b"  a b".rsplit(None,1), b"  a  b  ".split(None, 1))
