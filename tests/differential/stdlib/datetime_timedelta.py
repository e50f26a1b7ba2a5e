# datetime.timedelta: construction, normalization, arithmetic, reprs and str.
from datetime import timedelta

cases = [
    timedelta(), timedelta(1), timedelta(days=1, seconds=3600), timedelta(hours=25), timedelta(minutes=-1),
    timedelta(microseconds=-1), timedelta(weeks=1, days=1, hours=1, minutes=1, seconds=1, milliseconds=1, microseconds=1),
    timedelta(days=1.5, hours=0.25, milliseconds=0.5), timedelta(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1),
    timedelta(seconds=0.5), timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5),
    timedelta(microseconds=-0.5), timedelta(microseconds=-1.5), timedelta(seconds=1e-6 / 2 * 3),
    timedelta(days=-1, seconds=1), timedelta(days=2, hours=-50), timedelta(seconds=86399.9999999),
    timedelta(hours=1, minutes=30), timedelta(milliseconds=1500), timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999),
    timedelta(days=-999999999), timedelta(seconds=10**10), timedelta(microseconds=10**15),
]
for td in cases:
    print(repr(td), "|", str(td), "|", td.days, td.seconds, td.microseconds, "|", td.total_seconds())

print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.resolution))
a, b = timedelta(days=1, hours=2), timedelta(hours=5, minutes=30)
print(a + b, a - b, b - a, -a, +a, abs(-a), abs(b))
print(a * 3, 3 * a, a * 2.5, 0.1 * a, a * -1, a * True, a * 0)
print(a / 3, a / 7, a / 0.5, a / b, b / a, a / timedelta(seconds=1))
print(a // 7, a // b, a % b, divmod(a, b), divmod(-a, b), (-a) // b, (-a) % b)
print(timedelta(hours=1) / 7, timedelta(microseconds=3) / 2, timedelta(microseconds=5) / 2, timedelta(microseconds=-5) / 2)
print(timedelta(microseconds=1) * 0.5, timedelta(microseconds=3) * 0.5, timedelta(seconds=1) * (1 / 3))
print(a == timedelta(hours=26), a != b, a > b, a >= b, a < b, a <= b, b < a, timedelta(0) == timedelta())
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), timedelta(1) == 1, timedelta(1) != "x")
print(hash(timedelta(hours=24)) == hash(timedelta(days=1)), len({timedelta(1), timedelta(hours=24), timedelta(2)}))
print(sorted([timedelta(3), timedelta(-1), timedelta(hours=1)]))
print(sum([timedelta(hours=h) for h in range(5)], timedelta()))
print(max(timedelta(1), timedelta(hours=30)), min(timedelta(1), timedelta(hours=30)))
d = {timedelta(minutes=60): "hour"}
print(d[timedelta(hours=1)], timedelta(seconds=3600) in d)
print(f"{timedelta(hours=3)}", "%s" % timedelta(days=-3), str(timedelta(days=-1, microseconds=1)))

for args, kw in [((1e9,), {}), ((999999999,), {"hours": 24}), ((), {"seconds": float("inf")}), ((), {"seconds": float("nan")}), (("1",), {}), ((), {"fortnights": 1})]:
    try:
        print(timedelta(*args, **kw))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for f in [lambda: timedelta(1) / 0, lambda: timedelta(1) // 0, lambda: timedelta(1) / timedelta(0), lambda: timedelta(1) % timedelta(0),
          lambda: timedelta(1) / 0.0, lambda: timedelta(1) * float("inf"), lambda: timedelta(1) * float("nan"), lambda: timedelta.max + timedelta(1),
          lambda: timedelta(1) // timedelta(0), lambda: divmod(timedelta(1), timedelta(0))]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
