# x += int / x -= int on values of unknown type (list elements, attributes, untyped locals):
# the speculated int fast path must leave floats, bools, strs, lists, BigInts and errors as CPython.
class P:
    def __init__(self):
        self.n = 0
        self.f = 0.5
        self.s = "a"
        self.l = [1]
def main():
    xs = [0, 1.5, 2**53 - 1, -(2**53) + 1, 2**60, True, 2.0, "s", [1], 10**20]
    for i in range(len(xs)):
        try:
            xs[i] += 1
        except TypeError as e:
            print("TE", e)
    print(xs)
    ys = [5, 0.25, 2**53, False, 3.0]
    k = 2**70
    for i in range(len(ys)):
        ys[i] -= 1
        ys[i] -= i
    print(ys)
    zs = [1, 2, 3]
    zs[k - k + 1] += 5
    try:
        zs[k] += 1
    except IndexError as e:
        print("IE", e)
    print(zs, zs[k - k], [0, 1, 2][2**60 - 2**60 + 2])
    p = P()
    p.n += 3
    p.f += 1
    p.s += "b"
    p.l += [2]
    p.n -= 2**60
    print(p.n, p.f, p.s, p.l)
    t = 0
    def bump():
        nonlocal t
        t = 100
        return 1
    t += bump()
    print(t)
    g = None
    try:
        g += 1
    except TypeError as e:
        print("TE", e)
    cnt = [0] * 5
    for w in [1, 3, 3, 4, 1, 1]:
        cnt[w] += 1
    r = 4
    cnt[r] -= 1
    cnt[-1] += 7
    print(cnt)
main()
