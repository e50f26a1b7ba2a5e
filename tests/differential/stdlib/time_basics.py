# time: clocks (checked, never printed), sleep, gmtime, strftime, strptime, struct_time.
import time

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
n0 = time.perf_counter_ns()
time.sleep(0.05)
time.sleep(0)
elapsed = time.perf_counter() - p0
print("slept long enough:", elapsed >= 0.045, "not absurdly long:", elapsed < 5)
print("monotonic increases:", time.monotonic() >= m0 + 0.04, time.perf_counter_ns() > n0)
print("time() moves:", time.time() >= t0, type(time.time()).__name__, type(time.time_ns()).__name__)
print("time_ns agrees:", abs(time.time_ns() / 1e9 - time.time()) < 1)
print("process_time:", type(time.process_time()).__name__, time.process_time() >= 0, type(time.process_time_ns()).__name__)
print("perf types:", type(time.perf_counter()).__name__, type(time.monotonic_ns()).__name__)

for bad in (-1, "a", None):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

g = time.gmtime(1704164645.75)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(g.tm_zone, g.tm_gmtoff, len(g), g[0], g[-1], g[:3], tuple(g)[3:6], list(g)[6:])
y, mo, d, *rest = g
print(y, mo, d, rest)
print(isinstance(g, tuple), type(g).__name__, g == tuple(g))
print(time.gmtime(0))
print(time.gmtime(-1))
print(time.gmtime(951782400))   # 2000-02-29
print(time.gmtime(4102444800))  # 2100-01-01

FMT = "%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %z %% %e %C %D %F %R %T %h %k %l %r %P"
print(time.strftime(FMT, g))
print(time.strftime("%G-W%V-%u %g", g), time.strftime("%j %U %W %V %G", time.gmtime(1609459200)))
print(repr(time.strftime("%Q %-d %_d %5Y %^a %#b %n%t|", g)))
for ts in [0, 86400 * 3, 1230768000, 1262304000, 1293840000, 1704067200, 1735603200, 1767139200]:
    t = time.gmtime(ts)
    print(time.strftime("%Y-%m-%d %a yday=%j U=%U W=%W V=%V G=%G u=%u w=%w", t))
print(time.strftime("%Y-%m-%d", (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
print(time.strftime("%H:%M", (2024, 1, 1, 23, 59, 0, 0, 1, -1)))
print(time.asctime(g), "|", time.asctime(time.gmtime(0)), "|", time.asctime((2024, 12, 25, 8, 5, 9, 2, 360, 0)))

st = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
print(st, st.tm_mday, st.tm_zone)
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        time.strftime("%Y", bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in [(2024, 1, 1), "2024"]:
    try:
        time.strftime("%Y", bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)

# strptime
print(time.strptime("2024-03-05 10:20", "%Y-%m-%d %H:%M"))
print(time.strptime("5 Mar 2024", "%d %b %Y"))
print(time.strptime("Tuesday, March 05, 2024 at 01:02:03 PM", "%A, %B %d, %Y at %I:%M:%S %p"))
print(time.strptime("24/12/31", "%y/%m/%d")[:3], time.strptime("70", "%y")[0], time.strptime("68", "%y")[0])
print(time.strptime("2024 100", "%Y %j")[:3], time.strptime("12:00 am", "%I:%M %p")[3])
print(time.strptime("Tue Jan  2 03:04:05 2024"))
print(time.strptime("2024 W10 3", "%Y W%W %w")[:3], time.strptime("2024 10 3", "%G %V %u")[:3])
print(time.strptime("feb 29", "%b %d")[:3], time.strptime("  7", "%d")[2] if False else "skip")
for args in [("x", "%Y"), ("2024 x", "%Y"), ("2024", "%Y %m"), ("2024", "%Q"), ("2024", "%Y%"),
             ("2023-02-29", "%Y-%m-%d"), ("2024 10", "%G %V"), ("10 1", "%V %u")]:
    try:
        print(time.strptime(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    time.strptime(2024, "%Y")
except TypeError as e:
    print("TypeError:", e)
