# range() loops whose bounds pass 2**53: the range object itself is exact at any size, and a
# compiled `for` loop over range() must visit exactly the same ints.
big = 2**60
r = range(big, big + 5)
print(len(r), r[0], r[-1], big + 3 in r, list(r)[:2])
print(list(range(2**53 - 2, 2**53 + 3)))
print(sum(iter(range(big, big + 300))) % 1000003)
for k in range(2**53 - 2, 2**53 + 3):
    print(k, k % 10)
t = 0
for k in range(big, big + 300):
    t += k % 7
print(t)
print([k - big for k in range(big + 10, big, -3)])
