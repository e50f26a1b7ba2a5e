# datetime basics: date arithmetic, timedelta normalisation and repr, strftime/isoformat,
# fromisoformat, weekday, comparisons, replace, combine.
from datetime import date, datetime, timedelta, time

d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.isocalendar())
print(repr(d), str(d), d.strftime("%A %d %B %Y, day %j, %a %b %m/%d/%y"), d.toordinal(), date.fromordinal(738000))
td = timedelta(days=-1, seconds=3600, microseconds=5)
print(td, repr(td), td.total_seconds(), timedelta(hours=25, minutes=61), timedelta(weeks=1) / timedelta(days=2), timedelta(seconds=90) * 3)
print(-timedelta(hours=1), abs(timedelta(days=-2)), timedelta(milliseconds=1500), timedelta(0), divmod(timedelta(hours=5), timedelta(hours=2)))
dt = datetime(2023, 12, 31, 23, 59, 30, 250000)
print(dt, repr(dt), dt + timedelta(seconds=45), dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"), dt.date(), dt.time())
print(dt.strftime("%Y-%m-%dT%H:%M:%S.%f %I %p %%"), datetime.fromisoformat("2024-03-05T07:08:09"), date.fromisoformat("2020-01-31"))
print(dt.replace(year=2020, month=2, day=29), datetime.combine(date(2000, 1, 1), time(12, 30)), time(9, 5, 7, 1), repr(time(1)))
print(dt > datetime(2023, 1, 1), date(2020, 1, 1) < date(2020, 1, 2), max(date(2020, 5, 1), date(2019, 12, 31)), dt.timetuple()[:6])
print(datetime(2024, 3, 1) - datetime(2024, 2, 1), (datetime(2024, 1, 1, 12) - datetime(2024, 1, 1)).seconds, date(2024, 12, 31).timetuple().tm_yday)
print(sorted([date(2021, 5, 4), date(2020, 1, 1), date(2021, 1, 1)]), date.min, date.max, timedelta.max)
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
print(datetime.strptime("2021-07-04 13:45", "%Y-%m-%d %H:%M"), datetime.strptime("05/06/99", "%m/%d/%y").date())
