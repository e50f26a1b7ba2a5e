# Generator expressions: laziness, single use, scoping.
gen = (x * x for x in range(5))
print(type(gen).__name__, next(gen), next(gen), list(gen), list(gen))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]), any(x > 3 for x in [1, 5]), all(x for x in []))
evaluated = []
def src():
    for i in range(3):
        evaluated.append(i)
        yield i
g = (v * 10 for v in src())
print(evaluated)
print(next(g), evaluated)
print(list(g), evaluated)
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
data = [1, 2, 3]
lazy = (d * 2 for d in data)
data.append(4)
print(list(lazy))
n = 10
first_iter = (i for i in range(n))
n = 3
print(len(list(first_iter)))
print(dict((k, len(k)) for k in ["aa", "b"]), set(c.upper() for c in "aab") == {"A", "B"}, tuple(i for i in "xy"))
print("".join(ch for ch in "h-e-l-l-o" if ch != "-"), sorted((v for v in [3, 1, 2]), reverse=True))
nested = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(js)) for i, js in nested])
try:
    next(x for x in [])
except StopIteration:
    print("empty genexp raises StopIteration")
print(next((x for x in [5, 6] if x > 5), None), next((x for x in [] if x), "default"))
