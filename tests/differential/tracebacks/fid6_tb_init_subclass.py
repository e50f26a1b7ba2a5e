# __init_subclass__ rejecting a subclass at class creation: the traceback runs through the class
# statement into the hook.
class Model:
    registry = {}

    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        if table is None:
            raise TypeError(f"{cls.__name__} needs a table name")
        Model.registry[table] = cls


class User(Model, table="users"):
    pass


print(Model.registry)


class Broken(Model):
    pass


print("never")
