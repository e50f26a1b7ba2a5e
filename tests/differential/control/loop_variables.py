# Loop variable scoping and iteration semantics.
for i in range(3):
    pass
print("i after loop:", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError", e)
limit = 3
for k in range(limit):
    limit = 10
print("range evaluated once:", k, limit)
items = [1, 2, 3]
for item in items:
    if item == 1:
        items.append(4)
print(items)
seen = []
lst = [1, 2, 3, 4]
for x in lst:
    seen.append(x)
    if x == 2:
        lst.remove(x)
print(seen, lst)
for idx, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(idx, a + b)
for ch in "ab":
    for ch2 in ch * 2:
        print(ch, ch2, end="; ")
print()
total = 0
for n in range(10, 0, -2):
    total += n
print(total, n)
for w in ["x"]:
    w = "rebinding doesn't affect iteration"
print(w)
d = {"a": 1, "b": 2}
for key in d:
    d[key] *= 10
print(d)
for k, v in sorted(d.items(), reverse=True):
    print(k, v)
obj = type("O", (), {})()
for obj.attr in range(3):
    pass
print("loop target can be an attribute:", obj.attr)
store = [0, 0, 0]
for store[0] in range(5):
    pass
print("or a subscript:", store)
funcs = []
for n in range(3):
    funcs.append(lambda: n)
print([f() for f in funcs])
