# Output printed before an uncaught ValueError must still appear; status 1.
def parse_all(items):
    out = []
    for s in items:
        out.append(int(s))
        print("parsed", s)
    return out
def parse_lenient(items):
    out = []
    for s in items:
        try:
            out.append(int(s))
        except ValueError as e:
            print("skipping:", e)
    return out
print("start")
print(parse_all(["1", "22", "333"]))
print(parse_lenient(["4", "five", "6", "7.0"]))
print(int("  8  "), int("-0"), float("9.5"))
parse_all(["4", "five", "6"])
print("never reached")
