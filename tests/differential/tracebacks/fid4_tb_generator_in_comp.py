# An error raised inside a generator consumed by a comprehension inside a function.
def parse_all(lines):
    return [int(x) * 2 for x in cleaned(lines)]

def cleaned(lines):
    for line in lines:
        line = line.strip()
        if line:
            yield line

print(parse_all(["1", " 2 ", ""]))
print(parse_all(["3", "four"]))
