# mimetypes: guessing content types and extensions for common files and URLs.
import mimetypes

names = ["index.html", "style.css", "app.js", "data.json", "photo.JPG", "image.png", "anim.gif",
         "doc.pdf", "archive.tar.gz", "archive.zip", "notes.txt", "table.csv", "script.py",
         "song.mp3", "movie.mp4", "font.woff2", "vector.svg", "page.xhtml", "readme",
         "backup.tar.bz2", "data.xml", "icon.ico", "book.epub", "sheet.xlsx", "x.unknownext",
         "https://example.com/a/b/report.pdf?x=1#frag", "data:text/plain;base64,SGVsbG8=",
         "C:\\dir\\file.txt", "/usr/share/doc/file.md"]
for n in names:
    print(f"{n!r:45} {mimetypes.guess_type(n)}")

for t in ["text/html", "image/jpeg", "application/json", "text/plain", "application/pdf",
          "image/svg+xml", "application/x-nonexistent"]:
    exts = mimetypes.guess_all_extensions(t)
    print(t, mimetypes.guess_extension(t), ".txt" in exts if t == "text/plain" else len(exts) > 0)

print(mimetypes.guess_type("file.txt", strict=False))
mimetypes.add_type("application/x-pyjs", ".pyjs")
print(mimetypes.guess_type("prog.pyjs"), mimetypes.guess_extension("application/x-pyjs"))
print(mimetypes.types_map[".css"], mimetypes.encodings_map[".gz"], mimetypes.suffix_map[".tgz"])
print(mimetypes.inited)
db = mimetypes.MimeTypes()
print(db.guess_type("x.html"), db.guess_type("y.weird"))
db.add_type("text/x-weird", ".weird")
print(db.guess_type("y.weird"), mimetypes.guess_type("y.weird"))
