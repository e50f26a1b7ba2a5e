# String presentation: precision truncation, width, errors.
for s in ["hello", "", "héllo wörld", "日本語テキスト", "😀😀😀"]:
    print(f"[{s:10}] [{s:>10}] [{s:^10.3}] [{s:.2}] [{s:s}] [{s:-<12.5s}]")
for bad in ["d", "+", " ", ",", "#", "f", "10,"]:
    try:
        print(format("abc", bad))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
print("{:.0}|{:.100}|{:0}|".format("abc", "abc", "abc"))
