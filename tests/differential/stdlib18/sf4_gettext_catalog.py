"""gettext: a .mo catalog written with struct, loaded through translation(); plural forms of several languages; NullTranslations fallback; c2py errors."""
import gettext
import io
import os
import struct
import tempfile


def make_mo(messages, plural_header):
    """Build a GNU .mo file (little-endian) from {msgid: msgstr}; plural msgids are 'a\\x00b'."""
    header = f"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: {plural_header}\nLanguage: xx\n"
    items = sorted({"": header, **messages}.items())
    ids = b""
    strs = b""
    offsets = []
    for k, v in items:
        kb, vb = k.encode(), v.encode()
        offsets.append((len(ids), len(kb), len(strs), len(vb)))
        ids += kb + b"\0"
        strs += vb + b"\0"
    n = len(items)
    keystart = 7 * 4 + 16 * n
    valuestart = keystart + len(ids)
    koffsets, voffsets = [], []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    out = struct.pack("<Iiiiiii", 0x950412DE, 0, n, 7 * 4, 7 * 4 + n * 8, 0, 0)
    out += struct.pack(f"<{len(koffsets)}i", *koffsets) + struct.pack(f"<{len(voffsets)}i", *voffsets)
    return out + ids + strs


root = tempfile.mkdtemp()
catalogs = {
    "de": ({"Hello": "Hallo", "File": "Datei", "%d file\x00%d files": "%d Datei\x00%d Dateien", "menu\x04Open": "Öffnen"}, "nplurals=2; plural=(n != 1);"),
    "pl": ({"%d file\x00%d files": "%d plik\x00%d pliki\x00%d plików"}, "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"),
    "ja": ({"%d file\x00%d files": "%d ファイル"}, "nplurals=1; plural=0;"),
}
for lang, (msgs, plural) in catalogs.items():
    d = os.path.join(root, lang, "LC_MESSAGES")
    os.makedirs(d)
    with open(os.path.join(d, "app.mo"), "wb") as f:
        f.write(make_mo(msgs, plural))

for lang in ["de", "pl", "ja"]:
    t = gettext.translation("app", localedir=root, languages=[lang])
    print(lang, type(t).__name__, t.gettext("Hello"), t.gettext("Missing"), [t.ngettext("%d file", "%d files", k) % k for k in (0, 1, 2, 5, 12, 22, 25, 101)])
    print("  ", sorted(t.info().items()), t.charset())
de = gettext.translation("app", localedir=root, languages=["de"])
print(de.pgettext("menu", "Open"), de.pgettext("other", "Open"), de.npgettext("menu", "x", "xs", 2))
print(gettext.find("app", root, languages=["pl", "de"]) == os.path.join(root, "pl", "LC_MESSAGES", "app.mo"), gettext.find("app", root, languages=["fr"]))
try:
    gettext.translation("app", localedir=root, languages=["fr"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, repr(e.filename))
fb = gettext.translation("app", localedir=root, languages=["fr"], fallback=True)
print(type(fb).__name__, fb.gettext("Hello"), fb.ngettext("one", "many", 1), fb.ngettext("one", "many", 3))
chain = gettext.translation("app", localedir=root, languages=["ja"])
chain.add_fallback(de)
print(chain.gettext("Hello"), chain.ngettext("%d file", "%d files", 3) % 3)
nt = gettext.NullTranslations()
print(nt.gettext("x"), nt.ngettext("a", "b", 1), nt.pgettext("c", "m"), nt.info(), nt.charset())
gt = gettext.GNUTranslations(io.BytesIO(make_mo({"cat": "Katze"}, "nplurals=2; plural=n>1;")))
print(gt.gettext("cat"), gt.ngettext("x", "y", 0), gt.plural(0), gt.plural(2))
try:
    gettext.GNUTranslations(io.BytesIO(b"\x00" * 40))
except OSError as e:
    print("OSError", e.errno, e.strerror)
print(gettext.gettext("untranslated"), gettext.ngettext("s", "p", 2), gettext.dgettext("nodomain", "x"))
for expr in ["n != 1", "n==1 ? 0 : n%10>=2 && n%10<=4 ? 1 : 2", "(n > 1)", "!n", "n % 3 == 1 || n == 7", "n/2", "n<2 ? n : n>5 ? 2 : 3", "1 < n < 3"]:
    f = gettext.c2py(expr)
    print(repr(expr), [f(k) for k in range(9)])
for bad in ["n +", "(n", "n ? 1", "x", "n == = 1", "n)", "1 " * 10, "n; plural"]:
    try:
        gettext.c2py(bad)
        print(repr(bad), "accepted")
    except ValueError as e:
        print(repr(bad), "ValueError", e)
try:
    gettext.c2py("n")("3")
except TypeError as e:
    print("TypeError", e)
for root_dir, _, files in sorted(os.walk(root)):
    for f in files:
        os.remove(os.path.join(root_dir, f))
for lang in catalogs:
    os.rmdir(os.path.join(root, lang, "LC_MESSAGES"))
    os.rmdir(os.path.join(root, lang))
os.rmdir(root)
