# int()/float() of unicode digits, underscores, bases, whitespace; str of huge ints; float.hex/fromhex; as_integer_ratio.
import sys
cases = ["42", " 42\n", "+42", "-0", "1_000_000", "1__0", "_1", "1_", "٤٢", "४२", "١_٢", "0x1F", "0o17", "0b101", "00", "007",
         "１２３", "\u00a042\u2003", "4 2", "", "-", "𝟗𝟖", "²", "⑦", "½", "1e3", "0_0"]
for c in cases:
    out = []
    for base in (10, 0, 16):
        try:
            out.append(str(int(c, base)))
        except ValueError as e:
            out.append("VE: " + str(e))
    print(repr(c), "|", " | ".join(out))
for c in ["1.5", " -1.5e3 ", "1_0.2_5", "٣.١٤", "inf", "-Infinity", "nAn", "+nan", "1e", ".5", "5.", "1__0.0", "0x10", "1e-400", "1e400", "\u2007\u30002.5"]:
    try:
        print(repr(c), repr(float(c)))
    except ValueError as e:
        print(repr(c), "VE:", e)
for b in (2, 8, 36, 37, 1, -1):
    try:
        print(b, int("101", b), int("zz", 36) if b == 36 else "")
    except ValueError as e:
        print(b, "VE:", e)
print(int("  -0b1_1  ", 0), int("0X_ff", 0), int("0o_7", 0), int("Z", 36), int(b"42"), int(bytearray(b" 7 ")), int("1" * 50))
for bad in [lambda: int("0b2", 0), lambda: int("08", 0), lambda: int(b"4\xff2"), lambda: int(None), lambda: int([1]), lambda: int("9" * 5000),
            lambda: str(10 ** 5000), lambda: int("12", base=10.0), lambda: int(3.5, 10), lambda: float(b"x"), lambda: float([]),
            lambda: int(float("nan")), lambda: float("0x1p3")]:
    try:
        v = bad()
        print("ok", v if not isinstance(v, int) or v < 10 ** 20 else len(str(v)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e)[:120])
print(sys.get_int_max_str_digits(), len(str(10 ** 4299)), len(repr(-(10 ** 4299))), f"{10 ** 4299:x}"[:10], len(hex(10 ** 5000)))
for x in [0.5, -0.1, 1.0, 3.14, 1e-320, float("inf"), 255.0, -2.0 ** 60]:
    try:
        print(x.hex(), float.fromhex(x.hex()) == x, x.as_integer_ratio())
    except (ValueError, OverflowError) as e:
        print(x.hex(), type(e).__name__, e)
for h in ["0x1.8p1", "-0X1P-2", "0x.8", "1p4", "0x1.fffffffffffffp1023", "0x1p1024", " 0x10 ", "inf", "0x1.0000000000000000001p0"]:
    try:
        print(h, repr(float.fromhex(h)))
    except (ValueError, OverflowError) as e:
        print(h, type(e).__name__, e)
print((10).as_integer_ratio(), (-7).as_integer_ratio(), True.as_integer_ratio(), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), (-2).to_bytes(2, "little", signed=True), (255).to_bytes(1, "big"), int.from_bytes([1, 2], "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print(int("+١٢٣"), float("-٠.٥"), int("\u0663"), "٣".isdigit(), "٣".isdecimal(), "²".isdigit(), "²".isdecimal(), "½".isnumeric())
