# Classifying uploaded files by MIME type (a web-app style use of mimetypes).
import mimetypes

uploads = ["holiday.jpeg", "holiday.JPG", "scan.tiff", "report.docx", "slides.pptx", "data.tsv",
           "notes.md", "page.htm", "clip.webm", "track.ogg", "track.flac", "sound.wav",
           "bundle.tar", "bundle.tgz", "bundle.tar.xz", "font.ttf", "font.otf", "pic.webp",
           "diagram.svgz", "feed.rss", "calendar.ics", "contact.vcf", "code.c", "code.h",
           "lib.wasm", "prog.exe", "app.apk", "sheet.ods", "video.mov", "video.avi", "image.bmp",
           "archive.7z", "noext", ".hidden", "trailing.", "UPPER.PDF"]

groups = {}
for name in uploads:
    mime, enc = mimetypes.guess_type(name)
    major = mime.split("/")[0] if mime else "unknown"
    groups.setdefault(major, []).append(name)
    print(f"{name:16} {mime!s:45} {enc}")
for major in sorted(groups):
    print(major, len(groups[major]))

for mime in ["image/png", "audio/mpeg", "video/mp4", "application/zip", "text/csv",
             "application/javascript", "text/javascript", "application/octet-stream"]:
    print(mime, mimetypes.guess_extension(mime), mimetypes.guess_extension(mime, strict=False))
print(mimetypes.guess_type("https://cdn.example.com/img/logo.svg"))
print(mimetypes.guess_type("file:///tmp/archive.tar.gz"))
print(mimetypes.guess_type("data:image/png;base64,iVBORw0KGgo="))
print(mimetypes.guess_type("data:,hello"))
