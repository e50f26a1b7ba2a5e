from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from collections import defaultdict


class Genre(Enum):
    FICTION = "fiction"
    SCIENCE = "science"
    HISTORY = "history"


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    pass


class UnknownMember(LibraryError, KeyError):
    pass


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    genre: Genre
    copies: int = 1
    loans: list = field(default_factory=list, repr=False)

    @property
    def available(self):
        return self.copies - len(self.loans)


@dataclass
class Member:
    mid: int
    name: str
    fines: float = 0.0


class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 0.25

    def __init__(self):
        self.books = {}
        self.members = {}
        self.history = defaultdict(list)

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def join(self, name):
        m = Member(len(self.members) + 1, name)
        self.members[m.mid] = m
        return m

    def checkout(self, mid, isbn, today):
        if mid not in self.members:
            raise UnknownMember(mid)
        book = self.books[isbn]
        if book.available <= 0:
            raise NotAvailable(f"{book.title!r} has no free copies")
        due = today + timedelta(days=self.LOAN_DAYS)
        book.loans.append((mid, due))
        self.history[mid].append(isbn)
        return due

    def checkin(self, mid, isbn, today):
        book = self.books[isbn]
        for i, (m, due) in enumerate(book.loans):
            if m == mid:
                del book.loans[i]
                late = (today - due).days
                if late > 0:
                    fine = late * self.FINE_PER_DAY
                    self.members[mid].fines += fine
                    return f"late by {late} days, fine {fine:.2f}"
                return "on time"
        raise LibraryError(f"member {mid} does not hold {isbn}")

    def report(self):
        by_genre = defaultdict(list)
        for b in self.books.values():
            by_genre[b.genre].append(b)
        for g in Genre:
            books = sorted(by_genre[g], key=lambda b: b.title)
            print(f"{g.name.title()} ({len(books)})")
            for b in books:
                print(f"  {b.title:<28} {b.author:<18} {b.available}/{b.copies}")


lib = Library()
lib.add(Book("1", "Dune", "Herbert", Genre.FICTION, 2), Book("2", "Cosmos", "Sagan", Genre.SCIENCE),
        Book("3", "SPQR", "Beard", Genre.HISTORY), Book("4", "A Brief History of Time", "Hawking", Genre.SCIENCE, 3))
ann, bob = lib.join("Ann"), lib.join("Bob")
d0 = date(2024, 5, 1)
print(lib.checkout(ann.mid, "1", d0), lib.checkout(bob.mid, "1", d0))
for mid, isbn in [(ann.mid, "1"), (7, "2"), (bob.mid, "2")]:
    try:
        print("due", lib.checkout(mid, isbn, d0))
    except NotAvailable as e:
        print("NotAvailable:", e)
    except KeyError as e:
        print(type(e).__name__, "KeyError:", e, isinstance(e, LibraryError))
print(lib.checkin(ann.mid, "1", d0 + timedelta(days=20)))
print(lib.checkin(bob.mid, "1", d0 + timedelta(days=3)))
try:
    lib.checkin(ann.mid, "3", d0)
except LibraryError as e:
    print("LibraryError:", e)
lib.report()
print(ann, bob, dict(lib.history))
print(lib.books["1"], Genre("science"), [g.value for g in Genre])
