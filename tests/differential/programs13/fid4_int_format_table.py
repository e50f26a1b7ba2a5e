# A register-dump formatter: every int presentation type, '#', '=', grouping with x/b.
regs = {"pc": 0x4010, "sp": 0xFFF0, "flags": 0b1011_0010, "acc": -42, "big": 2**40 + 7}

for name, v in regs.items():
    print(f"{name:>6}: d={v:d} x={v:#x} X={v:#X} o={v:#o} b={v:#b} n={v:n} c={chr(65 + v % 26)!r}")

specs = ["", "d", "+d", " d", "08d", "+08d", "=+8d", "<8d", ">8d", "^8d", "*^9d", "0=8d",
         ",d", "_d", "_x", "_b", "#_b", "#_x", "#010x", "#010b", "#o", "X", "#X", ",", "_",
         "e", ".2e", "f", ".1f", "%", ".0%", "g", "G", "10.3", "n", "c", "#08o", "-d", "0>5",
         "x<6", "08_d", "012,d"]
for spec in specs:
    out = []
    for v in (0, 7, -7, 255, 1234567, -98765432):
        try:
            out.append(repr(format(v, spec)))
        except (ValueError, OverflowError) as e:
            out.append(f"<{type(e).__name__}: {e}>")
    print(f"{spec!r:10}", " ".join(out))

for bad in [",x", ",b", "_c", ".2d", "#c", "z", "s"]:
    try:
        print(format(10, bad))
    except ValueError as e:
        print(bad, "ValueError:", e)
try:
    format(-1, "c")
except (ValueError, OverflowError) as e:
    print("c neg:", type(e).__name__, e)
try:
    format(0x110000, "c")
except (ValueError, OverflowError) as e:
    print("c big:", type(e).__name__, e)

print(format(True, "d"), format(True, "#x"), format(False, ">5"), format(True, ""), f"{True:5}", f"{True!s:>6}")
print("{:{fill}{align}{width}}".format(42, fill="~", align="^", width=11))
print("{0:#{1}x} {0:#0{2}b}".format(200, 8, 12))
print("%5d|%-5d|%05d|%+d|%x|%#X|%o|%#o|%c|%%" % (42, 42, 42, 42, 255, 255, 8, 8, 97))
print("%(a)s=%(b)r" % {"a": "k", "b": "v"}, "%s %s" % (1, (2, 3)) if False else "%s" % ((2, 3),))
print("%.3s|%10.2f|%-10.3e|%g|%i|%u" % ("abcdef", 3.14159, 12345.678, 0.00001, 7, 9))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
print(hex(-255), oct(-8), bin(-5), hex(2**64), bin(0), oct(0))

class Reg:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(hex(Reg(255)), bin(Reg(5)), oct(Reg(64)), [10, 20, 30, 40][Reg(1):Reg(3)], list(range(Reg(3))))
print("abcdef"[Reg(-2)], (1, 2, 3)[Reg(0)], format(Reg(10).__index__(), "b"))
try:
    hex(2.0)
except TypeError as e:
    print("TypeError:", e)
