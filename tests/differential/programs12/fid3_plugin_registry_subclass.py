import functools


class Exporter:
    registry: dict = {}
    extensions: tuple = ()

    def __init_subclass__(cls, /, fmt=None, ext=(), **kw):
        super().__init_subclass__(**kw)
        if fmt is not None:
            if fmt in Exporter.registry:
                raise TypeError(f"duplicate format {fmt!r} ({cls.__name__} vs {Exporter.registry[fmt].__name__})")
            Exporter.registry[fmt] = cls
        cls.fmt = fmt
        cls.extensions = tuple(ext) or cls.extensions

    def __class_getitem__(cls, fmt):
        try:
            return cls.registry[fmt]
        except KeyError:
            raise KeyError(f"no exporter for {fmt}") from None

    def export(self, rows):
        raise NotImplementedError(f"{type(self).__name__}.export")


class CsvExporter(Exporter, fmt="csv", ext=(".csv",)):
    sep = ","

    def export(self, rows):
        head = list(rows[0])
        lines = [self.sep.join(head)]
        lines += [self.sep.join(str(r[k]) for k in head) for r in rows]
        return "\n".join(lines)


class TsvExporter(CsvExporter, fmt="tsv", ext=(".tsv", ".tab")):
    sep = "\t"


class MdExporter(Exporter, fmt="md"):
    def export(self, rows):
        head = list(rows[0])
        w = {k: max(len(k), *(len(str(r[k])) for r in rows)) for k in head}
        out = ["| " + " | ".join(k.ljust(w[k]) for k in head) + " |",
               "|" + "|".join("-" * (w[k] + 2) for k in head) + "|"]
        for r in rows:
            out.append("| " + " | ".join(str(r[k]).rjust(w[k]) if isinstance(r[k], (int, float)) else str(r[k]).ljust(w[k]) for k in head) + " |")
        return "\n".join(out)


class Draft(Exporter):
    pass


def register_filter(name):
    def deco(cls):
        cls.filter_name = name
        orig = cls.export

        @functools.wraps(orig)
        def export(self, rows):
            return orig(self, [r for r in rows if r.get("qty", 1) > 0])

        cls.export = export
        return cls
    return deco


@register_filter("nonzero")
class JsonishExporter(Exporter, fmt="jsonish"):
    def export(self, rows):
        """Render rows as a JSON-like list."""
        return "[" + ", ".join("{" + ", ".join(f'"{k}": {v!r}' for k, v in r.items()) + "}" for r in rows) + "]"


rows = [{"sku": "A1", "qty": 3, "price": 2.5}, {"sku": "B22", "qty": 0, "price": 10.0}, {"sku": "C333", "qty": 12, "price": 0.75}]
for fmt in sorted(Exporter.registry):
    cls = Exporter[fmt]
    print(f"== {fmt} ({cls.__name__}, ext={cls.extensions}, fmt={cls.fmt})")
    print(cls().export(rows))
print(Draft.fmt, Draft.extensions, "Draft" in [c.__name__ for c in Exporter.registry.values()])
print(JsonishExporter.filter_name, JsonishExporter.export.__name__, JsonishExporter.export.__doc__, JsonishExporter.export.__wrapped__.__qualname__)
try:
    Exporter["xml"]
except KeyError as e:
    print("KeyError:", e)
try:
    class Again(Exporter, fmt="csv"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    Draft().export(rows)
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    class Bad(Exporter, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
print([c.__name__ for c in Exporter.__subclasses__()], TsvExporter.__mro__[1].__name__, issubclass(TsvExporter, CsvExporter))
print(list[int], dict[str, list[float]], tuple[int, ...], type(list[int]).__name__, list[int].__origin__, list[int].__args__)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"


print(Box[int], Box["x"], Box[3])
