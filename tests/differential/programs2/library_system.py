from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from typing import Dict, List, Optional
from collections import defaultdict


class Genre(str, Enum):
    FICTION = "fiction"
    SCIENCE = "science"
    HISTORY = "history"


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    genre: Genre
    copies: int = 1

    def __str__(self):
        return f"{self.title} by {self.author}"


@dataclass
class Loan:
    isbn: str
    member: str
    start: date
    days: int = 14

    @property
    def due(self) -> date:
        return self.start + timedelta(days=self.days)


@dataclass
class Library:
    books: Dict[str, Book] = field(default_factory=dict)
    loans: List[Loan] = field(default_factory=list)

    def add(self, book: Book) -> None:
        if book.isbn in self.books:
            self.books[book.isbn].copies += book.copies
        else:
            self.books[book.isbn] = book

    def available(self, isbn: str) -> int:
        out = sum(1 for l in self.loans if l.isbn == isbn)
        return self.books[isbn].copies - out

    def lend(self, isbn: str, member: str, when: date) -> Optional[Loan]:
        if isbn not in self.books:
            raise KeyError(f"unknown isbn {isbn}")
        if self.available(isbn) <= 0:
            return None
        loan = Loan(isbn, member, when)
        self.loans.append(loan)
        return loan

    def overdue(self, today: date) -> List[Loan]:
        return sorted((l for l in self.loans if l.due < today), key=lambda l: l.due)


lib = Library()
lib.add(Book("111", "Dune", "Herbert", Genre.FICTION, 2))
lib.add(Book("222", "Cosmos", "Sagan", Genre.SCIENCE))
lib.add(Book("333", "SPQR", "Beard", Genre.HISTORY))
lib.add(Book("111", "Dune", "Herbert", Genre.FICTION))
d0 = date(2024, 1, 10)
for i, (isbn, who) in enumerate([("111", "ann"), ("111", "bob"), ("222", "ann"), ("111", "cy"), ("111", "dee"), ("222", "eve")]):
    loan = lib.lend(isbn, who, d0 + timedelta(days=i * 3))
    print(who, isbn, "->", loan.due.isoformat() if loan else "unavailable")
try:
    lib.lend("999", "x", d0)
except KeyError as e:
    print("KeyError", e)
today = date(2024, 2, 1)
for l in lib.overdue(today):
    print(f"OVERDUE {l.member:<4} {lib.books[l.isbn]!s:<20} due {l.due:%d %b} ({(today - l.due).days} days)")
by_member = defaultdict(list)
for l in lib.loans:
    by_member[l.member].append(lib.books[l.isbn].title)
print(dict(by_member))
print(Genre.FICTION == "fiction", Genre("science").name, Genre.HISTORY.value.upper(), isinstance(Genre.FICTION, str))
print(sorted(g.value for g in Genre), f"{Genre.SCIENCE}", str(Genre.SCIENCE), repr(Genre.SCIENCE))
print(lib.books["222"])
print(date(2024, 2, 29) + timedelta(days=365), date(2024, 3, 1) - date(2023, 3, 1), date.fromisoformat("2024-05-06").strftime("%a %j %U"))
