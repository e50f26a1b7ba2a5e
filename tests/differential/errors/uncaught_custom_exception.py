# A user-defined exception from __main__ is reported without a module prefix.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
records = [{"name": "ann", "age": 31}, {"name": "", "age": 20}]
for i, rec in enumerate(records):
    print("validating record", i)
    if not rec["name"]:
        raise ValidationError("name", "must not be empty")
    print("record", i, "ok")
