from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum, auto
from collections import defaultdict, Counter
from typing import Iterator


class Status(Enum):
    AVAILABLE = auto()
    ON_LOAN = auto()
    RESERVED = auto()
    LOST = auto()

    def __str__(self):
        return self.name.replace("_", " ").lower()


class LibraryError(Exception):
    """Base for library errors."""


class NotAvailable(LibraryError):
    def __init__(self, copy: Copy):
        super().__init__(f"{copy.book.title!r} copy {copy.barcode} is {copy.status}")
        self.copy = copy


class LimitReached(LibraryError):
    pass


@dataclass(frozen=True, order=True)
class Book:
    title: str
    author: str
    year: int

    @property
    def citation(self) -> str:
        last = self.author.split()[-1]
        return f"{last}, {self.author.split()[0][0]}. ({self.year}). {self.title}."


@dataclass
class Copy:
    book: Book
    barcode: str
    status: Status = Status.AVAILABLE
    history: list = field(default_factory=list, repr=False)


@dataclass
class Member:
    name: str
    limit: int = 3
    loans: dict = field(default_factory=dict)
    fines: float = 0.0

    def __hash__(self):
        return hash(self.name)


class Library:
    FINE_PER_DAY = 0.25
    LOAN_DAYS = 14

    def __init__(self):
        self.copies: dict[str, Copy] = {}
        self.members: dict[str, Member] = {}
        self.events = []

    def add(self, book: Book, n: int = 1) -> list[str]:
        codes = []
        for i in range(n):
            code = f"{book.author[:2].upper()}{book.year % 100:02d}-{len(self.copies) + 1:03d}"
            self.copies[code] = Copy(book, code)
            codes.append(code)
        return codes

    def join(self, name, **kw) -> Member:
        m = self.members[name] = Member(name, **kw)
        return m

    def checkout(self, name: str, code: str, today: date) -> date:
        m, c = self.members[name], self.copies[code]
        if c.status is not Status.AVAILABLE:
            raise NotAvailable(c)
        if len(m.loans) >= m.limit:
            raise LimitReached(f"{name} already has {len(m.loans)} loans")
        due = today + timedelta(days=self.LOAN_DAYS)
        c.status = Status.ON_LOAN
        c.history.append((name, today))
        m.loans[code] = due
        self.events.append(("out", today, name, code))
        return due

    def checkin(self, name: str, code: str, today: date) -> float:
        m, c = self.members[name], self.copies[code]
        due = m.loans.pop(code)
        late = max(0, (today - due).days)
        fine = late * self.FINE_PER_DAY
        m.fines += fine
        c.status = Status.AVAILABLE
        self.events.append(("in", today, name, code))
        return fine

    def available(self) -> Iterator[Copy]:
        return (c for c in self.copies.values() if c.status is Status.AVAILABLE)

    def overdue(self, today: date):
        for m in self.members.values():
            for code, due in sorted(m.loans.items()):
                if due < today:
                    yield m.name, code, (today - due).days


lib = Library()
b1 = Book("Dune", "Frank Herbert", 1965)
b2 = Book("Kindred", "Octavia Butler", 1979)
b3 = Book("Beloved", "Toni Morrison", 1987)
codes = {b.title: lib.add(b, n) for b, n in [(b1, 2), (b2, 1), (b3, 2)]}
print(codes)
for n, lim in [("ann", 2), ("raj", 3), ("lee", 1)]:
    lib.join(n, limit=lim)
d = date(2024, 5, 1)
plan = [
    ("ann", codes["Dune"][0], 0), ("raj", codes["Dune"][1], 1), ("lee", codes["Dune"][0], 1),
    ("ann", codes["Kindred"][0], 2), ("ann", codes["Beloved"][0], 3), ("lee", codes["Beloved"][1], 3),
]
for who, code, off in plan:
    try:
        due = lib.checkout(who, code, d + timedelta(days=off))
        print(f"{who} took {code} due {due:%b %d}")
    except LibraryError as e:
        print(f"{type(e).__name__}: {e}")
print([c.barcode for c in lib.available()])
print(list(lib.overdue(d + timedelta(days=20))))
print(lib.checkin("ann", codes["Dune"][0], d + timedelta(days=21)), lib.checkin("raj", codes["Dune"][1], d + timedelta(days=10)))
print({m.name: (m.fines, sorted(m.loans)) for m in lib.members.values()})
print(Counter(str(c.status) for c in lib.copies.values()))
print(sorted({c.book for c in lib.copies.values()}))
print([b.citation for b in sorted({c.book for c in lib.copies.values()}, key=lambda b: b.year, reverse=True)])
per_member = defaultdict(list)
for kind, day, who, code in lib.events:
    per_member[who].append(f"{kind}:{day.day}")
print(dict(per_member))
print(lib.copies[codes["Dune"][0]], lib.copies[codes["Dune"][0]].history)
print(NotAvailable.__mro__[1:3], LibraryError.__doc__, issubclass(LimitReached, Exception))
