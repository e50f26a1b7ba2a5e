# A small library system: dataclasses, field defaults, ordering, custom exceptions.
from dataclasses import dataclass, field, asdict
from datetime import date, timedelta
from typing import Optional


class LibraryError(Exception):
    """Base class for library problems."""


class NotAvailable(LibraryError):
    def __init__(self, title, due):
        super().__init__(f"{title!r} is checked out until {due:%Y-%m-%d}")
        self.title = title
        self.due = due


class UnknownMember(LibraryError, KeyError):
    pass


@dataclass(order=True)
class Book:
    isbn: str
    title: str = field(compare=False)
    author: str = field(compare=False)
    year: int = field(default=2000, compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)
    borrower: Optional[str] = field(default=None, compare=False)
    due: Optional[date] = field(default=None, compare=False)

    @property
    def available(self):
        return self.borrower is None


@dataclass
class Member:
    name: str
    limit: int = 2
    history: list = field(default_factory=list)


class Library:
    def __init__(self, today):
        self.today = today
        self.books = {}
        self.members = {}

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def join(self, name, **kw):
        self.members[name] = Member(name, **kw)
        return self.members[name]

    def member(self, name):
        try:
            return self.members[name]
        except KeyError:
            raise UnknownMember(name) from None

    def lend(self, isbn, name, days=14):
        m = self.member(name)
        book = self.books[isbn]
        if not book.available:
            raise NotAvailable(book.title, book.due)
        out = [b for b in self.books.values() if b.borrower == name]
        if len(out) >= m.limit:
            raise LibraryError(f"{name} already has {len(out)} books (limit {m.limit})")
        book.borrower, book.due = name, self.today + timedelta(days=days)
        m.history.append(book.title)
        return book.due

    def give_back(self, isbn):
        book = self.books[isbn]
        late = max(0, (self.today - book.due).days) if book.due else 0
        book.borrower = book.due = None
        return late * 0.25

    def report(self):
        lines = []
        for b in sorted(self.books.values()):
            status = "in" if b.available else f"out ({b.borrower}, due {b.due.isoformat()})"
            lines.append(f"{b.isbn:<6}{b.title[:22]:<24}{b.year:>5}  {status}")
        return "\n".join(lines)


lib = Library(date(2024, 3, 1))
lib.add(
    Book("b300", "The Pragmatic Programmer", "Hunt", 1999, ["craft"]),
    Book("b100", "Structure and Interpretation", "Abelson", 1985, ["lisp", "classic"]),
    Book("b200", "Fluent Python", "Ramalho", 2015),
    Book("b050", "Dune", "Herbert", 1965, ["sf"]),
)
lib.join("ana")
lib.join("ben", limit=1)
print(lib.lend("b100", "ana"))
print(lib.lend("b200", "ana", days=7))
for isbn, who in [("b300", "ana"), ("b100", "ben"), ("b050", "zoe"), ("b050", "ben"), ("b300", "ben")]:
    try:
        due = lib.lend(isbn, who)
        print(f"lent {isbn} to {who}, due {due}")
    except NotAvailable as e:
        print("not available:", e, "| title attr:", e.title)
    except UnknownMember as e:
        print("unknown member:", e, isinstance(e, KeyError), repr(e))
    except LibraryError as e:
        print("refused:", e)
print(lib.report())
lib.today += timedelta(days=10)
print("fine:", lib.give_back("b200"), lib.give_back("b100"))
print(asdict(lib.members["ana"]))
print(lib.books["b050"])
print(sorted(lib.books.values())[0] < lib.books["b300"], Book("x", "t", "a") == Book("x", "u", "b"))
print([m.name for m in lib.members.values() if m.history])
