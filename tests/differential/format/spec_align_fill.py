# Format-spec fill, alignment and width.
for spec in ["", "10", "<10", ">10", "^10", "*<10", "*>10", "*^10", "-^9", "^1", ".^4", "=^5", "0>6", "😀^7"]:
    print(repr(spec), "[" + format("abc", spec) + "]")
for spec in ["10", "<10", ">10", "^10", "=10", "+=10", "0=10", "010", "_>10", "x<8", "#=+12"]:
    print(repr(spec), "[" + format(-42, spec) + "]", "[" + format(42, spec) + "]")
for spec in ["10", "<10", "=+10", "^12.3f", "010.2f", "*>10.1e", "010", "+012,.2f"]:
    print(repr(spec), "[" + format(-3.14159, spec) + "]", "[" + format(2.5, spec) + "]")
print(f"[{'x':>{5}}]", f"[{'x':{'*'}^{5}}]", f"[{42:{'>'}{6}}]")
print("[" + format("long string", "5") + "]", "[" + format("ab", "") + "]", "[" + format(123456, "3") + "]")
print("[" + format(True, ">6") + "]", "[" + format(True, "^6d") + "]")
try:
    format("abc", "=10")
except ValueError as e:
    print("ValueError", e)
print("[" + format("abc", "010") + "]", "[" + format("abc", "07") + "]")
for width in range(0, 9, 2):
    print(f"[{'ab':^{width}}] [{-5:0{width}}] [{1.5:#>{width}}] [{'':-^{width}}]")
print(f"[{'left':<8}]", f"[{'right':>8}]", f"[{'mid':^8}]", f"[{12:<6d}]", f"[{-12:^7}]", f"[{12:=+6}]")
print(f"[{'x':\u00b7^9}]", f"[{7:'>4}]")
print(format(12345, "^+11,"), format(-12345.678, "_>15,.1f"), format("s", "\x00<3") == "s\x00\x00")
