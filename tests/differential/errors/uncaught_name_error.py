# Referencing an undefined name (no similar name exists, so no suggestion is printed).
values = [1, 2, 3]
print(sum(values))
def lookup(name):
    try:
        return globals()[name]
    except KeyError:
        return f"<{name} undefined>"
print(lookup("values"), lookup("nothing_here"))
try:
    print(undefined_inside_try)
except NameError as e:
    print("caught:", e)
def uses_later_global():
    return later_global * 2
later_global = 21
print(uses_later_global())
del later_global
try:
    uses_later_global()
except NameError as e:
    print("caught after del:", e)
print("now uncaught")
print(zzqx_totally_undefined_quux)
