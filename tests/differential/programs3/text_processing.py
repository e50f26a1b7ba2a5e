import re
from collections import Counter

text = """The Zen of Python, by Tim Peters

Beautiful is better than ugly.
Explicit is better than implicit.
Simple is better than complex.
Complex is better than complicated.
Flat is better than nested.
Sparse is better than dense.
Readability counts.
Special cases aren't special enough to break the rules.
Although practicality beats purity.
Errors should never pass silently.
Unless explicitly silenced."""

lines = text.splitlines()
print(len(lines), len(text), text.count("better"), text.index("Tim"))
words = re.findall(r"[a-z']+", text.lower())
freq = Counter(words)
print(freq.most_common(5))
print(sorted(w for w, n in freq.items() if n == 1 and len(w) > 8))
pairs = re.findall(r"(\w+) is better than (\w+)", text)
print(pairs)
print(re.sub(r"(\w+) is better than (\w+)", r"\2 < \1", lines[2]))
print(re.split(r"[,.]\s*", lines[0]), re.split(r"(\s)", "a b  c", maxsplit=2))
m = re.search(r"by (?P<first>\w+) (?P<last>\w+)", text)
print(m.group(0), m["first"], m.group("last"), m.span(), m.groupdict(), m.start("last"), m.groups())
print(re.match(r"\d+", "abc"), bool(re.fullmatch(r"[A-Z]\w+", "Beautiful")), re.sub(r"\s+", " ", "  a \n b  "))
print([m.group() for m in re.finditer(r"\b[A-Z]\w*", lines[2])], re.subn("is", "IS", lines[3]))
pat = re.compile(r"^(\w+) is", re.M)
print(pat.findall(text)[:4], pat.pattern, bool(pat.flags & re.M))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"), re.escape("a.b*c"))
caps = [ln.title() for ln in lines if ln.endswith("ly.")]
print(caps)
wrapped = []
line = ""
for w in " ".join(lines[2:6]).split():
    if len(line) + len(w) + 1 > 30:
        wrapped.append(line)
        line = w
    else:
        line = f"{line} {w}" if line else w
wrapped.append(line)
print("\n".join(f"{i:2}| {ln:<30}|" for i, ln in enumerate(wrapped, 1)))
acronym = "".join(w[0] for w in lines[0].split() if w[0].isupper())
print(acronym, lines[0].upper().center(40, "~"), lines[-1][::-1])
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print(vowels, {ch: text.lower().count(ch) for ch in "aeiou"}, max(lines, key=len), min(words, key=len))
print(text.encode("utf-8")[:20], len(text.encode()), text.find("zzz"), text.rfind("better"), text.isascii())
