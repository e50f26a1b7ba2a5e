# Value patterns use dotted names and compare with ==.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
class Http:
    OK = 200
    NOT_FOUND = 404
    class Redirect:
        MOVED = 301
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.BLUE | "cyan":
            return "calm"
        case _:
            return "unknown"
print([paint(c) for c in ["red", "green", "blue", "cyan", "pink"]])
def status(code):
    match code:
        case Http.OK:
            return "ok"
        case Http.NOT_FOUND:
            return "missing"
        case Http.Redirect.MOVED:
            return "moved"
        case 500 | 502 | 503:
            return "server error"
        case _:
            return "other"
print([status(c) for c in [200, 404, 301, 502, 418, 200.0]])
class Weird:
    def __eq__(self, other):
        return other == "magic"
class Consts:
    W = Weird()
match "magic":
    case Consts.W:
        print("value pattern used __eq__")
match "plain":
    case Consts.W:
        print("not printed")
    case _:
        print("Weird did not match plain")
