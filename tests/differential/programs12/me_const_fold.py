# Integer expressions of literals (folded at compile time) keep Python's semantics:
# floor division and modulo signs, shifts, powers, big results, errors left to run time.
MOD = 10**9 + 7
INF = 1 << 60
MASK = (1 << 64) - 1
print(MOD, INF, MASK, 2**31 - 1, -(2**63), -2**63, (-2) ** 63)
print(-7 // 2, -7 % 3, 7 // -2, 7 % -3, -7 // -2, -7 % -2, 0 % 5, -0 // 3)
print((-1) << 3, 10 >> 2, 255 & 15 | 256 ^ 1, 1 << 0, 5 >> 10, 2**0, 0**0, 3 * -4, 5 - 10)
print(2**-1, 10**-2, 7 / 2, 6 / 3, 2**100 - 1, 3**200 % 1000, 10**30 // 7, -(10**30) % 7)
print(type(INF).__name__, INF > 2**59, INF // (1 << 30), hex(MASK), MASK.bit_length())
best = {0: 0}
for k in range(5):
    if best.get(k, 1 << 60) > k * k:
        best[k] = k * k
print(best)
for expr in ("1 // 0", "1 % 0", "1 << -1", "2 ** 10**100 if False else 1"):
    try:
        print(expr, "->", {"1 // 0": lambda: 1 // 0, "1 % 0": lambda: 1 % 0,
                           "1 << -1": lambda: 1 << -1,
                           "2 ** 10**100 if False else 1": lambda: 2 ** 10**100 if False else 1}[expr]())
    except (ZeroDivisionError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)
print(True + 1, 1 + True, ~5, -~5, 1 << 100 >> 99)
