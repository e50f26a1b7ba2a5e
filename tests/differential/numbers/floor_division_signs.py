# Floor division rounds toward negative infinity, modulo takes the divisor's sign.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3),
         (1, 5), (-1, 5), (1, -5), (-1, -5)]
for a, b in pairs:
    print(f"{a:>3} // {b:>3} = {a // b:>3}   {a:>3} % {b:>3} = {a % b:>3}   divmod={divmod(a, b)}")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 0.5), (-0.0, 1), (0.0, -1),
          (1e-300, 1e300), (-1e-300, 1e300), (5.0, 2.5), (-5.0, 2.5)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-7 // 2.0, 7 // -2.0, -7 % 2.0, 7 % -2.0)
print(3 // True, -3 // True, True // 2, False % 3)
print(10 ** 20 // -3, -(10 ** 20) // 3, 10 ** 20 % -3, -(10 ** 20) % 3)
print(float("inf") // 3, float("inf") % 3, 3 // float("inf"), 3 % float("inf"), -3 % float("inf"))
for a, b in [(5, 0), (5.0, 0), (5, 0.0), (0, 0)]:
    for op in ("//", "%"):
        try:
            r = a // b if op == "//" else a % b
            print(r)
        except ZeroDivisionError as e:
            print(a, op, b, "->", type(e).__name__, e)
x = -17
x //= 5
print(x)
x %= 3
print(x)
y = 17.0
y //= -5
print(y)
