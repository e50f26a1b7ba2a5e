import time
import calendar
import datetime

ts = 1700000000
g = time.gmtime(ts)
print(g, tuple(g), g.tm_year, g.tm_yday, g.tm_wday, g.tm_isdst, g.tm_zone if hasattr(g, "tm_zone") else "")
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %U %w %%", g), time.strftime("%c|%x|%X", g), time.strftime("%I %p %y %e", g))
print(time.asctime(g), time.mktime(time.localtime(ts)) == ts, calendar.timegm(g), time.gmtime(0), time.strftime("%Y", time.gmtime(-86400)))
lt = time.localtime(ts)
print(time.strftime("%Y-%m-%d %H:%M %Z %z", lt), time.timezone, time.altzone, time.daylight, time.tzname)
print(time.ctime(ts), time.asctime(time.gmtime(86400 * 365.25 * 30)))
st = time.strptime("2024-02-29 13:45:00", "%Y-%m-%d %H:%M:%S")
print(st, calendar.timegm(st))
print(time.strptime("Mar 5 2021", "%b %d %Y")[:6], time.strptime("23", "%y").tm_year)
try:
    time.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
t0 = time.perf_counter()
t1 = time.perf_counter()
print(t1 >= t0, time.time() > 1.6e9, time.monotonic() > 0, isinstance(time.time_ns(), int), time.process_time() >= 0)
print(time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0)), time.gmtime(1.99).tm_sec)

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=1))
print(calendar.calendar(2024, w=2, l=1, c=6, m=3)[:400])
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2024))
print(calendar.weekday(2024, 7, 4), calendar.day_name[3], calendar.day_abbr[0], calendar.month_name[1], calendar.month_abbr[12], list(calendar.month_abbr)[:3])
print(calendar.monthcalendar(2024, 3))
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()), [d for d in c.itermonthdates(2024, 2)][:3], c.monthdayscalendar(2024, 2)[0])
print(list(c.itermonthdays2(2024, 2))[:8], c.yeardatescalendar(2024, 6)[0][0][0][:2])
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2025, 1))
print(repr(tc.formatweekheader(3)), repr(tc.formatmonthname(2025, 1, 20)))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
print(calendar.month(2024, 9))
calendar.setfirstweekday(0)
hc = calendar.HTMLCalendar()
print(hc.formatmonth(2024, 1)[:200])
print(calendar.MONDAY, calendar.SUNDAY, list(calendar.Month)[:2] if hasattr(calendar, "Month") else "", calendar.different_locale if False else "")
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError", e)
d = datetime.date(2024, 7, 4)
print(d.timetuple(), time.strftime("%A", d.timetuple()), datetime.datetime(2024, 1, 1, 12).timetuple().tm_hour)
