"""Unit-conversion tables printed with f-strings, alignment and number formats."""

LENGTH = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048,
          "yd": 0.9144, "mi": 1609.344}
MASS = {"g": 1.0, "kg": 1000.0, "oz": 28.349523125, "lb": 453.59237, "st": 6350.29318}


def convert(value, src, dst, table):
    try:
        return value * table[src] / table[dst]
    except KeyError as e:
        raise ValueError(f"unknown unit {e.args[0]!r}") from e


def c_to_f(c):
    return c * 9 / 5 + 32


def f_to_c(f):
    return (f - 32) * 5 / 9


units = list(LENGTH)
print(f"{'':>4}" + "".join(f"{u:>12}" for u in units))
for src in units:
    row = "".join(f"{convert(1, src, dst, LENGTH):>12.5g}" for dst in units)
    print(f"{src:>4}{row}")
print()
print(f"{'unit':<6}|{'grams':>14}|{'per kg':>12}|{'sci':>12}")
print(f"{'-' * 6}+{'-' * 14}+{'-' * 12}+{'-' * 12}")
for name, g in MASS.items():
    print(f"{name:<6}|{g:>14,.4f}|{1000 / g:>12.6f}|{g:>12.3e}")
print()
print(f"{'C':>6} {'F':>7} {'K':>8} {'back':>6}")
for c in range(-40, 101, 20):
    f = c_to_f(c)
    print(f"{c:>6d} {f:>7.1f} {c + 273.15:>8.2f} {f_to_c(f):>6g}")
print()
marathon_km = 42.195
for unit in ("mi", "yd", "ft", "in"):
    v = convert(marathon_km, "km", unit, LENGTH)
    print(f"marathon = {v:>12,.3f} {unit:<3} ({v:.4g}) [{v:_.1f}] {round(v, 2)!r}")
for v in (0.5, 1.5, 2.5, 2.675, 1e21, 1234567.891, -0.0, 1 / 3):
    print(f"{v!r:>22} {v:>10.2f} {v:+.3e} {v:>12g} {v:%} {v:,} {str(v):>8}")
try:
    convert(3, "m", "furlong", LENGTH)
except ValueError as e:
    print(e, "| cause:", repr(e.__cause__))
print(f"{'left':<10}|{'center':^10}|{'right':>10}|")
print(f"{'x':*<10}|{'y':-^11}|{'z':0>10}|{7:#>+6}|{-7:=+6}|{7:06}|{-3.5:010.2f}")
print(f"{12345678:,}|{12345678:_}|{255:#x}|{255:#o}|{255:#b}|{255:X}|{1e6:,.0f}|{0.000123:.2%}")
w, p = 12, 4
print(f"{3.14159265:{w}.{p}f}|{'dyn':>{w}}|{42:^{w}d}|{'nested {braces}'}|{{literal}}")
