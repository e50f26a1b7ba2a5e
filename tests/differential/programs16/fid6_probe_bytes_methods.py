# bytes and bytearray methods and errors: find/split/strip/translate, formatting, hex, conversions,
# mutation of bytearray, memoryview basics, comparisons and hashing.
b = b"Hello, World! \x00\xff"
print(b.lower(), b.upper(), b.swapcase()[:5], b.title(), b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.startswith((b"He", b"x")))
print(b.split(b", "), b.split(), b"a,b,,c".split(b","), b"  x  ".strip(), b"xxhixx".strip(b"x"), b"a-b-c".rsplit(b"-", 1), b"k=v".partition(b"="))
print(b.hex(), b.hex(":", 2), bytes.fromhex("de ad be ef"), b"abc".replace(b"b", b"BB"), b"-".join([b"a", b"b"]), b"ab" * 3, b"x" in b"xyz", 120 in b"xyz")
print(b[0], b[-1], b[1:5], b[::-3], list(b[:3]), bytes(3), bytes([65, 66]), bytes("é", "utf-8"), b"abc"[1:2] == b"b", b"%d-%s-%r" % (5, b"x", b"y"))
print(b"abc".center(9, b"*"), b"7".zfill(3), b"Tab\there".expandtabs(4), b"abc".isalpha(), b"12".isdigit(), b"a b".isspace(), b" ".isspace(), b"Ab".istitle())
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"l"), b"abc" < b"abd", b"ab" < b"abc", hash(b"x") == hash(b"x"))
ba = bytearray(b"abcdef")
ba[0] = 65
ba[1:3] = b"XYZ"
ba.append(33)
ba.insert(0, 62)
del ba[-2]
ba.reverse()
print(ba, len(ba), ba.pop(), ba.pop(0), ba.remove(90) or ba, ba.find(b"Y"), bytes(ba), ba.decode(), ba == b"YXAc" if False else ba.upper())
ba2 = bytearray(3)
ba2 += b"\x01"
ba2 *= 2
print(ba2, bytearray("hi", "ascii"), bytearray([1, 2]).hex(), bytearray(b"abc").replace(b"b", b""), bytearray(b"x") + b"y", b"y" + bytearray(b"x"))
mv = memoryview(b"abcdef")
print(mv[1], mv[1:3].tobytes(), bytes(mv[::2]), len(mv), mv.nbytes, mv.readonly, mv.tolist()[:3])
for bad in [lambda: b"abc" + "d", lambda: b"abc".index(b"z"), lambda: bytes([256]), lambda: bytes("x"), lambda: bytearray(b"a").__setitem__(0, 300),
            lambda: b"x"[5], lambda: bytes.fromhex("zz"), lambda: b"abc".decode("ascii").encode("ascii") + 1, lambda: b"\xff".decode("ascii"),
            lambda: b"abc".split(b""), lambda: bytes(-1), lambda: int(b"12"), lambda: b"%d" % "x", lambda: ord(b"ab"), lambda: "".join([b"a"])]:
    try:
        print(repr(bad()))
    except (TypeError, ValueError, IndexError, UnicodeDecodeError) as e:
        print(f"{type(e).__name__}: {e}")
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), (1024).to_bytes(4, "big"), (-1).to_bytes(2, "big", signed=True))
print(ord(b"A"), chr(66).encode(), str(b"abc", "ascii"), str(b"abc"), repr(bytearray(b"'\"")), b"\x7f\x80".decode("latin-1"), sorted(b"cab"), max(b"az"))
