# Exception messages with non-ASCII text.
greeting = "Grüß Gott, 世界!"
print(greeting, len(greeting), greeting.upper())
print("données: début")
messages = ["ascii only", "accentué", "日本語", "emoji 😀", "mixed: naïve café"]
for m in messages:
    try:
        raise ValueError(m)
    except ValueError as e:
        print("handled:", e, len(str(e)))
class Ошибка(Exception):
    pass
try:
    raise Ошибка("кириллица")
except Ошибка as e:
    print(type(e).__name__, e)
print(repr(ValueError("é")), ascii(ValueError("é")))
print("fin")
print("ünïcödé".title(), "ß".upper())
raise ValueError("échec: 😀 naïve 中文")
