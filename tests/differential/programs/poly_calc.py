from collections import defaultdict
import math


class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c

    @classmethod
    def parse(cls, s):
        terms = defaultdict(int)
        s = s.replace(" ", "").replace("-", "+-")
        for t in filter(None, s.split("+")):
            if "x" in t:
                coef, _, power = t.partition("x")
                coef = {"": 1, "-": -1}.get(coef, None) if coef in ("", "-") else int(coef)
                power = int(power[1:]) if power.startswith("^") else 1
            else:
                coef, power = int(t), 0
            terms[power] += coef
        deg = max(terms) if terms else 0
        return cls(terms[i] for i in range(deg + 1))

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        return Poly((self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n))

    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Poly(a * o for a in self.c)
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def derivative(self):
        return Poly(i * a for i, a in enumerate(self.c) if i) if len(self.c) > 1 else Poly([0])

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def __repr__(self):
        parts = []
        for p in range(len(self.c) - 1, -1, -1):
            a = self.c[p]
            if a == 0 and len(self.c) > 1:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            body = ("" if a == 1 and p else str(a)) + ("x" if p else "") + (f"^{p}" if p > 1 else "")
            parts.append((sign, body))
        if not parts:
            return "0"
        s = ("-" if parts[0][0] == "-" else "") + parts[0][1]
        for sign, body in parts[1:]:
            s += f" {sign} {body}"
        return s


def newton(p, x0, tol=1e-12, max_iter=50):
    dp = p.derivative()
    x = x0
    for i in range(max_iter):
        d = dp(x)
        if d == 0:
            raise ZeroDivisionError(f"zero derivative at x={x}")
        nx = x - p(x) / d
        if abs(nx - x) < tol:
            return nx, i + 1
        x = nx
    raise ArithmeticError("no convergence")


p = Poly.parse("x^3 - 2x - 5")
q = Poly.parse("3x^2 + 1")
print(p, "|", q, "|", p + q, "|", p * q, "|", 2 * q, "|", p.derivative())
print(p(2), p(2.5), q(-1), Poly([0]), Poly([0, 0, 1]), Poly.parse("-x + 4"))
root, its = newton(p, 2.0)
print(f"root={root:.12f} after {its} iterations; p(root)={p(root):.2e}")
print(Poly.parse("x^2 - 2") == Poly([-2, 0, 1]), newton(Poly.parse("x^2 - 2"), 1)[0] == math.sqrt(2))
for x0 in (1.0, -1.0, 0.0):
    try:
        print(x0, newton(Poly.parse("x^2 + 1"), x0))
    except (ZeroDivisionError, ArithmeticError) as e:
        print(x0, type(e).__name__, e)

table = [(x / 4, p(x / 4)) for x in range(-8, 9, 2)]
for x, y in table:
    bar = "*" * int(min(abs(y), 40))
    print(f"{x:>6.2f} {y:>9.3f} {'-' if y < 0 else '+'}{bar}")
print(sum(y for _, y in table) / len(table), min(table, key=lambda t: abs(t[1])))
print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(1e15 + 0.5), f"{0.5:.0f}", f"{1.5:.0f}", f"{2.675:.2f}")
print(f"{1234.5:e}", f"{1234.5:g}", f"{0.00001234:g}", f"{1e16:g}", f"{123456789:,}", f"{-0.0}", f"{3:.2%}", f"{1/7:.15g}")
print(f"{math.pi:10.4f}|{math.pi:<10.2f}|{math.pi:^+10.1f}|{-math.pi:010.3f}", format(1e-7), 1e-7, 123e-20, 1.0e22, 1e21 + 1)
print(newton(Poly([5]), 1.0))
