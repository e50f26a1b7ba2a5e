"""time.strftime/strptime with fixed struct_times, calendar text/HTML-free output and helpers."""
import calendar
import time

st = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0))
print(st, st.tm_year, st.tm_wday, st[:3], len(st))
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B", "%d/%m/%y %I:%M %p", "%j %U %W %w %u", "%c", "%x %X", "%G-W%V-%u", "%e|%k|%l", "%%|%n|%t|", "%C %g %h %D %F %R %T %r"]:
    print(repr(fmt), "->", repr(time.strftime(fmt, st)))
print(time.strftime("%Y", (1999, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime(st), time.asctime((2024, 1, 5, 9, 0, 0, 4, 5, 0)))
g = time.gmtime(1700000000)
print(g, time.strftime("%Y-%m-%dT%H:%M:%SZ", g), time.mktime(time.localtime(1700000000)) == 1700000000 if False else "", time.gmtime(0).tm_year)
print(calendar.timegm(g), calendar.timegm((2024, 2, 29, 0, 0, 0)), time.gmtime(86400 * 365.25 * 30).tm_year)
p = time.strptime("2024-03-10 08:30", "%Y-%m-%d %H:%M")
print(p, p.tm_yday, p.tm_wday)
print(time.strptime("Thu Feb 29 13:05:09 2024"), time.strptime("24", "%y").tm_year, time.strptime("70", "%y").tm_year)
for s, fmt in [("2024-02-30", "%Y-%m-%d"), ("xx", "%H"), ("12", "%Y-%m")]:
    try:
        time.strptime(s, fmt)
    except ValueError as e:
        print("ValueError", e)
try:
    time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError", e)
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print("TypeError", e)

print(calendar.month(2024, 2))
print(calendar.month(2024, 9, w=3, l=1))
print(calendar.calendar(2023, w=2, l=1, c=4, m=4)[:600])
tc = calendar.TextCalendar(firstweekday=calendar.SUNDAY)
print(tc.formatmonth(2025, 3))
print(tc.formatweekheader(3), "|", tc.formatmonthname(2025, 3, 20, withyear=False), "|")
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2025))
print(calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)], list(calendar.day_abbr), list(calendar.month_name)[1:4], calendar.month_abbr[12])
print(calendar.monthcalendar(2024, 6))
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()), [d for d in c.itermonthdays(2024, 2)][:10])
print([str(d) for d in c.itermonthdates(2024, 2)][:3], list(c.itermonthdays2(2024, 2))[:3], list(c.itermonthdays3(2024, 12))[-2:])
print(len(c.yeardatescalendar(2024)), c.monthdays2calendar(2024, 2)[0], c.yeardays2calendar(2024, width=6)[0][0][0][:2])
print(calendar.firstweekday(), calendar.MONDAY, calendar.SUNDAY, calendar.weekheader(2), calendar.weekheader(9))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError", e)
try:
    calendar.weekday(2024, 2, 30)
except ValueError as e:
    print("ValueError", e)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2024, 2).splitlines()[1])
try:
    calendar.setfirstweekday(9)
except calendar.IllegalWeekdayError as e:
    print("IllegalWeekdayError", e)
print(calendar.HTMLCalendar().formatmonth(2024, 2).count("<td"), calendar.HTMLCalendar(calendar.SUNDAY).formatweekday(0))
