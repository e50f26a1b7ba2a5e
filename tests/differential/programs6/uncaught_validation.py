# A report that ends with an uncaught exception raised deep inside nested calls.
from dataclasses import dataclass


@dataclass
class Reading:
    sensor: str
    values: list

    def mean(self):
        return sum(self.values) / len(self.values)


def load(raw):
    readings = []
    for line in raw.strip().splitlines():
        name, _, rest = line.partition(":")
        vals = [float(v) for v in rest.split(",") if v.strip()]
        readings.append(Reading(name.strip(), vals))
    return readings


def summarize(readings):
    table = {}
    for r in readings:
        table[r.sensor] = {"mean": r.mean(), "max": max(r.values), "n": len(r.values)}
    return table


RAW = """
temp: 20.5, 21.0, 19.75
humidity: 40, 45, 50, 55
pressure: 1013.2
wind:
"""
readings = load(RAW)
for r in readings[:3]:
    print(f"{r.sensor:>10}: {r.mean():8.3f} from {len(r.values)} values")
print(summarize(readings[:3]))
report = summarize(readings)
print("unreachable", report)
