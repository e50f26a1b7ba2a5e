# `x % k` for an int literal k and an x whose type the compiler does not know: ints (negative,
# past 2**32 and 2**53), floats (integral and not), bools, str formatting and a user class.
class M:
    def __mod__(self, k):
        return "M%%%d" % k

    def __rmod__(self, o):
        return "rmod"


def f(x):
    return x % 10, x % 4294967296, x % 3


for v in [7, -7, 0, 2**40 + 3, -(2**40) - 3, 2**60 + 11, -(2**70), 7.5, -7.5, 10.0, -0.0, True, False]:
    print(repr(v), f(v))
print("%d-%s" % (3, "x") if False else f(M()))
s = "a%sb"
print(s % 5)
items = [3, -4, 2**53 + 1, 2.5]
print([i % 7 for i in items], [(i * 3) % 1000003 for i in items])
t = (10, 20)
print(t[0] % 7, t[1] % 6)
try:
    print(None % 5)
except TypeError as e:
    print("TypeError:", e)
