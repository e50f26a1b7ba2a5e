# except* handles part of a nested group; the rest (with notes and a cause) escapes uncaught.
def validate(rows):
    errors = []
    for i, row in enumerate(rows):
        try:
            if not isinstance(row, dict):
                raise TypeError(f"row {i} is {type(row).__name__}")
            if "id" not in row:
                raise KeyError("id")
            int(row["id"])
        except (TypeError, KeyError, ValueError) as e:
            e.add_note(f"while checking row {i}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("invalid rows", [errors[0], ExceptionGroup("more", errors[1:])])


try:
    validate([{"id": "1"}, [1], {"x": 2}, {"id": "z"}])
except* KeyError as g:
    print("handled keys:", [repr(e) for e in g.exceptions])
