# String presentation: precision truncation, width, errors.
for s in ["hello", "", "héllo wörld", "日本語テキスト", "😀😀😀"]:
    print(f"[{s:10}] [{s:>10}] [{s:^10.3}] [{s:.2}] [{s:s}] [{s:-<12.5s}]")
for bad in ["d", "+", " ", ",", "#", "f", "10,"]:
    try:
        print(format("abc", bad))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
print("{:.0}|{:.100}|{:0}|".format("abc", "abc", "abc"))
names = ["Ann", "Bartholomew", "", "Zoë"]
for n in names:
    print(f"|{n:<8.8}|{n:>8.3}|{n:^8}|{n!r:>15}|")
print("{:>5}".format("toolongvalue"), "{:.3}".format("toolongvalue"), "{:5.0}|".format("x"))
print(format("tab\tchar", ">12"), format("new\nline", "<10") + "|", format("é", "x^5"))
print("%-6s|%6s|%.1s|" % ("ab", "ab", "ab"), "%s" % "ünï", "%10.4s|" % "truncate")
for fill in "*-0 ":
    print(format("pad", f"{fill}^9") + "|")
print("{:{fill}{align}{width}.{prec}}".format("dynamic", fill="~", align="^", width=11, prec=4))
print(repr(f"{'':10}"), repr(format("", "^3")), repr("{:0}".format("")), len(f"{'x':1000}"))
print(f"{'abc'!r:>8}", f"{'abc'!a:<8}|", f"{'é'!a:^10}|")
