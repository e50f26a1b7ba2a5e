"""Known gaps found in round 4 (listed in tests/known-failures.txt): str() of a ReprEnum mixin member, dir()/del on an enum class, the EJECT flag boundary, '--' before an argparse REMAINDER, extract_tb of a chained exception's traceback."""
import argparse
import enum
import traceback
from enum import Flag, ReprEnum


class Code(int, ReprEnum):
    OK = 0


class Shape(enum.Enum):
    CIRCLE = 1

    def describe(self):
        return "round"


class Eject(Flag, boundary=enum.EJECT):
    A = 1
    B = 2


print(str(Code.OK), f"{Code.OK}")
print([m for m in dir(Shape) if not m.startswith("_")])
try:
    del Shape.CIRCLE
except AttributeError as e:
    print("AttributeError", e)
print(repr(Eject(7)))
p = argparse.ArgumentParser(prog="p")
p.add_argument("a")
p.add_argument("rest", nargs=argparse.REMAINDER)
print(p.parse_args(["x", "--", "-f"]))


def inner():
    raise ValueError("inner")


try:
    try:
        inner()
    except ValueError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print([f.name for f in traceback.extract_tb(e.__cause__.__traceback__)])
