# datetime.datetime: naive and aware values, arithmetic, timezones, isoformat/fromisoformat, strftime/strptime.
from datetime import datetime, date, time, timedelta, timezone, UTC
import datetime as dtmod

dt = datetime(2024, 1, 2, 3, 4, 5)
print(dt, repr(dt), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 4, 0, 7)), repr(datetime(2024, 1, 2, fold=1)))
print(dt.date(), dt.time(), dt.timetz(), repr(dt.date()), dt.weekday(), dt.isocalendar(), dt.toordinal())
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat("_", "minutes"), datetime(2024, 1, 2, 3, 4, 5, 60).isoformat(timespec="milliseconds"))
print(dt.ctime(), dt.timetuple(), dt.utctimetuple())
print(dt.replace(hour=23, microsecond=5), dt.replace(tzinfo=timezone.utc), dt.replace(year=2023, day=31))
print(datetime.min, datetime.max, datetime.resolution, datetime.combine(date(2024, 5, 6), time(7, 8)))
print(datetime.combine(date(2024, 1, 1), time(5, tzinfo=timezone.utc)), datetime.combine(date(2024, 1, 1), time(5), timezone.utc))
print(datetime.fromordinal(738887), datetime.fromisocalendar(2024, 1, 1), isinstance(dt, date), isinstance(dt.date(), datetime))

# arithmetic
print(dt + timedelta(days=30, hours=22), dt - timedelta(weeks=52), timedelta(seconds=-5) + dt)
print(datetime(2024, 3, 1) - datetime(2024, 2, 1), datetime(2024, 1, 1) - datetime(2024, 1, 1, 0, 0, 0, 1))
print(datetime(2023, 12, 31, 23, 59, 59, 999999) + timedelta(microseconds=1), datetime(2024, 2, 28, 12) + timedelta(days=1))
for f in [lambda: datetime.max + timedelta(1), lambda: datetime.min - timedelta(microseconds=1)]:
    try:
        f()
    except OverflowError as e:
        print("OverflowError:", e)

# comparisons and hashing
print(dt == datetime(2024, 1, 2, 3, 4, 5), dt < datetime(2024, 1, 2, 3, 4, 6), dt != dt.replace(microsecond=1))
print(dt == dt.date(), dt != dt.date(), sorted([dt, datetime(2020, 1, 1), datetime(2024, 1, 2)])[0])
for f in [lambda: dt < dt.date(), lambda: dt.date() < dt, lambda: dt < dt.replace(tzinfo=timezone.utc), lambda: dt - dt.replace(tzinfo=timezone.utc)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(dt == dt.replace(tzinfo=timezone.utc), len({dt, datetime(2024, 1, 2, 3, 4, 5), dt.replace(second=6)}))

# timezones
tz5 = timezone(timedelta(hours=5, minutes=30), "IST")
tzm = timezone(timedelta(hours=-5))
print(timezone.utc, repr(timezone.utc), UTC is timezone.utc, repr(tz5), repr(tzm), str(tz5), str(tzm))
print(repr(timezone(timedelta(0))), timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0), "Z")), timezone.min, timezone.max)
print(str(timezone(timedelta(hours=-5, seconds=1))), str(timezone(timedelta(microseconds=1))), timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "X"))
a = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
b = a.astimezone(tz5)
c = a.astimezone(tzm)
print(a, b, c, repr(b))
print(a == b == c, a - b, b - c, hash(a) == hash(b), b.utcoffset(), b.tzname(), b.dst(), c.tzname(), a.tzname())
print(b.isoformat(), c.isoformat(timespec="hours"), datetime(2024, 1, 1, tzinfo=timezone(timedelta(seconds=5, microseconds=7))).isoformat())
print(b.timetuple(), b.utctimetuple(), b.timestamp(), a.timestamp(), datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp())
print(b.astimezone(timezone.utc), b.replace(tzinfo=None), b.astimezone(tz5) is b)
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1.5, timezone.utc), datetime.fromtimestamp(-1.0000005, timezone.utc))
print(datetime.fromtimestamp(1704164645.123456, tz5), datetime.utcfromtimestamp(1e9), datetime.fromtimestamp(2**31, tz=timezone.utc))
print(datetime.fromtimestamp(1.0000005, timezone.utc), datetime.fromtimestamp(1.0000015, timezone.utc), datetime.fromtimestamp(0.9999999, timezone.utc))
print(tz5.utcoffset(None), tz5.dst(None), tz5.tzname(None), tz5.fromutc(datetime(2024, 1, 1, tzinfo=tz5)))
for f in [lambda: timezone(timedelta(hours=24)), lambda: timezone(timedelta(hours=-24)), lambda: timezone(5), lambda: timezone(timedelta(1), 5),
          lambda: tz5.utcoffset(5), lambda: datetime(2024, 1, 1, tzinfo=5)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# isoformat round trips and fromisoformat
for s in ["2024-01-02T03:04:05", "2024-01-02 03:04:05.123+05:30", "2024-01-02T03:04:05.1234567Z", "2024-01-02T0304", "2024-01-02T03",
          "20240102T030405", "2024-01-02X03:04", "2024-01-02T03:04:05+0530", "2024-01-02T03:04:05-00:00", "2024-W01-2T10:00",
          "2024-01-02", "2024-01-02T03:04:05.5-01:30:15.25"]:
    x = datetime.fromisoformat(s)
    print(s, "->", repr(x), x.isoformat())
for s in ["2024-01-02T", "xx", "2024-01-02T25:00", "2024-01-02T03:04:05+1", "2024-1-2", "2024-01-02T03:04:05.", "2024-01-32"]:
    try:
        print(datetime.fromisoformat(s))
    except ValueError as e:
        print("ValueError:", e)

# strftime / format
x = datetime(2024, 7, 4, 15, 9, 26, 53589, tzinfo=timezone(timedelta(hours=-4), "EDT"))
print(x.strftime("%Y-%m-%d %H:%M:%S.%f %z %Z %a %A %b %B %p %I %j %U %W %c %x %X %%"))
print(f"{x:%d/%m/%y %H:%M}", "{:%Y}".format(x), format(x, ""), str(x), datetime(2024, 1, 1, 9).strftime("%z|%Z|%f|%-I%p"))
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=1, seconds=5, microseconds=7))).strftime("%z"))

# strptime
for s, f in [("2024-03-05 10:20:30", "%Y-%m-%d %H:%M:%S"), ("5 March 2024 1:02 PM", "%d %B %Y %I:%M %p"), ("2024-03-05T10:20:30.25+0200", "%Y-%m-%dT%H:%M:%S.%f%z"),
             ("Tue, 05 Mar 2024 10:20:30 GMT", "%a, %d %b %Y %H:%M:%S %Z"), ("2024-03-05 10:20 -05:30", "%Y-%m-%d %H:%M %z"),
             ("12/31/99", "%m/%d/%y"), ("2024 062", "%Y %j"), ("Z", "%z"), ("10:20", "%H:%M")]:
    r = datetime.strptime(s, f)
    print(repr(r), r.tzinfo)
for s, f in [("2024-02-30", "%Y-%m-%d"), ("2024", "%Y-%m"), ("2024-01-01 extra", "%Y-%m-%d"), ("2024", "%Q")]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print("ValueError:", e)

# the module namespace
print(dtmod.MINYEAR, dtmod.MAXYEAR, dtmod.datetime is datetime, dtmod.timezone.utc, type(dt).__name__, datetime.__name__)
print(isinstance(datetime.now(), datetime), isinstance(date.today(), date), datetime.now(timezone.utc).tzinfo, type(datetime.utcnow()).__name__)
print(abs(datetime.now(timezone.utc) - datetime.now(timezone.utc)) < timedelta(seconds=5), datetime.today().tzinfo)
