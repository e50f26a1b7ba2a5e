# The frame that runs a comprehension stays in the traceback (its call line maps back).
import traceback


def boom(xs):
    return sum(10 // x for x in xs)


def boom2(xs):
    return [10 // x for x in xs]


def boom3(xs):
    return any(10 // x for x in xs)


for f in (boom, boom2, boom3):
    try:
        f([1, 0])
    except ZeroDivisionError:
        for line in traceback.format_exc().splitlines():
            if line.strip().startswith("File"):
                print(line.split(", ", 1)[1])
