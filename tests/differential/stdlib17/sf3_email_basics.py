"""email: utils (parseaddr, formataddr, getaddresses, formatdate, parsedate), EmailMessage headers and as_string, parsing, MIME parts."""
import email
import email.policy
from email import message_from_string
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import (formataddr, formatdate, getaddresses, parseaddr, parsedate,
                         parsedate_to_datetime, parsedate_tz, format_datetime, mktime_tz,
                         quote, unquote, collapse_rfc2231_value, encode_rfc2231, decode_rfc2231)
from datetime import datetime, timezone, timedelta

for raw in ["John Doe <john@example.com>", "jane@example.org", '"Smith, Ann" <ann@x.co>', "bad address", "<only@angle.com>", "Name (comment) <n@c.d>"]:
    print(repr(raw), "->", parseaddr(raw))
for pair in [("John Doe", "john@example.com"), ("", "x@y.z"), ("Ann, Smith", "a@s.t"), ("Zoë", "z@e.u"), ('Say "hi"', "h@i.j")]:
    print(formataddr(pair))
print(getaddresses(["a@b.c, Bob <bob@x.y>", "Carol <c@d.e>, dave@f.g"]))
for t in [0, 1e9, 1234567890.5, 86400 * 365]:
    print(formatdate(t), "|", formatdate(t, usegmt=True))
for s in ["Tue, 01 Jan 2019 10:00:00 +0200", "Mon, 20 Nov 1995 19:12:08 -0500", "1 Feb 2020 08:30 GMT", "Sun, 09 Sep 2001 01:46:40 -0000"]:
    print(parsedate(s), parsedate_tz(s), parsedate_to_datetime(s))
print(mktime_tz(parsedate_tz("Tue, 01 Jan 2019 10:00:00 +0200")))
print(format_datetime(datetime(2024, 2, 29, 13, 5, 9, tzinfo=timezone(timedelta(hours=-3)))), format_datetime(datetime(2024, 2, 29, 13, 5, 9, tzinfo=timezone.utc), usegmt=True))
print(quote('a"b\\c'), unquote('"quoted"'), unquote("<angle>"), encode_rfc2231("naïve file.txt", "utf-8"), decode_rfc2231("utf-8''na%C3%AFve"))

m = EmailMessage()
m["Subject"] = "Quarterly report"
m["From"] = formataddr(("Alice Example", "alice@example.com"))
m["To"] = "bob@example.com, Carol <carol@example.com>"
m["Date"] = formatdate(1700000000, usegmt=True)
m["Message-ID"] = "<1234@example.com>"
m.set_content("Hello Bob,\n\nThe report is attached.\n\n-- Alice\n")
print(m.as_string())
print(m["to"].addresses)
print([a.username for a in m["to"].addresses], m["from"].addresses[0].display_name, m["subject"], m["date"].datetime)
print(m.get_content_type(), m.get_content_maintype(), m.get_content_subtype(), m.get_content_charset(), m.is_multipart())
print(list(m.keys()), len(m), "subject" in m, m.get("X-Missing", "none"))
del m["Message-ID"]
m.replace_header("Subject", "Q3 report")
m.add_header("X-Priority", "1")
m.add_header("Content-Disposition", "inline", filename="note.txt")
print(m.items()[-2:], m["Content-Disposition"], m.get_filename())

raw = """From: Sender <sender@example.com>
To: rcpt@example.com
Subject: =?utf-8?q?Caf=C3=A9_menu?=
Content-Type: text/plain; charset="utf-8"; format=flowed
X-Tags: one,
 two

Line one
Line two
"""
msg = message_from_string(raw)
print(type(msg).__name__, msg["subject"], msg.get_params(), msg.get_param("format"), repr(msg["x-tags"]))
print(decode_header(msg["subject"]), str(make_header(decode_header(msg["subject"]))))
print(repr(msg.get_payload()))
msg2 = message_from_string(raw, policy=email.policy.default)
print(type(msg2).__name__, msg2["subject"], repr(msg2.get_content()), msg2["x-tags"])
h = Header("Grüße aus Köln", "utf-8")
print(h.encode(), str(h), Header("plain ascii").encode())

mp = MIMEMultipart("alternative")
mp["Subject"] = "Multi"
mp.set_boundary("BOUNDARY123")
mp.attach(MIMEText("plain body", "plain"))
mp.attach(MIMEText("<b>html</b>", "html"))
print(mp.as_string())
print([p.get_content_type() for p in mp.walk()], mp.get_boundary(), len(mp.get_payload()))
again = message_from_string(mp.as_string())
print(again.is_multipart(), [p.get_payload() for p in again.get_payload()])

old = Message()
old["To"] = "x@y.z"
old.set_payload("old style")
old.set_param("charset", "us-ascii")
print(old.as_string())
print(collapse_rfc2231_value(("us-ascii", "", "abc")), email.message_from_bytes(b"Subject: b\n\nbody").get_payload())
