"""Recurring meeting scheduler: datetime + calendar + timezone offsets + itertools."""
import calendar
from datetime import date, datetime, time, timedelta, timezone
from itertools import islice, count

UTC = timezone.utc
NY = timezone(timedelta(hours=-5), "EST")
IST = timezone(timedelta(hours=5, minutes=30), "IST")
TOKYO = timezone(timedelta(hours=9))

def nth_weekday(year, month, weekday, n):
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    return days[n] if n < len(days) or n == -1 else None

def last_business_day(year, month):
    d = date(year, month, calendar.monthrange(year, month)[1])
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d

print([nth_weekday(2024, m, calendar.TUESDAY, 1) for m in range(1, 7)])
print([nth_weekday(2024, m, calendar.FRIDAY, -1) for m in (2, 3, 11)])
print([last_business_day(2024, m).isoformat() for m in range(1, 13)])

def every(start, step, until):
    t = start
    while t <= until:
        yield t
        t += step
meetings = list(every(datetime(2024, 3, 8, 15, 0, tzinfo=NY), timedelta(weeks=1), datetime(2024, 4, 12, tzinfo=NY)))
for m in meetings:
    print(m.strftime("%a %Y-%m-%d %H:%M %Z"), "|", m.astimezone(UTC).strftime("%H:%M %Z"), "|",
          m.astimezone(IST).strftime("%d %b %I:%M %p %z"), "|", m.astimezone(TOKYO).isoformat(timespec="minutes"))
start = datetime(2024, 12, 30, 23, 30, tzinfo=UTC)
for tz in (NY, IST, TOKYO):
    local = start.astimezone(tz)
    print(tz, local.isocalendar(), local.date().isoformat(), local.utcoffset(), local.dst(), local.tzname())
slots = [datetime.combine(date(2024, 5, 6), time(9)) + timedelta(minutes=30 * i) for i in range(16)]
busy = [(time(10), time(11, 30)), (time(13), time(14))]
free = [s.time() for s in slots if not any(a <= s.time() < b for a, b in busy)]
print([t.strftime("%H:%M") for t in free])
print(time(9, 30) < time(10), time(23, 59, 59, 999999).isoformat(), time(12, tzinfo=IST).utcoffset(), time(7, 5).strftime("%I:%M%p").lower())
def add_business_days(d, n):
    step = 1 if n >= 0 else -1
    while n:
        d += timedelta(days=step)
        if d.weekday() < 5:
            n -= step
    return d
print(add_business_days(date(2024, 5, 3), 5), add_business_days(date(2024, 5, 6), -1), add_business_days(date(2024, 12, 27), 3))
ages = [(date(2024, 6, 1) - date(y, m, d)).days // 365 for y, m, d in [(1990, 6, 2), (2000, 2, 29), (1985, 1, 1)]]
print(ages)
print(list(islice((date(2024, 1, 31) + timedelta(days=31 * k) for k in count()), 5)))
def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return d.replace(year=y, month=m, day=min(d.day, calendar.monthrange(y, m)[1]))
print([add_months(date(2024, 1, 31), k).isoformat() for k in range(0, 14, 3)])
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 5, w=3))
print(datetime(2024, 3, 10, 12, tzinfo=NY) - datetime(2024, 3, 10, 12, tzinfo=UTC), datetime(2024, 1, 1, tzinfo=IST) == datetime(2023, 12, 31, 18, 30, tzinfo=UTC))
print(sorted([datetime(2024, 1, 1, 12, tzinfo=TOKYO), datetime(2024, 1, 1, 1, tzinfo=UTC), datetime(2023, 12, 31, 22, tzinfo=NY)]))
print(datetime.fromisoformat("2024-06-01T08:00:00-05:00").astimezone(IST).strftime("%c"), repr(IST), repr(TOKYO), str(TOKYO))
