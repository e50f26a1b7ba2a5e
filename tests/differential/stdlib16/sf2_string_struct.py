"""string.Template/Formatter and struct formats, the way binary-format and report scripts use them."""
import string
import struct

t = string.Template("$who likes ${what}; costs $$${price}")
print(t.substitute(who="Tim", what="kung pao", price="9.50"), "|", t.safe_substitute(who="Ann"))
print(t.substitute({"who": "A", "what": "B"}, price=1), t.template, t.get_identifiers() if hasattr(t, "get_identifiers") else "")
for bad, kw in [("$who and $missing", {"who": 1}), ("bad $", {}), ("${unclosed", {}), ("$1abc", {})]:
    try:
        print(string.Template(bad).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(string.Template("$1abc $x").safe_substitute(x=1), string.Template("$x").is_valid() if hasattr(string.Template, "is_valid") else "")
class Pct(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+_[a-z]+"
print(Pct("%first_name is %age %% %last_name").safe_substitute(first_name="Jo", last_name="Do"))
class Braces(string.Template):
    pattern = r"""\{\{(?:(?P<escaped>\{)|(?P<named>\w+)\}\}|(?P<braced>\w+)\}\}|(?P<invalid>))"""
print(Braces("Hi {{name}}, {{{ is literal").substitute(name="Al"))

fmt = string.Formatter()
print(fmt.format("{0}-{1!r}-{x:>5}", "a", "b", x=3), list(fmt.parse("a{0}b{x!r:>{w}}c{{d}}")))
print(fmt.vformat("{a.real} {b[0]} {b[1]!s:^5}", (), {"a": 3 + 4j, "b": ["p", "q"]}))
class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}>")
        return super().get_value(key, args, kwargs)
    def format_field(self, value, spec):
        if spec == "upper":
            return str(value).upper()
        return super().format_field(value, spec)
    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)
df = Defaulting()
print(df.format("{name} is {age} ({city:upper}) {0} {X!l}", 99, name="Bo", city="oslo", X="LOUD"))
try:
    fmt.format("{0} {}", 1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    fmt.format("{missing}")
except KeyError as e:
    print("KeyError:", e)
print(string.capwords("hello   wide  world"), string.capwords("a-b c-d", "-"), string.ascii_letters, string.digits, string.hexdigits)
print(string.octdigits, repr(string.whitespace), string.punctuation, len(string.printable), string.ascii_uppercase[::5])

for f in ["b", "B", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "e", "f", "d", "s", "p", "x", "c", "P",
          "@hi", "=hi", "<hi", ">hi", "!hi", "3s2x", "bq", "@bq", "=bq", "0s", "5p", "4?", "hhl", "ci", "@ci"]:
    print(f"{f:5} size={struct.calcsize(f)}", end="; ")
print()
rec = struct.Struct("<4sHhIq?xd")
packed = rec.pack(b"HDR!", 65535, -2, 4000000000, -2**63, True, 3.14159)
print(rec.size, rec.format, packed.hex(" "), rec.unpack(packed))
print(struct.pack(">e", 1.5).hex(), struct.unpack("<e", b"\x00\x3c"), struct.pack("<f", 0.1).hex(), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.pack("5p", b"abc"), struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.unpack("5p", b"\x03abcd"))
print(struct.pack(">?", 5), struct.pack("c", b"z"), struct.unpack("3c", b"xyz"), struct.pack("<Q", 2**64 - 1).hex())
buf = bytearray(16)
struct.pack_into(">HH", buf, 4, 0xABCD, 0x1234)
print(buf.hex(), struct.unpack_from(">H", buf, 6), struct.unpack_from("<I", buf, offset=4))
print(list(struct.iter_unpack("<hB", b"\x01\x00\x02\xff\xff\x03")))
errors = [lambda: struct.pack("b", 200), lambda: struct.pack("B", -1), lambda: struct.pack("h", 2**15), lambda: struct.pack("<I", 2**32),
          lambda: struct.pack("i", 1.5), lambda: struct.pack("ii", 1), lambda: struct.unpack("i", b"\x00"), lambda: struct.pack("z", 1),
          lambda: struct.pack("s", "str"), lambda: struct.pack("c", b"ab"), lambda: struct.calcsize("3"), lambda: struct.pack("<q", 2**63),
          lambda: struct.unpack_from("I", b"ab", 0), lambda: struct.pack("?"), lambda: struct.pack_into("I", bytearray(2), 0, 1),
          lambda: struct.pack("f", 1e300), lambda: struct.pack("e", 1e6)]
for e in errors:
    try:
        print("ok", e())
    except struct.error as x:
        print("struct.error:", x)
    except Exception as x:
        print(type(x).__name__ + ":", x)
header = struct.pack("<2sIHHI", b"BM", 70, 0, 0, 54) + struct.pack("<IiiHHIIiiII", 40, 2, -2, 1, 24, 0, 16, 2835, 2835, 0, 0)
magic, size, _, _, offset = struct.unpack_from("<2sIHHI", header)
print(magic, size, offset, struct.unpack_from("<IiiHH", header, 14), len(header))
print(struct.pack("!i", -1), struct.pack("@i", 1) == struct.pack("=i", 1), struct.Struct("i").unpack(b"\x01\x00\x00\x00"))
print(struct.pack("<d", float("inf")).hex(), struct.unpack(">d", bytes.fromhex("7ff8000000000000")), struct.pack(">d", -0.0).hex())
