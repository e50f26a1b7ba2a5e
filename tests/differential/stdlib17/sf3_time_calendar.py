"""time.struct_time repr and fields, gmtime/strftime/strptime, calendar (TextCalendar formatyear, HTMLCalendar, isleap/leapdays/monthrange, iterators)."""
import calendar
import time

st = time.gmtime(1234567890)
print(st)
print(repr(st), st.tm_year, st.tm_yday, st.tm_wday, st.tm_isdst, st.tm_zone, st.tm_gmtoff, len(st), st[:3], type(st).__name__)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %U %W %w %y %%", st), time.asctime(st), time.mktime(st) - time.timezone == 1234567890 or True)
print(time.gmtime(0), time.gmtime(-86400)[:6], time.strptime("2024-02-29 12:30", "%Y-%m-%d %H:%M"))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)), tuple(time.strptime("1 Jan 1970", "%d %b %Y")))
print(calendar.timegm(st), calendar.timegm((2000, 1, 1, 0, 0, 0)), time.asctime(time.gmtime(951782400)))
try:
    time.strptime("31 Feb 2021", "%d %b %Y")
except ValueError as e:
    print("ValueError:", e)

print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2024), calendar.leapdays(1900, 2025), calendar.leapdays(2025, 1900))
print([calendar.monthrange(2024, m) for m in (1, 2, 3, 12)], calendar.monthrange(1900, 2), calendar.weekday(2024, 7, 4))
print(calendar.month_name[1:4], calendar.day_abbr[0], list(calendar.month_abbr)[:3], calendar.firstweekday(), calendar.MONDAY, calendar.SUNDAY)
print(calendar.monthcalendar(2024, 2))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError:", e)
try:
    calendar.weekday(2024, 2, 30)
except ValueError as e:
    print("ValueError:", e)

tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 2))
print(tc.formatmonth(2023, 12, w=3, l=2))
print(calendar.TextCalendar().formatyear(2024, 2, 1, 1, 3))
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2025, w=2, l=1, c=6, m=4))
print(calendar.month(2021, 7), calendar.weekheader(2), calendar.weekheader(9))
hc = calendar.HTMLCalendar(calendar.MONDAY)
print(hc.formatmonth(2024, 3))
print(hc.formatweekday(0), hc.formatmonthname(2024, 3, withyear=False), hc.formatday(5, 2), hc.formatday(0, 2))
cal = calendar.Calendar(firstweekday=6)
print(list(cal.iterweekdays()), list(cal.itermonthdays(2024, 2))[:10], list(cal.itermonthdays2(2024, 2))[:3])
print([d.isoformat() for d in cal.itermonthdates(2024, 2)][:3], list(cal.itermonthdays3(2024, 2))[-2:], list(cal.itermonthdays4(2024, 2))[0])
print(len(cal.yeardatescalendar(2024)), len(cal.yeardays2calendar(2024, width=4)), cal.monthdayscalendar(2024, 2)[0])
print(calendar.Calendar().monthdays2calendar(2021, 2)[0])


class ShortCal(calendar.TextCalendar):
    def formatweekday(self, day, width):
        return "MTWTFSS"[day].center(width)


print(ShortCal().formatmonth(2024, 4))
print(calendar.day_name[calendar.weekday(1969, 7, 20)], calendar.EPOCH if hasattr(calendar, "EPOCH") else 1970)
print(sum(calendar.monthrange(y, 2)[1] == 29 for y in range(1900, 2101)))
