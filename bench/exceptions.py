# Exception-heavy loops: raising and catching builtin and user exceptions, from runtime
# operations (dict lookups, int parsing) and from `raise` statements a few frames down.
class ParseError(Exception):
    pass


def parse(tok):
    if not tok:
        raise ParseError("empty token")
    return int(tok)


def lookup(d, k):
    return d[k]


def run(n):
    d = {i: i * i for i in range(0, n, 3)}
    hits = misses = bad = empty = 0
    toks = ["12", "x7", "", "40", "-3", "4.5"]
    for i in range(n):
        try:
            hits += lookup(d, i) % 7
        except KeyError:
            misses += 1
        try:
            hits += parse(toks[i % 6])
        except ValueError:
            bad += 1
        except ParseError:
            empty += 1
    return hits, misses, bad, empty


total = 0
for r in range(3):
    h, m, b, e = run(100000)
    total += h + m + b + e
    print(r, h, m, b, e)
print("total", total)
