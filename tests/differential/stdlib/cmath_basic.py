import cmath

for z in [1 + 1j, -4, 2j, -1 - 3j, 0.5 - 0.25j, 3]:
    print(z, cmath.sqrt(z), cmath.exp(z), cmath.log(z) if z != 0 else None)
    print(" ", cmath.phase(z), cmath.polar(z), abs(z))
    print(" ", cmath.sin(z), cmath.cos(z), cmath.tan(z))
    print(" ", cmath.sinh(z), cmath.cosh(z), cmath.tanh(z))
    print(" ", cmath.asin(z), cmath.acos(z), cmath.atan(z))
    print(" ", cmath.acosh(z), cmath.atanh(z), cmath.log10(z))
print(cmath.rect(2, cmath.pi / 2), cmath.rect(1, 0), cmath.log(8, 2))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isfinite(1j), cmath.isinf(complex(cmath.inf, 0)), cmath.isnan(cmath.nanj))
print(cmath.sqrt(-1), cmath.sqrt(complex(-0.0, -0.0)), cmath.exp(0))
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError:", e)
