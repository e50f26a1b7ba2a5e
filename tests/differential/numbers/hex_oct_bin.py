# hex(), oct(), bin() and back.
for v in [0, 1, 7, 8, 10, 15, 16, 255, 256, -1, -255, 2 ** 32, 2 ** 64 - 1, -(2 ** 70), 12345678901234567890]:
    print(v, hex(v), oct(v), bin(v))
    assert int(hex(v), 16) == v and int(oct(v), 8) == v and int(bin(v), 2) == v
print(hex(True), bin(False))
for bad in [1.5, "10", None]:
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError", e)
print(0xFF, 0o777, 0b1010_1010, 0x_dead_beef, 1_000_000, 0XABC, 0O12, 0B11)
print(format(255, "x"), format(255, "#x"), format(255, "X"), format(255, "#X"), format(-255, "#x"))
print(format(8, "o"), format(8, "#o"), format(5, "b"), format(5, "#b"), format(5, "08b"), format(5, "#010b"))
print(f"{0xabc:_x}", f"{2**40:_b}", f"{2**20:,}", f"{-42:#06x}")
print((255).bit_length(), (256).bit_length(), (-256).bit_length(), (0).bit_length())
print((255).bit_count(), (-7).bit_count(), (2 ** 100 - 1).bit_count())
for s in ["0x1F", "0o17", "0b101", "1F", "-0x10", "0X_ff"]:
    try:
        print(s, int(s, 0) if s[:2].lower() in ("0x", "0o", "0b") or s.startswith("-0") else int(s, 16))
    except ValueError as e:
        print(s, "ValueError", e)
print(int(bin(2 ** 70 + 1), 2) == 2 ** 70 + 1, len(bin(2 ** 70)), hex(0xdeadbeef).upper(), oct(0o755)[2:])
print([bin(i)[2:].zfill(4) for i in range(8)], [hex(i) for i in (10, 11, 254)], [oct(i) for i in (8, 64)])
print(f"{0b1111:#06b}", f"{0o17:#o}", f"{255:08X}", f"{-1 & 0xFF:08b}", f"{(1 << 32) - 1:#_x}")
