# Identifiers are NFKC-normalized by the parser: compatibility characters name the same variable.
ℌ = "script H"
print(H, "H" in globals(), "ℌ" in globals())
ﬁle_count = 3
print(file_count)
𝐱 = 10
print(x + 𝐱, 𝒙 * 2)
ｆｕｌｌ = "fullwidth"
print(full)


def ｆ(ａ, *, ｂ=2):
    return a + b


print(f(1), ｆ(ａ=5, b=1), f.__name__, f.__code__.co_varnames)


class Ｐｏｉｎｔ:
    def __init__(self, ｘ):
        self.ｖａｌｕｅ = ｘ


p = Point(4)
print(p.value, vars(p), type(p).__name__)
µ = "micro sign"
print(μ, "μ" in globals(), "µ" in globals())
try:
    raise ValueError("e")
except ValueError as ｅｒｒ:
    print(repr(err))
match {"ｋ": 1, "k": 2}:
    case {"k": ｖ}:
        print(v)
total = 0
for ｉ in range(3):
    total += i
print(total, [ⅰ for ⅰ in "ab"], sorted(k for k in globals() if not k.startswith("__"))[:6])
