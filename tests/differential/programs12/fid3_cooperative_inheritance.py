class Base:
    def __init__(self, **kw):
        if kw:
            raise TypeError(f"unexpected options: {sorted(kw)}")
        self.trail = ["Base"]

    def describe(self):
        return "base"

    def hooks(self):
        return []


class Timestamped(Base):
    def __init__(self, *, created="2024-01-01", **kw):
        super().__init__(**kw)
        self.created = created
        self.trail.append("Timestamped")

    def describe(self):
        return f"{super().describe()} @{self.created}"

    def hooks(self):
        return super().hooks() + ["ts"]


class Tagged(Base):
    def __init__(self, *, tags=(), **kw):
        super().__init__(**kw)
        self.tags = list(tags)
        self.trail.append("Tagged")

    def describe(self):
        return f"{super().describe()} #{','.join(self.tags) or '-'}"

    def hooks(self):
        return super().hooks() + ["tag"]


class Owned(Base):
    def __init__(self, *, owner, **kw):
        self.owner = owner
        super().__init__(**kw)
        self.trail.append("Owned")

    def describe(self):
        return f"{super().describe()} by {self.owner}"

    def hooks(self):
        return ["own"] + super().hooks()


class Document(Timestamped, Tagged, Owned):
    def __init__(self, title, **kw):
        super().__init__(**kw)
        self.title = title
        self.trail.append("Document")

    def describe(self):
        return f"{self.title!r}: {super().describe()}"


class Note(Tagged, Timestamped):
    pass


print([c.__name__ for c in Document.__mro__])
print([c.__name__ for c in Note.__mro__])
d = Document("Plan", owner="ann", tags=["q3", "draft"], created="2024-06-30")
print(d.describe())
print(d.trail, d.hooks())
n = Note(tags=["x"])
print(n.describe(), n.trail, n.hooks(), n.created)
for kw in [dict(title="T"), dict(title="T", owner="bo", colour="red")]:
    try:
        Document(**kw)
    except TypeError as e:
        print("TypeError:", e)
print(super(Tagged, d).describe(), super(Document, d).hooks(), Tagged.describe(d))
try:
    class Broken(Base, Timestamped):
        pass
except TypeError as e:
    print("TypeError:", e)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who(), D.mro() == list(D.__mro__), [k.__name__ for k in D.__bases__], issubclass(D, C))


class Meta(type):
    def describe(cls):
        return f"class {cls.__name__} with {len(cls.__mro__)} bases in mro"


class WithMeta(D, metaclass=Meta):
    pass


print(WithMeta.describe(), WithMeta().who(), type(WithMeta).__name__)
