"""datetime: every strftime directive, strptime, isoformat variants, timedelta arithmetic, fixed offsets."""
from datetime import datetime, date, time, timedelta, timezone, MINYEAR, MAXYEAR

moments = [
    datetime(2023, 1, 1, 0, 0, 0),
    datetime(2024, 2, 29, 13, 5, 9, 123456),
    datetime(1999, 12, 31, 23, 59, 59, 999999),
    datetime(2021, 1, 3, 12, 0),
    datetime(2020, 12, 31, 7, 30, 0, 5),
    datetime(1, 1, 1),
    datetime(9999, 12, 31, 23, 59, 59),
]
directives = "%a %A %b %B %d %H %I %j %m %M %p %S %U %W %w %y %Y %G %V %u %f %% %e %C %D %T %R %h %n%t|".split(" ")
for dt in moments:
    print(dt, "|", " ".join(dt.strftime(d) for d in directives))
    print("  ", dt.strftime("%c | %x | %X"), dt.isocalendar(), dt.weekday(), dt.isoweekday(), dt.toordinal())
print(datetime(2023, 5, 6).strftime("%z|%Z"), datetime(2023, 5, 6, tzinfo=timezone.utc).strftime("%z|%Z"))
tz = timezone(timedelta(hours=-3, minutes=-30), "NST")
print(datetime(2023, 5, 6, 1, 2, tzinfo=tz).strftime("%z|%Z|%H"))
print(datetime(2023, 5, 6, tzinfo=timezone(timedelta(seconds=5430))).strftime("%z"))
print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), repr(timezone.utc), timezone(timedelta(0)))
print(repr(timezone(timedelta(hours=5, minutes=45))), timezone(timedelta(hours=5, minutes=45)))
print(timezone.min, timezone.max)
try:
    timezone(timedelta(hours=24))
except ValueError as e:
    print("ValueError:", e)

for s, f in [("2023-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"), ("04/03/23", "%d/%m/%y"),
             ("Mar 4 2023 5PM", "%b %d %Y %I%p"), ("Saturday, March 04, 2023", "%A, %B %d, %Y"),
             ("2023-063", "%Y-%j"), ("12:30:45.250", "%H:%M:%S.%f"), ("2023-03-04T05:06:07+0530", "%Y-%m-%dT%H:%M:%S%z"),
             ("2023-03-04 05:06:07 -08:00", "%Y-%m-%d %H:%M:%S %z"), ("2023-03-04 Z", "%Y-%m-%d %z"),
             ("69", "%y"), ("68", "%y"), ("  7", "%d"), ("2023-02-30", "%Y-%m-%d"), ("2023-13-01", "%Y-%m-%d"),
             ("2023-03-04 extra", "%Y-%m-%d"), ("abc", "%Y")]:
    try:
        r = datetime.strptime(s, f)
        print(repr(s), "->", repr(r))
    except ValueError as e:
        print(repr(s), "ValueError:", e)

d = datetime(2024, 2, 29, 13, 5, 9, 123456, tzinfo=timezone(timedelta(hours=2)))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, d.isoformat(timespec=spec), d.time().isoformat(timespec=spec) if spec != "auto" else "")
print(d.isoformat(sep=" "), d.replace(microsecond=0).isoformat(), d.date().isoformat(), d.timetz())
print(str(d), repr(d), d.ctime(), d.timestamp())
for s in ["2023-03-04", "2023-03-04T05:06", "2023-03-04 05:06:07.5", "2023-03-04T05:06:07.123456+05:30",
          "2023-03-04T05:06:07Z", "20230304T050607", "2023-W09-6", "2023-03-04T24:00", "2023/03/04"]:
    try:
        print(s, "->", repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(s, "ValueError:", e)
for s in ["2023-03-04", "20230304", "2023-W01-1", "2023-02-29"]:
    try:
        print(s, "->", repr(date.fromisoformat(s)))
    except ValueError as e:
        print(s, "ValueError:", e)
print(repr(time.fromisoformat("05:06:07.1234")), repr(time.fromisoformat("T0506")), repr(time.fromisoformat("05:06+01:00")))
print(date.fromisocalendar(2020, 53, 7), date.fromordinal(738000), date(2023, 1, 31).replace(day=28))
print(repr(date.min), repr(date.max), repr(datetime.min), repr(datetime.max), date.resolution, datetime.resolution, MINYEAR, MAXYEAR)
for td in [timedelta(0), timedelta(days=1), timedelta(seconds=-1), timedelta(microseconds=1), timedelta(days=-3, hours=5),
           timedelta(hours=36, minutes=3, seconds=4.5), timedelta(weeks=-1, microseconds=-1), timedelta(days=999999999),
           timedelta(milliseconds=1.5), timedelta(minutes=0.1)]:
    print(str(td), "|", repr(td), "|", td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(hours=1) * 1.5, timedelta(hours=1) * 0.3333, timedelta(seconds=10) / 4, timedelta(seconds=10) / timedelta(seconds=3))
print(abs(timedelta(hours=-2)), -timedelta(0), timedelta(days=1) == timedelta(hours=24), timedelta(1) > timedelta(0, 86399))
try:
    timedelta(days=1000000000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime(2023, 1, 1, 24)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime(2023, 1, 1) - datetime(2023, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError:", e)
try:
    datetime(2023, 1, 1) < datetime(2023, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError:", e)
print(datetime(2023, 1, 1) == datetime(2023, 1, 1, tzinfo=timezone.utc))
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print("OverflowError:", e)
a = datetime(2023, 3, 26, 1, 30, tzinfo=timezone.utc)
for h in (-12, -5, 0, 5.5, 9, 14):
    z = timezone(timedelta(hours=h))
    print(h, a.astimezone(z), a.astimezone(z).utcoffset(), a.astimezone(z).date())
print(datetime.combine(date(2023, 1, 2), time(3, 4, tzinfo=timezone.utc)))
print(datetime(2023, 6, 15, 12).utctimetuple()[:6], date(2023, 6, 15).timetuple().tm_yday)
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, timezone(timedelta(hours=-7))))
print(datetime.utcfromtimestamp(86400 * 365.25), date.fromtimestamp(0) <= date(1970, 1, 2))
print(sorted([date(2023, 1, 2), date(2022, 12, 31), date(2023, 1, 1)]), max(time(1), time(0, 59)))
print(time(13, 5).strftime("%I:%M %p"), time(0, 0, 0, 1), time(23, 59, 59, 999999).isoformat(timespec="milliseconds"))
print(hash(date(2023, 1, 1)) == hash(date(2023, 1, 1)), {timedelta(hours=1): 1}[timedelta(minutes=60)])
print(format(datetime(2023, 1, 2, 3, 4), "%Y/%m/%d"), f"{date(2023, 7, 4):%A %d %B}", f"{datetime(2023,1,1)}", format(date(2023, 1, 1), ""))
