# Module-level annotations inside compound statements create the module's __annotations__
# (CPython collects every simple `name: T` outside def/class, also in match cases and try*).
import sys

match len(sys.argv):
    case 1:
        y: int = 3
    case _:
        y: str = "many"

try:
    z: float = 1.5
except* ValueError:
    w: bytes = b""

print(sorted(__annotations__))
print(__annotations__["y"], __annotations__["z"])
print(y, z)
