# An error inside a key function of sorted(), called through a decorator-built comparator.
import functools


def by(*fields):
    def key(rec):
        return tuple(rec[f] for f in fields)
    return key


records = [{"name": "b", "age": 3}, {"name": "a", "age": 5}, {"name": "c"}]
print(sorted(records[:2], key=by("name")))
print(max(records[:2], key=lambda r: r["age"])["name"])
print(sorted(records, key=functools.cmp_to_key(lambda x, y: x["age"] - y["age"])))
