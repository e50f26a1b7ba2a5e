def parse(lines):
    for n, line in enumerate(lines, 1):
        name, _, value = line.partition("=")
        yield n, name.strip(), value.strip()


def convert(items):
    for n, name, value in items:
        if value.isdigit():
            yield name, int(value)
        else:
            yield name, float(value)


LINES = ["a = 1", "b = 2.5", "c = 10", "d = oops", "e = 3"]
ok = dict(convert(parse(LINES[:3])))
print(ok, sum(ok.values()))
gen = convert(parse(LINES))
print(next(gen), next(gen))
total = {name: value for name, value in gen}
print("never printed", total)
