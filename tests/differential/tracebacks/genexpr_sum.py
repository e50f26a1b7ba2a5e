def parse(items):
    return sum(int(x) for x in items)


print(parse(["1", "2"]))
parse(["1", "x"])
