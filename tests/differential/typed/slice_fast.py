# List slices with negative steps and same-length slice assignment.
p = list(range(10))
for k in range(-12, 12, 3):
    print(k, p[k::-1], p[:k:-1], p[k:2:-2], p[k::-3])
print(p[::-1], p[::-2], p[-1:-11:-1], p[100:-100:-1], p[-100:100:-1])
for k in range(0, 9, 2):
    q = p[:]
    q[: k + 1] = q[k::-1]
    print(q)
q = p[:]
q[2:5] = (7, 8, 9)
print(q)
q[-3:] = [1, 2, 3]
q[-100:2] = ["x", "y"]
q[8:100] = ["a", "b"]
print(q)
q[5:3] = []
q[1:1] = [0]
print(q)
q[0:2] = "zw"
print(q)
q[:] = q
print(q)
q[1:4] = q
print(q)
q[2:2] = q[:2]
print(q)
t = tuple(range(6))
print(t[::-1], t[4::-2])
s = "hello"
print(s[::-1], s[3::-1])
try:
    p[::0]
except ValueError as e:
    print("ValueError", e)
try:
    q[0:2] = 5
except TypeError as e:
    print("TypeError", e)


class L(list):
    def __getitem__(self, k):
        return ("L", list.__getitem__(self, k))

    def __setitem__(self, k, v):
        print("L set", k, v)


l = L([1, 2, 3])
print(l[::-1])
l[0:2] = [9, 9]
print(list(l))
big = 2 ** 70
print(p[big:0:-1], p[:-big:-1])
