# ASCII plotting with complex numbers: polygons, rotations, a Mandelbrot patch, and roots of unity.
import cmath
import math

W, H = 41, 17


def canvas():
    return [[" "] * W for _ in range(H)]


def plot(grid, z, ch="*", scale=8.0):
    x = round(W // 2 + z.real * scale * 2)
    y = round(H // 2 - z.imag * scale)
    if 0 <= x < W and 0 <= y < H:
        grid[y][x] = ch


def show(grid, title):
    print(f"+{'-' * W}+ {title}")
    for row in grid:
        print("|" + "".join(row) + "|")
    print(f"+{'-' * W}+")


g = canvas()
for k in range(6):
    w = cmath.exp(2j * cmath.pi * k / 6)
    plot(g, w * 0.9, "o")
    print(f"root {k}: {w.real:+.4f}{w.imag:+.4f}j |w|={abs(w):.6f} arg={math.degrees(cmath.phase(w)):8.3f}")
rot = cmath.rect(1, math.pi / 12)
p = 0.5 + 0j
for i in range(24):
    plot(g, p, ".")
    p *= rot * 1.03
show(g, "hexagon roots + spiral")


def mandel(c, limit=30):
    z = 0j
    for n in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return n
    return limit


chars = " .:-=+*#%@"
for y in range(10):
    im = 1.0 - y * 0.2
    line = ""
    for x in range(48):
        re = -2.1 + x * 0.055
        n = mandel(complex(re, im))
        line += chars[min(n * len(chars) // 31, len(chars) - 1)]
    print(line.rstrip() or "(blank)")
z = 3 + 4j
print(z, z.conjugate(), abs(z), z.real, z.imag, z * 1j, z / 2, z ** 2, cmath.sqrt(-1), cmath.sqrt(z), complex("2-3j"), complex(1.5))
print(cmath.polar(z), cmath.rect(5, 0.9272952180016122), cmath.exp(1j * math.pi), cmath.log(-1), cmath.log10(100), round(abs(cmath.sin(z)), 6))
print(repr(complex(0, -0.0)), repr(-0j), repr(complex(-0.0, 0)), 1j * 1j, (1 + 1j) ** 0.5, complex(float("inf"), float("nan")), hash(1 + 0j) == hash(1))
print([f"{c:.2f}" for c in (1 + 2j, -1.5j, 2.25 + 0j)], f"{1 + 2j!r:>12}|", format(3 - 4j, "+.1e"), (1 + 2j) == complex(1, 2), 1 + 2j != 1)
pts = [cmath.rect(1, 2 * math.pi * k / 5) for k in range(5)]
area = 0.5 * abs(sum((a.conjugate() * b).imag for a, b in zip(pts, pts[1:] + pts[:1])))
print(f"pentagon area {area:.10f} (exact {5 / 2 * math.sin(2 * math.pi / 5):.10f}), perimeter {sum(abs(b - a) for a, b in zip(pts, pts[1:] + pts[:1])):.10f}")
for bad in [lambda: complex("1+2i"), lambda: abs(1j) < 1j, lambda: int(1j), lambda: 1j % 2, lambda: cmath.log(0), lambda: complex(1j, 1j)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
