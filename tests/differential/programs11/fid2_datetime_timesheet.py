from datetime import date, datetime, time, timedelta, timezone
import calendar

entries = """\
2024-02-26 09:00 17:30 design
2024-02-27 08:45 12:15 review
2024-02-27 13:00 18:20 coding
2024-02-29 10:00 16:00 coding
2024-03-01 22:00 02:30 deploy
2024-03-02 09:30 11:00 meeting
"""

per_day = {}
per_task = {}
for line in entries.splitlines():
    day_s, start_s, end_s, task = line.split()
    day = date.fromisoformat(day_s)
    start = datetime.combine(day, time.fromisoformat(start_s))
    end = datetime.combine(day, time.fromisoformat(end_s))
    if end <= start:
        end += timedelta(days=1)
    dur = end - start
    per_day[day] = per_day.get(day, timedelta()) + dur
    per_task[task] = per_task.get(task, timedelta()) + dur
    print(f"{day:%a %d %b} {start:%H:%M}-{end:%H:%M} {str(dur):>8} {task}")

total = sum(per_day.values(), timedelta())
print("total", total, total.total_seconds() / 3600, total.days, total.seconds)
for task, dur in sorted(per_task.items(), key=lambda kv: kv[1], reverse=True):
    h, rem = divmod(int(dur.total_seconds()), 3600)
    print(f"  {task:<8} {h:2d}h{rem // 60:02d}m {dur / total:6.1%}")
for day in sorted(per_day):
    iso = day.isocalendar()
    print(day.isoformat(), calendar.day_name[day.weekday()], day.isoweekday(), iso.week, iso[0], day.timetuple().tm_yday)

first = date(2024, 2, 1)
print(calendar.monthrange(2024, 2), calendar.isleap(2024), calendar.leapdays(2000, 2025))
print(calendar.month(2024, 2))
print(first.replace(day=29) + timedelta(weeks=52), date(2023, 1, 31) + timedelta(days=30))
print((date(2024, 12, 25) - date(2024, 3, 1)).days, date.fromordinal(738000), date(2024, 1, 1).toordinal())
print(timedelta(days=-1, hours=3), timedelta(seconds=-30), abs(timedelta(hours=-5)), timedelta(microseconds=1500))
print(repr(timedelta(days=2, minutes=3)), timedelta(hours=36) // timedelta(hours=5), timedelta(hours=36) % timedelta(hours=5))
print(timedelta(hours=1) * 2.5, timedelta(days=1) / 3, -timedelta(minutes=90))
utc = datetime(2024, 3, 10, 12, 0, tzinfo=timezone.utc)
est = timezone(timedelta(hours=-5), "EST")
print(utc, utc.astimezone(est), utc.astimezone(est).tzname(), utc.isoformat(), repr(est))
print(datetime(2024, 3, 10, 7, 0, tzinfo=est) == utc, utc.timestamp(), datetime.fromtimestamp(0, timezone.utc))
print(datetime.strptime("03/15/24 4:05PM", "%m/%d/%y %I:%M%p"), datetime.fromisoformat("2024-03-01T10:20:30.5"))
print(datetime(2024, 1, 1).strftime("%Y %y %m %B %b %d %j %U %W %w %a %A %H %M %S %%"))
print(date.max, date.min, datetime(2024, 5, 5, 5, 5, 5).ctime(), date(2024, 5, 5).weekday())
print(sorted([date(2024, 1, 2), date(2023, 12, 31), date(2024, 1, 1)]), max(time(9), time(8, 59)))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
