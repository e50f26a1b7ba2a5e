# User-defined exceptions: args, str/repr, extra attributes, hierarchies.
class AppError(Exception):
    """Base for the app."""
class NotFound(AppError):
    def __init__(self, resource, ident):
        super().__init__(f"{resource} {ident} not found")
        self.resource = resource
        self.ident = ident
class Invalid(AppError):
    def __init__(self, field, reason="invalid"):
        self.field = field
        self.reason = reason
    def __str__(self):
        return f"{self.field}: {self.reason}"
class Plain(AppError):
    pass
for exc in [NotFound("user", 42), Invalid("email"), Invalid("age", "negative"), Plain(), Plain("one"), Plain("a", 2), AppError(None)]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
try:
    raise NotFound("page", "/x")
except NotFound as e:
    print(e.resource, e.ident, isinstance(e, AppError), isinstance(e, Exception))
class WithCode(Exception):
    def __init__(self, code, *rest):
        super().__init__(code, *rest)
        self.code = code
e = WithCode(500, "server", "error")
print(e, e.args, e.code, len(e.args))
e.args = ("replaced",)
print(e, repr(e))
class Reprs(Exception):
    def __repr__(self):
        return "Reprs!"
print(repr(Reprs("x")), str(Reprs("x")), [Reprs()])
class Multi(KeyError, AppError):
    pass
try:
    raise Multi("both")
except AppError as e:
    print("caught Multi as AppError:", e, [c.__name__ for c in Multi.__mro__])
print(AppError.__doc__, issubclass(NotFound, AppError), NotFound.__bases__[0].__name__)
class Retry(Exception):
    attempts = 0
def flaky():
    Retry.attempts += 1
    if Retry.attempts < 3:
        raise Retry(Retry.attempts)
    return "succeeded"
while True:
    try:
        print(flaky())
        break
    except Retry as r:
        print("retry", r)
