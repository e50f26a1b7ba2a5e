# A line diff by longest common subsequence, with a unified-style hunk printer, word-level diff,
# edit distance table, and a round trip that applies the diff back.
def lcs_table(a, b):
    n, m = len(a), len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    return t


def diff(a, b):
    t = lcs_table(a, b)
    i = j = 0
    ops = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            ops.append((" ", a[i])); i += 1; j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            ops.append(("-", a[i])); i += 1
        else:
            ops.append(("+", b[j])); j += 1
    ops.extend(("-", x) for x in a[i:])
    ops.extend(("+", x) for x in b[j:])
    return ops


def hunks(ops, context=1):
    changed = [k for k, (tag, _) in enumerate(ops) if tag != " "]
    if not changed:
        return []
    groups, cur = [], [changed[0]]
    for k in changed[1:]:
        if k - cur[-1] <= 2 * context + 1:
            cur.append(k)
        else:
            groups.append(cur); cur = [k]
    groups.append(cur)
    out = []
    for g in groups:
        lo, hi = max(0, g[0] - context), min(len(ops), g[-1] + context + 1)
        a_start = sum(1 for tag, _ in ops[:lo] if tag != "+") + 1
        b_start = sum(1 for tag, _ in ops[:lo] if tag != "-") + 1
        a_len = sum(1 for tag, _ in ops[lo:hi] if tag != "+")
        b_len = sum(1 for tag, _ in ops[lo:hi] if tag != "-")
        out.append((f"@@ -{a_start},{a_len} +{b_start},{b_len} @@", ops[lo:hi]))
    return out


old = """The quick brown fox
jumps over
the lazy dog.
It was a sunny day.
Birds sang.
The end.""".splitlines()
new = """The quick brown fox
leaps over
the lazy dog.
It was a sunny day.
Birds sang loudly.
Everyone cheered.
The end.""".splitlines()
ops = diff(old, new)
for header, body in hunks(ops):
    print(header)
    for tag, line in body:
        print(f"{tag}{line}")
stats = {tag: sum(1 for t, _ in ops if t == tag) for tag in " -+"}
print(stats, f"similarity={2 * stats[' '] / (len(old) + len(new)):.3f}")


def patch(a, ops):
    out, i = [], 0
    for tag, line in ops:
        if tag == " ":
            assert a[i] == line, (i, line); out.append(line); i += 1
        elif tag == "-":
            assert a[i] == line; i += 1
        else:
            out.append(line)
    return out


print(patch(old, ops) == new, patch(new, [({"+": "-", "-": "+"}.get(t, t), l) for t, l in ops]) == old)
w1, w2 = "the cat sat on the mat".split(), "the black cat sat on a mat today".split()
print(" ".join(w if t == " " else f"[{t}{w}]" for t, w in diff(w1, w2)))
print("".join(c if t == " " else f"({t}{c})" for t, c in diff("kitten", "sitting")))


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    rows = [prev]
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        rows.append(cur)
        prev = cur
    return prev[-1], rows


d, rows = edit_distance("flaw", "lawn")
print("   ", "  ".join(" " + "lawn"))
for ch, row in zip(" flaw", rows):
    print(f"{ch!r:>3}", " ".join(f"{v:2d}" for v in row))
for a, b in [("", "abc"), ("abc", ""), ("same", "same"), ("intention", "execution"), ("αβγ", "αγβ")]:
    print(f"{a!r:>12} -> {b!r:<12} distance={edit_distance(a, b)[0]} lcs={lcs_table(a, b)[0][0] if a and b else 0}")
print(diff([], ["x"]), diff(["x"], []), diff((1, 2, 3), (1, 3)), hunks(diff(list("ab"), list("ab"))))
