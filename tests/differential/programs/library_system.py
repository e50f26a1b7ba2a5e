from datetime import date, timedelta
from collections import defaultdict
import itertools


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    pass


class Book:
    _ids = itertools.count(1)

    def __init__(self, title, author, year, copies=1):
        self.id = next(Book._ids)
        self.title = title
        self.author = author
        self.year = year
        self.copies = copies
        self.out = 0

    @property
    def available(self):
        return self.copies - self.out

    def __repr__(self):
        return f"Book#{self.id}({self.title!r}, {self.year})"

    def __str__(self):
        return f"{self.title} by {self.author} ({self.year}) [{self.available}/{self.copies}]"


class Member:
    def __init__(self, name, limit=2):
        self.name = name
        self.limit = limit
        self.loans = {}

    def __repr__(self):
        return f"Member({self.name})"


class Library:
    FINE_PER_DAY = 0.25

    def __init__(self):
        self.books = {}
        self.members = {}
        self.history = defaultdict(list)

    def add(self, *books):
        for b in books:
            self.books[b.id] = b
        return self

    def join(self, name, **kw):
        m = Member(name, **kw)
        self.members[name] = m
        return m

    def search(self, text="", *, before=None, author=None):
        text = text.lower()
        hits = [b for b in self.books.values()
                if text in b.title.lower()
                and (before is None or b.year < before)
                and (author is None or b.author == author)]
        return sorted(hits, key=lambda b: (b.year, b.title))

    def checkout(self, name, book_id, today):
        m = self.members[name]
        b = self.books.get(book_id)
        if b is None:
            raise LibraryError(f"no book with id {book_id}")
        if len(m.loans) >= m.limit:
            raise LibraryError(f"{name} has reached the limit of {m.limit}")
        if b.available <= 0:
            raise NotAvailable(f"{b.title!r} is not available")
        b.out += 1
        due = today + timedelta(days=14)
        m.loans[book_id] = due
        self.history[name].append(("out", b.title, today.isoformat()))
        return due

    def checkin(self, name, book_id, today):
        m = self.members[name]
        due = m.loans.pop(book_id)
        b = self.books[book_id]
        b.out -= 1
        late = max((today - due).days, 0)
        fine = late * self.FINE_PER_DAY
        self.history[name].append(("in", b.title, today.isoformat(), f"${fine:.2f}"))
        return fine


lib = Library().add(
    Book("Dune", "Herbert", 1965, 2),
    Book("Neuromancer", "Gibson", 1984),
    Book("Foundation", "Asimov", 1951, 3),
    Book("I, Robot", "Asimov", 1950),
    Book("Hyperion", "Simmons", 1989),
)
for b in lib.books.values():
    print(b)
print(lib.search("o", before=1960), lib.search(author="Asimov"), lib.search("zzz"))
ann = lib.join("ann")
bob = lib.join("bob", limit=1)
d0 = date(2024, 3, 1)
actions = [
    ("checkout", "ann", 1, 0), ("checkout", "bob", 1, 1), ("checkout", "ann", 2, 2),
    ("checkout", "ann", 3, 2), ("checkout", "bob", 2, 3), ("checkout", "bob", 99, 3),
    ("checkin", "ann", 1, 20), ("checkin", "bob", 1, 10), ("checkout", "bob", 2, 11),
    ("checkin", "ann", 2, 30),
]
for act, who, bid, day in actions:
    today = d0 + timedelta(days=day)
    try:
        res = getattr(lib, act)(who, bid, today)
        print(f"{today:%b %d} {act:8} {who:4} #{bid}: {res}")
    except NotAvailable as e:
        print(f"{today:%b %d} {act:8} {who:4} #{bid}: unavailable - {e}")
    except LibraryError as e:
        print(f"{today:%b %d} {act:8} {who:4} #{bid}: error - {e}")
for name, h in lib.history.items():
    print(name, h)
print({n: sorted(m.loans.items()) for n, m in lib.members.items()})
total_out = sum(b.out for b in lib.books.values())
print(total_out, [str(b) for b in lib.books.values() if b.out])
lib.checkin("ann", 5, d0)
