# String building and parsing: a char-level tokenizer over generated source text, str.join of
# parts, split/partition/rsplit of key=value lines, isdigit/isalpha tests, += string building.
def gen(n):
    ops = ["+", "-", "*", "/", "(", ")"]
    parts = []
    for i in range(n):
        parts.append("v" + str(i % 50))
        parts.append(ops[i % 6])
        parts.append(str(i * 37 % 1000))
        parts.append(" ")
    return "".join(parts)


def tokenize(s):
    toks = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c.isdigit():
            j = i
            while j < n and s[j].isdigit():
                j += 1
            toks.append(("num", s[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < n and (s[j].isalnum() or s[j] == "_"):
                j += 1
            toks.append(("name", s[i:j]))
            i = j
        elif c == " ":
            i += 1
        else:
            toks.append(("op", c))
            i += 1
    return toks


def kv(n):
    lines = []
    for i in range(n):
        lines.append("key%d = value %d ; note=%s" % (i % 100, i, "x" * (i % 5)))
    d = {}
    for line in lines:
        k, _, rest = line.partition("=")
        val, _, note = rest.rpartition(";")
        d[k.strip()] = val.strip().split()[-1] + note.split("=")[1]
    return d


def build(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if i % 80 == 79:
            s += "\n"
    return s


def main():
    src = gen(40000)
    toks = tokenize(src)
    kinds = {}
    for k, v in toks:
        kinds[k] = kinds.get(k, 0) + len(v)
    d = kv(60000)
    b = build(200000)
    lines = b.splitlines()
    title = " ".join(w.capitalize() for w in lines[0][:40].split("k"))
    print(len(toks), sorted(kinds.items()), len(d), d["key7"], len(lines), lines[-1][-10:], title)


main()
