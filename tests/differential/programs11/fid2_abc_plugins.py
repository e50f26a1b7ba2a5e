from abc import ABC, abstractmethod
from collections.abc import Mapping, MutableSequence, Iterable, Sized, Callable, Hashable, Sequence


class Exporter(ABC):
    registry = {}

    def __init_subclass__(cls, fmt=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if fmt:
            Exporter.registry[fmt] = cls

    @abstractmethod
    def export(self, rows):
        ...

    @property
    @abstractmethod
    def extension(self):
        ...

    def filename(self, base):
        return f"{base}.{self.extension}"


class CsvExporter(Exporter, fmt="csv"):
    extension = "csv"

    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)


class MdExporter(Exporter, fmt="md"):
    @property
    def extension(self):
        return "md"

    def export(self, rows):
        head, *body = rows
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(map(str, r)) + " |" for r in body]
        return "\n".join(lines)


class Broken(Exporter, fmt="broken"):
    def export(self, rows):
        return ""


rows = [("name", "qty"), ("apple", 3), ("pear", 5)]
for fmt, cls in sorted(Exporter.registry.items()):
    try:
        ex = cls()
    except TypeError as e:
        print(fmt, "->", e)
        continue
    print(fmt, ex.filename("report"))
    print(ex.export(rows))
try:
    Exporter()
except TypeError as e:
    print(e)


class Registry(Mapping):
    def __init__(self, **items):
        self._items = dict(items)

    def __getitem__(self, key):
        return self._items[key]

    def __iter__(self):
        return iter(sorted(self._items))

    def __len__(self):
        return len(self._items)


r = Registry(b=2, a=1, c=3)
print(list(r), r.get("a"), r.get("z", 0), "b" in r, list(r.items()), r.keys() & {"a", "x"}, r == {"a": 1, "b": 2, "c": 3})


class Ring(MutableSequence):
    def __init__(self, data=()):
        self._d = list(data)

    def __getitem__(self, i):
        return self._d[i]

    def __setitem__(self, i, v):
        self._d[i] = v

    def __delitem__(self, i):
        del self._d[i]

    def __len__(self):
        return len(self._d)

    def insert(self, i, v):
        self._d.insert(i, v)

    def __repr__(self):
        return f"Ring({self._d})"


ring = Ring([1, 2, 3])
ring.append(4)
ring.extend([5, 6])
ring += [7]
print(ring, ring[-2], ring.pop(), ring.index(3), ring.count(1), 5 in ring, list(reversed(ring)))
ring.remove(2)
ring.reverse()
print(ring, len(ring), ring[1:3])


class Plugin:
    pass


Exporter.register(Plugin)
print(issubclass(Plugin, Exporter), isinstance(Plugin(), Exporter), isinstance([], Sequence), isinstance({}, Mapping))
print(isinstance(ring, Iterable), isinstance(r, Sized), isinstance(len, Callable), isinstance([], Hashable), isinstance((), Hashable))
print(sorted(Exporter.__abstractmethods__), sorted(Broken.__abstractmethods__), CsvExporter.__abstractmethods__)
