# Builtin names can be shadowed locally and globally, then restored with del.
def use_len(x):
    return len(x)
print(use_len("abc"))
len = lambda x: "shadowed"
print(use_len("abc"), len([1]))
del len
print(use_len("abc"))
def local_shadow():
    list = "local list"
    return list
print(local_shadow(), list("ab"))
def param_shadow(str, max=0):
    return str * 2, max
print(param_shadow(5), param_shadow("ab", max=3))
class Shadows:
    def sum(self, *a):
        return "method named sum"
    def print(self):
        return "method named print"
s = Shadows()
print(s.sum(1, 2), s.print(), sum([1, 2]))
type_ = type
def type(x):
    return "custom type()"
print(type(1), type_(1).__name__)
del type
print(type(1).__name__)
id = "not a function anymore"
input = 42
print(id, input)
for min in range(2):
    pass
print(min)
del min
print(min(5, 3))
