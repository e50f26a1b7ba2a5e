# A user-defined exception from __main__ is reported without a module prefix.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
def validate(rec):
    if not rec.get("name"):
        raise ValidationError("name", "must not be empty")
    if not 0 <= rec.get("age", -1) < 150:
        raise ValidationError("age", f"out of range: {rec.get('age')}")
    return True
samples = [{"name": "x", "age": 200}, {"age": 3}, {"name": "ok", "age": 1}]
for s in samples:
    try:
        print("sample valid:", validate(s))
    except ValidationError as e:
        print("sample invalid:", e, "| field:", e.field)
records = [{"name": "ann", "age": 31}, {"name": "", "age": 20}]
for i, rec in enumerate(records):
    print("validating record", i)
    validate(rec)
    print("record", i, "ok")
print("never reached")
