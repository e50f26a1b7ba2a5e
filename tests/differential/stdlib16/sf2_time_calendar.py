"""time (fixed timestamps, UTC here) and calendar text output."""
import time
import calendar

for ts in [0, 86399.5, 951782400, 1700000000, 2**31, -86400 * 365]:
    g = time.gmtime(ts)
    print(ts, tuple(g), g.tm_yday, g.tm_wday, g.tm_isdst, g.tm_zone if hasattr(g, "tm_zone") else "")
    print("  ", time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %U %W %p %I %y %%", g), time.asctime(g))
g = time.gmtime(1700000000)
print(repr(g))
print(g[0], g[-1], g[1:3], len(g), g.tm_gmtoff, type(g).__name__)
print(time.strftime("%c|%x|%X|%D", g), time.strftime("", g) == "")
st = time.strptime("2023-11-14 22:13:20", "%Y-%m-%d %H:%M:%S")
print(st.tm_year, st.tm_yday, st.tm_wday, st.tm_isdst, tuple(st)[:8])
print(calendar.timegm(g), calendar.timegm(st), calendar.timegm((2000, 1, 1, 0, 0, 0)))
print(time.mktime(time.localtime(1700000000)) == 1700000000)
print(time.localtime(0).tm_year, time.ctime(0)[:10])
try:
    time.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    time.strptime("x", "%Y")
except ValueError as e:
    print("ValueError:", e)
t0 = time.perf_counter()
n0 = time.perf_counter_ns()
m0 = time.monotonic()
time.sleep(0.01)
print(time.perf_counter() > t0, time.perf_counter_ns() > n0, type(time.perf_counter_ns()).__name__, time.monotonic() >= m0, time.time() > 1.6e9, type(time.time_ns()).__name__)
print(type(time.process_time()).__name__, time.thread_time() >= 0 if hasattr(time, "thread_time") else True)
print(time.gmtime(1.99).tm_sec, time.gmtime(-1.5).tm_sec)

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=2))
print(calendar.calendar(2023, w=2, l=1, c=4, m=4)[:400])
print(calendar.monthcalendar(2023, 9))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 1), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2025))
print(calendar.weekday(2023, 10, 10), calendar.weekheader(2), calendar.weekheader(9), list(calendar.day_name), list(calendar.month_abbr))
print(list(calendar.day_abbr), calendar.month_name[12], calendar.MONDAY, calendar.SUNDAY)
c = calendar.TextCalendar(firstweekday=calendar.SUNDAY)
print(c.formatmonth(2023, 10))
print(list(c.iterweekdays()), c.formatweekday(0, 5), c.formatmonthname(2023, 10, 20))
print([d for d in c.itermonthdays(2023, 2)][:10])
print(list(c.itermonthdates(2023, 2))[:3], list(c.itermonthdays2(2023, 2))[:3])
print(c.monthdayscalendar(2023, 2)[0], len(c.monthdatescalendar(2023, 2)))
print(calendar.Calendar(0).yeardayscalendar(2023, width=6)[0][0][:2])
h = calendar.HTMLCalendar()
html = h.formatmonth(2023, 1)
print(html.splitlines()[:4])
print(len(html), html.count("<td"), h.formatweekday(6))
try:
    calendar.monthrange(2023, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError:", e)
try:
    calendar.weekday(2023, 2, 30)
except ValueError as e:
    print("ValueError:", e)
cal = calendar.TextCalendar()
print(cal.formatyear(2024, 2, 1, 1, 3)[:300])
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2023, 4))
calendar.setfirstweekday(0)
