# An uncaught error five calls deep, through a property, a lambda in a dict, a decorator and a
# list comprehension inside a method.
import functools


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


class Sheet:
    def __init__(self, rows):
        self.rows = rows

    @property
    def totals(self):
        return [self.row_total(r) for r in self.rows]

    def row_total(self, row):
        return sum(apply_op(kind, v) for kind, v in row)


def apply_op(kind, value):
    op = OPS[kind]
    return op(value)


OPS = {
    "num": lambda v: v,
    "pct": lambda v: v / 100,
    "ratio": lambda v: 1 / v,
}


@traced
def report(sheet):
    print("report for", len(sheet.rows), "rows")
    return sheet.totals


print(report(Sheet([[("num", 3), ("pct", 50)]])))
print(report(Sheet([[("num", 1)], [("ratio", 4), ("ratio", 0)]])))
