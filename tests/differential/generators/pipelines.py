# Chained generator pipelines processing text records.
LOG = """2024-01-01 INFO start service
2024-01-01 WARN disk 91%
2024-01-02 ERROR crash in module a
# comment line
2024-01-02 INFO restart

2024-01-03 ERROR crash in module b
2024-01-03 INFO ok"""
def lines(text):
    for line in text.splitlines():
        yield line
def non_blank(it):
    return (l for l in it if l.strip() and not l.startswith("#"))
def parse(it):
    for l in it:
        date, level, msg = l.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}
def only(level, it):
    for rec in it:
        if rec["level"] == level:
            yield rec
records = list(parse(non_blank(lines(LOG))))
print(len(records))
for rec in only("ERROR", iter(records)):
    print(rec["date"], rec["msg"])
levels = {}
for rec in records:
    levels[rec["level"]] = levels.get(rec["level"], 0) + 1
print(levels)
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)), list(batched([], 2)))
def enumerate_from(it, start):
    i = start
    for x in it:
        yield i, x
        i += 1
print(list(enumerate_from("xyz", 10)))
def interleave(*its):
    iters = [iter(i) for i in its]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)
print(list(interleave([1, 2, 3], "ab", [None])))
