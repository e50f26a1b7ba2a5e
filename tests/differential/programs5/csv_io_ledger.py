"""csv + io.StringIO: read, transform, write a ledger."""
import csv
import io

raw = '''date,account,description,amount
2024-01-03,checking,"Coffee, large",-4.50
2024-01-03,savings,Interest,1.25
2024-01-04,checking,"Rent ""January""",-1200.00
2024-01-05,checking,Salary,3500
2024-01-05,credit,Groceries,-82.37
'''
reader = csv.DictReader(io.StringIO(raw))
print(reader.fieldnames)
rows = list(reader)
for r in rows:
    print(r)
totals = {}
for r in rows:
    totals[r["account"]] = round(totals.get(r["account"], 0) + float(r["amount"]), 2)
print(totals)

out = io.StringIO()
w = csv.writer(out)
w.writerow(["account", "total", "note"])
for acct, total in sorted(totals.items()):
    w.writerow([acct, f"{total:.2f}", "needs, review" if total < 0 else ""])
w.writerows([["x", 1, None], ["quote\"d", "multi\nline", 2.5]])
print(repr(out.getvalue()))

out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["date", "amount"], extrasaction="ignore", lineterminator="\n")
dw.writeheader()
for r in rows[:3]:
    dw.writerow(r)
print(out2.getvalue(), end="")
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError:", e)

semi = "name;score\nann;10\nbob;7\n"
for row in csv.reader(io.StringIO(semi), delimiter=";"):
    print(row)
tsv = io.StringIO()
csv.writer(tsv, delimiter="\t", quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(["a", 1, "b c"])
print(repr(tsv.getvalue()))
nonnum = io.StringIO()
csv.writer(nonnum, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerow(["a", 1, 2.5, True])
print(repr(nonnum.getvalue()))
print(list(csv.reader(['a,"b,c",d', '  x, y ', '"unterminated'], skipinitialspace=True)))
print(list(csv.reader(["1,2", "", "3"])))

buf = io.StringIO("line one\nline two\n\nlast")
print(buf.readline(), end="")
print(buf.read(4), "|", buf.tell())
buf.seek(0)
print(buf.readlines())
print([line.rstrip("\n") for line in io.StringIO("x\ny\n")])
sink = io.StringIO()
print("hello", "world", sep=", ", end="!\n", file=sink)
sink.write("more\n")
print(repr(sink.getvalue()), sink.closed)
sink.close()
try:
    sink.write("x")
except ValueError as e:
    print("ValueError:", e)
with io.StringIO() as f:
    f.write("abc")
    print(f.getvalue())
print(f.closed)
