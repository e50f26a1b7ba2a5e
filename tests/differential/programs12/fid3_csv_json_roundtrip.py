import csv
import io
import json
from decimal import Decimal
from datetime import date

RAW = '''id,name,dept,salary,start,notes
1,"Smith, Ann",eng,85000,2019-04-01,"likes ""tabs"""
2,Bo Li,ops,62000.50,2021-11-15,
3,Cy Oyelaran,eng,91000,2018-01-20,"multi
line note"
4,Dee,sales,58000,2022-06-30,remote
'''

reader = csv.DictReader(io.StringIO(RAW))
print(reader.fieldnames)
people = []
for row in reader:
    row["id"] = int(row["id"])
    row["salary"] = Decimal(row["salary"])
    row["start"] = date.fromisoformat(row["start"])
    people.append(row)
for p in people:
    print(p["id"], repr(p["name"]), p["dept"], p["salary"], p["start"].year, repr(p["notes"]))

by_dept = {}
for p in people:
    by_dept.setdefault(p["dept"], []).append(p)
summary = {d: {"count": len(ps), "total": str(sum(p["salary"] for p in ps)), "names": [p["name"] for p in ps]} for d, ps in sorted(by_dept.items())}
text = json.dumps(summary, indent=2, sort_keys=True)
print(text)
back = json.loads(text)
print(back == summary, type(back["eng"]["count"]).__name__)


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return float(o)
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        return super().default(o)


def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d


blob = json.dumps(people, cls=Enc, separators=(",", ":"))
print(blob[:120])
again = json.loads(blob, object_hook=hook)
print(again[2]["start"], type(again[2]["start"]).__name__, again[1]["salary"])
try:
    json.dumps({"x": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"b": 1, "a": [1.5, None, True, "é\n"], 3: "int key"}), json.dumps("é", ensure_ascii=False))
print(json.dumps([1, [2, [3]]], indent="\t"), json.dumps({}, indent=2), json.dumps([], indent=2))
print(json.loads('{"a": 1e3, "b": -0, "c": 1.0, "d": [], "e": "\\u00e9\\ud83d\\ude00"}'), json.loads("123.456"), json.loads('"x"'))
print(json.loads('[1, 2]', parse_int=str), json.loads('{"x": 1.10}', parse_float=Decimal))
for bad in ['{"a": 1,}', "[1, 2", "nul", '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["id", "name", "salary", "flag"], extrasaction="ignore", lineterminator="\n")
w.writeheader()
for p in people:
    w.writerow({**p, "flag": "y" if p["salary"] > 60000 else ""})
print(out.getvalue())
out2 = io.StringIO()
cw = csv.writer(out2, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
cw.writerows([["a", 1, 2.5], ["semi;colon", -3, 'q"uote'], [None, "", 0]])
print(out2.getvalue())
print(list(csv.reader(io.StringIO(out2.getvalue()), delimiter=";", quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a,b", " c , d ", '"e,f",g'], skipinitialspace=True)))
