class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


class Form:
    def __init__(self, **fields):
        self.fields = fields

    def validate(self):
        for name, value in self.fields.items():
            if not value:
                raise ValidationError(name, "must not be empty")
        return True


print(Form(a=1, b="x").validate())
try:
    Form(a=1, b="").validate()
except ValidationError as e:
    print("caught:", e, "| field =", e.field, "| args =", e.args)


def process(forms):
    results = []
    for f in forms:
        try:
            results.append(f.validate())
        except ValidationError as e:
            raise RuntimeError("batch failed") from e
    return results


print(process([Form(x=1)]))
process([Form(x=1), Form(y=0)])
