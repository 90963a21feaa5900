"""Renderer and writer stages, e-mail: the e-mail copy as a multipart message (plain text
and HTML, the statement's subject line, List-Unsubscribe, a Message-ID fixed by the ledger
record, updates threaded under the announcement), sent with the standard library's smtplib.

The secret is an SMTP URL: `smtp://user:password@host:587` (STARTTLS, required except on
this machine) or `smtps://user:password@host:465` (TLS from the start). SMTP has no
idempotency key: a retry after an interrupted run sends again with the same Message-ID,
which mail clients and list servers use to drop a copy that had arrived."""

from __future__ import annotations

import hashlib
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from datetime import datetime
from typing import Any
from urllib.parse import unquote, urlsplit

from generator.reading.destinations import Destination, is_loopback
from generator.publishing.delivery.senders import DeliveryFailed, Outcome, Progress


def message_id(destination_id: str, record_path: str, sender: str) -> str:
    digest = hashlib.sha256(f"{destination_id}/{record_path}".encode()).hexdigest()[:32]
    return f"<{digest}.onevoice@{sender.rpartition('@')[2]}>"


def build(content: dict[str, Any], destination: Destination, organisation: str) -> EmailMessage:
    mail = EmailMessage()
    mail["Subject"] = content["subject"]
    mail["From"] = formataddr((organisation, destination.sender))
    # Several addresses are several audiences: none sees the others.
    mail["To"] = destination.to[0] if len(destination.to) == 1 else "undisclosed-recipients:;"
    mail["Date"] = format_datetime(datetime.fromisoformat(content["date"]))
    mail["Message-ID"] = content["message_id"]
    if content.get("in_reply_to"):
        mail["In-Reply-To"] = content["in_reply_to"]
        mail["References"] = content["in_reply_to"]
    unsubscribe = destination.unsubscribe or f"mailto:{destination.sender}?subject=unsubscribe"
    mail["List-Unsubscribe"] = f"<{unsubscribe}>"
    mail["List-Id"] = f"{organisation} <{destination.id}.{destination.sender.rpartition('@')[2]}>"
    mail["Auto-Submitted"] = "auto-generated"  # no vacation replies to a status update
    mail["Content-Language"] = content["lang"]
    mail.set_content(content["text"])
    mail.add_alternative(content["html"], subtype="html")
    return mail


class SmtpSender:
    def __init__(self, url: str, destination: Destination, organisation: str, timeout: float = 60):
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise DeliveryFailed(f"the secret {destination.secret_var} must be an SMTP URL such as "
                                 "smtp://user:password@host:587 or smtps://user:password@host:465")
        self.host, self.scheme = parts.hostname, parts.scheme
        self.port = parts.port or (465 if parts.scheme == "smtps" else 587)
        self.user = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None
        self.destination, self.organisation, self.timeout = destination, organisation, timeout

    def _connect(self) -> smtplib.SMTP:
        context = ssl.create_default_context()
        if self.scheme == "smtps":
            client: smtplib.SMTP = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
        else:
            client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            client.ehlo()
            if client.has_extn("starttls"):
                client.starttls(context=context)
                client.ehlo()
            elif not is_loopback(self.host):
                client.quit()
                raise DeliveryFailed(f"{self.host} does not offer STARTTLS: the password would travel in clear; "
                                     "use smtps:// or a server that offers STARTTLS")
        if self.user:
            client.login(self.user, self.password or "")
        return client

    def send(self, content: dict[str, Any], state: dict[str, Any] | None, thread: dict[str, Any] | None,
             progress: Progress) -> Outcome:
        mail = build(content, self.destination, self.organisation)
        try:
            client = self._connect()
            try:
                refused = client.send_message(mail, from_addr=self.destination.sender,
                                              to_addrs=list(self.destination.to))
            finally:
                try:
                    client.quit()
                except (smtplib.SMTPException, OSError):
                    pass  # the message was accepted already
        except smtplib.SMTPRecipientsRefused as error:
            raise DeliveryFailed("the SMTP server refused every recipient: " + _refusals(error.recipients)) from None
        except smtplib.SMTPResponseException as error:
            text = error.smtp_error.decode("utf-8", "replace") if isinstance(error.smtp_error, bytes) \
                else str(error.smtp_error)
            raise DeliveryFailed(f"the SMTP server answered {error.smtp_code} {text}") from None
        except (smtplib.SMTPException, OSError) as error:
            raise DeliveryFailed(f"the SMTP server {self.host}:{self.port} could not be reached: {error}",
                                 answered=False) from None
        post = {"message_id": content["message_id"], "to": list(self.destination.to)}
        notes = []
        if refused:  # accepted for some: sending again would duplicate it for them
            notes.append("refused for " + _refusals(refused) + "; sent to the others")
            post["refused"] = sorted(refused)
        progress([post])
        return Outcome(posts=[post], notes=notes)


def _refusals(recipients: dict[str, tuple[int, bytes]]) -> str:
    return "; ".join(f"{address} ({code} {text.decode('utf-8', 'replace') if isinstance(text, bytes) else text})"
                     for address, (code, text) in sorted(recipients.items()))
