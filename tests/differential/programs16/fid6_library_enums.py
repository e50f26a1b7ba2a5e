# Library management with dataclasses, enums, ordering, and a report.
from dataclasses import dataclass, field, asdict, replace, fields
from enum import Enum, IntEnum, auto, Flag
from datetime import date, timedelta


class Genre(Enum):
    FICTION = "fic"
    SCIENCE = "sci"
    HISTORY = "his"

    def label(self):
        return self.name.title()


class Status(IntEnum):
    AVAILABLE = auto()
    LOANED = auto()
    LOST = auto()


class Perm(Flag):
    READ = auto()
    BORROW = auto()
    RESERVE = auto()
    ALL = READ | BORROW | RESERVE


@dataclass(order=True)
class Book:
    sort_key: tuple = field(init=False, repr=False)
    title: str
    author: str
    year: int
    genre: Genre = Genre.FICTION
    status: Status = Status.AVAILABLE
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_key = (self.author.split()[-1], self.year)


@dataclass(frozen=True)
class Member:
    name: str
    perms: Perm = Perm.READ | Perm.BORROW


@dataclass
class Loan:
    book: Book
    member: Member
    start: date
    days: int = 14

    @property
    def due(self):
        return self.start + timedelta(days=self.days)

    def fine(self, today, per_day=0.25):
        late = (today - self.due).days
        return max(0, late) * per_day


class Library:
    def __init__(self):
        self.books = []
        self.loans = []

    def add(self, *books):
        self.books.extend(books)

    def lend(self, title, member, start):
        if Perm.BORROW not in member.perms:
            raise PermissionError(f"{member.name} may not borrow")
        for b in self.books:
            if b.title == title:
                if b.status is not Status.AVAILABLE:
                    raise LookupError(f"{title!r} is {b.status.name.lower()}")
                b.status = Status.LOANED
                loan = Loan(b, member, start)
                self.loans.append(loan)
                return loan
        raise KeyError(title)


lib = Library()
lib.add(
    Book("Dune", "Frank Herbert", 1965, tags=["classic"]),
    Book("Cosmos", "Carl Sagan", 1980, Genre.SCIENCE),
    Book("SPQR", "Mary Beard", 2015, Genre.HISTORY, tags=["rome", "ancient"]),
    Book("Contact", "Carl Sagan", 1985),
    Book("The Guns of August", "Barbara Tuchman", 1962, Genre.HISTORY),
)
alice = Member("Alice", Perm.ALL)
bob = Member("Bob")
carol = Member("Carol", Perm.READ)
print(alice, bob, carol, sep="\n")
print(repr(Perm.READ | Perm.RESERVE), Perm.ALL.value, Perm(3))
d0 = date(2024, 2, 20)
for title, who, off in [("Dune", alice, 0), ("Cosmos", bob, 3), ("Dune", bob, 4),
                        ("SPQR", carol, 5), ("Nope", alice, 6), ("Contact", alice, 9)]:
    try:
        loan = lib.lend(title, who, d0 + timedelta(days=off))
        print(f"lent {title:<8} to {who.name:<6} due {loan.due:%Y-%m-%d} ({loan.due:%a})")
    except (PermissionError, LookupError) as e:
        print(f"refused: {type(e).__name__}: {e}")

today = date(2024, 3, 20)
print("fines:", [(l.member.name, l.book.title, l.fine(today)) for l in lib.loans])
print("total fines:", sum(l.fine(today) for l in lib.loans))
for b in sorted(lib.books):
    print(f"  {b.title:<20} {b.author:<16} {b.year} {b.genre.label():<8} {b.status!r}")
print(sorted(lib.books)[0])
print(asdict(lib.books[2]))
print(replace(lib.books[0], title="Dune Messiah", year=1969))
print([f.name for f in fields(Book)])
print(Status.LOANED > Status.AVAILABLE, Status.LOST + 1, Status(2), Genre("sci"))
by_genre = {}
for b in lib.books:
    by_genre.setdefault(b.genre, []).append(b.title)
print(by_genre)
try:
    bob.name = "Robert"
except Exception as e:
    print(type(e).__name__, e)
print(hash(Member("X")) == hash(Member("X")), Member("X") == Member("X", Perm.READ | Perm.BORROW))
print(list(Genre), len(Status), Status.__members__.keys())
try:
    Genre("xyz")
except ValueError as e:
    print(e)
