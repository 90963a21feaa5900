"""Delivery: every official update sent, once, to every destination that has an API.

Stages, one module each: `destinations` (settings stage: the `extra.onevoice.delivery`
list of mkdocs.yml, secrets named by environment variable), `messages` (renderer stage:
what is due for each destination, from the channel copies and the ledger), `ledger` (the
record of what was sent, a git branch), `smtp`, `webhooks`, `mastodon`, `bluesky` (writers:
one sender per channel) and `run` (the orchestration). The design that makes each message
go out exactly once is written down in docs/delivery.md."""
