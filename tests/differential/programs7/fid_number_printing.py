# int/float printing corners: repr of floats near boundaries, round half-even, big ints,
# int() parsing, float.hex, as_integer_ratio, divmod signs, bases.
vals = [0.1 + 0.2, 1e16, 1e-5, 123456789012345678.0, 1 / 3, 2 / 3, 1e22, 1e21, 9.999999999999999e20,
        5e-324, 1.7976931348623157e308, -0.0, 100.0, 1.5e-4, 0.0001, 12345678.9]
for v in vals:
    print(repr(v), str(v))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(1234.5678, -2), round(15, -1), round(25, -1))
print(2 ** 64, -(2 ** 70), 10 ** 30 // 7, (10 ** 30) % 7, -7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(divmod(-7, 3), divmod(7.5, -2), divmod(-1e-20, 1.0) if False else divmod(-3.5, 1))
print(int("0x1f", 16), int("  -42  "), int("1_000"), int("z", 36), int("0b101", 0), int(3.99), int(-3.99))
print(float("  1e3 "), float("-inf"), float("nan") != float("nan"), float("1_0.5"))
print((0.5).hex(), (1.0).hex(), float.fromhex("0x1.8p1"), (0.75).as_integer_ratio(), (10).bit_length())
print(bin(-10), oct(64), hex(-255), f"{255:b}", (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(1e100, 1e-100, 2.0 ** 0.5, 10 ** -2, 2 ** -1, pow(2, -2), 0.1 * 3, 1.1 * 1.1)
print(3 * 1.0, 7 / 7, 2 ** 53 + 1.0, float(2 ** 53 + 1), 1e15 + 0.3, 4.35 * 100)
print(abs(-0.0), -0.0 == 0.0, max(-0.0, 0.0), min(0.0, -0.0), sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
print(int(1e20), int(-1.5e19), 10 ** 20 == 1e20, 2 ** 63 - 1, (2 ** 63) * 1.0)
print(f"{2**100:,}", str(-(10 ** 25)), repr(12345678901234567890), hash(2 ** 61 - 1), hash(-1))
print(True + True, True * 3.5, 5 // True, -True, ~5, 6 & 3, 6 | 3, 6 ^ 3, 1 << 70, -(1 << 70) >> 3)
