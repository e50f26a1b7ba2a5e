# Generators with `yield from` (recursive tree walks, flattening), generator pipelines with
# send-less iteration, next() with a default, and StopIteration/exceptions as control flow.
def tree(depth, v):
    if depth == 0:
        return v
    return [tree(depth - 1, v * 2), tree(depth - 1, v * 2 + 1), v]


def walk(t):
    if isinstance(t, list):
        for c in t:
            yield from walk(c)
    else:
        yield t


def chunks(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf


def take_pairs(it):
    it = iter(it)
    while True:
        try:
            a = next(it)
            b = next(it)
        except StopIteration:
            return
        yield a, b


def main():
    t = tree(13, 1)
    total = sum(walk(t))
    cnt = 0
    for c in chunks(walk(t), 7):
        cnt += len(c) * c[0]
    ps = sum(a * b % 11 for a, b in take_pairs(range(400000)))
    it = iter(range(50000))
    s = 0
    while True:
        v = next(it, None)
        if v is None:
            break
        s += v
    conv = 0
    items = ["1", "x", "22", "", "333", "4.0"] * 40000
    for x in items:
        try:
            conv += int(x)
        except ValueError:
            conv -= 1
    print(total, cnt % 1000003, ps, s, conv)


main()
