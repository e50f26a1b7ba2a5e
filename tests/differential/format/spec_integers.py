# Integer presentation types and flags.
nums = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 70]
for spec in ["d", "+d", " d", "-d", ",", "_", ",d", "08,d", "x", "#x", "X", "#X", "_x", "#_X", "o", "#o", "b", "#b", "_b", "n", "#010x", "+#x", "12,", "^+12_d"]:
    print(f"{spec:>7}", " ".join(format(n, spec) for n in nums))
print(format(65, "c"), format(0x1F600, "c"), format(10, "c") == "\n", format(7, ""), format(-0, "+d"))
print(format(3, "e"), format(3, ".2f"), format(3, "%"), format(3, "g"), format(10 ** 20, "e"), format(2 ** 70, ".3g"))
print(format(True, "d"), format(False, "x"), format(True, "b"), format(True, ""))
bad = ["s", ".2d", ",x", "c,", "+c", "z", ",_", "_,", ".2x", "#c"]
for spec in bad:
    try:
        print(format(42, spec))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
try:
    format(-1, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    format(2 ** 40, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
