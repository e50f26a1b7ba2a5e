"""csv: dialects, quoting modes, DictReader/DictWriter corners, Sniffer."""
import csv
import io

rows = [["id", "name", "note", "price"], [1, "Ann", 'said "hi"', 2.5], [2, "Bob, Jr.", "multi\nline", None], [3, "", " spaced ", 0]]
for q in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]:
    s = io.StringIO()
    csv.writer(s, quoting=q).writerows(rows)
    print(q, repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", 'c"d', "e"])
print(repr(s.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error", e)
s = io.StringIO()
csv.writer(s, delimiter=";", lineterminator="\n", quotechar="'").writerows([["x;y", "it's"], ["plain", ""]])
print(repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, doublequote=False, escapechar="\\").writerow(['say "x"'])
print(repr(s.getvalue()))

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL, skipinitialspace=True, lineterminator="\n")
print(sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.skipinitialspace, repr(d.lineterminator), d.quoting)
print(list(csv.reader(io.StringIO("a| b|  c\n1|2|3\n"), dialect="pipes")))
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("csv.Error", e)
csv.unregister_dialect("pipes")


class Tabs(csv.Dialect):
    delimiter = "\t"
    quotechar = '"'
    quoting = csv.QUOTE_MINIMAL
    lineterminator = "\n"
    doublequote = True
    skipinitialspace = False


s = io.StringIO()
csv.writer(s, Tabs).writerow(["a\tb", "c"])
print(repr(s.getvalue()), list(csv.reader(io.StringIO(s.getvalue()), Tabs)))
print(list(csv.reader(['a,"b,c",d', '"x""y",,""', ' "q" ,z'])))
print(list(csv.reader(['1,2.5,"s"'], quoting=csv.QUOTE_NONNUMERIC)))
try:
    list(csv.reader(['1,abc'], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print("ValueError", e)
try:
    list(csv.reader(['"a"b,c'], strict=True))
except csv.Error as e:
    print("csv.Error", e)
r = csv.reader(io.StringIO('a,b\n"multi\nline",c\n'))
for row in r:
    print(r.line_num, row)

text = "name,age,city\nAnn,30,Oslo\nBob,25\nCid,40,Rome,extra1,extra2\n"
dr = csv.DictReader(io.StringIO(text))
print(dr.fieldnames)
for row in dr:
    print(row)
dr = csv.DictReader(io.StringIO(text), restkey="more", restval="?")
print([dict(r) for r in dr])
dr = csv.DictReader(io.StringIO("1,2\n3,4\n"), fieldnames=["x", "y"])
print(list(dr))

s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=["id", "name"], restval="-", lineterminator="\n")
dw.writeheader()
dw.writerow({"id": 1, "name": "x"})
dw.writerow({"id": 2})
try:
    dw.writerow({"id": 3, "name": "y", "age": 9})
except ValueError as e:
    print("ValueError", e)
dw2 = csv.DictWriter(s, fieldnames=["id"], extrasaction="ignore", lineterminator="\n")
dw2.writerow({"id": 4, "junk": 1})
print(repr(s.getvalue()))
try:
    csv.DictWriter(s, fieldnames=["a"], extrasaction="drop")
except ValueError as e:
    print("ValueError", e)

sn = csv.Sniffer()
sample = "id;name;score\n1;Ann;3.5\n2;Bob;4.0\n3;Cid;2.25\n"
dia = sn.sniff(sample)
print(repr(dia.delimiter), repr(dia.quotechar), dia.doublequote, dia.skipinitialspace)
print(sn.has_header(sample), sn.has_header("1,2\n3,4\n5,6\n"))
dia = sn.sniff('"a","b c"\n"1","2"\n', delimiters=",;")
print(repr(dia.delimiter), repr(dia.quotechar), dia.quoting)
try:
    sn.sniff("nothing to see")
except csv.Error as e:
    print("csv.Error", e)
print(csv.field_size_limit(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
