# Aliasing, shallow copies and the [[]] * n pitfall.
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(4)
a[1].append(99)
print(a, b, c, d, e)
print(a is b, a is c, a == b, c == d == e, c[1] is a[1])
def add_item(lst, item):
    lst.append(item)
    return lst
mine = []
ret = add_item(mine, 1)
print(mine, ret is mine)
def rebind(lst):
    lst = lst + [100]
    return lst
orig = [1]
new = rebind(orig)
print(orig, new)
def iadd(lst):
    lst += [100]
orig2 = [1]
iadd(orig2)
print(orig2)
t = ([1], [2])
try:
    t[0] += [5]
except TypeError as e:
    print("TypeError", e)
print(t)
m = [1, 2, 3]
for x in m[:]:
    if x % 2:
        m.remove(x)
print(m)
n = [1, 2, 3, 4]
removed = [n.pop() for _ in range(len(n) // 2)]
print(n, removed)
deep = [[1, [2]], [3]]
manual = [[y[:] if isinstance(y, list) else y for y in x] for x in deep]
manual[0][1].append(7)
print(deep, manual)
