# Editing a seat map with slice assignment, extended slices and del.
seats = list("ABCDEFGHIJ")

def attempt(desc, fn):
    try:
        fn()
        print(f"{desc}: {''.join(map(str, seats))}")
    except Exception as e:
        print(f"{desc}: {type(e).__name__}: {e}")

def s1(): seats[2:5] = "xy"
def s2(): seats[::2] = "12345"
def s3(): seats[::2] = "123"
def s4(): seats[1::3] = []
def s5(): seats[::-1] = seats[:]
def s6(): del seats[::3]
def s7(): seats[5:2] = ["z", "z"]
def s8(): seats[100:] = "end"
def s9(): seats[-100:1] = "S"
def s10(): seats[::1] = "reset!"
def s11(): seats[1:4:1] = "MNOPQ"
def s12(): seats[::-2] = "ab"
def s13(): seats[0:0] = 5
def s14(): del seats[10:0:-4]
def s15(): seats[slice(None, None, -1)] = "nope"
def s16(): seats[::0] = "x"
def s17(): del seats[7]
def s18(): seats[2] = seats
for i, fn in enumerate([s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15, s16, s17], 1):
    attempt(f"s{i}", fn)
s18()
print(seats)

nums = list(range(20))
del nums[::2]
print(nums)
del nums[-1:-6:-2]
print(nums)
nums[1:3] = range(100, 103)
print(nums, nums.index(102), nums.index(13, 2), nums.index(17, -3))
for args in [(11, 5), (100, 0, 1), (999,), (17, 0, -2)]:
    try:
        print("index", args, nums.index(*args))
    except ValueError as e:
        print("index", args, "ValueError:", e)
print(nums.count(11), [1, [2]].count([2]), [0.0, False, 0].count(0))

ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
ba[::2] = bytes(6)
print(ba)
try:
    ba[::2] = b"x"
except ValueError as e:
    print("ValueError:", e)
ba[6:] = b"!"
del ba[::2]
print(ba, len(ba))
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError:", e)

t = tuple(range(10))
print(t[::3], t[-2::-3], t[3:3], t[slice(2, 8, 2)], t[9:-11:-1])
s = slice(-3, None, None)
print(s.indices(10), slice(None, None, -1).indices(5), slice(1, 100, 3).indices(7), slice(-100, -50).indices(4))
try:
    slice(0, 5, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 2) == slice(1, 2), slice(1, 2, 3).start, slice(5).stop, slice(5).start)
try:
    hash(slice(1, 2))
    print("slice hashable")
except TypeError as e:
    print("TypeError:", e)
grid = [[0] * 4 for _ in range(3)]
grid[1][1:3] = [7, 8]
for row in grid:
    row[::-1] = row
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
