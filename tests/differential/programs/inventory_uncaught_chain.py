import json


class ValidationError(Exception):
    def __init__(self, field, msg):
        self.field = field
        super().__init__(f"{field}: {msg}")


def validate(order):
    if "qty" not in order:
        raise ValidationError("qty", "missing")
    if not isinstance(order["qty"], int):
        raise ValidationError("qty", f"expected int, got {type(order['qty']).__name__}")
    return order


def load(blob):
    try:
        data = json.loads(blob)
    except json.JSONDecodeError as e:
        raise ValueError(f"bad json at pos {e.pos}") from e
    return [validate(o) for o in data]


orders_ok = '[{"qty": 1}, {"qty": 2}]'
print(load(orders_ok))
for blob in ['[{"qty": "3"}]', '[{}]', "[1,", "{}"]:
    try:
        print(load(blob))
    except ValidationError as e:
        print("invalid", e.field, "-", e)
    except ValueError as e:
        print("ValueError", e, "cause:", type(e.__cause__).__name__)
    except Exception as e:
        print("other", type(e).__name__, e)


def level3(x):
    return {"a": 1}[x]


def level2(x):
    try:
        return level3(x)
    except KeyError:
        raise LookupError(f"level2 failed for {x!r}")


def level1(x):
    return level2(x)


print(level1("a"))
level1("b")
