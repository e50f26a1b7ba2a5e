"""email parsing: multipart with base64 and quoted-printable parts, encoded headers, walk(), get_payload(decode=True), attachments, BytesParser/Parser with policies, HeaderParser, generator round trip."""
import email
from email import policy
from email.generator import Generator
from email.header import decode_header, make_header
from email.parser import BytesParser, HeaderParser, Parser
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import encoders
import io

RAW = b"""From: =?utf-8?b?SsO2cmcgTcO8bGxlcg==?= <joerg@example.de>
To: team@example.com, "Doe, Jane" <jane@example.com>
Cc: undisclosed-recipients:;
Subject: =?iso-8859-1?q?Pr=FCfbericht_f=FCr?= Q1
Date: Mon, 01 Apr 2024 09:15:00 +0200
Message-ID: <abc.123@example.de>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XYZ"

Preamble text is ignored.
--XYZ
Content-Type: multipart/alternative; boundary="ALT"

--ALT
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Gr=C3=BC=C3=9Fe an alle,
der Bericht ist angeh=C3=A4ngt. Eine sehr lange Zeile, die mit einem weichen Umbr=
uch fortgesetzt wird.
--ALT
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PHA+R3LDvMOfZTwvcD4=
--ALT--
--XYZ
Content-Type: text/csv; name="q1.csv"
Content-Disposition: attachment; filename="q1.csv"
Content-Transfer-Encoding: base64

cmVnaW9uLHNhbGVzCm5vcnRoLDEyMApzb3V0aCw5OAo=
--XYZ
Content-Type: application/octet-stream
Content-Disposition: attachment; filename*=utf-8''%C3%BCbersicht.bin
Content-Transfer-Encoding: base64

AAECAwQF/w==
--XYZ--
Epilogue.
"""

msg = email.message_from_bytes(RAW)
print(type(msg).__name__, msg.get_content_type(), msg.is_multipart(), msg.get_boundary(), repr(msg.preamble), repr(msg.epilogue))
print(decode_header(msg["Subject"]), str(make_header(decode_header(msg["Subject"]))), str(make_header(decode_header(msg["From"]))))
print(msg.get_all("to"), msg.get("cc"), msg["message-id"], len(msg.keys()), msg.get_params()[:1])
for part in msg.walk():
    ctype = part.get_content_type()
    print(f"  {ctype:26} multipart={part.is_multipart()!s:5} cte={part.get('Content-Transfer-Encoding')} charset={part.get_content_charset()} filename={part.get_filename()} disp={part.get_content_disposition()}")
    if not part.is_multipart():
        payload = part.get_payload(decode=True)
        print("   ", len(payload), payload[:60])
text_part = msg.get_payload(0).get_payload(0)
print(repr(text_part.get_payload(decode=True).decode(text_part.get_content_charset())))

pmsg = BytesParser(policy=policy.default).parsebytes(RAW)
print(type(pmsg).__name__, pmsg["subject"], pmsg["from"].addresses[0].display_name, [a.addr_spec for a in pmsg["to"].addresses], pmsg["date"].datetime.utcoffset())
body = pmsg.get_body(preferencelist=("html", "plain"))
print(body.get_content_type(), repr(body.get_content()))
for att in pmsg.iter_attachments():
    c = att.get_content()
    print(att.get_filename(), att.get_content_type(), type(c).__name__, c if isinstance(c, str) else c.hex())
hdrs = HeaderParser().parsestr(RAW.decode("ascii"))
print(hdrs["subject"], hdrs.is_multipart(), len(hdrs.get_payload()) > 100)
plain = Parser().parsestr("Subject: plain\nX-Multi: a\nX-Multi: b\n\nbody\n")
print(plain.get_all("x-multi"), plain.get_payload(), plain.get_content_charset("ascii-default"), plain.get_default_type())

outer = MIMEMultipart()
outer["Subject"] = "Built with mime classes"
outer["To"] = "x@example.com"
outer.preamble = "You will not see this in a MIME-aware mail reader.\n"
outer.set_boundary("===BOUNDARY===")
outer.attach(MIMEText("Résumé attached.\n", "plain", "utf-8"))
app = MIMEApplication(b"%PDF-1.4 fake", _subtype="pdf")
app.add_header("Content-Disposition", "attachment", filename="cv.pdf")
outer.attach(app)
raw_part = MIMEBase("application", "x-custom")
raw_part.set_payload(b"\x00\x01 custom bytes")
encoders.encode_base64(raw_part)
outer.attach(raw_part)
qp = MIMEText("caf\u00e9 " * 20, "plain", "utf-8")
del qp["Content-Transfer-Encoding"]
encoders.encode_quopri(qp)
outer.attach(qp)
buf = io.StringIO()
Generator(buf, mangle_from_=False, maxheaderlen=60).flatten(outer)
text = buf.getvalue()
print(text)
again = email.message_from_string(text)
print([p.get_content_type() for p in again.walk()], again.get_payload(1).get_payload(decode=True), again.get_payload(2).get_payload(decode=True))
print(again.get_payload(3).get_payload(decode=True).decode("utf-8")[:24], again.get_payload(0).get_payload(decode=True).decode())
print(outer.as_bytes()[:40], len(outer.as_string(maxheaderlen=40)) > 0)
