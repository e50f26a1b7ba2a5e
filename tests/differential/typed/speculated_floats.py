class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): print("add", self.v); return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): print("radd", self.v); return V(o + self.v)
    def __mul__(self, o): print("mul", self.v); return V(self.v * (o.v if isinstance(o, V) else o))
    def __rmul__(self, o): print("rmul", self.v); return V(o * self.v)
    def __sub__(self, o): return V(self.v - o)
    def __neg__(self): return V(-self.v)
    def __truediv__(self, o): return V(self.v / o)
    def __pow__(self, o): return V(self.v ** o)
    def __repr__(self): return f"V({self.v})"
class G:
    def __getitem__(self, i): print("getitem", i); return 0.25 * i

def f(a, b, c, xs, d):
    print(a + b, a - b, a * b, a / b, a * b + c, -a * b, a ** 2, a ** 0.5, 2 * a, a * 2 - 1)
    print(xs[0] + xs[1], xs[0] * xs[1] - xs[2], (xs[0] - xs[1]) * 3)
    y = a * b + c * a - b / c
    print(y, d[1] * d[2] + d[3])
    xs[0] += a * b
    xs[1] -= 0.5
    xs[2] *= 2
    print(xs)
    t = a
    t += b * c
    print(t)

f(0.5, 0.5, 1.5, [0.25, 0.75, 2.5], G())
f(1, 2, 3, [1, 2, 3], G())
f(1.0, 2.0, 3.0, [1.0, 2.0, 3.0], G())
f(V(1.5), 2.5, 3.5, [V(1), 2.5, 3.5], G())
f(True, 2.5, 0.5, [True, False, 1.5], G())
f(10**20, 0.5, 2.5, [10**20, 0.5, 1.5], G())
def g(a, b):
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZDE", e)
    try:
        print(a * 2.5 / (b * 1.5))
    except ZeroDivisionError as e:
        print("ZDE", e)
    try:
        print(a * 1.5 + None)
    except TypeError as e:
        print("TE", e)
    try:
        print(a * None + 1.5)
    except TypeError as e:
        print("TE", e)
    try:
        print(abs(a) ** -1.5 * 2.5)
    except Exception as e:
        print(type(e).__name__, e)
    print(-0.0 * a, a * -0.0 + 0.0, 1e308 * a * 10.5, (a * 1e308 * 10) - (a * 1e308 * 10))
g(0.25, 0.0)
g(0.0, 0.0)
g(-2.5, 1.5)
g("x" * 0 or 0.5, 0)
s = "ab"
s += "cd"
print(s)
L = [1.5]
L += [2.5]
print(L)
lst = [0.1, 0.2]
lst[0] += lst[1] * 3
lst[1] -= lst[0]
print(lst, [0.1 * 3 + 0.2 * 5, 0.1 + 0.2 - 0.3])
nan = float("nan")
z = nan * 0.5
print(z, z == z, [z][0] is z)
u = 1.5
def h():
    global u
    u *= 2.5
    u -= 0.75
    return u
print(h(), h())
