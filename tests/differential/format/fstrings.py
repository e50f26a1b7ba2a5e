# f-strings: expressions, nesting, conversions and specs.
name, n, pi = "World", 42, 3.14159
items = ["a", "b"]
d = {"key": "val"}
print(f"Hello, {name}! {n + 1} {n * 2:>6} {pi:.2f} {items[0]} {d['key']} {len(items)}")
print(f"{name!r} {name!s} {'é'!a} {name!r:>10} {n!r:*^8}")
print(f"{{braces}} {{{n}}} {'{'}{'}'}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}] [{pi:<{width}}] [{n:{'0'}>{width // 2}}] [{name:.{prec}}]")
print(f"{'nested ' + f'{n:x}' + ' inner'}")
print(f"{[x * 2 for x in range(3)]} {(lambda v: v + 1)(5)} {n if n > 40 else 0} {n > 40 and 'big'}")
print(f"{n:b} {n:o} {n:x} {n:#X} {n:e} {n:,} {n:%} {-n:+} {n:c}")
print(f"{3.0} {1e20} {0.1 + 0.2} {None} {True} {[1.0, None]} {(1,)} {2 ** 64}")
print(f"multi {1}"
      f" line {2}"
      " plain")
print(f'{"double"}', f"""{'triple'}""", f'''{"x" + 'y'}''')
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __str__(self):
        return "Money(str)"
    def __repr__(self):
        return "Money(repr)"
m = Money(12345)
print(f"{m} {m:short} {m:>10.1f} {m!s} {m!r} {m!s:>12}")
print(f"{n=}", f"{n = }", f"{name=!s}", f"{pi=:.1f}", f"{n*2=}", f"{items[1]=}", f"{ n =:>5}")
x = 5
print(f"{x:{x}}|", f"{x!r:{x}}|", f"{'%d' % x}")
print(f"{'':>3}|{'':*<3}|")
