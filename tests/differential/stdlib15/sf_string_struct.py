import string
import struct

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wide  world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}s, costs $$${price}")
print(t.substitute(who="Tim", what="kung pao", price=5), t.substitute({"who": "A", "what": "b", "price": 1}))
print(t.safe_substitute(who="Ann"), t.template, t.get_identifiers(), t.is_valid())
for bad in [lambda: t.substitute(who="x"), lambda: string.Template("$1 bad").substitute(), lambda: string.Template("x $").substitute()]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
class PctTemplate(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"
print(PctTemplate("%name is %{age}y %%").substitute(name="bob", age=3))
fmt = string.Formatter()
print(fmt.format("{0}-{name}-{1:>4}|{x[0]}|{y.real}", "a", 7, name="n", x=[9], y=3 + 1j))
print(list(fmt.parse("a{0!r:>5}b{{c}}{x.y[1]}")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)
print(Upper().format("{a} {b:>5} {0}", "z", a="hi"))
print(fmt.vformat("{} {}", ("p", "q"), {}), fmt.convert_field("x", "r"))

fmts = ["<i", ">i", "!H", "<q", "<f", "<d", ">d", "<?", "3s", "<hhl", "@i", "=i", "<e", "<Q", "<b", "<B", "c", "<5p", "<2I", "<xxh", "<n" if False else "<N" if False else "<l"]
for f in fmts:
    print(f, struct.calcsize(f))
print(struct.pack("<i", -2), struct.pack(">I", 0xDEADBEEF), struct.pack("<h", 258), struct.pack("!f", 1.5), struct.pack("<d", -0.1))
print(struct.pack("<?3sBx", True, b"ab", 255), struct.pack("5p", b"hello world"), struct.pack("<e", 0.333), struct.pack(">q", -1))
packed = struct.pack("<HHI8s", 1, 2, 300000, b"name")
print(packed, len(packed), struct.unpack("<HHI8s", packed))
print(struct.unpack(">d", b"@\t!\xfbTD-\x18"), struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack("<e", b"\x00<"))
print(list(struct.iter_unpack("<hh", bytes(range(8)))), struct.unpack_from("<H", b"\x00\x01\x02\x03", 1))
buf = bytearray(8)
struct.pack_into("<HI", buf, 1, 7, 9)
print(buf)
s = struct.Struct(">3sHd")
print(s.format, s.size, s.pack(b"xyz", 513, 2.25), s.unpack(s.pack(b"xyz", 513, 2.25)))
print(struct.pack("<c", b"A"), struct.unpack("<cc", b"AB"), struct.pack("<qQ", -2 ** 63, 2 ** 64 - 1))
print(struct.pack("@bi", 1, 2), struct.pack("=bi", 1, 2), struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("@id"), struct.calcsize("@di"))
for bad in [lambda: struct.pack("<b", 200), lambda: struct.pack("<H", -1), lambda: struct.pack("<i", "x"), lambda: struct.unpack("<i", b"ab"),
            lambda: struct.pack("<z", 1), lambda: struct.pack("<ii", 1), lambda: struct.pack("<I", 2 ** 32), lambda: struct.pack("<c", b"ab"), lambda: struct.pack("<f", 1e40)]:
    try:
        bad()
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)
header = struct.pack("<4sIHH", b"RIFF", 36, 1, 2)
magic, size, fmt_, ch = struct.unpack("<4sIHH", header)
print(magic.decode(), size, fmt_, ch)
