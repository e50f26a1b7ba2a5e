"""csv dialects, quoting, Sniffer, DictReader/DictWriter corner cases; io.StringIO/BytesIO/TextIOWrapper."""
import csv
import io

raw = 'id,name,amount,note\n1,"Smith, John",12.50,"said ""hi"""\n2,Ann,-3,\n3,"multi\nline",0.1,x\n'
rows = list(csv.reader(io.StringIO(raw)))
print(rows)
for d in csv.DictReader(io.StringIO(raw)):
    print(dict(d))
r = csv.DictReader(io.StringIO("a,b\n1,2,3,4\n5\n"), restkey="extra", restval="?")
print([dict(x) for x in r], r.fieldnames, r.line_num)
out = io.StringIO()
w = csv.writer(out)
w.writerow(["plain", "with,comma", 'with "quote"', "with\nnewline", "", None, 3.5, True])
w.writerows([[1, 2], ["x"]])
print(repr(out.getvalue()))
for q in [csv.QUOTE_ALL, csv.QUOTE_MINIMAL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE]:
    out = io.StringIO()
    try:
        csv.writer(out, quoting=q, escapechar="\\").writerow(["a", 1, 2.5, "b,c", None])
        print(q, repr(out.getvalue()))
    except csv.Error as e:
        print(q, "csv.Error:", e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error:", e)
print(list(csv.reader(io.StringIO('1,"2",3.5\n'), quoting=csv.QUOTE_NONNUMERIC)))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["name", "qty"], extrasaction="ignore", lineterminator="\n")
dw.writeheader()
dw.writerow({"name": "bolt", "qty": 3, "junk": 1})
dw.writerows([{"name": "nut"}, {"qty": 9, "name": "washer"}])
print(out.getvalue(), end="")
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError:", e)
csv.register_dialect("pipes", delimiter="|", quotechar="'", skipinitialspace=True, lineterminator="\n")
print(list(csv.reader(["a| 'b|c'| d"], dialect="pipes")), csv.list_dialects().count("pipes"), csv.get_dialect("pipes").delimiter)
out = io.StringIO()
csv.writer(out, dialect="pipes").writerow(["x|y", "z"])
print(repr(out.getvalue()))
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("csv.Error:", e)
print(list(csv.reader(["a\tb\t'c d'"], delimiter="\t", quotechar="'")), list(csv.reader(['a,"b"c,d'])), list(csv.reader(['"a"b,c'])))
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
try:
    list(csv.reader(['"a"b'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
print(list(csv.reader(['a,"b'])), list(csv.reader(["x\\,y,z"], escapechar="\\")), list(csv.reader([""])), list(csv.reader(["", "a"])))
sample = "name;age;city\nann;31;oslo\nbob;25;rome\n"
dialect = csv.Sniffer().sniff(sample)
print(dialect.delimiter, repr(dialect.quotechar), csv.Sniffer().has_header(sample), dialect.lineterminator == "\r\n")
print(csv.Sniffer().sniff('"a","b"\n"1","2"\n').quotechar, csv.excel.delimiter, csv.excel_tab.delimiter, csv.unix_dialect.lineterminator == "\n")
try:
    csv.reader([], delimiter="ab")
except TypeError as e:
    print("TypeError:", e)
print(csv.field_size_limit(), csv.QUOTE_MINIMAL)

s = io.StringIO("line1\nline2\r\nline3\rline4")
print(s.readline(), repr(s.readline()), s.tell(), s.read(3), s.readlines())
s.seek(0)
print(len(s.read()), s.seek(0, 2), s.write("!"), s.getvalue()[-5:])
s2 = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(s2.read()))
s3 = io.StringIO("a\r\nb\rc\n", newline="")
print(s3.readlines())
s4 = io.StringIO(newline="\r\n")
s4.write("x\ny\n")
print(repr(s4.getvalue()))
s5 = io.StringIO("hello")
s5.seek(2)
s5.write("XY")
print(s5.getvalue(), s5.truncate(3), s5.getvalue(), s5.closed, s5.readable(), s5.seekable())
s5.close()
try:
    s5.getvalue()
except ValueError as e:
    print("ValueError:", e)
b = io.BytesIO(b"binary\x00data\nsecond")
print(b.read(6), b.read1(2) if hasattr(b, "read1") else "", b.readline(), b.getvalue()[:3], b.tell(), bytes(b.getbuffer()[:2]))
b.seek(0, 2)
b.write(b"+tail")
print(b.getvalue())
raw_bytes = io.BytesIO("naïve café\nsecond line\n".encode("utf-8"))
tw = io.TextIOWrapper(raw_bytes, encoding="utf-8")
print(tw.readline(), end="")
print(list(tw), tw.encoding)
wb = io.BytesIO()
tw2 = io.TextIOWrapper(wb, encoding="latin-1", newline="\n")
tw2.write("Ünïcode\n")
tw2.flush()
print(wb.getvalue())
try:
    io.TextIOWrapper(io.BytesIO(b"\xff\xfe"), encoding="utf-8").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(io.TextIOWrapper(io.BytesIO(b"a\xffb"), encoding="utf-8", errors="replace").read())
print(issubclass(io.StringIO, io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
with io.StringIO() as f:
    print("via print", 1, sep="-", end="|", file=f)
    print(repr(f.getvalue()))
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError:", e)
try:
    io.BytesIO().write("x")
except TypeError as e:
    print("TypeError:", e)
