# Output printed before an uncaught ValueError must still appear; status 1.
def parse_all(items):
    out = []
    for s in items:
        out.append(int(s))
        print("parsed", s)
    return out
print("start")
print(parse_all(["1", "22", "333"]))
parse_all(["4", "five", "6"])
print("never reached")
