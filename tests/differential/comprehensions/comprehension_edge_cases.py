# Comprehension edge cases: conditions with side effects, shadowing, empty inputs, nested functions.
calls = []
def pred(v):
    calls.append(v)
    return v % 2 == 0
print([v for v in range(6) if pred(v)], calls)
print([v * 2 for v in range(5) if v > 1 if v < 4])
print([(a, b) for a in range(3) if a for b in range(a) if b != 1])
print([[]] * 0, [x for x in ()], {x for x in ""}, {k: v for k, v in {}.items()})
n = 3
print([[n for n in range(n)] for _ in range(2)], n)
adders = [lambda v, k=k: v + k for k in range(3)]
print([f(10) for f in adders])
def factory():
    return [lambda: i for i in range(2)]
print([f() for f in factory()])
matrix = [[1, 2], [3, 4]]
print([row[:] for row in matrix] == matrix, [row[:] for row in matrix][0] is matrix[0])
print([x for x in [1, None, 0, "", "a", [], [0]] if x])
print(["even" if i % 2 == 0 else "odd" for i in range(4)])
print([i for i in range(10)][::-3], [c for c in "abc"][-1])
text = "a1b22c333"
digits = [int(c) for c in text if c.isdigit()]
letters = [c for c in text if c.isalpha()]
print(digits, letters, sum(digits))
print([y for x in range(4) for y in range(x)])
print([(lambda q: q * q)(z) for z in range(4)])
print(list(map(lambda row: [v * 10 for v in row], matrix)))
print([s.strip() for s in " a , b ,c ".split(",")], [w for w in "a  b".split(" ")])
