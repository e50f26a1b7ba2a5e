# abs() of complex numbers rounds as the C library's hypot does (CPython's complex abs calls it),
# including huge and tiny parts, infinities and nans.
import random

random.seed(2024)
values = []
for i in range(400):
    scale = 10.0 ** random.randint(-8, 8)
    values.append(complex(random.uniform(-1, 1) * scale, random.uniform(-1, 1) * scale))
print([abs(z) for z in values[:40]])
print(sum(abs(z) for z in values))
print(sorted(abs(z) for z in values)[-5:])

specials = [3 + 4j, 1e308 + 1e308j, 1e-320 + 1e-320j, 5e-324 + 0j, complex(float("inf"), float("nan")),
            complex(float("nan"), 1.0), -0.0 - 0.0j, 1e200 + 1e-200j, 0.1 + 0.2j]
for z in specials:
    try:
        print(repr(z), abs(z))
    except OverflowError as e:
        print(repr(z), "OverflowError:", e)

# polar form goes through the same hypot
import cmath
print([cmath.polar(z)[0] for z in values[:10]])
print(abs(complex(3, 4)) == 5.0, abs(-2j), abs(1j ** 2))
