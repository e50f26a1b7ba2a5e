# datetime.date and datetime.time: construction, calendar math, formatting, parsing, comparisons.
from datetime import date, time, timedelta, timezone, MINYEAR, MAXYEAR

d = date(2024, 1, 2)
print(d, repr(d), d.year, d.month, d.day, MINYEAR, MAXYEAR)
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()), d.toordinal())
print(d.isoformat(), d.ctime(), d.timetuple())
print(d.replace(day=29), d.replace(year=2023, month=12), d.replace(2020))
print(date.min, date.max, date.resolution, date.fromordinal(1), date.fromordinal(738887), date.fromordinal(3652059))
print(date(2024, 2, 29) + timedelta(days=365), date(2023, 3, 1) - timedelta(1), date(2024, 3, 1) - date(2023, 3, 1))
print(date(2000, 1, 1) - date(2024, 6, 15), timedelta(days=10) + date(2024, 12, 25), date(2024, 1, 1) + timedelta(hours=47))
for y, m, dd in [(2020, 12, 31), (2021, 1, 1), (2021, 1, 3), (2021, 1, 4), (2024, 12, 30), (2026, 1, 1), (2027, 1, 1), (1, 1, 1), (9999, 12, 31), (2015, 12, 31), (2016, 1, 3)]:
    x = date(y, m, dd)
    print(x, x.isocalendar(), x.weekday(), x.strftime("%j %U %W %V %G %a %A %b %B %y %C"))
print(date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 52, 5))
for s in ["2024-01-02", "20240102", "2024-W01-2", "2024W012", "2024-W01", "2024W01", "2020-W53-7"]:
    print(s, date.fromisoformat(s))
for s in ["2024-1-02", "2024-13-01", "2024-02-30", "2024-W54-1", "2021-W53-1", "2024-W01-8", "2024/01/02", "20240102 ", "x", "2024-01-0２"]:
    try:
        print(date.fromisoformat(s))
    except ValueError as e:
        print("ValueError:", e)
for args in [(2024, 13, 1), (2024, 2, 30), (2023, 2, 29), (0, 1, 1), (10000, 1, 1), (2024, 0, 1), (2024, 1, 0)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError:", e)
for f in [lambda: date(2024.0, 1, 1), lambda: date("2024", 1, 1), lambda: date.fromisoformat(20240102)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
for f in [lambda: date.fromordinal(0), lambda: date.min - timedelta(1), lambda: date.max + timedelta(1), lambda: date.fromisocalendar(2024, 0, 1),
          lambda: date.fromisocalendar(2024, 1, 0), lambda: date.fromisocalendar(0, 1, 1)]:
    try:
        print(f())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

print(date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1), date(2024, 5, 1) >= date(2023, 12, 31))
print(sorted([date(2024, 3, 1), date(2023, 1, 1), date(2024, 1, 15)]), max(date(2020, 1, 1), date(2021, 1, 1)))
print(len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}), date(2024, 1, 1) == "2024-01-01", date(2024, 1, 1) != 5)
print(f"{d}", f"{d:%d/%m/%Y}", format(d, ""), "{:%A %d %B %Y}".format(d), d.strftime("%Y-%m-%d %H:%M:%S %f %z %Z %%"))
print(date(999, 1, 1).isoformat(), date(5, 6, 7), repr(date(5, 6, 7)), date(5, 6, 7).strftime("%Y %y %G"))

t = time(3, 4, 5)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(repr(time()), repr(time(1)), repr(time(1, 2, 0, 5)), repr(time(1, 2, 3, 4)), repr(time(0, 0, 0, 1)))
print(time(12, 30).isoformat(), time(1, 2, 3, 4).isoformat(), time(1, 2, 3, 4500).isoformat("milliseconds"))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, time(9, 8, 7, 654321).isoformat(timespec=spec), time(9, 8).isoformat(spec))
try:
    time(1).isoformat("days")
except ValueError as e:
    print("ValueError:", e)
tz = timezone(timedelta(hours=5, minutes=30))
tt = time(10, 0, tzinfo=tz)
print(tt, repr(tt), tt.utcoffset(), tt.tzname(), tt.dst(), repr(time(1, fold=1)), repr(time(1, tzinfo=timezone.utc, fold=1)))
print(time.min, time.max, time.resolution, t.replace(hour=23), t.replace(tzinfo=timezone.utc), tt.replace(tzinfo=None))
print(t.strftime("%H:%M:%S %p %I %f %Y %j %z|%Z"), tt.strftime("%H:%M %z %Z"), f"{t:%H.%M}", format(t, ""))
for s in ["03:04", "T03:04", "03:04:05", "03:04:05.5", "03:04:05,123456", "03:04:05.1234567", "030405", "03", "03:04:05+01:00", "03:04Z", "03:04:05-0130", "03:04:05.000001+00:00"]:
    print(s, repr(time.fromisoformat(s)))
for s in ["3:04", "03:4", "25:00", "03:04:05.", "03:04:05+1", "03:04:60", "", "T"]:
    try:
        print(time.fromisoformat(s))
    except ValueError as e:
        print("ValueError:", e)
for args, kw in [((24,), {}), ((1, 60), {}), ((1, 1, 60), {}), ((1, 1, 1, 1000000), {}), ((1,), {"fold": 2}), ((-1,), {})]:
    try:
        time(*args, **kw)
    except ValueError as e:
        print("ValueError:", e)
print(time(1) < time(2), time(1, 2) == time(1, 2), time(12, tzinfo=timezone.utc) == time(13, tzinfo=timezone(timedelta(hours=1))))
print(time(1) == time(1, tzinfo=timezone.utc), time(1) != time(1, tzinfo=timezone.utc), bool(time(0)))
try:
    time(1) < time(1, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError:", e)
print(hash(time(12, tzinfo=timezone.utc)) == hash(time(13, tzinfo=timezone(timedelta(hours=1)))), len({time(1), time(1, 0)}))
