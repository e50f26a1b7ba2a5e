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
