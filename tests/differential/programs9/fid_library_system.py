"""Library system: abc, properties, total_ordering, __eq__/__hash__, class methods."""
from abc import ABC, abstractmethod
from functools import total_ordering
from datetime import date, timedelta


class LibraryError(Exception):
    pass


class Media(ABC):
    loan_days = 21
    _registry = {}

    def __init__(self, title, year):
        self.title = title
        self.year = year
        self._borrower = None
        self.due = None

    def __init_subclass__(cls, code=None, **kw):
        super().__init_subclass__(**kw)
        if code:
            Media._registry[code] = cls

    @classmethod
    def create(cls, code, *args):
        return cls._registry[code](*args)

    @property
    @abstractmethod
    def kind(self):
        ...

    @abstractmethod
    def describe(self):
        raise NotImplementedError

    @property
    def available(self):
        return self._borrower is None

    def lend(self, who, today):
        if not self.available:
            raise LibraryError(f"{self.title!r} is already lent to {self._borrower}")
        self._borrower = who
        self.due = today + timedelta(days=self.loan_days)

    def give_back(self, today):
        late = max(0, (today - self.due).days)
        self._borrower, self.due = None, None
        return late * 0.25


@total_ordering
class Book(Media, code="B"):
    def __init__(self, title, year, author, pages):
        super().__init__(title, year)
        self.author = author
        self.pages = pages

    kind = property(lambda self: "book")

    def describe(self):
        return f"{self.title} by {self.author} ({self.year}, {self.pages}p)"

    def __eq__(self, other):
        if not isinstance(other, Book):
            return NotImplemented
        return (self.author, self.title) == (other.author, other.title)

    def __lt__(self, other):
        return (self.author, self.title) < (other.author, other.title)

    def __hash__(self):
        return hash((self.author, self.title))


class DVD(Media, code="D"):
    loan_days = 7

    def __init__(self, title, year, minutes):
        super().__init__(title, year)
        self.minutes = minutes

    @property
    def kind(self):
        return "dvd"

    def describe(self):
        h, m = divmod(self.minutes, 60)
        return f"{self.title} [{h}h{m:02d}m]"


try:
    Media("x", 1)
except TypeError as e:
    print("TypeError:", e)


class Half(Media):
    def describe(self):
        return "half"


try:
    Half("y", 2)
except TypeError as e:
    print("TypeError:", e)

items = [
    Media.create("B", "Dune", 1965, "Herbert", 412),
    Media.create("D", "Alien", 1979, 117),
    Book("Emma", 1815, "Austen", 474),
    Book("Persuasion", 1817, "Austen", 249),
    DVD("Heat", 1995, 170),
]
for it in items:
    print(f"{it.kind:5} {it.describe()}")
today = date(2024, 3, 1)
items[0].lend("ann", today)
items[1].lend("bob", today)
try:
    items[0].lend("cid", today)
except LibraryError as e:
    print("LibraryError:", e)
print([i.title for i in items if i.available])
print(items[0].due, items[1].due)
print("fine:", items[1].give_back(today + timedelta(days=12)), items[0].give_back(today + timedelta(days=3)))
books = sorted(i for i in items if isinstance(i, Book))
print([b.title for b in books], books[0] <= books[1], books[1] >= books[2], books[0] > books[2])
print(Book("Emma", 2000, "Austen", 1) == items[2], Book("Emma", 2000, "Austen", 1) in set(books))
print(items[2] == items[1], items[2] != "Emma", sorted(Media._registry))
print(isinstance(items[1], Media), issubclass(DVD, ABC), Media.__abstractmethods__ if hasattr(Media, "__abstractmethods__") else None)
print(sorted(Half.__abstractmethods__), type(items[0]).__mro__[1].__name__, DVD.loan_days, Book.loan_days)
