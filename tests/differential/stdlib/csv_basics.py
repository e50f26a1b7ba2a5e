# csv: reader/writer over files, io.StringIO and lists; quoting rules; dialects; DictReader/DictWriter; Sniffer.
import csv
import io
import os

rows = [["name", "age", "note"], ["Ann", 31, "likes, commas"], ["Bob", 4.5, 'says "hi"'], ["Cy", None, "multi\nline"],
        ["", " padded ", "tab\there"], [True, 10**20, "ünïcödé"]]
buf = io.StringIO()
w = csv.writer(buf)
for r in rows:
    print("wrote", w.writerow(r))
text = buf.getvalue()
print(repr(text))
print(list(csv.reader(io.StringIO(text))))
print(list(csv.reader(text.splitlines(keepends=True))))

for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    b = io.StringIO()
    csv.writer(b, quoting=quoting, lineterminator="\n").writerows([["a", 1, 2.5, None, True, "3", 'x"y']])
    print(quoting, repr(b.getvalue()))
b = io.StringIO()
wr = csv.writer(b, delimiter=";", quotechar="'", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="|")
wr.writerow(["a;b", "c'd", "e\\f", "plain"])
wr.writerow([""] * 2)
print(repr(b.getvalue()))
b = io.StringIO()
csv.writer(b, dialect="unix").writerow(["u", 1])
csv.writer(b, dialect="excel-tab").writerow(["t", "a\tb"])
csv.writer(b, csv.excel).writerow(["single"])
csv.writer(b).writerow([""])
csv.writer(b).writerow([])
print(repr(b.getvalue()))

print(list(csv.reader(['a,b,c', '1,"2,3",4', '"x""y",,z', ''])))
print(list(csv.reader(['a;b', 'c;"d;e"'], delimiter=";")))
print(list(csv.reader(['a, b,  "c"'], skipinitialspace=True)), list(csv.reader(['a, b,  "c"'])))
print(list(csv.reader(['1,2.5,"x"'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\,b,c\\\\d'], escapechar="\\")), list(csv.reader(["'a,b',c"], quotechar="'")))
print(list(csv.reader(['"multi', 'line",next', 'row2'])), list(csv.reader(['a,"b'])), list(csv.reader(['"a"b,c'])))
print(list(csv.reader(['a,b\r\n', '\r\n', 'c'])), list(csv.reader(['a\tb'], dialect="excel-tab")), list(csv.reader(['"q",x'], quoting=csv.QUOTE_NONE)))
r = csv.reader(["h1,h2", "1,2", "3,4"])
print(r.line_num, next(r), r.line_num, next(r), r.line_num, r.dialect.delimiter)

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
print(sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.quoting, repr(d.lineterminator), d.doublequote, d.skipinitialspace, d.strict, d.escapechar)
b = io.StringIO()
csv.writer(b, "pipes").writerow(["a", "b|c"])
print(repr(b.getvalue()), list(csv.reader(io.StringIO(b.getvalue()), "pipes")))
csv.unregister_dialect("pipes")
print(sorted(csv.list_dialects()))

class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
b = io.StringIO()
csv.writer(b, Semi).writerow(["x;y", 2])
print(repr(b.getvalue()), list(csv.reader(["p;q"], Semi)))

# DictReader / DictWriter
data = "name,score,city\nAnn,90,Oslo\nBob,85\n\nCy,70,Rome,extra,more\n"
dr = csv.DictReader(io.StringIO(data))
print(dr.fieldnames)
for row in dr:
    print(row, dr.line_num)
print(list(csv.DictReader(io.StringIO(data), fieldnames=["a", "b", "c"], restkey="rest", restval="?")))
print(list(csv.DictReader(["x;y", "1;2"], delimiter=";")))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "label", "value"], restval="-")
dw.writeheader()
dw.writerow({"id": 1, "label": "one", "value": 1.5})
dw.writerows([{"id": 2, "label": "two, too"}, {"value": "v", "id": 3}])
print(repr(out.getvalue()))
try:
    dw.writerow({"id": 4, "bogus": 1})
except ValueError as e:
    print("ValueError:", e)
dw2 = csv.DictWriter(out, ["a"], extrasaction="ignore")
print(dw2.writerow({"a": 1, "b": 2}))
try:
    csv.DictWriter(out, ["a"], extrasaction="maybe")
except ValueError as e:
    print("ValueError:", e)

# real files
fn = "_csv_scratch.csv"
with open(fn, "w", newline="") as f:
    writer = csv.writer(f)
    writer.writerow(["k", "v"])
    writer.writerows([[i, i * i] for i in range(4)])
with open(fn, newline="") as f:
    print(list(csv.reader(f)))
with open(fn) as f:
    print([dict(r) for r in csv.DictReader(f)])
os.remove(fn)

# Sniffer
sn = csv.Sniffer()
for sample in ['a;b;c\n1;2;3\n4;5;6\n', 'name,"quoted, field",x\n"a","b, c",d\n', "x\ty\tz\n1\t2\t3\n", "a|b\n1|2\n"]:
    dia = sn.sniff(sample)
    print(repr(dia.delimiter), repr(dia.quotechar), dia.doublequote, dia.skipinitialspace, sn.has_header(sample))
print(sn.has_header("name,age\nAnn,31\nBob,4\n"), sn.has_header("1,2\n3,4\n5,6\n"))

# errors
for f in [lambda: list(csv.reader(['a,"b'], strict=True)), lambda: list(csv.reader(['"a"b,c'], strict=True)),
          lambda: list(csv.reader(['a\rb'])), lambda: list(csv.reader([1])), lambda: csv.writer(io.StringIO()).writerow(5),
          lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]), lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]),
          lambda: csv.get_dialect("nope"), lambda: csv.writer(io.StringIO(), dialect="nope"), lambda: csv.unregister_dialect("nope"),
          lambda: csv.Sniffer().sniff("")]:
    try:
        print(f())
    except csv.Error as e:
        print("csv.Error:", e)
for f in [lambda: csv.writer(5), lambda: csv.writer(io.StringIO(), delimiter="ab"), lambda: csv.writer(io.StringIO(), delimiter=5),
          lambda: csv.writer(io.StringIO(), quoting=7), lambda: csv.writer(io.StringIO(), lineterminator=5), lambda: csv.reader(5),
          lambda: list(csv.reader(["1,x"], quoting=csv.QUOTE_NONNUMERIC))]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(csv.field_size_limit(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, issubclass(csv.Error, Exception))
