# bytes and bytearray basics.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], list(b), b + b" world", b * 2, b"x" in b"xyz", 104 in b)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), "héllo".encode(), "héllo".encode("utf-8").decode())
print(b.upper(), b.split(b"l"), b.replace(b"l", b"L"), b.hex(), bytes.fromhex("414243"), b.find(b"l"))
print(repr(b"\x00\xff\n'"), repr(b'"'), repr(b"'\""), b == b"hello", b < b"help", b"" == bytes())
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"ef")
print(ba, len(ba), bytes(ba), ba.decode())
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
print(len("😀".encode("utf-8")), "😀".encode("utf-8"), "é".encode("latin-1"), "abc".encode("ascii"))
