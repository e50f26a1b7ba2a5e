"""Memoized recursion with lru_cache, and date-free calendar arithmetic (leap years, weekdays)."""

from functools import lru_cache, cache
import sys

sys.setrecursionlimit(5000)


@lru_cache(maxsize=None)
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@lru_cache(maxsize=128)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


@cache
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


@lru_cache(maxsize=4)
def slow_square(x):
    return x * x


print([partitions(i) for i in range(15)], partitions(100))
print(partitions.cache_info().hits > 0, partitions.__wrapped__.__name__, partitions.__name__)
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(a, b, edit_distance(a, b))
print(edit_distance.cache_info().maxsize, edit_distance.cache_info().currsize <= 128)
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), collatz_len.cache_info().currsize)
for x in [1, 2, 3, 1, 4, 5, 1, 6, 2]:
    slow_square(x)
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info(), slow_square(3), slow_square.cache_info().misses)
try:
    edit_distance(["unhashable"], "x")
except TypeError as e:
    print("TypeError:", e)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def month_days(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def day_number(y, m, d):
    """Days since 0001-01-01 (day 0)."""
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    days += sum(month_days(y, i) for i in range(1, m))
    return days + d - 1


def from_day_number(n):
    y = n // 366 + 1
    while day_number(y + 1, 1, 1) <= n:
        y += 1
    m = 1
    while day_number(y, m, 1) + month_days(y, m) <= n:
        m += 1
    return y, m, n - day_number(y, m, 1) + 1


def weekday(y, m, d):
    return DAYS[day_number(y, m, d) % 7]


def add_days(date, k):
    return from_day_number(day_number(*date) + k)


def fmt(date):
    y, m, d = date
    return f"{y:04d}-{m:02d}-{d:02d}"


def month_grid(y, m):
    first = day_number(y, m, 1) % 7
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, month_days(y, m) + 1)]
    cells += ["  "] * (-len(cells) % 7)
    lines = [f"{MONTHS[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    lines += [" ".join(cells[i:i + 7]).rstrip() for i in range(0, len(cells), 7)]
    return "\n".join(lines)


print([y for y in (1900, 2000, 2023, 2024, 2100, 2400) if is_leap(y)])
for date in [(2024, 2, 29), (2000, 1, 1), (1969, 7, 20), (2023, 12, 31), (1, 1, 1)]:
    print(fmt(date), weekday(*date), day_number(*date), fmt(add_days(date, 100)), fmt(add_days(date, -1)) if date != (1, 1, 1) else "-")
print(day_number(2024, 12, 25) - day_number(2024, 1, 1), fmt(from_day_number(738000)))
print(month_grid(2024, 2))
print(month_grid(2026, 11))
fridays13 = [(y, m) for y in range(2024, 2027) for m in range(1, 13) if weekday(y, m, 13) == "Friday"]
print(fridays13)
