from datetime import date, datetime, time, timedelta, timezone

d = date(2024, 2, 28)
for i in range(4):
    x = d + timedelta(days=i)
    print(x, x.weekday(), x.isoweekday(), x.isocalendar(), x.timetuple().tm_yday, x.ctime())
print(date(2023, 1, 1).isocalendar(), date(2020, 12, 31).isocalendar())
ic = date(2021, 1, 3).isocalendar()
print(ic.year, ic.week, ic.weekday, tuple(ic))
print(date.fromisoformat("2024-03-15"), date.fromisocalendar(2024, 11, 5), date.fromordinal(738000))
print(date(2024, 3, 15).toordinal(), date.min, date.max, date.resolution)
print(repr(date(2024, 3, 15)), repr(datetime(2024, 3, 15, 1, 2, 3, 4)), repr(time(1, 2)))
print(d.replace(day=1), d.replace(year=2023, month=12))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    date(2023, 13, 1)
except ValueError as e:
    print("ValueError:", e)

td = [timedelta(0), timedelta(days=1), timedelta(hours=-1), timedelta(seconds=3661.5),
      timedelta(days=-2, seconds=5), timedelta(microseconds=1), timedelta(weeks=3, minutes=7),
      timedelta(days=400, hours=25), -timedelta(seconds=1)]
for t in td:
    print(str(t), repr(t), t.total_seconds(), t.days, t.seconds, t.microseconds)
a = timedelta(hours=5)
print(a / 2, a // 3, a * 1.5, a / timedelta(minutes=7), a // timedelta(minutes=7), a % timedelta(minutes=7))
print(divmod(a, timedelta(minutes=7)), abs(timedelta(-1)), timedelta.max, timedelta.min)
print(timedelta(days=1) > timedelta(hours=23), sum([timedelta(1), timedelta(2)], timedelta()))

dt = datetime(2024, 7, 4, 15, 30, 45, 123456)
fmts = ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %d", "%I:%M %p", "%j %U %W", "%y %e", "%f", "%c", "%x", "%X",
        "%G-W%V-%u", "%%", "%H%M%S.%f", "%-d" if False else "%d", "%w %C"]
for f in fmts:
    print(f, "=>", dt.strftime(f))
print(format(dt, "%Y/%m/%d"), f"{dt:%H:%M}", f"{d:%d.%m.%Y}")
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="minutes"), dt.isoformat(timespec="milliseconds"))
print(dt.replace(microsecond=0).isoformat(), dt.date(), dt.time(), dt.timetz())
print(str(dt), dt.timestamp() if dt.tzinfo else "naive")

for s, f in [("2024-01-02 03:04:05", "%Y-%m-%d %H:%M:%S"), ("Jul 4 2024 3:30PM", "%b %d %Y %I:%M%p"),
             ("04/07/24", "%d/%m/%y"), ("2024-123", "%Y-%j"), ("Thursday, 04 July 2024", "%A, %d %B %Y"),
             ("12:00:00.5", "%H:%M:%S.%f"), ("2024-07-04T10:00:00+0200", "%Y-%m-%dT%H:%M:%S%z")]:
    p = datetime.strptime(s, f)
    print(repr(p), p.utcoffset())
for s, f in [("2024-13-01", "%Y-%m-%d"), ("2024-01-01 extra", "%Y-%m-%d")]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print("ValueError:", e)

tz = [timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8), "PST"), timezone(-timedelta(minutes=90))]
for z in tz:
    aware = datetime(2024, 1, 1, 12, tzinfo=z)
    print(repr(z), str(z), z.tzname(None), aware, aware.isoformat(), aware.utcoffset(), aware.strftime("%z %Z"))
    print("  utc:", aware.astimezone(timezone.utc), aware.timestamp())
u = datetime(2024, 1, 1, tzinfo=timezone.utc)
print(u - datetime(2023, 12, 31, 20, tzinfo=tz[2]))
print(datetime.fromtimestamp(1700000000, tz=timezone.utc), datetime.fromtimestamp(0, timezone(timedelta(hours=1))))
print(datetime.fromisoformat("2024-05-06T07:08:09.500+02:00"), datetime.fromisoformat("2024-05-06"))
print(datetime.fromisoformat("2024-05-06 07:08"), repr(datetime.fromisoformat("2024-05-06T07:08:09Z")))
print(datetime.combine(date(2024, 1, 2), time(3, 4, 5)), datetime(2024, 1, 1) < datetime(2024, 1, 2))
print(time(13, 5, 7, 250).isoformat(), time.fromisoformat("10:20:30"), str(time(0)), time(23, 59).strftime("%I %p"))
try:
    datetime(2024, 1, 1) < u
except TypeError as e:
    print("TypeError:", e)
try:
    datetime(2024, 1, 1) - u
except TypeError as e:
    print("TypeError:", e)
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 9)]))
print(hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), {date(2024, 1, 1): 1}[date(2024, 1, 1)])
print((datetime(2024, 3, 10, 2) - datetime(2024, 1, 1)).days, date(2024, 12, 25) - date(2024, 1, 1))
