"""A library management script: books, members, loans, fines, and a command log processed line by line."""

from dataclasses import dataclass, field


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    pass


class LimitReached(LibraryError):
    pass


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    copies: int = 1
    out: int = 0

    @property
    def available(self):
        return self.copies - self.out


@dataclass
class Member:
    name: str
    limit: int = 2
    loans: dict = field(default_factory=dict)
    fines: float = 0.0


class Library:
    FINE_PER_DAY = 0.25

    def __init__(self):
        self.books = {}
        self.members = {}
        self.day = 0

    def add(self, isbn, title, author, copies=1):
        b = self.books.setdefault(isbn, Book(isbn, title, author, 0))
        b.copies += copies

    def join(self, name, limit=2):
        self.members[name] = Member(name, limit)

    def lend(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        if len(m.loans) >= m.limit:
            raise LimitReached(f"{name} already has {len(m.loans)} books")
        if b.available <= 0:
            raise NotAvailable(f"no copies of {b.title!r} left")
        if m.fines > 1:
            raise LibraryError(f"{name} owes ${m.fines:.2f}")
        b.out += 1
        m.loans[isbn] = self.day + 14
        return m.loans[isbn]

    def back(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        due = m.loans.pop(isbn)
        b.out -= 1
        late = max(0, self.day - due)
        m.fines += late * self.FINE_PER_DAY
        return late

    def pay(self, name, amount):
        m = self.members[name]
        m.fines = max(0.0, round(m.fines - amount, 2))
        return m.fines


COMMANDS = """
add 111 Dune Herbert 2
add 222 Emma Austen
add 333 Ulysses Joyce 1
add 111 Dune Herbert 1
join ann 3
join bob
lend ann 111
lend ann 222
lend bob 222
lend bob 111
lend bob 111
lend bob 333
lend bob 333
wait 20
back ann 111
back bob 111
lend bob 111
pay bob 0.5
lend bob 111
wait 3
back ann 222
lend ann 999
lend carl 111
bogus cmd
lend ann
"""

lib = Library()
for lineno, line in enumerate(COMMANDS.strip().splitlines(), 1):
    cmd, *args = line.split()
    try:
        match cmd, args:
            case "add", [isbn, title, author, *n]:
                lib.add(isbn, title, author, int(n[0]) if n else 1)
                result = f"{title} now {lib.books[isbn].copies} copies"
            case "join", [name, *lim]:
                lib.join(name, *map(int, lim))
                result = f"welcome {name}"
            case "lend", [name, isbn]:
                result = f"due day {lib.lend(name, isbn)}"
            case "back", [name, isbn]:
                result = f"{lib.back(name, isbn)} days late"
            case "pay", [name, amount]:
                result = f"owes {lib.pay(name, float(amount)):.2f}"
            case "wait", [days]:
                lib.day += int(days)
                result = f"day {lib.day}"
            case _:
                raise LibraryError(f"bad command {line!r}")
    except KeyError as e:
        result = f"unknown {e}"
    except (NotAvailable, LimitReached) as e:
        result = f"{type(e).__name__}: {e}"
    except LibraryError as e:
        result = f"error: {e}"
    print(f"{lineno:>2} {line:<28} -> {result}")

for b in sorted(lib.books.values(), key=lambda b: b.title):
    print(f"{b.title:<10} {b.author:<8} {b.available}/{b.copies}")
for m in lib.members.values():
    print(m)
print(sum(b.out for b in lib.books.values()), {n: round(m.fines, 2) for n, m in lib.members.items()})
