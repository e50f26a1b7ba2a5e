# Soft keywords (match, case, _, type) and builtin names used as identifiers.
match = "match is a soft keyword"
case = "so is case"
type_ = "type"
print(match, case, type_)
def match_fn(match, case=None):
    return match, case
print(match_fn(1, case=2))
match = [1, 2]
match match:
    case [case, *_]:
        print("match statement with variable named match, case =", case)
class Foo:
    match = "attr named match"
    case = "attr named case"
print(Foo.match, Foo().case)
_ = "underscore variable"
print(_)
match 5:
    case _:
        print("wildcard did not rebind _:", _)
object_ = object
list_ = [1]
dict_ = {"k": 1}
print(list_, dict_, object_.__name__)
print_ = print
print_("print alias works")
exec_ = "exec name"
print(exec_)
