# bytes/bytearray: hex(sep), fromhex, count/find with ints, mutations, repr, comparisons, errors.
b = bytes(range(250, 256)) + b"\x00\t\n\r'\"\\ab"
print(b, repr(b), bytearray(b))
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -3), b"".hex(":"), bytearray(b"\x01\x02\x03").hex(b"|"))
for bad in [lambda: b.hex("::"), lambda: b.hex(5), lambda: b.hex("é")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bytes.fromhex("de ad be ef"), bytearray.fromhex(" 01 02\n03 "), bytes.fromhex(""))
for bad in ["abc", "zz", "0 1", "0g"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print("ValueError", e)
data = b"abracadabra"
print(data.count(97), data.count(b"a"), data.count(b"ab", 1), data.find(98), data.find(98, 2), data.rfind(97), data.index(b"cad"), 97 in data, b"" in data)
for bad in [lambda: data.count(256), lambda: data.find(-1), lambda: 300 in data, lambda: "a" in data, lambda: data.index(122), lambda: data.find("a")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
ba = bytearray(b"hello world")
ba[0] = 72
ba[-5:] = b"WORLD!!"
ba.append(33)
ba.extend([1, 2])
ba.extend(b"xy")
ba.insert(0, 62)
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba.remove(33)
del ba[1:3]
ba.reverse()
print(ba, ba.index(b"W"), ba * 2, ba + b"!", b"!" + ba, type(b"!" + ba).__name__, type(ba + b"!").__name__)
ba[::2] = bytes(len(ba[::2]))
print(ba)
ba2 = bytearray(3)
ba2 += b"ab"
ba2 *= 2
print(ba2, ba2.count(0), ba2.replace(b"\x00", b"."), ba2.strip(b"\x00"), ba2.lstrip(b"\x00ab"), ba2.zfill(12))
for bad in [lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, b"a"), lambda: ba.append(-1), lambda: ba.remove(255),
            lambda: bytearray().pop(), lambda: ba.extend("str"), lambda: ba.__setitem__(slice(0, 3, 2), b"abc"), lambda: bytes([256]),
            lambda: bytes("x"), lambda: bytes(-1), lambda: b"a" + "b", lambda: b"%d" % "x"]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(b"abc" < b"abd", b"ab" < b"abc", bytearray(b"a") == b"a", b"a" == "a", b"x" * 3, 3 * bytearray(b"y"), b"a" < bytearray(b"b"))
print(b"%s|%5d|%-4x|%c|%c|%r|%b|%%" % (b"hi", 42, 255, 65, b"Z", "q", bytearray(b"ba")))
print(b"a,b,,c".split(b","), b"  x  y ".split(), b"a\nb\r\nc".splitlines(True), b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="))
print(b"Hello".upper(), b"Hello".swapcase(), b"hello world".title(), b"abc".center(9, b"*"), b"12".zfill(5), b"-3".zfill(4), b"a\tb".expandtabs(4))
print(b"abc".startswith((b"x", b"ab")), b"abc".endswith(b"bc", 0, 3), b"abc".isalpha(), b"a1".isalnum(), b" ".isspace(), b"".isdigit(), b"AB".isupper())
print(list(b"ab"), b"ab"[0], b"ab"[-1:], bytes(bytearray(b"z")), bytearray(range(3)), bytes(memoryview(b"mv")), b"x".join([b"a", bytearray(b"b")]))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"\xe2\x82\xac".decode(), "€".encode("utf-16-le"), b"caf\xe9".decode("latin-1"))
try:
    hash(bytearray(b"a"))
except TypeError as e:
    print("TypeError", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(b"\xff".decode("utf-8", "replace"), b"\xff".decode("ascii", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"), "é".encode("ascii", "xmlcharrefreplace"))
