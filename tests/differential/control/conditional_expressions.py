# Conditional expressions and the values returned by and/or.
for n in [-5, 0, 7, 100]:
    size = "negative" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "large"
    print(n, size)
print(0 or "default", "" or None or [], [] or {} or 0 or "last", 1 and 2 and 3, 1 and 0 and 3, None and crash)
print(5 or crash, "x" if True else crash, crash if False else "lazy branch")
def noisy(label, value):
    print(f"  eval {label}")
    return value
print(noisy("a", 0) and noisy("b", 1))
print(noisy("a", 1) and noisy("b", 2))
print(noisy("a", 0) or noisy("b", 0) or noisy("c", "c wins"))
print(noisy("cond", True) and noisy("then", "T") or noisy("else", "E"))
x = [1, 2]
print(x and x[0], [] and [][0], x or "empty", not x, not not x)
abs_val = lambda v: v if v >= 0 else -v
print([abs_val(v) for v in (-3, 0, 3)])
grade = lambda s: ("A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F")
print([grade(s) for s in (95, 85, 75, 10)])
print((1 if True else 2) + (3 if False else 4), [i if i % 2 else -i for i in range(5)])
val = None
name = val or "anonymous"
count = val if val is not None else 0
print(name, count)
print(True + (False or 2), (None or 0) == 0, bool("" or " "))
