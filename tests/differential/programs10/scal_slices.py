# List slices with negative steps (a preallocated result) and prefix reversal in place,
# with bounds past the ends, negative bounds and empty results.
a = list(range(10))
for lo in [None, -12, -10, -3, -1, 0, 2, 9, 10, 15]:
    for hi in [None, -12, -3, 0, 4, 9, 15]:
        for step in [-1, -2, -3, -11]:
            print(lo, hi, step, a[lo:hi:step])
p = [3, 1, 4, 0, 2]
flips = 0
k = p[0]
while k != 0:
    p[: k + 1] = p[k::-1]
    flips += 1
    k = p[0]
print(p, flips)
q = ["a", 1, 2.5, None, (1,)]
print(q[::-1], q[3::-2], q[-1:-6:-1], q[4:0:-1])
b = a[:]
b[2:5] = b[4:1:-1]
print(b)
b[:3] = b[8::-3]
print(b)
try:
    b[::2] = b[3::-1]
except ValueError as e:
    print("ValueError", e)
try:
    print(a[1.0::-1])
except TypeError as e:
    print("TypeError", e)
