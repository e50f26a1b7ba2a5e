# String literal syntax: raw, triple-quoted, implicit concatenation, escape sequences.
print("tab:\t|", "nl:\\n", r"raw:\n\t", R"RAW\d+", len("\n"), len(r"\n"))
print("\x41\x42", "\101\102", "\u00e9", "\U0001F600", "\N{GREEK SMALL LETTER ALPHA}", "\N{SNOWMAN}")
print("\0", repr("\0"), repr("\12"), repr("\177"), repr("\x7F"))
multi = """line one
  line two
\tline three\
 continued"""
print(multi)
print(len(multi), multi.count("\n"))
single = '''it's "quoted"'''
print(single)
joined = ("part one, "
          "part two, "
          'part three')
print(joined)
print(r"C:\path\to\file", r'\'', r"\"", len(r"\\"))
print("\a\b\f\v" == "\x07\x08\x0c\x0b", "a\
b")
print(u"unicode prefix", "é" == "\xe9" == "\u00e9" == "\N{LATIN SMALL LETTER E WITH ACUTE}")
x = 7
print(f"{x}" "plain" f"{x*2}", "plain" f"{'nested'}", rf"raw {x} \n", fr"{x}\t")
print("""a""" + '''b''' + "c" + 'd')
empty = ""
print(repr(empty), repr(''''''), repr(""""""), len(""" """))
