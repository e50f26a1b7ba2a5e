# ZeroDivisionError raised several frames deep, after some successful work.
def average(values):
    return sum(values) / len(values)
def safe_average(values):
    try:
        return average(values)
    except ZeroDivisionError as e:
        return f"n/a ({e})"
def report(groups, safe):
    for name, values in groups.items():
        if safe:
            print(f"{name}: {safe_average(values)}")
        else:
            print(f"{name}: {average(values):.2f}")
groups = {"a": [1, 2, 3], "b": [10], "c": [], "d": [4]}
report(groups, safe=True)
print("now without protection")
try:
    1 % 0
except ZeroDivisionError as e:
    print("modulo also fails:", e)
report(groups, safe=False)
print("never reached")
