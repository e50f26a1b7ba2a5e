# sorted()/list.sort() with int keys: stability, reverse, ranges, and keys that fall back.
words = ["w%d" % ((i * 7919) % 101) for i in range(200)]
by_len = sorted(words, key=len)
print(by_len[:12], by_len[-5:])
print(sorted(words, key=lambda w: int(w[1:]) % 7)[:20])
print(sorted(words, key=lambda w: int(w[1:]) % 7, reverse=True)[:20])
nums = [(i * 37) % 23 - 11 for i in range(60)]
pairs = list(enumerate(nums))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs, key=lambda p: -p[1])[:10])
# Wide ranges near and past 2**53, big ints, floats, bools mixed in.
wide = [0, 2**52, -(2**52), 5, 2**53 + 1, -3, 7, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13]
print(sorted(range(len(wide)), key=lambda i: wide[i]))
print(sorted(range(len(wide)), key=lambda i: wide[i], reverse=True))
big = [2**70, -(2**70), 3, 2**64, -1, 0] * 4
print(sorted(range(len(big)), key=lambda i: big[i]))
mixed = [1.5, 2, -0.5, 3, 2.0, 1, True, False, 0] * 3
print(sorted(range(len(mixed)), key=lambda i: mixed[i]))
flags = [True, False, 1, 0, -1, 2] * 5
print(sorted(range(len(flags)), key=lambda i: flags[i]))
same = list(range(40))
print(sorted(same, key=lambda x: 7) == same, sorted(same, key=lambda x: 7, reverse=True) == same)
lst = list(range(30))
lst.sort(key=lambda x: (x * 13) % 5, reverse=True)
print(lst)
# A key that raises partway: the list keeps its items.
data = list(range(25))


def bad(x):
    if x == 20:
        raise ValueError("bad key %d" % x)
    return -x


try:
    data.sort(key=bad)
except ValueError as exc:
    print("ValueError", exc, data == list(range(25)))
print(sorted([3] * 20 + [1] * 20, key=lambda x: x * 2**40))
