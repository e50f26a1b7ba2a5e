from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap

Book = namedtuple("Book", "isbn title author year copies", defaults=(1,))
books = [
    Book("111", "Dune", "Herbert", 1965, 3),
    Book("222", "Emma", "Austen", 1815),
    Book("333", "Persuasion", "Austen", 1817, 2),
    Book("444", "Neuromancer", "Gibson", 1984),
    Book("555", "Count Zero", "Gibson", 1986, 2),
]
print(books[1], Book._fields, Book._field_defaults)
print(books[0]._asdict())
b2 = books[1]._replace(copies=5)
print(b2, b2.copies, b2 == books[1], b2[:2])
print(Book._make(["666", "Ubik", "Dick", 1969, 4]))
title, *_, copies = books[0]
print(title, copies)

catalog = OrderedDict((b.isbn, b) for b in books)
catalog.move_to_end("111")
catalog.move_to_end("444", last=False)
print(list(catalog))
print(catalog.popitem(), catalog.popitem(last=False)[0], list(catalog.keys()))

by_author = defaultdict(lambda: defaultdict(list))
for b in books:
    by_author[b.author][b.year // 10 * 10].append(b.title)
for a in sorted(by_author):
    print(a, {k: v for k, v in sorted(by_author[a].items())})

loans = Counter()
history = deque(maxlen=4)
events = ["111", "222", "111", "333", "444", "111", "555", "333", "222", "222"]
for isbn in events:
    loans[isbn] += 1
    history.append(isbn)
print(history, history.maxlen)
print(loans.most_common(3))
print(loans.most_common())
returns = Counter({"111": 2, "222": 1, "999": 1})
print(loans - returns, loans + returns)
print(loans & returns, loans | returns)
c = Counter("mississippi")
print(c, sorted(c.elements())[:6], c.total())
c.subtract("ssp")
print(c, +c, -Counter({"a": -2, "b": 3}))
c.update({"m": 4})
print(c.most_common(2), c["zzz"], "zzz" in c)
dq = deque(range(1, 8))
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq, dq.index(5), dq.count(1))
dq.extendleft("ab")
print(dq, dq.popleft(), dq.pop(), dq[2], len(dq))
dq.insert(1, "X")
dq.remove(3)
print(dq, list(reversed(dq))[:3])

defaults = {"loan_days": 14, "fine": 0.25, "max": 3}
branch = {"fine": 0.5}
member = {"max": 5}
cfg = ChainMap(member, branch, defaults)
print(cfg["loan_days"], cfg["fine"], cfg["max"], len(cfg), sorted(cfg))
child = cfg.new_child({"loan_days": 7})
print(child["loan_days"], child.parents["loan_days"], child.maps[0])
child["fine"] = 1.0
print(child.maps[0], branch, dict(child) == {**defaults, **branch, **member, "loan_days": 7, "fine": 1.0})
dd = defaultdict(int)
for w in "the cat and the hat and the bat".split():
    dd[w] += 1
print(sorted(dd.items(), key=lambda kv: (-kv[1], kv[0])), dd.default_factory)
print(repr(defaultdict(list, {"a": [1]})), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
