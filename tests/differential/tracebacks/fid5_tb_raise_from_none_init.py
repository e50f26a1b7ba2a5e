# raise ... from None inside __init__ of a class built from a config dict: no context shown.
class Config:
    def __init__(self, data):
        try:
            self.port = int(data["port"])
        except KeyError:
            raise LookupError("config is missing 'port'") from None
        except ValueError as e:
            raise TypeError(f"bad port {data['port']!r}") from e


print(Config({"port": "8080"}).port)
try:
    Config({})
except LookupError as e:
    print("caught:", e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
Config({"port": "http"})
