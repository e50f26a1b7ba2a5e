import re
import string
import textwrap

TEXT = """The quick brown fox jumps over the lazy dog. The dog, being lazy,
did not respond! Foxes are quick; dogs are (sometimes) lazy. Is that fair?
Numbers: 3.14, 42, -7, 1e3 and 0x1F appear here. Email: bob@example.com, alice.smith@mail.org
"""

words = re.findall(r"[A-Za-z']+", TEXT)
print(len(words), words[:6])
freq = {}
for w in words:
    freq[w.lower()] = freq.get(w.lower(), 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, n in top:
    print(f"{w:<10}|{n:>3}|{'#' * n}")

sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", TEXT) if s.strip()]
for i, s in enumerate(sentences, 1):
    print(i, repr(s[:30]), len(s))

nums = re.findall(r"-?\d+(?:\.\d+)?(?:e\d+)?", TEXT)
print(nums)
emails = re.findall(r"([\w.]+)@([\w.]+)", TEXT)
print(emails)
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "x@y and p@q"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
m = re.search(r"(?P<word>\b\w{5}\b)", TEXT)
print(m.group("word"), m.span(), m.start(), m.groupdict())
print(re.match(r"\w+", "hello world").group(0))
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None)
pat = re.compile(r"(\d+)-(\d+)")
for mm in pat.finditer("1-2, 33-44, 555-666"):
    print(mm.groups(), mm.group(1, 2))
print(pat.sub(r"\2-\1", "1-2, 33-44"))
print(re.split(r"[,;]\s*", "a, b;c,  d"))
print(re.escape("a.b*c"))

print(textwrap.fill(" ".join(words[:30]), width=40))
print(textwrap.dedent("""\
    indented
      more
    back"""))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25))
print(textwrap.indent("a\nb\n", "> "))

print(string.ascii_lowercase[:5], string.digits, string.punctuation[:10])
table = str.maketrans("aeiou", "AEIOU", "xyz")
print("hello xyz world".translate(table))
print("Hello World".swapcase(), "hello world".title(), "  pad ".center(12, "*"))
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".rsplit(",", 1))
print("line1\nline2\r\nline3".splitlines(), "abc".zfill(6), "-42".zfill(6))
print("tic-tac-toe".partition("-"), "tic-tac-toe".rpartition("-"))
print("%s has %d items costing %.2f (%5.1f%%)" % ("cart", 3, 9.5, 12.345))
print("%-8s|%8s|%08.3f|%x|%o|%e" % ("left", "right", 3.14159, 255, 8, 12345.678))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"))
print("{0}{1}{0}".format("ab", "cd"), "{name}={val:.3g}".format(name="pi", val=3.14159))
print(f"{12345678:_}", f"{0.000123:.2e}", f"{255:#x}", f"{255:#b}", f"{-3.5:+.1f}", f"{7:03d}")
print(f"{'nested':{'^'}{12}}", f"{3.0}", f"{1e20}", f"{1/3}", f"{2**0.5!r}")
val = 42
print(f"{val=}", f"{val = }", f"{val!s:>5}")
print(ascii("café ☕"), repr("tab\there"), "ß".upper(), "ǅ".lower())
print(ord("€"), chr(8364), "abc" * 3, "x".join(["1", "2", "3"]))
print("Straße".casefold(), "hello".find("l"), "hello".rfind("l"), "hello".index("e"))
print("hello".count("l"), "HeLLo".isupper(), "123".isdigit(), "abc123".isalnum(), " ".isspace())
print("hello world".startswith(("he", "wo")), "file.tar.gz".endswith(".gz"), "abc".removeprefix("a"))
"hello".index("z")
