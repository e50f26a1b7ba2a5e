# Private name mangling, dunder-ish names and single underscores.
class Account:
    def __init__(self):
        self.__secret = "hidden"
        self._protected = "conventional"
        self.__dunder__ = "not mangled"
    def reveal(self):
        return self.__secret
    def __private_method(self):
        return "private method"
    def call_private(self):
        return self.__private_method()
a = Account()
print(a.reveal(), a._protected, a.__dunder__, a.call_private())
print(a._Account__secret, a._Account__private_method())
try:
    a.__secret
except AttributeError as e:
    print("AttributeError", e)
print(sorted(vars(a)))
class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__secret = "sub secret"
    def sub_reveal(self):
        return self.__secret
s = Sub()
print(s.reveal(), s.sub_reveal(), sorted(vars(s)))
_single = 1
__double = 2
print(_single, __double)
class Names:
    _ = "underscore attr"
    __ = "double underscore"
print(Names._, Names.__)
def __weird__():
    return "dunder function name"
print(__weird__())
