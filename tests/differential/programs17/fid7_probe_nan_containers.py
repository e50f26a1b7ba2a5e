# nan in containers: identity vs equality in `in`, index, count, dict keys, sets, sorting, max/min.
nan = float("nan")
other = float("nan")
xs = [1.0, nan, 2.0]
print(nan in xs, other in xs, xs.index(nan), xs.count(nan), xs.count(other))
try:
    xs.index(other)
except ValueError as e:
    print("ValueError", e)
t = (nan, nan, other)
print(t.count(nan), t.count(other), t.index(other), nan in t, t == t, (nan,) == (nan,), (other,) == (nan,), [nan] == [nan], [nan] == [other])
d = {nan: "a", other: "b"}
print(len(d), d[nan], d[other], nan in d, float("nan") in d)
s = {nan, nan, other, float("nan")}
print(len(s), nan in s, sorted(map(repr, s)))
print(nan == nan, nan != nan, nan is nan, nan < 1, nan > 1, nan >= nan, max(nan, 1), max(1, nan), min(nan, 1), min(1, nan))
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 3.0, 1.0]), sorted([3.0, 1.0, nan, 0.5]))
print(hash(nan) == hash(nan), hash(float("inf")), hash(-float("inf")), hash(0.0) == hash(-0.0), {0.0: 1, -0.0: 2}, {-0.0, 0.0})
l = [nan]
print(l[0] is nan, l == [nan], l != [nan], [l] == [[nan]], {"k": nan} == {"k": nan}, {"k": nan} == {"k": other})
import math
print(math.isnan(nan), nan.is_integer(), repr(-nan), abs(nan), round(2.5) , nan * 0, 0 * float("inf") == 0)
print(list({nan: 1}.items()), dict.fromkeys([nan, nan, other]).__len__(), [nan].remove(nan), sum([1, nan]) != sum([1, nan]))
try:
    [other].remove(nan)
except ValueError as e:
    print("ValueError", e)
from collections import Counter
c = Counter([nan, nan, other])
print(len(c), c[nan], c[other])
print(1e308 * 10 in [float("inf")], -1e308 * 10, float("-inf") in {float("-inf")}, {float("inf"): 1}[1e309])
import statistics
print(min([nan, 1.0, 0.5]), max([0.5, nan, 1.0]), sorted({2.0, 1.0}), 0.0 in [-0.0], (-0.0).__repr__(), [-0.0].index(0.0))
