# Loops over lists and strs held in plain locals: char checksums, `for w in text.split()`
# counting, grouping with setdefault, and comprehensions over the lists.
def build(n):
    parts = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit"]
    out = []
    for i in range(n):
        out.append(parts[i % 8] + str(i % 97))
    return " ".join(out)


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) % 1000003
    return h


def count(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def group(words):
    by_first = {}
    for w in words:
        by_first.setdefault(w[0], []).append(len(w))
    return by_first


def main():
    text = build(500000)
    words = text.split()
    counts = count(text)
    groups = group(words)
    lens = [len(w) for w in words if w[0] != "s"]
    print(checksum(text), len(counts), sorted(groups)[:4], sum(lens), max(counts.values()))


main()
