import math
nan = float("nan")
x = nan
print(x is nan, nan == nan, nan != nan, math.isnan(nan), nan in [nan], [nan] == [nan], {nan: 1}.get(nan), len({nan, nan}), len({float("nan"), float("nan")}))
print(nan, repr(nan), str(nan), f"{nan:.2f}", nan + 1, nan * 0, max(1, nan), -nan, abs(nan), float("inf") - float("inf"), math.nan, round(2.5), nan > 1, nan < 1, sorted([3, 1, 2]))
y = float("inf") * 0
print(y, y == y, math.isnan(y), int(5.0), hash(1.0))
