# Spreadsheet with formula cells, dependency ordering, cycle detection.
import re
from collections import defaultdict, deque

REF = re.compile(r"\b([A-Z])([1-9][0-9]*)\b")


class CycleError(Exception):
    pass


class Sheet:
    def __init__(self):
        self.raw = {}
        self.values = {}

    def set(self, name, text):
        self.raw[name] = text

    def deps(self, name):
        text = self.raw.get(name, "")
        if isinstance(text, str) and text.startswith("="):
            return sorted({m.group(0) for m in REF.finditer(text)})
        return []

    def order(self):
        indeg = {n: 0 for n in self.raw}
        users = defaultdict(list)
        for n in self.raw:
            for d in self.deps(n):
                if d in self.raw:
                    indeg[n] += 1
                    users[d].append(n)
        q = deque(sorted(n for n, k in indeg.items() if k == 0))
        out = []
        while q:
            n = q.popleft()
            out.append(n)
            for u in sorted(users[n]):
                indeg[u] -= 1
                if indeg[u] == 0:
                    q.append(u)
        if len(out) != len(self.raw):
            stuck = sorted(set(self.raw) - set(out))
            raise CycleError(f"cycle among {', '.join(stuck)}")
        return out

    def evaluate(self):
        self.values.clear()
        for n in self.order():
            text = self.raw[n]
            if isinstance(text, str) and text.startswith("="):
                expr = text[1:]
                expr = re.sub(r"SUM\(([A-Z])(\d+):([A-Z])(\d+)\)", self._range_sum, expr)
                expr = REF.sub(lambda m: repr(self.values.get(m.group(0), 0)), expr)
                try:
                    self.values[n] = self._calc(expr)
                except ZeroDivisionError:
                    self.values[n] = "#DIV/0!"
                except TypeError:
                    self.values[n] = "#VALUE!"
            else:
                try:
                    self.values[n] = int(text)
                except ValueError:
                    try:
                        self.values[n] = float(text)
                    except ValueError:
                        self.values[n] = text
        return self.values

    def _range_sum(self, m):
        c1, r1, c2, r2 = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
        total = 0
        for c in range(ord(c1), ord(c2) + 1):
            for r in range(r1, r2 + 1):
                v = self.values.get(f"{chr(c)}{r}", 0)
                total += v if isinstance(v, (int, float)) else 0
        return repr(total)

    def _calc(self, expr):
        tokens = re.findall(r"\d+\.\d+|\d+|'[^']*'|[-+*/()]", expr)
        pos = 0

        def peek():
            return tokens[pos] if pos < len(tokens) else None

        def take():
            nonlocal pos
            pos += 1
            return tokens[pos - 1]

        def atom():
            t = take()
            if t == "(":
                v = add()
                take()
                return v
            if t == "-":
                return -atom()
            if t.startswith("'"):
                return t[1:-1]
            return float(t) if "." in t else int(t)

        def mul():
            v = atom()
            while peek() in ("*", "/"):
                v = v * atom() if take() == "*" else v / atom()
            return v

        def add():
            v = mul()
            while peek() in ("+", "-"):
                v = v + mul() if take() == "+" else v - mul()
            return v

        return add()

    def show(self):
        cols = sorted({n[0] for n in self.raw})
        rows = sorted({int(n[1:]) for n in self.raw})
        print("    " + "".join(f"{c:>12}" for c in cols))
        for r in rows:
            cells = []
            for c in cols:
                v = self.values.get(f"{c}{r}", "")
                cells.append(f"{v:>12.4f}" if isinstance(v, float) else f"{v!s:>12}")
            print(f"{r:>3} " + "".join(cells))


s = Sheet()
data = {"A1": "10", "A2": "20", "A3": "30.5", "B1": "=A1*2", "B2": "=A2/3",
        "B3": "=SUM(A1:A3)", "C1": "=B1+B2+B3", "C2": "=(A1-A2)*(A3+1)/7",
        "C3": "=A1/(A2-20)", "D1": "label", "D2": "=D1+1", "D3": "=-A3*-2"}
for k, v in data.items():
    s.set(k, v)
print("order:", s.order())
s.evaluate()
s.show()
print({k: v for k, v in sorted(s.values.items()) if isinstance(v, float)})
s.set("A1", "=C1")
try:
    s.evaluate()
except CycleError as e:
    print("CycleError:", e)
s.set("A1", "7")
s.evaluate()
print("after edit:", s.values["C1"], s.values["B2"], round(s.values["C2"], 6))
print("deps:", {n: s.deps(n) for n in sorted(s.raw) if s.deps(n)})
