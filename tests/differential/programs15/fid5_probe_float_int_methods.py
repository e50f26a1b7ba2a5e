import math
for x in [1.0, 0.5, -2.75, 0.1, 1e-310, 3.141592653589793, float('inf'), -0.0, 1e300]:
    h = x.hex()
    print(repr(x), h, float.fromhex(h) == x)
for s in ['0x1.8p1', '-0X1P-2', '0x.8', '1p4', '0x1.fffffffffffffp1023', 'inf', '-nan', '  0x10  ']:
    try:
        print(s, float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(s, type(e).__name__, e)
for bad in ['0x1p2000', 'zz', '0x']:
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(bad, type(e).__name__, e)
for v, n, order, signed in [(1024, 2, 'big', False), (1024, 4, 'little', False), (-1, 2, 'big', True),
                            (-128, 1, 'big', True), (255, 1, 'big', False), (0, 0, 'big', False),
                            (2**64 - 1, 8, 'little', False), (-(2**63), 8, 'big', True)]:
    b = v.to_bytes(n, order, signed=signed)
    print(v, b, int.from_bytes(b, order, signed=signed), int.from_bytes(b, order))
for v, n, signed in [(256, 1, False), (-1, 1, False), (128, 1, True), (-129, 1, True), (1, 0, False)]:
    try:
        v.to_bytes(n, 'big', signed=signed)
    except OverflowError as e:
        print('OverflowError', e)
try:
    (5).to_bytes(2, 'middle')
except ValueError as e:
    print('ValueError', e)
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\xff\xfe'), 'little', signed=True), (65).to_bytes(1, 'big'))
print((7).to_bytes(), int.from_bytes(b'\x80', signed=True), (1000).to_bytes(2, byteorder='little'))
for x in [0.5, 0.1, -2.5, 3.0, 1e20, 0.0, -0.0]:
    print(x, x.as_integer_ratio(), x.is_integer())
for i in [0, 7, -12, 2**100]:
    print(i, i.as_integer_ratio(), i.bit_length(), i.bit_count(), i.numerator, i.denominator, i.real, i.imag, i.conjugate())
for bad in [float('inf'), float('nan')]:
    try:
        bad.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
xs = [0.1] * 10
print(sum(xs), math.fsum(xs), sum([1e100, 1.0, -1e100, 1.0]), math.fsum([1e100, 1.0, -1e100, 1.0]))
print(math.fsum([]), math.fsum([1, 2, 3]), type(math.fsum([1, 2])), sum([0.1, 0.2, 0.3]), math.fsum([0.1, 0.2, 0.3]))
print(sum([1, 2], 0.0), sum([[1], [2]], []), sum(range(10), start=100), sum([True, True, False]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError', e)
print(math.prod([1.5, 2, 4]), math.prod([], start=7), math.isqrt(10**20 + 1), math.comb(50, 25), math.perm(10, 3))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), math.floor(2**60 + 0.0), -7 // 2.0, -7 % 2.0, divmod(-7.5, 2), divmod(7, -2))
print(math.copysign(1, -0.0), math.isclose(0.1 + 0.2, 0.3), math.remainder(7, 2), math.fmod(-7, 2), (-7) % 2, math.gcd(0, 0), math.lcm(4, 6, 10))
print(float('1_000.5'), float(' -inf '), float('nan') == float('nan'), int(1e20), int(-1e-5), 10**20 / 3, 2**1000 / 2**999, 1 / 3 * 3)
print((2**53 + 1) + 0.0, float(2**53 + 1), 2**53 + 1 == float(2**53 + 1), 10**400 > 1e308, 1e308 < 10**309)
try:
    float(10**400)
except OverflowError as e:
    print('OverflowError', e)
try:
    10**400 / 1
except OverflowError as e:
    print('OverflowError', e)
print(3 ** -2, (-8) ** (1 / 3) if False else 'skip', pow(2, -1, 7), pow(3, 4, -5), 0 ** 0, 0.0 ** 0, (-2) ** 0.5 if False else '', abs(-0.0), -(0.0))
