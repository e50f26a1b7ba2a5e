"""A payroll script: employees, overtime rules, tax brackets, a formatted report and summaries."""

from dataclasses import dataclass
from collections import defaultdict
import statistics

BRACKETS = [(10_000, 0.0), (40_000, 0.12), (90_000, 0.22), (float("inf"), 0.32)]


def tax(annual):
    owed, lower = 0.0, 0
    for upper, rate in BRACKETS:
        if annual <= lower:
            break
        owed += (min(annual, upper) - lower) * rate
        lower = upper
    return round(owed, 2)


@dataclass
class Employee:
    id: int
    name: str
    dept: str
    rate: float
    hours: list

    @property
    def regular(self):
        return sum(min(h, 8) for h in self.hours)

    @property
    def overtime(self):
        return sum(max(h - 8, 0) for h in self.hours)

    def weekly_pay(self):
        return self.regular * self.rate + self.overtime * self.rate * 1.5


STAFF = [
    Employee(1, "Ada Lovelace", "R&D", 52.5, [8, 9, 10, 8, 7]),
    Employee(2, "Grace Hopper", "R&D", 61.0, [12, 8, 8, 8, 8]),
    Employee(3, "Alan Turing", "Ops", 48.25, [8, 8, 8, 8, 8]),
    Employee(4, "Edsger Dijkstra", "Ops", 45.0, [6, 6, 6, 0, 0]),
    Employee(5, "Barbara Liskov", "QA", 39.9, [9, 9, 9, 9, 9]),
    Employee(6, "Ken Thompson", "QA", 39.9, [8, 8, 8, 8, 10.5]),
]

header = f"{'ID':>3} {'Name':<18} {'Dept':<4} {'Rate':>7} {'Reg':>5} {'OT':>5} {'Weekly':>10} {'Annual':>12} {'Tax':>10} {'Eff%':>6}"
print(header)
print("=" * len(header))
by_dept = defaultdict(list)
rows = []
for e in STAFF:
    weekly = e.weekly_pay()
    annual = weekly * 52
    t = tax(annual)
    eff = t / annual if annual else 0.0
    rows.append((e, weekly, annual, t))
    by_dept[e.dept].append(annual)
    print(f"{e.id:>3} {e.name:<18.18} {e.dept:<4} {e.rate:>7.2f} {e.regular:>5} {e.overtime:>5} "
          f"{weekly:>10,.2f} {annual:>12,.2f} {t:>10,.2f} {eff:>6.1%}")
print("-" * len(header))
total_annual = sum(r[2] for r in rows)
print(f"{'Total':<37} {sum(r[1] for r in rows):>10,.2f} {total_annual:>12,.2f} {sum(r[3] for r in rows):>10,.2f}")
print()
for dept in sorted(by_dept):
    vals = by_dept[dept]
    print(f"{dept:<4} n={len(vals)} mean={statistics.mean(vals):>11,.2f} "
          f"median={statistics.median(vals):>11,.2f} share={sum(vals) / total_annual:.2%}")
annuals = [r[2] for r in rows]
print(f"stdev={statistics.stdev(annuals):.4f} pstdev={statistics.pstdev(annuals):.4f}")
print("top earner:", max(rows, key=lambda r: r[2])[0].name, "| most OT:", max(STAFF, key=lambda e: e.overtime).name)
print([tax(x) for x in (0, 10_000, 10_001, 40_000, 55_555.55, 90_000, 250_000)])
print({e.name.split()[0]: e.hours.count(8) for e in STAFF})
ranked = sorted(STAFF, key=lambda e: (-e.weekly_pay(), e.name))
print([(i, e.name.split()[-1]) for i, e in enumerate(ranked, 1)])
raises = {e.id: round(e.rate * 1.035, 2) for e in STAFF if e.overtime}
print(raises, sum(raises.values()) / len(raises))
