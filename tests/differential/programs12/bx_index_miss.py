# IndexError / KeyError from subscripts caught in loops (the runtime raises them from a thin
# wrapper around its item lookup), and subscripts that are not misses.
def get(seq, i):
    return seq[i]


xs = [10, 20, 30]
t = (1, 2)
out = []
for i in range(-5, 6):
    for s in (xs, t, "abc", range(3)):
        try:
            out.append(get(s, i))
        except IndexError as e:
            out.append(str(e))
print(out)
for bad in (1.5, "1", None, 2**70, -(2**70), True, False):
    for s in (xs, t):
        try:
            print(repr(bad), get(s, bad))
        except (IndexError, TypeError) as e:
            print(repr(bad), type(e).__name__, e)
print(list[int], get(list, int), tuple[int, str])
print(get(xs, slice(1, None)), get(t, slice(None, None, -1)))
misses = 0
for i in range(1000):
    try:
        get(xs, i % 5)
    except IndexError:
        misses += 1
print(misses)
d = {}
for w in "a b a c b a".split():
    try:
        d[w] += 1
    except KeyError:
        d[w] = 1
print(d)
get(t, 7)
