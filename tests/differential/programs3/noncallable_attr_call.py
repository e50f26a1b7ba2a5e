# Calling a class attribute that is not callable, through the class and through an instance.
class Settings:
    retries = 3
    name = "cfg"
    handlers = {"a": 1}


for label, call in [("class int", lambda: Settings.retries(1)), ("instance str", lambda: Settings().name()),
                    ("instance dict", lambda: Settings().handlers("a"))]:
    try:
        call()
    except TypeError as e:
        print(label, "TypeError:", e)
