"""datetime corners: fold, min/max, replace, combine, strftime %j %U %W %G %V %u, timedelta arithmetic and str of negatives."""
from datetime import date, datetime, time, timedelta, timezone

print(date.min, date.max, datetime.min, datetime.max, time.min, time.max)
print(timedelta.min, timedelta.max, timedelta.resolution, date.resolution, datetime.resolution)
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    datetime.min - timedelta(microseconds=1)
except OverflowError as e:
    print("OverflowError:", e)

for td in [timedelta(-1), timedelta(seconds=-1), timedelta(microseconds=-1), timedelta(days=-3, hours=5), -timedelta(hours=25, minutes=1, seconds=1.5), timedelta(weeks=-1, milliseconds=-2)]:
    print(str(td), repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
a, b = timedelta(hours=5, minutes=30), timedelta(minutes=45)
print(a / b, a // b, a % b, divmod(a, b), a / 4, a // 7, a * 1.5, 2 * b, -a, abs(-a), a / 0.3)
print(timedelta(days=1) / timedelta(seconds=7), timedelta(days=1) % timedelta(seconds=7), timedelta(seconds=10) * 0.33333)
try:
    a // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(timedelta(1, 2, 3) == timedelta(seconds=86402, microseconds=3), timedelta(hours=1) < timedelta(minutes=61), bool(timedelta()))

d = datetime(2021, 3, 14, 1, 59, 26, 535897)
print(d.replace(year=2024, month=2, day=29), d.replace(microsecond=0), d.replace(tzinfo=timezone.utc), d.replace(fold=1).fold)
try:
    d.replace(month=2, day=30)
except ValueError as e:
    print("ValueError:", e)
print(datetime.combine(date(2020, 2, 29), time(23, 59, 59, 999999)), datetime.combine(date(2020, 1, 1), time(12, tzinfo=timezone(timedelta(hours=-5)))))
print(datetime.combine(date(2020, 1, 1), time(1), tzinfo=timezone.utc), time(1, 2, fold=1), time(1, 2, fold=1).fold, repr(time(1, 2, fold=1)))
print(datetime(2020, 1, 1, fold=1) == datetime(2020, 1, 1), repr(datetime(2020, 1, 1, fold=1)), hash(datetime(2020, 1, 1, fold=1)) == hash(datetime(2020, 1, 1)))

days = [date(2020, 1, 1), date(2020, 12, 31), date(2021, 1, 3), date(2021, 1, 4), date(2018, 12, 31), date(2015, 12, 31), date(2016, 1, 1), date(2024, 2, 29), date(2027, 1, 1)]
for x in days:
    print(x, x.strftime("%j %U %W %G %V %u %w %a %A %b %B %y %C? %%"), x.isocalendar(), tuple(x.isocalendar()), x.isoweekday(), x.weekday(), x.toordinal())
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1), date.fromordinal(738000), date.fromisoformat("2021-07-04"))
try:
    date.fromisocalendar(2021, 53, 1)
except ValueError as e:
    print("ValueError:", e)
dt = datetime(2009, 2, 3, 4, 5, 6, 7000, tzinfo=timezone(timedelta(hours=5, minutes=30), "IST"))
print(dt.strftime("%Y-%m-%dT%H:%M:%S.%f %z %Z %I %p %M %c | %x | %X"), dt.isoformat(timespec="milliseconds"), dt.isoformat(" ", "minutes"))
print(dt.utcoffset(), dt.tzname(), dt.dst(), dt.astimezone(timezone.utc), dt.timetuple()[:6], dt.utctimetuple()[:6])
print(datetime.fromisoformat("2011-11-04T00:05:23.283+04:00"), datetime.fromisoformat("2011-11-04 00:05"), time.fromisoformat("04:23:01.000384"))
print(datetime.strptime("2023-07-04 13:14:15", "%Y-%m-%d %H:%M:%S"), datetime.strptime("31/12/99 11PM", "%d/%m/%y %I%p"), datetime.strptime("2024 060", "%Y %j"))
print(datetime.strptime("Mon 05 Feb 2024", "%a %d %b %Y").date(), datetime.strptime("+0230", "%z").tzinfo)
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2023-01-01 extra", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
print(datetime(2020, 1, 1, tzinfo=timezone.utc) - datetime(2019, 12, 31, 20, tzinfo=timezone(timedelta(hours=-6))))
try:
    datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError:", e)
try:
    datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError:", e)
print(datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=timezone.utc), timezone(timedelta(hours=3)), timezone(-timedelta(minutes=90), "X"), repr(timezone.utc), repr(timezone(timedelta(0))))
print(timezone(timedelta(hours=1)).tzname(None), timezone.min, timezone.max, str(timezone(timedelta(seconds=5400))))
print(date(2020, 5, 17).ctime(), datetime(2002, 12, 4, 20, 30, 40).ctime(), date(2020, 5, 17).timetuple())
print(f"{date(2021, 1, 2):%d.%m.%Y}", f"{datetime(2021, 1, 2, 3, 4):%H:%M}", format(time(4, 5), "%I:%M %p"), f"{date(2021, 1, 2)}", f"{time(1):}")
print(date(2021, 1, 31) + timedelta(days=30), date(2021, 3, 1) - date(2020, 3, 1), datetime(2021, 1, 1) + timedelta(microseconds=-1))
print(sorted([datetime(2020, 1, 2), datetime(2019, 5, 5), datetime(2020, 1, 1, 23)]), max(date(2020, 1, 1), date(2019, 12, 31)))
