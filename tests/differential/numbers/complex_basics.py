# A little complex-number arithmetic (builtin type).
z = 3 + 4j
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate())
print(z + 1, z * 2, z * z, z - 4j, z / 2, -z, 1j * 1j, 2j, -2j, 0j)
print(complex(1, 2), complex("3-4j"), complex(2), complex(), complex(1.5, -0.5))
print(z == 3 + 4j, z != 3, complex(2, 0) == 2, (1 + 0j) == 1.0)
print((1 + 2j) ** 2, (2j) ** 2, pow(1j, 4), type(1j).__name__)
print(str(1 + 0j), repr(-1j), repr(complex(0, -0.0)), complex(1e16, 1))
try:
    print((1 + 2j) < (2 + 3j))
except TypeError as e:
    print("TypeError", e)
try:
    print(1j // 2)
except TypeError as e:
    print("TypeError", e)
try:
    print(1 / 0j)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(format(1 + 2j, ".2f"), f"{3 - 4j}", bool(0j), bool(1j))
